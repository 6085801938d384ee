package se.kvalitet.indicators.infra;

import static io.restassured.RestAssured.given;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.aResult;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;
import static se.kvalitet.testsupport.BadInput.Kind.BOOLEAN;
import static se.kvalitet.testsupport.BadInput.Kind.DATE;
import static se.kvalitet.testsupport.BadInput.Kind.DECIMAL;
import static se.kvalitet.testsupport.BadInput.Kind.ENUM;
import static se.kvalitet.testsupport.BadInput.Kind.TEXT;
import static se.kvalitet.testsupport.BadInput.Kind.UUID;
import static se.kvalitet.testsupport.BadInput.Kind.WHOLE_NUMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.BadInput;
import se.kvalitet.testsupport.BadInput.Case;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** Every class of bad input, at every write endpoint and list filter of the indicator service: a 400 naming the field, nothing stored. */
@QuarkusTest
class BadInputTest {

    @TestFactory
    Stream<DynamicTest> definingARequirement() {
        Map<String, Object> valid = aRequirement();
        valid.put("critical", false);
        valid.put("weight", 1.5);
        List<Case> cases = BadInput.forBody(valid)
                .field("code", TEXT).field("title", TEXT).field("area", ENUM).field("unitOfMeasure", ENUM).field("direction", ENUM)
                .field("threshold", DECIMAL).field("periodType", ENUM).field("minimumSampleSize", WHOLE_NUMBER)
                .field("critical", BOOLEAN).field("weight", DECIMAL).field("sourceReference", TEXT).field("validFrom", DATE)
                .cases();
        return BadInput.refused(cases, c -> post("/api/v1/requirements", c), () -> read("/api/v1/requirements").getLong("total"));
    }

    @TestFactory
    Stream<DynamicTest> changingAThreshold() {
        String code = createRequirement(aRequirement());
        List<Case> cases = BadInput.forBody(Map.of("threshold", 85, "minimumSampleSize", 20, "validFrom", "2027-01-01"))
                .field("threshold", DECIMAL).field("minimumSampleSize", WHOLE_NUMBER).field("validFrom", DATE).cases();
        return BadInput.refused(cases, c -> post("/api/v1/requirements/" + code + "/versions", c),
                () -> read("/api/v1/requirements/" + code).getList("versions"));
    }

    @TestFactory
    Stream<DynamicTest> retiringARequirement() {
        String code = createRequirement(aRequirement());
        List<Case> cases = BadInput.forBody(Map.of("validTo", "2027-01-01")).field("validTo", DATE).cases();
        return BadInput.refused(cases, c -> post("/api/v1/requirements/" + code + "/retire", c),
                () -> read("/api/v1/requirements/" + code).prettify());
    }

    @TestFactory
    Stream<DynamicTest> submittingAResult() {
        java.util.UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        List<Case> cases = BadInput.forBody(aResult(unitId, code, 50))
                .field("unitId", UUID).field("requirementCode", TEXT).field("period", TEXT).field("value", DECIMAL)
                .field("sampleSize", WHOLE_NUMBER).field("source", TEXT).cases();
        return BadInput.refused(cases, c -> post("/api/v1/results", c), () -> read("/api/v1/results?unitId=" + unitId).getList("items"));
    }

    @TestFactory
    Stream<DynamicTest> mappingAKoladaKpi() {
        String code = createRequirement(aRequirement());
        Map<String, Object> valid = new java.util.HashMap<>(Map.of("kind", "KPI", "koladaId", "Y12345", "requirementCode", code));
        List<Case> cases = BadInput.forBody(valid).field("kind", ENUM).field("koladaId", TEXT).field("requirementCode", TEXT).cases();
        return BadInput.refused(cases, c -> given().auth().oauth2(TestTokens.agencyOfficer()).contentType("application/json").body(c.body())
                .put("/api/v1/kolada-mappings").then(), () -> read("/api/v1/kolada-mappings?size=500").getList("items"));
    }

    @TestFactory
    Stream<DynamicTest> listFiltersAndPathParameters() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(BadInput.filter("/api/v1/results", "unitId", UUID));
        cases.addAll(BadInput.filter("/api/v1/results", "requirement", TEXT, "lower-case", "X"));
        cases.addAll(BadInput.filter("/api/v1/results", "from", TEXT, "2025Q5", "0000", "1899", "20250", "2025-7"));
        cases.addAll(BadInput.filter("/api/v1/results", "to", TEXT, "2025H3"));
        cases.add(BadInput.range("/api/v1/results", "2026", "2025", "must begin before to ends"));
        cases.add(BadInput.range("/api/v1/results", "2025Q3", "2025H1", "must begin before to ends"));
        cases.addAll(BadInput.filter("/api/v1/results", "size", WHOLE_NUMBER, "0"));
        cases.addAll(BadInput.filter("/api/v1/requirements", "page", WHOLE_NUMBER, "-1"));
        cases.addAll(BadInput.pathParameter("/api/v1/requirements/{code}", "code", TEXT, "lower-case"));
        cases.addAll(BadInput.filter("/api/v1/public/results", "municipality", TEXT, "180"));
        cases.addAll(BadInput.filter("/api/v1/public/results", "area", ENUM, "GARDENING"));
        cases.addAll(BadInput.filter("/api/v1/public/results", "requirement", TEXT, "u 1"));
        cases.addAll(BadInput.filter("/api/v1/public/results", "size", WHOLE_NUMBER, "501"));
        cases.addAll(BadInput.filter("/api/v1/kolada-mappings", "kind", ENUM, "kpi"));
        cases.addAll(BadInput.pathParameter("/api/v1/results/imports/{id}", "id", UUID));
        cases.addAll(BadInput.auditFilters());
        return BadInput.refused(cases, c -> BadInput.get(c, TestTokens.agencyOfficer()), () -> 0);
    }

    private static ValidatableResponse post(String path, Case c) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).contentType("application/json").body(c.body()).post(path).then();
    }

    private static io.restassured.path.json.JsonPath read(String path) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).get(path).then().statusCode(200).extract().jsonPath();
    }
}
