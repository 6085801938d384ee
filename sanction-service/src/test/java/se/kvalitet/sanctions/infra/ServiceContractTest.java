package se.kvalitet.sanctions.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.sanctions.Breaches;
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
