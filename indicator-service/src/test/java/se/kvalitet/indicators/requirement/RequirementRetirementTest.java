package se.kvalitet.indicators.requirement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.aResult;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** A requirement is retired by a validity end, never deleted: later periods are refused, earlier results stand. */
@QuarkusTest
class RequirementRetirementTest {

    @Test
    void aRetiredRequirementRefusesResultsForLaterPeriodsAndKeepsEarlierOnes() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        submit(unitId, code, "2025").statusCode(201);

        retire(code, "2026-01-01").statusCode(200).body("retiredFrom", equalTo("2026-01-01"), "versions[0].validTo", equalTo("2026-01-01"));
        submit(unitId, code, "2026").statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("period"));
        submit(unitId, code, "2025").statusCode(200);
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + unitId).then().body("total", equalTo(1));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/requirements/" + code).then().statusCode(200);
    }

    @Test
    void aRequirementIsRetiredOnceAndTakesNoNewThresholdAfterwards() {
        String code = createRequirement(aRequirement());
        retire(code, "2026-01-01").statusCode(200);
        String before = given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/requirements/" + code).asString();
        retire(code, "2027-01-01").statusCode(409).body("violations[0].field", equalTo("validTo"));
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("threshold", 85, "validFrom", "2027-01-01")).post("/api/v1/requirements/" + code + "/versions")
                .then().statusCode(409).body("violations[0].field", equalTo("validFrom"));
        assertThat(given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/requirements/" + code).asString()).isEqualTo(before);
    }

    @Test
    void aValidityEndComesAfterTheLatestThresholdTookEffect() {
        String code = createRequirement(aRequirement());
        retire(code, "2024-01-01").statusCode(400).body("violations[0].field", equalTo("validTo"));
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/requirements/" + code).then().body("retiredFrom", equalTo(null));
    }

    @Test
    void noRequestDeletesARequirement() {
        String code = createRequirement(aRequirement());
        String before = given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/requirements/" + code).asString();
        given().auth().oauth2(TestTokens.agencyOfficer()).delete("/api/v1/requirements/" + code).then().statusCode(405)
                .contentType("application/problem+json");
        assertThat(given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/requirements/" + code).asString()).isEqualTo(before);
    }

    private static ValidatableResponse retire(String code, String validTo) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(Map.of("validTo", validTo))
                .post("/api/v1/requirements/" + code + "/retire").then();
    }

    private static ValidatableResponse submit(UUID unitId, String code, String period) {
        Map<String, Object> result = aResult(unitId, code, 85);
        result.put("period", period);
        return given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(result).post("/api/v1/results").then();
    }
}
