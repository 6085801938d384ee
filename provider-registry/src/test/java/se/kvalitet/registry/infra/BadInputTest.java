package se.kvalitet.registry.infra;

import static io.restassured.RestAssured.given;
import static se.kvalitet.registry.Fixtures.aMunicipalPrincipal;
import static se.kvalitet.registry.Fixtures.aPrivatePrincipal;
import static se.kvalitet.registry.Fixtures.aUnit;
import static se.kvalitet.registry.Fixtures.privateOrgNumber;
import static se.kvalitet.registry.Fixtures.registerPrivatePrincipal;
import static se.kvalitet.registry.Fixtures.registerUnit;
import static se.kvalitet.testsupport.BadInput.Kind.ENUM;
import static se.kvalitet.testsupport.BadInput.Kind.TEXT;
import static se.kvalitet.testsupport.BadInput.Kind.UUID;
import static se.kvalitet.testsupport.BadInput.Kind.WHOLE_NUMBER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.BadInput;
import se.kvalitet.testsupport.BadInput.Case;
import se.kvalitet.testsupport.TestTokens;

/** Every class of bad input, at every write endpoint and list filter of the registry: a 400 naming the field, nothing stored. */
@QuarkusTest
class BadInputTest {

    @TestFactory
    Stream<DynamicTest> registeringAPrincipal() {
        List<Case> cases = new ArrayList<>(BadInput.forBody(aPrivatePrincipal(privateOrgNumber()))
                .field("orgNumber", TEXT).field("name", TEXT).field("kind", ENUM).cases());
        cases.addAll(BadInput.forBody(aMunicipalPrincipal("212000-2882", "0127")).field("homeMunicipalityCode", TEXT).cases());
        return BadInput.refused(cases, c -> post("/api/v1/principals", c), () -> total("/api/v1/principals"));
    }

    @TestFactory
    Stream<DynamicTest> registeringAUnit() {
        String provider = registerPrivatePrincipal();
        List<Case> cases = BadInput.forBody(aUnit(provider, "0180", "IVO-1"))
                .field("name", TEXT).field("principalOrgNumber", TEXT).field("municipalityCode", TEXT).field("area", ENUM)
                .field("permitId", TEXT).cases();
        return BadInput.refused(cases, c -> post("/api/v1/units", c), () -> total("/api/v1/units"));
    }

    @TestFactory
    Stream<DynamicTest> changingAUnit() {
        String unitId = registerUnit(aUnit(registerPrivatePrincipal(), "0180", "IVO-1"));
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("version", 0);
        valid.put("name", "Solgården norra");
        valid.put("municipalityCode", "0180");
        valid.put("area", "ELDERLY_CARE");
        valid.put("permitId", "IVO-2");
        List<Case> cases = BadInput.forBody(valid).field("version", WHOLE_NUMBER).field("name", TEXT).field("municipalityCode", TEXT)
                .field("area", ENUM).field("permitId", TEXT).cases();
        cases.addAll(BadInput.pathParameter("/api/v1/units/{unitId}/close", "unitId", UUID));
        return BadInput.refused(cases, c -> c.body() == null ? given().auth().oauth2(TestTokens.agencyOfficer()).post(c.path(), c.pathValue()).then()
                : given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(c.body()).put("/api/v1/units/" + unitId).then(),
                () -> given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/units/" + unitId).asString());
    }

    @TestFactory
    Stream<DynamicTest> listFiltersAndPathParameters() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(BadInput.filter("/api/v1/municipalities", "county", TEXT, "1", "123", "ab"));
        cases.addAll(BadInput.filter("/api/v1/principals", "kind", ENUM));
        cases.addAll(BadInput.filter("/api/v1/principals", "municipality", TEXT, "180", "01800", "abcd"));
        cases.addAll(BadInput.filter("/api/v1/units", "principal", TEXT, "5591234562", "12345"));
        cases.addAll(BadInput.filter("/api/v1/units", "municipality", TEXT, "180"));
        cases.addAll(BadInput.filter("/api/v1/units", "area", ENUM, "GARDENING"));
        cases.addAll(BadInput.filter("/api/v1/units", "status", ENUM));
        cases.addAll(BadInput.filter("/api/v1/units", "page", WHOLE_NUMBER, "-1"));
        cases.addAll(BadInput.filter("/api/v1/units", "size", WHOLE_NUMBER, "0", "501"));
        cases.addAll(BadInput.auditFilters());
        cases.addAll(BadInput.pathParameter("/api/v1/municipalities/{code}", "code", TEXT, "180"));
        cases.addAll(BadInput.pathParameter("/api/v1/principals/{orgNumber}", "orgNumber", TEXT, "5591234562"));
        cases.addAll(BadInput.pathParameter("/api/v1/units/{unitId}", "unitId", UUID));
        return BadInput.refused(cases, c -> BadInput.get(c, TestTokens.agencyOfficer()), () -> 0);
    }

    private static ValidatableResponse post(String path, Case c) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).contentType("application/json").body(c.body()).post(path).then();
    }

    private static long total(String path) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).get(path).then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
