package se.kvalitet.registry.principal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.kvalitet.registry.Fixtures.aMunicipalPrincipal;
import static se.kvalitet.registry.Fixtures.aPrivatePrincipal;
import static se.kvalitet.registry.Fixtures.privateOrgNumber;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.TestTokens;

@QuarkusTest
class PrincipalResourceTest {

    @Test
    void agencyOfficerRegistersAMunicipalPrincipal() {
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(aMunicipalPrincipal("212000-1355", "1480"))
                .post("/api/v1/principals")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/principals/2120001355"))
                .body("orgNumber", equalTo("2120001355"), "kind", equalTo("MUNICIPALITY"), "homeMunicipalityCode", equalTo("1480"));

        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/principals/212000-1355")
                .then().statusCode(200).body("name", equalTo("Kommun 1480"));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/principals?kind=MUNICIPALITY")
                .then().statusCode(200).body("items.orgNumber", hasItem("2120001355"));
    }

    @Test
    void registeringTheSameNumberTwiceIsAConflictAndKeepsTheFirst() {
        String orgNumber = privateOrgNumber();
        register(aPrivatePrincipal(orgNumber)).statusCode(201);
        Map<String, Object> second = aPrivatePrincipal(orgNumber);
        second.put("name", "Someone Else AB");
        register(second).statusCode(409).contentType("application/problem+json").body("violations[0].field", equalTo("orgNumber"));
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/principals/" + orgNumber)
                .then().body("name", equalTo("Omsorg " + orgNumber + " AB"));
    }

    @Test
    void aWrongCheckDigitIsRejectedNamingTheField() {
        long before = total();
        Map<String, Object> body = aPrivatePrincipal("5591234562");
        register(body).statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400), "violations[0].field", equalTo("orgNumber"),
                        "violations[0].reason", equalTo("check digit does not match"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aMunicipalPrincipalNeedsItsHomeMunicipality() {
        Map<String, Object> body = aMunicipalPrincipal("212000-2882", "0127");
        body.remove("homeMunicipalityCode");
        register(body).statusCode(400).body("violations[0].field", equalTo("homeMunicipalityCode"));
        notStored("2120002882");
    }

    @Test
    void aMunicipalPrincipalNeedsAMunicipalNumber() {
        register(aMunicipalPrincipal(privateOrgNumber(), "0127")).statusCode(400).body("violations[0].field", equalTo("orgNumber"));
    }

    @Test
    void anUnknownHomeMunicipalityIsRejected() {
        register(aMunicipalPrincipal("212000-2882", "9999")).statusCode(400).body("violations[0].field", equalTo("homeMunicipalityCode"));
        notStored("2120002882");
    }

    @Test
    void aPrivatePrincipalHasNoHomeMunicipality() {
        String orgNumber = privateOrgNumber();
        Map<String, Object> body = aPrivatePrincipal(orgNumber);
        body.put("homeMunicipalityCode", "0180");
        register(body).statusCode(400).body("violations[0].field", equalTo("homeMunicipalityCode"));
        notStored(orgNumber);
    }

    @Test
    void missingAndUnknownFieldsAreNamed() {
        String orgNumber = privateOrgNumber();
        Map<String, Object> body = aPrivatePrincipal(orgNumber);
        body.remove("name");
        register(body).statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("name"));

        body = aPrivatePrincipal(orgNumber);
        body.put("nickname", "x");
        register(body).statusCode(400).body("violations[0].field", equalTo("nickname"), "violations[0].reason", equalTo("is not a known field"));

        body = aPrivatePrincipal(orgNumber);
        body.put("kind", "COOPERATIVE");
        register(body).statusCode(400).body("violations[0].field", equalTo("kind"));
        notStored(orgNumber);
    }

    @Test
    void malformedJsonAndAMissingBodyAreRejected() {
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body("{\"orgNumber\": ")
                .post("/api/v1/principals").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .post("/api/v1/principals").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aMalformedNumberInThePathIsABadRequest() {
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/principals/12345")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("orgNumber"));
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/principals?kind=OTHER")
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/principals?size=100000")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void onlyAgencyOfficersRegisterPrincipals() {
        String orgNumber = privateOrgNumber();
        given().contentType(ContentType.JSON).body(aPrivatePrincipal(orgNumber)).post("/api/v1/principals")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(TestTokens.municipality("2120000142")).contentType(ContentType.JSON).body(aPrivatePrincipal(orgNumber))
                .post("/api/v1/principals").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.expired("agency-officer", "agency-officer")).contentType(ContentType.JSON)
                .body(aPrivatePrincipal(orgNumber)).post("/api/v1/principals")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forAudience("another-api", "agency-officer", "agency-officer")).contentType(ContentType.JSON)
                .body(aPrivatePrincipal(orgNumber)).post("/api/v1/principals").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/v1/principals").then().statusCode(401).contentType("application/problem+json");
        notStored(orgNumber);
    }

    private static ValidatableResponse register(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/principals").then();
    }

    private static long total() {
        return given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/principals").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private static void notStored(String orgNumber) {
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/principals/" + orgNumber).then().statusCode(404);
    }
}
