package se.kvalitet.registry.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.registry.Fixtures.aMunicipalPrincipal;
import static se.kvalitet.registry.Fixtures.aUnit;
import static se.kvalitet.registry.Fixtures.ensurePrincipal;
import static se.kvalitet.registry.Fixtures.privateOrgNumber;
import static se.kvalitet.registry.Fixtures.registerPrivatePrincipal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.AuditTrailAssert;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;

/** Many units in one request: valid rows stored and announced, each refused row answered by number, a broken file refused whole. */
@QuarkusTest
class UnitBulkTest {

    private static final String HEADER = "name,principalOrgNumber,municipalityCode,area,permitId\n";

    @Test
    void aJsonArrayRegistersItsValidRowsAndAnswersEachRefusedOne() {
        String provider = registerPrivatePrincipal();
        List<Object> rows = List.of(aUnit(provider, "0180", "IVO-1"), aUnit(provider, "0999", "IVO-2"), aUnit(provider, "1480", null),
                Map.of("name", "X", "principalOrgNumber", provider, "municipalityCode", "0180", "area", 1, "permitId", "IVO-3"),
                aUnit(provider, "1280", "IVO-4"));
        JsonPath result = bulk(TestTokens.agencyOfficer(), ContentType.JSON.toString(), json(rows)).statusCode(200).extract().jsonPath();

        assertThat(result.getInt("accepted")).isEqualTo(2);
        assertThat(result.getList("rejected.row")).containsExactly(2, 3, 4);
        assertThat(result.getList("rejected.field")).containsExactly("municipalityCode", "permitId", "area");
        assertThat(result.getList("rejected.reason")).containsExactly("is not a municipality code",
                "is required for a private provider's unit (IVO permit)", "must be one of " + List.of(AreaOfActivity.values()));
        assertThat(unitsOf(provider)).isEqualTo(2);
        String first = result.getString("units[0]");
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/units/" + first).then().statusCode(200).body("municipalityCode", equalTo("0180"));
        Topic.named("registry.units.v1").awaitRecord(r -> r.key().equals(first) && r.value().contains("UnitRegistered"));
    }

    @Test
    void aCsvFileRegistersItsValidRowsAndAnswersEachRefusedOne() {
        String provider = registerPrivatePrincipal();
        String csv = HEADER + "Solbacken," + provider + ",0180,ELDERLY_CARE,IVO-1\n"
                + "\"Hemtjänst \"\"Norr\"\"\"," + provider + ",0180,ELDERLY_CARE,IVO-2\n"
                + "Short," + provider + ",0180\n"
                + "Garden," + provider + ",0180,GARDENING,IVO-3\n"
                + "Nowhere,5591234562,0180,ELDERLY_CARE,IVO-4\n"
                + "Unknown," + privateOrgNumber() + ",0180,ELDERLY_CARE,IVO-5\n"
                + "Unpermitted," + provider + ",0180,ELDERLY_CARE,\n"
                + "Far away," + provider + ",0000,ELDERLY_CARE,IVO-6\n";
        JsonPath result = bulk(TestTokens.agencyOfficer(), "text/csv", csv).statusCode(200).extract().jsonPath();
        assertThat(result.getInt("accepted")).isEqualTo(2);
        assertThat(result.getList("rejected.row")).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(result.getList("rejected.field")).containsExactly("row", "area", "principalOrgNumber", "principalOrgNumber", "permitId",
                "municipalityCode");
        assertThat(result.getList("rejected.reason")).element(2).isEqualTo("check digit does not match");
        assertThat(result.getList("rejected.reason")).element(3).isEqualTo("no principal is registered with this number");
        assertThat(result.getList("rejected.reason")).element(4).isEqualTo("is required for a private provider's unit (IVO permit)");
        assertThat(result.getList("rejected.reason")).element(5).isEqualTo("is not a municipality code");
        assertThat(unitsOf(provider)).isEqualTo(2);
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/units/" + result.getString("units[1]")).then()
                .body("name", equalTo("Hemtjänst \"Norr\""));
        for (String unit : result.<String>getList("units")) {
            ApiSpecs.assertRecordMatchesContract(Topic.named("registry.units.v1")
                    .awaitRecord(r -> r.key().equals(unit) && r.value().contains("UnitRegistered")));
            assertThat(AuditTrailAssert.awaitEntry("Unit", unit, "register").getString("actor.kind")).isEqualTo("USER");
        }
    }

    @Test
    void aMunicipalityRegistersOnlyInItsOwnMunicipality() {
        ensurePrincipal(aMunicipalPrincipal("2120000142", "0180"));
        String provider = registerPrivatePrincipal();
        JsonPath result = bulk(TestTokens.municipality("2120000142"), ContentType.JSON.toString(),
                json(List.of(aUnit(provider, "0180", "IVO-1"), aUnit(provider, "1480", "IVO-2")))).statusCode(200).extract().jsonPath();
        assertThat(result.getInt("accepted")).isEqualTo(1);
        assertThat(result.getList("rejected.row")).containsExactly(2);
        assertThat(result.getList("rejected.field")).containsExactly("municipalityCode");
        assertThat(result.getList("rejected.reason")).containsExactly("a municipality registers and changes units only in its own municipality");
        assertThat(given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/units?principal=" + provider).then().statusCode(200)
                .extract().jsonPath().getList("items.municipalityCode")).containsExactly("0180");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWholeAndNothingIsStored() {
        String provider = registerPrivatePrincipal();
        String row = "Solbacken," + provider + ",0180,ELDERLY_CARE,IVO-1\n";
        List<byte[]> broken = new ArrayList<>();
        broken.add(bytes(""));
        broken.add(bytes("name,principal,municipality,area,permit\n" + row));
        broken.add(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, bytes(HEADER + row)));
        broken.add((HEADER + "Hemtjänst Åre," + provider + ",0180,ELDERLY_CARE,IVO-1\n").getBytes(StandardCharsets.ISO_8859_1));
        broken.add(bytes(HEADER + row + "\"Unclosed," + provider + ",0180,ELDERLY_CARE,IVO-1\n"));
        broken.add(bytes(HEADER + row + "Evil\u001b[31m," + provider + ",0180,ELDERLY_CARE,IVO-1\n"));
        broken.add(bytes(HEADER + row.repeat(UnitBulk.MAX_ROWS + 1)));
        for (byte[] file : broken) {
            int before = unitsOf(provider);
            given().auth().oauth2(TestTokens.agencyOfficer()).contentType("text/csv").body(file).post("/api/v1/units/bulk").then()
                    .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("body"));
            assertThat(unitsOf(provider)).isEqualTo(before);
        }
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body("{\"name\":\"not an array\"}")
                .post("/api/v1/units/bulk").then().statusCode(400).body("violations[0].field", equalTo("body"));
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(json(Collections.nCopies(
                UnitBulk.MAX_ROWS + 1, aUnit(provider, "0180", "IVO-1")))).post("/api/v1/units/bulk").then().statusCode(400);
        assertThat(unitsOf(provider)).isZero();
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType("application/xml").body("<units/>").post("/api/v1/units/bulk").then()
                .statusCode(415).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Content-Type"), "violations[0].reason", equalTo("is not a media type this endpoint accepts"));
    }

    @Test
    void onlyOfficersAndMunicipalitiesRegisterInBulk() {
        given().auth().oauth2(TestTokens.provider("5591234561")).contentType(ContentType.JSON).body("[]").post("/api/v1/units/bulk").then()
                .statusCode(403);
    }

    private static ValidatableResponse bulk(String token, String contentType, String body) {
        return given().auth().oauth2(token).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/units/bulk").then();
    }

    private static int unitsOf(String provider) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/units?principal=" + provider).then().statusCode(200).extract()
                .jsonPath().getInt("total");
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
