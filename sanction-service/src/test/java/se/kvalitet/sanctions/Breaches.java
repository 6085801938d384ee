package se.kvalitet.sanctions;

import static io.restassured.RestAssured.given;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.UUID;

import io.restassured.path.json.JsonPath;
import se.kvalitet.testsupport.TestTokens;

/** Reads the breach history and cases this service holds, as a supervisor, waiting for Kafka-borne effects. */
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
}
