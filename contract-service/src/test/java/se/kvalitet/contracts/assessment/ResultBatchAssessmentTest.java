package se.kvalitet.contracts.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.contracts.ContractFlow.known;
import static se.kvalitet.contracts.ContractFlow.knownMunicipality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.contracts.Contracts;
import se.kvalitet.testsupport.AuditTrailAssert;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.UnitEvent;

/** A poll's results are held together and each unit and period they touch is assessed once, on what they add up to. */
@QuarkusTest
class ResultBatchAssessmentTest {

    @Inject
    ResultProjection projection;

    @Test
    void aBreachCorrectedWithinOnePollIsAssessedOnceAndDraftsNothing() {
        knownMunicipality("2120000142", "0180");
        UUID unitId = known(UnitEvent.aUnit()).unitId();
        ResultEvent missed = ResultEvent.forUnit(unitId).notMet();
        ResultEvent corrected = ResultEvent.forUnit(unitId).revision(2).met();
        ResultEvent other = ResultEvent.forUnit(unitId).requirement("U21401").met();

        projection.apply(poll(missed, corrected, other, ResultEvent.forUnit(unitId).redeliveryOf(missed)));

        assertThat(QuarkusTransaction.requiringNew().call(() -> JudgedResult.count("unitId", unitId))).isEqualTo(2);
        Assessment assessment = QuarkusTransaction.requiringNew().call(() -> Assessment.<Assessment>find("unitId", unitId).firstResult());
        assertThat(assessment.verdict).isEqualTo(Verdict.Kind.NO_BREACH);
        assertThat(AuditTrailAssert.entriesFor("Assessment", assessment.id)).as("assessed once for the poll").hasSize(1);
        assertThat(Contracts.contractsOf(unitId).getInt("total")).isZero();
    }

    @Test
    void aBreachWithinOnePollDraftsOneContractForAllItsRequirements() {
        knownMunicipality("2120000142", "0180");
        UUID unitId = known(UnitEvent.aUnit()).unitId();

        projection.apply(poll(ResultEvent.forUnit(unitId).notMet(), ResultEvent.forUnit(unitId).requirement("U21401").notMet()));

        assertThat(Contracts.contractsOf(unitId).getList("items[0].breachedRequirements"))
                .containsExactlyInAnyOrder("U21468", "U21401");
    }

    @Test
    void anImportsResultsOfAUnitAreHeldInOrderAndAssessedOnceLikeResultsAnnouncedOneByOne() {
        knownMunicipality("2120000142", "0180");
        UUID unitId = known(UnitEvent.aUnit()).unitId();
        UUID otherUnit = known(UnitEvent.aUnit()).unitId();
        ResultEvent.Imported imported = ResultEvent.imported(ResultEvent.forUnit(unitId).notMet(),
                ResultEvent.forUnit(unitId).revision(2).met(), ResultEvent.forUnit(unitId).requirement("U21401").met());

        projection.apply(poll(imported.toJson(), ResultEvent.forUnit(otherUnit).notMet().toJson(), imported.toJson()));

        assertThat(QuarkusTransaction.requiringNew().call(() -> JudgedResult.<JudgedResult>list("unitId", unitId)))
                .extracting(judged -> judged.requirementCode + " " + judged.revision + " " + judged.outcome)
                .containsExactlyInAnyOrder("U21468 2 MET", "U21401 1 MET");
        Assessment assessment = QuarkusTransaction.requiringNew().call(() -> Assessment.<Assessment>find("unitId", unitId).firstResult());
        assertThat(assessment.verdict).isEqualTo(Verdict.Kind.NO_BREACH);
        assertThat(AuditTrailAssert.entriesFor("Assessment", assessment.id)).as("assessed once for the poll").hasSize(1);
        assertThat(Contracts.contractsOf(unitId).getInt("total")).isZero();
        assertThat(Contracts.contractsOf(otherUnit).getList("items.breachedRequirements")).containsExactly(List.of("U21468"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> JudgedResult.<JudgedResult>list("unitId in ?1", List.of(unitId, otherUnit))))
                .as("an imported result is audited through its import job, a single one by an entry of its own")
                .allSatisfy(judged -> assertThat(AuditTrailAssert.entriesFor("JudgedResult", judged.id)).hasSize(judged.unitId.equals(unitId) ? 0 : 1));
    }

    @Test
    void aPollOfMoreResultsThanASliceIsProjectedWhole() {
        knownMunicipality("2120000142", "0180");
        List<UUID> unitIds = new ArrayList<>();
        List<String> events = new ArrayList<>();
        int perUnit = ResultProjection.SLICE * 2 / 5; // four units: the fourth falls in a second slice
        for (int u = 0; u < 4; u++) {
            UUID unitId = known(UnitEvent.aUnit()).unitId();
            unitIds.add(unitId);
            List<ResultEvent> results = new ArrayList<>();
            for (int month = 0; month < perUnit; month++) {
                ResultEvent result = ResultEvent.forUnit(unitId).period("%d-%02d".formatted(2000 + month / 12, month % 12 + 1));
                results.add(u == 3 && month == perUnit - 1 ? result.notMet() : result.met());
            }
            for (int from = 0; from < results.size(); from += 500) {
                events.add(ResultEvent.imported(results.subList(from, Math.min(results.size(), from + 500)).toArray(ResultEvent[]::new)).toJson());
            }
        }

        projection.apply(poll(events.toArray(String[]::new)));

        assertThat(QuarkusTransaction.requiringNew().call(() -> JudgedResult.count("unitId in ?1", unitIds))).isEqualTo(4L * perUnit);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Assessment.count("unitId in ?1", unitIds))).isEqualTo(4L * perUnit);
        assertThat(unitIds).extracting(unitId -> Contracts.contractsOf(unitId).getInt("total")).containsExactly(0, 0, 0, 1);
    }

    private static ConsumerRecords<String, String> poll(ResultEvent... events) {
        return poll(Arrays.stream(events).map(ResultEvent::toJson).toArray(String[]::new));
    }

    private static ConsumerRecords<String, String> poll(String... events) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (String event : events) {
            records.add(new ConsumerRecord<>("indicator.results.v1", 0, records.size(), null, event));
        }
        return new ConsumerRecords<>(Map.of(new TopicPartition("indicator.results.v1", 0), records), Map.of());
    }
}
