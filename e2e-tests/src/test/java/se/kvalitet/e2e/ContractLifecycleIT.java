package se.kvalitet.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import se.kvalitet.localstack.StackConfig.Service;

/**
 * A private unit's quality contract walked from breach to FULFILLED on the running stack, each
 * step taken by the user whose step it is, with a token the real Keycloak issued: the agency
 * officer issues, the provider and Stockholm (the affected municipality) sign, the provider
 * reports, the statistics publisher's next result verifies it.
 */
@ExtendWith(RunningStack.class)
class ContractLifecycleIT {

    private static final String STOCKHOLM = "2120000142";
    private static final String PROVIDER = "5591234561";

    private final KeycloakTokens tokens = RunningStack.tokens();

    @Test
    void aPrivateUnitsContractIsIssuedSignedReportedOnAndFulfilled() {
        String officer = tokens.user("agency-officer");
        String provider = tokens.user("provider");
        String municipality = tokens.user("municipality");
        String publisher = tokens.publisher();
        registered(officer, Service.PROVIDER_REGISTRY, "/api/v1/principals", Map.of("orgNumber", STOCKHOLM, "name", "Stockholms kommun",
                "kind", "MUNICIPALITY", "homeMunicipalityCode", "0180"));
        registered(officer, Service.PROVIDER_REGISTRY, "/api/v1/principals", Map.of("orgNumber", PROVIDER, "name", "Omsorg i Norden AB",
                "kind", "PRIVATE"));
        registered(officer, Service.INDICATOR_SERVICE, "/api/v1/requirements", Map.of("code", "U21468",
                "title", "Home-care user satisfaction", "area", "ELDERLY_CARE", "unitOfMeasure", "PERCENT", "direction", "HIGHER_IS_BETTER",
                "threshold", 80, "periodType", "YEAR", "minimumSampleSize", 10, "sourceReference", "Kolada U21468", "validFrom", "2024-01-01"));
        String unitId = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("name", "Hemtjänst Solbacken", "principalOrgNumber", PROVIDER, "municipalityCode", "0180",
                        "area", "ELDERLY_CARE", "permitId", "IVO-2025-0117"))
                .post(url(Service.PROVIDER_REGISTRY, "/api/v1/units")).then().statusCode(201).extract().path("unitId");

        result(publisher, unitId, "2025", 71.5);
        await().until(() -> contracts(officer, unitId).getInt("total") == 1);
        String id = contracts(officer, unitId).getString("items[0].contractId");
        await().until(() -> STOCKHOLM.equals(contract(officer, id).getString("counterparty.orgNumber")));
        JsonPath draft = contract(officer, id);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getList("measures")).as("pre-filled from the starter catalogue").isNotEmpty();

        act(officer, id, "/issue", null).statusCode(200);
        act(provider, id, "/signatures", null).statusCode(200);
        act(municipality, id, "/signatures", null).statusCode(200);
        assertThat(contract(municipality, id).getString("status")).isEqualTo("ACTIVE");

        JsonPath active = contract(provider, id);
        List<Map<String, Object>> measures = active.<String>getList("measures.measureCode").stream()
                .map(code -> Map.<String, Object>of("measureCode", code, "status", "DONE", "spentToDate", 25000, "narrative", "In place."))
                .toList();
        act(provider, id, "/reports", Map.of("measures", measures, "milestonesDone", active.getList("milestones.milestoneId")))
                .statusCode(201);
        assertThat(given().auth().oauth2(municipality).get(url(Service.CONTRACT_SERVICE, "/api/v1/contracts/" + id + "/reports"))
                .then().statusCode(200).extract().jsonPath().getInt("total")).isEqualTo(1);

        result(publisher, unitId, "2026", 88.0);
        await().until(() -> "FULFILLED".equals(contract(officer, id).getString("status")));
        List<String> by = given().auth().oauth2(municipality).get(url(Service.CONTRACT_SERVICE, "/api/v1/contracts/" + id + "/events"))
                .then().statusCode(200).extract().jsonPath().getList("items.by.name");
        assertThat(by).contains("agency-officer", "provider", "municipality");
        assertThat(given().get(url(Service.CONTRACT_SERVICE, "/api/v1/public/contracts?municipality=0180&status=FULFILLED&size=500"))
                .then().statusCode(200).extract().jsonPath().getList("items.contractId")).contains(id);
    }

    /** Registers something the shared stack may already hold from another test: created now, or there already. */
    private static void registered(String token, Service service, String path, Map<String, Object> body) {
        int status = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(url(service, path)).statusCode();
        assertThat(status).as("POST %s", path).isIn(201, 409);
    }

    /** A result from the statistics pipeline; the indicator service refuses it until it has learnt of the unit. */
    private static void result(String publisher, String unitId, String period, double value) {
        Map<String, Object> result = Map.of("unitId", unitId, "requirementCode", "U21468", "period", period, "value", value,
                "sampleSize", 120, "source", "e2e");
        await().until(() -> given().auth().oauth2(publisher).contentType(ContentType.JSON).body(result)
                .post(url(Service.INDICATOR_SERVICE, "/api/v1/results")).statusCode() == 201);
    }

    private static ValidatableResponse act(String token, String id, String step, Object body) {
        RequestSpecification request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(url(Service.CONTRACT_SERVICE, "/api/v1/contracts/" + id + step)).then();
    }

    private static JsonPath contracts(String token, String unitId) {
        return given().auth().oauth2(token).get(url(Service.CONTRACT_SERVICE, "/api/v1/contracts?unitId=" + unitId)).then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath contract(String token, String id) {
        return given().auth().oauth2(token).get(url(Service.CONTRACT_SERVICE, "/api/v1/contracts/" + id)).then().statusCode(200)
                .extract().jsonPath();
    }

    private static ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250));
    }

    private static String url(Service service, String path) {
        return RunningStack.url(service, path);
    }
}
