package se.kvalitet.indicators.requirement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.createRequirement;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.TestTokens;

@QuarkusTest
class RequirementResourceTest {

    @Test
    void anAgencyOfficerAddsARequirementWithItsFirstThresholdVersion() {
        Map<String, Object> body = aRequirement();
        body.put("critical", true);
        String code = createRequirement(body);
        given().auth().oauth2(TestTokens.provider("5591234561")).get("/api/v1/requirements/" + code)
                .then().statusCode(200).body("critical", equalTo(true), "versions", hasSize(1),
                        "versions[0].threshold", equalTo(80.0f), "versions[0].validFrom", equalTo("2024-01-01"));
    }

    @Test
    void aDuplicateCodeIsAConflictAndKeepsTheFirst() {
        Map<String, Object> body = aRequirement();
        String code = createRequirement(body);
        body.put("title", "Something else");
        create(body).statusCode(409).contentType("application/problem+json").body("violations[0].field", equalTo("code"));
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/requirements/" + code)
                .then().body("title", equalTo("Home-care user satisfaction"));
    }

    @Test
    void badRequirementsAreRejectedNamingTheField() {
        expectRejected(with("code", "lower case"), "code");
        expectRejected(without("title"), "title");
        expectRejected(with("direction", "SIDEWAYS"), "direction");
        expectRejected(with("threshold", 120), "threshold");
        expectRejected(with("threshold", -1), "threshold");
        create(with("threshold", 80.0001)).statusCode(400)
                .body("violations[0].reason", equalTo("must have at most 9 digits before the decimal point and 3 after it"));
        expectRejected(with("minimumSampleSize", -5), "minimumSampleSize");
        expectRejected(with("weight", 0), "weight");
        expectRejected(with("validFrom", "1st of January"), "validFrom");
        expectRejected(without("periodType"), "periodType");
    }

    @Test
    void aNewThresholdVersionMustStartAfterTheCurrentOne() {
        String code = createRequirement(aRequirement());
        addVersion(code, Map.of("threshold", 85, "validFrom", "2023-06-01"))
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("validFrom"));
        addVersion(code, Map.of("threshold", 185, "validFrom", "2027-01-01")).statusCode(400).body("violations[0].field", equalTo("threshold"));
        addVersion("NO-SUCH", Map.of("threshold", 85, "validFrom", "2027-01-01")).statusCode(404);
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(Map.of("threshold", 85, "validFrom", "2027-01-01"))
                .post("/api/v1/requirements/{code}/versions", "U2\u0000").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("code"));
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/requirements/" + code).then().body("versions", hasSize(1));
    }

    @Test
    void onlyAgencyOfficersChangeTheCatalogue() {
        given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(aRequirement())
                .post("/api/v1/requirements").then().statusCode(403);
        given().contentType(ContentType.JSON).body(aRequirement()).post("/api/v1/requirements").then().statusCode(401);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = aRequirement();
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> without(String field) {
        Map<String, Object> body = aRequirement();
        body.remove(field);
        return body;
    }

    private static void expectRejected(Map<String, Object> body, String field) {
        long before = catalogueSize();
        create(body).statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo(field));
        assertThat(catalogueSize()).as("nothing stored after a bad %s", field).isEqualTo(before);
    }

    private static long catalogueSize() {
        return given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/requirements").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private static ValidatableResponse create(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/requirements").then();
    }

    private static ValidatableResponse addVersion(String code, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/requirements/" + code + "/versions").then();
    }
}
