package se.kvalitet.sanctions;

import static io.restassured.RestAssured.given;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.TestTokens;

/** Reads the breach history and cases this service holds and decides cases, as a supervisor, waiting for Kafka-borne effects. */
public final class Breaches {

    private Breaches() {
    }

    public static JsonPath awaitBreaches(UUID unitId, int count) {
        eventually().until(() -> breachesOf(unitId).getInt("total") >= count);
        return breachesOf(unitId);
    }

    public static JsonPath breachesOf(UUID unitId) {
        return given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/breaches?unitId=" + unitId)
                .then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath awaitCase(UUID unitId) {
        eventually().until(() -> casesOf(unitId).getInt("total") >= 1);
        return casesOf(unitId).setRootPath("items[0]");
    }

    public static JsonPath casesOf(UUID unitId) {
        return given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/cases?unitId=" + unitId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** One case with its history, as a supervisor reads it. */
    public static JsonPath caseOf(String caseId) {
        return given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath();
    }

    /** A supervisor's decision on a case, the body as JSON text. */
    public static ValidatableResponse decide(String caseId, String body) {
        return given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/decisions").then();
    }
}
