package se.kvalitet.indicators.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.aResult;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.Metrics;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

@QuarkusTest
class ServiceContractTest {

    private static final String NOT_MET = "kvalitet_results_recorded_total{outcome=\"NOT_MET\"}";
    private static final String MET = "kvalitet_results_recorded_total{outcome=\"MET\"}";

    @Test
    void servedOpenApiMatchesTheCommittedSpec() {
        ApiSpecs.assertServedOpenApiMatches("indicator-service");
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"), "checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void recordingAResultMovesTheCounterOfItsOutcomeOnly() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        double notMet = Metrics.value(NOT_MET);
        double met = Metrics.value(MET);
        given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(aResult(unitId, code, 60))
                .post("/api/v1/results").then().statusCode(201);
        assertThat(Metrics.value(NOT_MET)).isEqualTo(notMet + 1);
        assertThat(Metrics.value(MET)).isEqualTo(met);
    }
}
