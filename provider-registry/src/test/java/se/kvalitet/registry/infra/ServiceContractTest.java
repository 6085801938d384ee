package se.kvalitet.registry.infra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.testsupport.ApiSpecs;

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
    void domainMetricsAreExposedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("kvalitet_units_registered_total"));
    }
}
