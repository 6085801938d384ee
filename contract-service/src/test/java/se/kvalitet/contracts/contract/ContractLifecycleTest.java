package se.kvalitet.contracts.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.contracts.ContractFlow.contract;
import static se.kvalitet.contracts.ContractFlow.draftFor;
import static se.kvalitet.contracts.ContractFlow.everythingDone;
import static se.kvalitet.contracts.ContractFlow.followUpMet;
import static se.kvalitet.contracts.ContractFlow.issue;
import static se.kvalitet.contracts.ContractFlow.knownMunicipality;
import static se.kvalitet.contracts.ContractFlow.report;
import static se.kvalitet.contracts.ContractFlow.sign;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.kvalitet.contracts.Contracts;
import se.kvalitet.contracts.assessment.JudgedResult;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.MovableClock;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;
import se.kvalitet.testsupport.UnitEvent;

/**
 * Municipal and private units walked from breach to FULFILLED and to FAILED through the API, on
 * the real broker, with the clock moved to reach deadlines.
 */
@QuarkusTest
class ContractLifecycleTest {

    private static final Topic CONTRACT_EVENTS = Topic.named("contract.events.v1");
    private static final String STOCKHOLM = "2120000142";
    private static final String MALMO = "2120001124";
    private static final String AGENCY = "2021006297";

    @Inject
    Deadlines deadlines;

    @AfterEach
    void resetClock() {
        MovableClock.INSTANCE.reset();
    }

    @Test
    void aMunicipalUnitGoesFromBreachToFulfilled() {
        knownMunicipality(STOCKHOLM, "0180");
        UnitEvent unit = UnitEvent.aUnit().municipal(STOCKHOLM, "0180").in("0180");
        String id = draftFor(unit);

        JsonPath draft = contract(id);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("counterparty.kind")).isEqualTo("AGENCY");
        assertThat(draft.getString("counterparty.orgNumber")).isEqualTo(AGENCY);
        assertThat(draft.getList("measures")).isNotEmpty().hasSameSizeAs(draft.getList("milestones"));
        assertThat(draft.getInt("financing.statePercent")).isEqualTo(50);

        issue(id, TestTokens.agencyOfficer()).statusCode(200).body("status", equalTo("ISSUED"),
                "signingDeadline", equalTo(today().plusDays(30).toString()));
        sign(id, TestTokens.municipality(STOCKHOLM)).statusCode(200).body("status", equalTo("ISSUED"),
                "principalSignature.signedBy", equalTo("municipality"));
        sign(id, TestTokens.agencyOfficer()).statusCode(200).body("status", equalTo("ACTIVE"));

        report(id, TestTokens.municipality(STOCKHOLM), everythingDone(contract(id))).statusCode(201);
        assertThat(contract(id).getString("status")).as("milestones done, but no follow-up result yet").isEqualTo("ACTIVE");
        followUpMet(unit.unitId());
        eventually().until(() -> "FULFILLED".equals(contract(id).getString("status")));

        List<String> timeline = given().auth().oauth2(TestTokens.municipality(STOCKHOLM)).get("/api/v1/contracts/" + id + "/events")
                .then().statusCode(200).extract().jsonPath().getList("items.type");
        assertThat(timeline).containsExactly("ContractDrafted", "ContractIssued", "ContractSigned", "ContractSigned", "ContractActivated",
                "RemediationReported", "ContractFulfilled");
        assertEveryEventMatchesItsSchema(unit.unitId(), "ContractFulfilled", 7);
    }

    @Test
    void aPrivateUnitGoesFromBreachToFulfilledWithAMunicipalityThatHasNoUnitOfItsOwn() {
        knownMunicipality(MALMO, "1280");
        UnitEvent unit = UnitEvent.aUnit().privateProvider("5560123456").in("1280");
        String id = draftFor(unit);
        JsonPath draft = contract(id);
        assertThat(draft.getString("counterparty.kind")).isEqualTo("MUNICIPALITY");
        assertThat(draft.getString("counterparty.orgNumber")).isEqualTo(MALMO);
        given().auth().oauth2(TestTokens.municipality(MALMO)).get("/api/v1/contracts/" + id).then().statusCode(200);

        issue(id, TestTokens.agencyOfficer()).statusCode(200);
        sign(id, TestTokens.provider("5560123456")).statusCode(200).body("status", equalTo("ISSUED"));
        sign(id, TestTokens.municipality(MALMO)).statusCode(200).body("status", equalTo("ACTIVE"),
                "counterpartySignature.signedBy", equalTo("municipality"));
        report(id, TestTokens.provider("5560123456"), everythingDone(contract(id))).statusCode(201);
        given().auth().oauth2(TestTokens.municipality(MALMO)).get("/api/v1/contracts/" + id + "/reports").then().statusCode(200)
                .body("total", equalTo(1), "items[0].measures[0].narrative", equalTo("Carried out as planned."));

        followUpMet(unit.unitId());
        eventually().until(() -> "FULFILLED".equals(contract(id).getString("status")));
        JsonPath fulfilled = contract(id);
        assertThat(fulfilled.getList("measures.status")).containsOnly("DONE");
        assertThat(new BigDecimal(fulfilled.getString("measures[0].spentToDate"))).isEqualByComparingTo("1000.50");
    }

    @Test
    void aMunicipalContractNotVerifiedByItsEndDateFails() {
        knownMunicipality(STOCKHOLM, "0180");
        UnitEvent unit = UnitEvent.aUnit().municipal(STOCKHOLM, "0180").in("0180");
        String id = activeContract(unit, TestTokens.municipality(STOCKHOLM), TestTokens.agencyOfficer());
        report(id, TestTokens.municipality(STOCKHOLM), everythingDone(contract(id))).statusCode(201);

        MovableClock.INSTANCE.advance(Period.ofMonths(12).plusDays(1));
        eventually().until(() -> "FAILED".equals(contract(id).getString("status")));
        assertThat(contract(id).getString("failureReason")).isEqualTo("NOT_VERIFIED");
        ConsumerRecord<String, String> failed = CONTRACT_EVENTS.awaitRecord(r -> r.value().contains(id) && r.value().contains("ContractFailed"));
        ApiSpecs.assertRecordMatchesContract(failed);
    }

    @Test
    void aPrivateContractNotVerifiedByItsEndDateFails() {
        knownMunicipality(MALMO, "1280");
        UnitEvent unit = UnitEvent.aUnit().privateProvider("5560123456").in("1280");
        String id = activeContract(unit, TestTokens.provider("5560123456"), TestTokens.municipality(MALMO));
        followUpMet(unit.unitId());

        MovableClock.INSTANCE.advance(Period.ofMonths(12).plusDays(1));
        eventually().until(() -> "FAILED".equals(contract(id).getString("status")));
        assertThat(contract(id).getString("failureReason")).as("a MET result, but milestones never reported done").isEqualTo("NOT_VERIFIED");
    }

    @Test
    void aMunicipalContractNotSignedByItsDeadlineFails() {
        knownMunicipality(STOCKHOLM, "0180");
        String id = draftFor(UnitEvent.aUnit().municipal(STOCKHOLM, "0180").in("0180"));
        issue(id, TestTokens.agencyOfficer()).statusCode(200);
        sign(id, TestTokens.municipality(STOCKHOLM)).statusCode(200);

        MovableClock.INSTANCE.advance(Period.ofDays(31));
        eventually().until(() -> "FAILED".equals(contract(id).getString("status")));
        assertThat(contract(id).getString("failureReason")).isEqualTo("NOT_SIGNED");
        sign(id, TestTokens.agencyOfficer()).statusCode(409).body("violations[0].field", equalTo("status"));
    }

    @Test
    void aPrivateContractNotSignedByItsDeadlineFails() {
        knownMunicipality(MALMO, "1280");
        String id = draftFor(UnitEvent.aUnit().privateProvider("5560123456").in("1280"));
        issue(id, TestTokens.agencyOfficer()).statusCode(200);

        MovableClock.INSTANCE.advance(Period.ofDays(31));
        eventually().until(() -> "FAILED".equals(contract(id).getString("status")));
        assertThat(contract(id).getString("failureReason")).isEqualTo("NOT_SIGNED");
    }

    @Test
    void aMilestoneOverduePastGraceIsAnnouncedOnceWhileTheContractStaysActive() {
        knownMunicipality(STOCKHOLM, "0180");
        UnitEvent unit = UnitEvent.aUnit().municipal(STOCKHOLM, "0180").in("0180");
        String id = activeContract(unit, TestTokens.municipality(STOCKHOLM), TestTokens.agencyOfficer());
        int milestones = contract(id).getList("milestones").size();

        MovableClock.INSTANCE.advance(Period.ofMonths(3).plusDays(15));
        eventually().until(() -> contract(id).getList("milestones.overdueAnnouncedOn").stream().allMatch(d -> d != null));
        deadlines.enforce();
        assertThat(contract(id).getString("status")).isEqualTo("ACTIVE");
        List<String> timeline = given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/contracts/" + id + "/events?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.type");
        assertThat(timeline.stream().filter("MilestoneOverdue"::equals)).hasSize(milestones);
        ConsumerRecord<String, String> overdue = CONTRACT_EVENTS.awaitRecord(r -> r.value().contains(id) && r.value().contains("MilestoneOverdue"));
        ApiSpecs.assertRecordMatchesContract(overdue);
    }

    @Test
    void aDeadlineIsEnforcedOnceEvenWhenTwoReplicasRunTheJobAtOnce() {
        knownMunicipality(STOCKHOLM, "0180");
        UnitEvent unit = UnitEvent.aUnit().municipal(STOCKHOLM, "0180").in("0180");
        String id = draftFor(unit);
        issue(id, TestTokens.agencyOfficer()).statusCode(200);

        MovableClock.INSTANCE.advance(Period.ofDays(31));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(deadlines::enforce);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(deadlines::enforce);
        CompletableFuture.allOf(one, other).join();
        deadlines.enforce();
        assertThat(contract(id).getString("status")).isEqualTo("FAILED");

        // A new breach of the same unit drafts a new contract, announced after whatever the job announced.
        ResultEvent.forUnit(unit.unitId()).period("2026").notMet().publish();
        List<ConsumerRecord<String, String>> events = CONTRACT_EVENTS.awaitRecordsUpTo(
                r -> r.key().equals(unit.unitId().toString()) && r.value().contains("ContractDrafted") && !r.value().contains(id));
        assertThat(events.stream().filter(r -> r.value().contains(id) && r.value().contains("ContractFailed"))).hasSize(1);
        List<String> timeline = given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/contracts/" + id + "/events")
                .then().statusCode(200).extract().jsonPath().getList("items.type");
        assertThat(timeline).containsExactly("ContractDrafted", "ContractIssued", "ContractFailed");
    }

    @Test
    void aLaterBreachOfTheSameUnitAttachesToItsOpenContract() {
        UnitEvent unit = UnitEvent.aUnit().privateProvider("5560123456").in("1280");
        String id = draftFor(unit);
        ResultEvent.forUnit(unit.unitId()).period("2026").requirement("U21401").notMet().publish();

        eventually().until(() -> contract(id).getList("breaches").size() == 2);
        JsonPath attached = contract(id);
        assertThat(attached.getList("breaches.period")).containsExactly("2025", "2026");
        assertThat(attached.getList("breachedRequirements")).containsExactly("U21468", "U21401");
        assertThat(attached.getList("measures.measureCode")).as("the draft took on the measures for U21401 too")
                .contains(measuresFor("U21401").toArray(String[]::new));
        assertThat(Contracts.contractsOf(unit.unitId()).getInt("total")).isEqualTo(1);
    }

    @Test
    void aClosedUnitsContractIsCancelledWhateverItsStatus() {
        knownMunicipality(STOCKHOLM, "0180");
        UnitEvent unit = UnitEvent.aUnit().municipal(STOCKHOLM, "0180").in("0180");
        String id = activeContract(unit, TestTokens.municipality(STOCKHOLM), TestTokens.agencyOfficer());
        UnitEvent.theUnit(unit.unitId()).municipal(STOCKHOLM, "0180").in("0180").closed().version(1).publish();

        eventually().until(() -> "CANCELLED".equals(contract(id).getString("status")));
        assertThat(contract(id).getString("cancellationReason")).isEqualTo("the unit closed");
    }

    @Test
    void aContractRemediedOnlyWhenEveryBreachedRequirementIsMetLater() {
        knownMunicipality(STOCKHOLM, "0180");
        UnitEvent unit = UnitEvent.aUnit().municipal(STOCKHOLM, "0180").in("0180");
        String id = activeContract(unit, TestTokens.municipality(STOCKHOLM), TestTokens.agencyOfficer());
        report(id, TestTokens.municipality(STOCKHOLM), everythingDone(contract(id))).statusCode(201);
        // A result for the breach period itself is no follow-up, however good.
        ResultEvent.forUnit(unit.unitId()).met().revision(2).publish();
        ResultEvent.forUnit(unit.unitId()).period("2026").requirement("U23471").met().publish();
        eventually().until(() -> QuarkusTransaction.requiringNew().call(
                () -> JudgedResult.count("unitId = ?1 and requirementCode = 'U23471'", unit.unitId()) == 1));
        assertThat(contract(id).getString("status")).isEqualTo("ACTIVE");
        followUpMet(unit.unitId());
        eventually().until(() -> "FULFILLED".equals(contract(id).getString("status")));
    }

    /** A contract for a breach of {@code unit}, issued and signed by both parties, active from today. */
    private static String activeContract(UnitEvent unit, String principalToken, String counterpartyToken) {
        String id = draftFor(unit);
        issue(id, TestTokens.agencyOfficer()).statusCode(200);
        sign(id, principalToken).statusCode(200);
        sign(id, counterpartyToken).statusCode(200).body("status", equalTo("ACTIVE"));
        return id;
    }

    private static List<String> measuresFor(String requirement) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/measures?requirement=" + requirement).then().statusCode(200)
                .extract().jsonPath().getList("items.code");
    }

    private static void assertEveryEventMatchesItsSchema(UUID unitId, String last, int count) {
        List<ConsumerRecord<String, String>> events = CONTRACT_EVENTS.awaitRecordsUpTo(
                r -> r.key().equals(unitId.toString()) && r.value().contains(last));
        List<ConsumerRecord<String, String>> ofUnit = events.stream().filter(r -> r.key().equals(unitId.toString())).toList();
        assertThat(ofUnit).hasSize(count);
        ofUnit.forEach(r -> ApiSpecs.assertRecordMatchesContract(r));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }
}
