package se.kvalitet.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.kvalitet.localstack.StackConfig.Service;

/**
 * An agency officer's health-risk decision reaches the supervisory authority as a case that
 * proposes an injunction, and the real `supervisor` user confirms it, with tokens Keycloak issued.
 */
@ExtendWith(RunningStack.class)
class EscalationIT {

    private final KeycloakTokens tokens = RunningStack.tokens();

    @Test
    void aHealthRiskBecomesACaseWhoseProposedInjunctionTheSupervisorConfirms() {
        String officer = tokens.user("agency-officer");
        String supervisor = tokens.user("supervisor");
        int registered = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("orgNumber", "5591234561", "name", "Omsorg i Norden AB", "kind", "PRIVATE"))
                .post(RunningStack.url(Service.PROVIDER_REGISTRY, "/api/v1/principals")).statusCode();
        assertThat(registered).isIn(201, 409);
        String unitId = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("name", "Boendet Björken", "principalOrgNumber", "5591234561", "municipalityCode", "0180",
                        "area", "ELDERLY_CARE", "permitId", "IVO-2023-0311"))
                .post(RunningStack.url(Service.PROVIDER_REGISTRY, "/api/v1/units")).then().statusCode(201).extract().path("unitId");

        Map<String, Object> risk = Map.of("unitId", unitId, "reason", "Residents left without night staff");
        await().until(() -> given().auth().oauth2(officer).contentType(ContentType.JSON).body(risk)
                .post(RunningStack.url(Service.CONTRACT_SERVICE, "/api/v1/health-risks")).statusCode() == 201);
        await().until(() -> cases(supervisor, unitId).getInt("total") == 1);
        JsonPath opened = cases(supervisor, unitId).setRootPath("items[0]");
        assertThat(opened.getString("proposedStep")).isEqualTo("INJUNCTION");

        JsonPath confirmed = given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM"))
                .post(RunningStack.url(Service.SANCTION_SERVICE, "/api/v1/cases/" + opened.getString("caseId") + "/decisions"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(confirmed.getString("currentStep")).isEqualTo("INJUNCTION");
        assertThat(confirmed.getList("history.by.name")).contains("supervisor");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("decision", "RESOLVE", "reason", "not mine to decide"))
                .post(RunningStack.url(Service.SANCTION_SERVICE, "/api/v1/cases/" + opened.getString("caseId") + "/decisions"))
                .then().statusCode(403);
    }

    private static JsonPath cases(String token, String unitId) {
        return given().auth().oauth2(token).get(RunningStack.url(Service.SANCTION_SERVICE, "/api/v1/cases?unitId=" + unitId))
                .then().statusCode(200).extract().jsonPath();
    }

    private static ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250));
    }
}
