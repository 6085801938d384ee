package se.kvalitet.contracts.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.contracts.ContractFlow.known;
import static se.kvalitet.contracts.ContractFlow.knownMunicipality;

import java.util.ArrayList;
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

    private static ConsumerRecords<String, String> poll(ResultEvent... events) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (ResultEvent event : events) {
            records.add(new ConsumerRecord<>("indicator.results.v1", 0, records.size(), null,
                    event.toJson()));
        }
        return new ConsumerRecords<>(Map.of(new TopicPartition("indicator.results.v1", 0), records), Map.of());
    }
}
