package se.kvalitet.registry.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static se.kvalitet.registry.Fixtures.aUnit;
import static se.kvalitet.registry.Fixtures.registerPrivatePrincipal;
import static se.kvalitet.registry.Fixtures.registerUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.Metrics;

@QuarkusTest
class ServiceContractTest {

    @Test
    void servedOpenApiMatchesTheCommittedSpec() {
        ApiSpecs.assertServedOpenApiMatches("provider-registry");
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"), "checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void registeringAUnitMovesItsCounter() {
        double before = Metrics.value("kvalitet_units_registered_total");
        registerUnit(aUnit(registerPrivatePrincipal(), "0180", "IVO-METRICS"));
        assertThat(Metrics.value("kvalitet_units_registered_total")).isEqualTo(before + 1);
    }
}
