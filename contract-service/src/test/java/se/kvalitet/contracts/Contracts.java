package se.kvalitet.contracts;

import static io.restassured.RestAssured.given;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.UUID;

import io.restassured.path.json.JsonPath;
import se.kvalitet.testsupport.TestTokens;

/** Reads the contracts this service holds, as an agency officer, waiting for Kafka-borne effects. */
public final class Contracts {

    private Contracts() {
    }

    public static JsonPath awaitContracts(UUID unitId, int count) {
        eventually().until(() -> contractsOf(unitId).getInt("total") >= count);
        return contractsOf(unitId);
    }

    public static JsonPath contractsOf(UUID unitId) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/contracts?unitId=" + unitId)
                .then().statusCode(200).extract().jsonPath();
    }
}
