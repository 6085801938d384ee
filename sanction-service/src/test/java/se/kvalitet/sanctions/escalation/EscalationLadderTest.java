package se.kvalitet.sanctions.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.sanctions.Breaches.awaitCase;
import static se.kvalitet.sanctions.Breaches.breachesOf;
import static se.kvalitet.sanctions.Breaches.caseOf;
import static se.kvalitet.sanctions.Breaches.casesOf;
import static se.kvalitet.sanctions.Breaches.decide;
import static se.kvalitet.testsupport.Eventually.eventually;

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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.ContractEvent;
import se.kvalitet.testsupport.MovableClock;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;

/** Cases climbing the ladder under a supervisor's hand, on the real broker, with the clock moved to reach response deadlines. */
@QuarkusTest
class EscalationLadderTest {

    private static final Topic SANCTION_EVENTS = Topic.named("sanction.events.v1");

    @Inject
    CaseDeadlines deadlines;

    @AfterEach
    void resetClock() {
        MovableClock.INSTANCE.reset();
    }

    @Test
    void aPrivateUnitsFailedContractClimbsEveryStepWithDecisionsToResolution() {
        UUID unitId = UUID.randomUUID();
        ContractEvent drafted = ContractEvent.drafted(unitId).privateProvider("5591234561").in("0180").publish();
        ContractEvent.failed(unitId, drafted.contractId()).privateProvider("5591234561").in("0180").publish();
        String caseId = awaitCase(unitId).getString("caseId");
        assertThat(caseOf(caseId).getString("proposedStep")).isEqualTo("REMINDER");
        assertThat(caseOf(caseId).getString("contractId")).isEqualTo(drafted.contractId().toString());

        confirm(caseId, null).body("currentStep", equalTo("REMINDER"), "stepDeadline", equalTo(today().plusDays(30).toString()));
        climb(caseId, Period.ofDays(31), "INJUNCTION");
        confirm(caseId, null);
        climb(caseId, Period.ofDays(61), "INJUNCTION_WITH_FINE");
        decide(caseId, "{\"decision\":\"CONFIRM\"}").statusCode(400).body("violations[0].field", equalTo("amount"));
        confirm(caseId, "250000.00").body("stepAmount", equalTo(250000.0f));
        climb(caseId, Period.ofDays(61), "PROHIBITION");
        confirm(caseId, null);
        climb(caseId, Period.ofDays(31), "PERMIT_REVOCATION");
        confirm(caseId, null);

        MovableClock.INSTANCE.advance(Period.ofDays(31));
        deadlines.enforce();
        assertThat(caseOf(caseId).getString("proposedStep")).as("nothing above permit revocation").isNull();
        decide(caseId, "{\"decision\":\"RESOLVE\",\"reason\":\"The provider closed the unit\"}").statusCode(200)
                .body("status", equalTo("RESOLVED"), "resolution", equalTo("The provider closed the unit"));

        List<String> history = caseOf(caseId).getList("history.type");
        assertThat(history).containsExactly("EscalationCaseOpened", "SanctionProposed", "SanctionConfirmed", "SanctionProposed",
                "SanctionConfirmed", "SanctionProposed", "SanctionConfirmed", "SanctionProposed", "SanctionConfirmed", "SanctionProposed",
                "SanctionConfirmed", "CaseResolved");
        assertThat(caseOf(caseId).getList("history.by.name")).contains("supervisor", "case-deadlines", "breach-history");
        assertThat(breachesOf(unitId).getString("items[0].status")).isEqualTo("RESOLVED");
        List<ConsumerRecord<String, String>> events = SANCTION_EVENTS.awaitRecordsUpTo(
                r -> r.key().equals(unitId.toString()) && r.value().contains("CaseResolved"));
        events.stream().filter(r -> r.key().equals(unitId.toString()))
                .forEach(r -> ApiSpecs.assertRecordMatchesContract(r));
    }

    @Test
    void aMunicipalUnitClimbsItsOwnLadderWhichEndsWithAProhibition() {
        UUID unitId = UUID.randomUUID();
        ContractEvent drafted = ContractEvent.drafted(unitId).municipal("2120000142").in("0180").publish();
        ContractEvent.failed(unitId, drafted.contractId()).municipal("2120000142").in("0180").publish();
        String caseId = awaitCase(unitId).getString("caseId");
        confirm(caseId, null);
        climb(caseId, Period.ofDays(31), "INJUNCTION");
        decide(caseId, "{\"decision\":\"DECLINE\",\"reason\":\"Remedied after the reminder\"}").statusCode(200)
                .body("proposedStep", equalTo(null), "currentStep", equalTo("REMINDER"));
        climb(caseId, Period.ofDays(61), "INJUNCTION");
        confirm(caseId, null);
        climb(caseId, Period.ofDays(61), "INJUNCTION_WITH_FINE");
        confirm(caseId, "100000");
        climb(caseId, Period.ofDays(61), "PROHIBITION");
        confirm(caseId, null);
        MovableClock.INSTANCE.advance(Period.ofDays(31));
        deadlines.enforce();
        assertThat(caseOf(caseId).getString("proposedStep")).as("a municipal unit holds no permit to revoke").isNull();
    }

    @Test
    void aHealthRiskStartsAtTheHigherStep() {
        UUID unitId = UUID.randomUUID();
        ContractEvent.healthRisk(unitId).publish();
        String caseId = awaitCase(unitId).getString("caseId");
        assertThat(caseOf(caseId).getString("proposedStep")).isEqualTo("INJUNCTION");
        assertThat(caseOf(caseId).getString("trigger")).isEqualTo("HEALTH_RISK");
    }

    @Test
    void aFulfilledContractResolvesItsCase() {
        UUID unitId = UUID.randomUUID();
        ContractEvent drafted = ContractEvent.drafted(unitId).publish();
        ContractEvent.milestoneOverdue(unitId, drafted.contractId()).publish();
        String caseId = awaitCase(unitId).getString("caseId");
        assertThat(caseOf(caseId).getString("trigger")).isEqualTo("MILESTONE_OVERDUE");
        ContractEvent.fulfilled(unitId, drafted.contractId()).publish();

        eventually().until(() -> "RESOLVED".equals(caseOf(caseId).getString("status")));
        assertThat(caseOf(caseId).getString("resolution")).isEqualTo("the contract was fulfilled");
        assertThat(breachesOf(unitId).getString("items[0].status")).isEqualTo("REMEDIED");
        assertThat(breachesOf(unitId).getList("items[0].history.type")).containsExactly("ContractDrafted", "MilestoneOverdue",
                "EscalationCaseOpened", "SanctionProposed", "ContractFulfilled");
    }

    @Test
    void aLaterTriggerAttachesToTheOpenCaseAndAHigherOneRaisesTheProposal() {
        UUID unitId = UUID.randomUUID();
        ContractEvent drafted = ContractEvent.drafted(unitId).publish();
        ContractEvent.failed(unitId, drafted.contractId()).publish();
        String caseId = awaitCase(unitId).getString("caseId");
        ContractEvent.healthRisk(unitId).publish();

        eventually().until(() -> caseOf(caseId).getList("history.type").contains("CaseTriggerAttached"));
        assertThat(casesOf(unitId).getInt("total")).isEqualTo(1);
        assertThat(caseOf(caseId).getString("proposedStep")).isEqualTo("INJUNCTION");
    }

    @Test
    void aRedeliveredTriggerChangesNothing() {
        UUID unitId = UUID.randomUUID();
        ContractEvent drafted = ContractEvent.drafted(unitId).publish();
        ContractEvent failed = ContractEvent.failed(unitId, drafted.contractId()).publish();
        String caseId = awaitCase(unitId).getString("caseId");
        ContractEvent.failed(unitId, drafted.contractId()).redeliveryOf(failed).publish();
        // Published after the redelivery on the same partition, so processed after it.
        ContractEvent.issued(unitId, drafted.contractId()).publish();
        eventually().until(() -> breachesOf(unitId).getList("items[0].history.type").contains("ContractIssued"));
        assertThat(caseOf(caseId).getList("history.type")).containsExactly("EscalationCaseOpened", "SanctionProposed");
        assertThat(breachesOf(unitId).getList("items[0].history.type").stream().filter("ContractFailed"::equals)).hasSize(1);
    }

    @Test
    void aResponseDeadlineIsEnforcedOnceEvenWhenTwoReplicasRunTheJobAtOnce() {
        UUID unitId = UUID.randomUUID();
        ContractEvent.healthRisk(unitId).publish();
        String caseId = awaitCase(unitId).getString("caseId");
        confirm(caseId, null);
        MovableClock.INSTANCE.advance(Period.ofDays(61));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(deadlines::enforce);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(deadlines::enforce);
        CompletableFuture.allOf(one, other).join();
        deadlines.enforce();
        assertThat(caseOf(caseId).getList("history.type").stream().filter("SanctionProposed"::equals)).hasSize(2);
        assertThat(caseOf(caseId).getString("proposedStep")).isEqualTo("INJUNCTION_WITH_FINE");
    }

    @Test
    void theWorkQueuePutsCasesAwaitingADecisionFirst() {
        UUID waiting = UUID.randomUUID();
        UUID decided = UUID.randomUUID();
        ContractEvent.healthRisk(decided).publish();
        confirm(awaitCase(decided).getString("caseId"), null);
        ContractEvent.healthRisk(waiting).publish();
        awaitCase(waiting);
        List<String> queue = given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/cases?status=OPEN&size=500").then().statusCode(200)
                .extract().jsonPath().getList("items.unitId");
        assertThat(queue.indexOf(waiting.toString())).isLessThan(queue.indexOf(decided.toString()));
    }

    @Test
    void theLadderIsReadableWithTheLegalBasisOfEachStep() {
        JsonPath ladder = given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/ladder").then().statusCode(200).extract().jsonPath();
        assertThat(ladder.getList("privateUnits.step")).containsExactly("REMINDER", "INJUNCTION", "INJUNCTION_WITH_FINE", "PROHIBITION",
                "PERMIT_REVOCATION");
        assertThat(ladder.getList("municipalUnits.step")).doesNotContain("PERMIT_REVOCATION");
        assertThat(ladder.getList("privateUnits.legalBasis", String.class)).allSatisfy(basis -> assertThat(basis).isNotBlank());
        assertThat(ladder.getList("privateUnits.carriesAmount")).containsExactly(false, false, true, false, false);
        assertThat(ladder.getString("healthRiskStep")).isEqualTo("INJUNCTION");
    }

    /** Moves the clock past the response deadline and waits for the scheduled job to propose {@code next}. */
    private static void climb(String caseId, Period wait, String next) {
        MovableClock.INSTANCE.advance(wait);
        eventually().until(() -> next.equals(caseOf(caseId).getString("proposedStep")));
    }

    private static ValidatableResponse confirm(String caseId, String amount) {
        return decide(caseId, amount == null ? "{\"decision\":\"CONFIRM\"}" : "{\"decision\":\"CONFIRM\",\"amount\":" + amount + "}")
                .statusCode(200).body("proposedStep", equalTo(null));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }
}
