package se.kvalitet.sanctions.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.sanctions.Breaches;
import se.kvalitet.sanctions.escalation.EscalationCase;
import se.kvalitet.sanctions.escalation.SanctionStep;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.ContractEvent;
import se.kvalitet.testsupport.Metrics;

@QuarkusTest
class ServiceContractTest {

    @Test
    void servedOpenApiMatchesTheCommittedSpec() {
        ApiSpecs.assertServedOpenApiMatches("sanction-service");
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"), "checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void openingACaseMovesTheCounterOfItsTrigger() {
        String series = "kvalitet_escalations_opened_total{trigger=\"HEALTH_RISK\"}";
        double before = Metrics.value(series);
        ContractEvent.healthRisk(UUID.randomUUID()).publish();
        eventually().until(() -> Metrics.value(series) == before + 1);
    }

    @Test
    void openCasesAreCountedByTheirStepAndTheStepAwaitingDecision() {
        UUID unitId = UUID.randomUUID();
        ContractEvent.healthRisk(unitId).publish();
        Breaches.awaitCase(unitId);
        for (SanctionStep step : SanctionStep.values()) {
            eventually().until(() -> Metrics.value("kvalitet_escalation_cases_awaiting_decision{step=\"" + step + "\"}")
                    == stored("status = ?1 and proposedStep = ?2", EscalationCase.Status.OPEN, step));
            eventually().until(() -> Metrics.value("kvalitet_escalation_cases_open{step=\"" + step + "\"}")
                    == stored("status = ?1 and currentStep = ?2", EscalationCase.Status.OPEN, step));
        }
        eventually().until(() -> Metrics.value("kvalitet_escalation_cases_open{step=\"NONE\"}")
                == stored("status = ?1 and currentStep is null", EscalationCase.Status.OPEN));
        assertThat(Metrics.value("kvalitet_escalation_cases_open{step=\"NONE\"}")).isPositive();
    }

    private long stored(String query, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> EscalationCase.count(query, parameters));
    }

    @Test
    void decisionsMoveTheirCounters() {
        double confirmed = Metrics.value("kvalitet_sanctions_confirmed_total");
        double proposed = Metrics.value("kvalitet_sanctions_proposed_total");
        UUID unitId = UUID.randomUUID();
        ContractEvent.healthRisk(unitId).publish();
        String caseId = Breaches.awaitCase(unitId).getString("caseId");
        assertThat(Metrics.value("kvalitet_sanctions_proposed_total")).isEqualTo(proposed + 1);
        Breaches.decide(caseId, "{\"decision\":\"CONFIRM\"}").statusCode(200);
        assertThat(Metrics.value("kvalitet_sanctions_confirmed_total")).isEqualTo(confirmed + 1);
    }
}
