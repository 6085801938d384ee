package se.kvalitet.contracts.infra;

import static io.restassured.RestAssured.given;
import static se.kvalitet.contracts.ContractFlow.contract;
import static se.kvalitet.contracts.ContractFlow.draftFor;
import static se.kvalitet.contracts.ContractFlow.issue;
import static se.kvalitet.contracts.ContractFlow.knownMunicipality;
import static se.kvalitet.contracts.ContractFlow.sign;
import static se.kvalitet.testsupport.BadInput.Kind.DATE;
import static se.kvalitet.testsupport.BadInput.Kind.DECIMAL;
import static se.kvalitet.testsupport.BadInput.Kind.ENUM;
import static se.kvalitet.testsupport.BadInput.Kind.TEXT;
import static se.kvalitet.testsupport.BadInput.Kind.WHOLE_NUMBER;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.contracts.ContractFlow;
import se.kvalitet.contracts.Contracts;
import se.kvalitet.testsupport.BadInput;
import se.kvalitet.testsupport.BadInput.Case;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** Every class of bad filter, path parameter and request body of the contract service: a 400 naming the field, nothing stored changed. */
@QuarkusTest
class BadInputTest {

    @TestFactory
    Stream<DynamicTest> listFiltersAndPathParameters() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(BadInput.filter("/api/v1/contracts", "status", ENUM, "SIGNED_TWICE"));
        cases.addAll(BadInput.filter("/api/v1/contracts", "unitId", BadInput.Kind.UUID));
        cases.addAll(BadInput.filter("/api/v1/contracts", "principal", TEXT, "5591234562", "212000-014"));
        cases.addAll(BadInput.filter("/api/v1/contracts", "municipality", TEXT, "180", "abcd"));
        cases.addAll(BadInput.filter("/api/v1/contracts", "page", WHOLE_NUMBER, "-1"));
        cases.addAll(BadInput.filter("/api/v1/contracts", "size", WHOLE_NUMBER, "501"));
        cases.addAll(BadInput.pathParameter("/api/v1/contracts/{id}", "id", BadInput.Kind.UUID));
        cases.addAll(BadInput.pathParameter("/api/v1/contracts/{id}/events", "id", BadInput.Kind.UUID));
        cases.addAll(BadInput.pathParameter("/api/v1/contracts/{id}/reports", "id", BadInput.Kind.UUID));
        cases.addAll(BadInput.filter("/api/v1/measures", "requirement", TEXT, "U 21468"));
        cases.addAll(BadInput.filter("/api/v1/measures", "page", WHOLE_NUMBER, "-1"));
        cases.addAll(BadInput.filter("/api/v1/public/contracts", "municipality", TEXT, "180"));
        cases.addAll(BadInput.filter("/api/v1/public/contracts", "area", ENUM, "ELDERLY"));
        cases.addAll(BadInput.filter("/api/v1/public/contracts", "status", ENUM, "SIGNED_TWICE"));
        cases.addAll(BadInput.filter("/api/v1/public/contracts", "size", WHOLE_NUMBER, "501"));
        cases.addAll(BadInput.auditFilters());
        return BadInput.refused(cases, c -> BadInput.get(c, TestTokens.agencyOfficer()), () -> 0);
    }

    @TestFactory
    Stream<DynamicTest> policyChanges() {
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("minimumNotMet", 1);
        valid.put("financing", Map.of("statePercent", 50, "principalPercent", 50));
        valid.put("signingPeriod", "P30D");
        valid.put("milestonePeriod", "P3M");
        valid.put("gracePeriod", "P14D");
        valid.put("contractLength", "P12M");
        List<Case> cases = BadInput.forBody(valid)
                .field("minimumNotMet", WHOLE_NUMBER).field("financing.statePercent", WHOLE_NUMBER)
                .field("financing.principalPercent", WHOLE_NUMBER).field("signingPeriod", TEXT).field("milestonePeriod", TEXT)
                .field("gracePeriod", TEXT).field("contractLength", TEXT)
                .cases();
        cases.add(body("K below 1", "minimumNotMet", "must be at least 1", with(valid, "minimumNotMet", 0)));
        cases.add(body("a split summing to 110 %", "financing", "the state's and the principal's shares must sum to 100 percent, not 110",
                with(valid, "financing", Map.of("statePercent", 60, "principalPercent", 50))));
        cases.add(body("a split summing to 90 %", "financing", "the state's and the principal's shares must sum to 100 percent, not 90",
                with(valid, "financing", Map.of("statePercent", 40, "principalPercent", 50))));
        cases.add(body("a negative share", "financing.statePercent", "must be greater than or equal to 0",
                with(valid, "financing", Map.of("statePercent", -10, "principalPercent", 110))));
        cases.add(body("a negative signing period", "signingPeriod", "must not be negative", with(valid, "signingPeriod", "P-30D")));
        cases.add(body("a negatively signed grace period", "gracePeriod", "must not be negative", with(valid, "gracePeriod", "-P14D")));
        cases.add(body("a zero contract length", "contractLength", "must be longer than zero", with(valid, "contractLength", "P0D")));
        cases.add(body("a period in hours", "gracePeriod", "must be an ISO-8601 period of years, months, weeks and days",
                with(valid, "gracePeriod", "PT48H")));
        cases.add(body("a period in words", "signingPeriod", "must be an ISO-8601 period of years, months, weeks and days",
                with(valid, "signingPeriod", "30 days")));
        cases.add(body("milestones longer than the contract", "milestonePeriod", "must not be longer than contractLength",
                with(valid, "milestonePeriod", "P2Y")));
        cases.add(body("no financing", "financing", "must not be null", without(valid, "financing")));
        return BadInput.refused(cases, c -> send("PUT", "/api/v1/assessment-policy", c),
                () -> given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/assessment-policy").asString());
    }

    @TestFactory
    Stream<DynamicTest> measureDefinitions() {
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("code", "TEST-BAD-INPUT");
        valid.put("title", "A measure");
        valid.put("description", "What the unit does.");
        valid.put("evidence", "Socialstyrelsen, a guideline");
        valid.put("estimatedCost", 1000.00);
        valid.put("requirements", List.of("U21468"));
        List<Case> cases = BadInput.forBody(valid)
                .field("code", TEXT).field("title", TEXT).field("estimatedCost", DECIMAL).field("requirements[0]", TEXT)
                .cases();
        cases.add(body("a code in lower case", "code", "must be 2 to 40 capital letters, digits or hyphens, starting with a letter",
                with(valid, "code", "test-bad")));
        cases.add(body("a negative cost", "estimatedCost", "must not be negative", with(valid, "estimatedCost", -1)));
        cases.add(body("a blank description", "description", "must not be blank", with(valid, "description", "  ")));
        cases.add(body("a description with a NUL", "description", "must not contain control characters",
                with(valid, "description", "a\u0000b")));
        cases.add(body("evidence with an ESC", "evidence", "must not contain control characters", with(valid, "evidence", "a\u001bb")));
        cases.add(body("no requirements", "requirements", "must not be empty", with(valid, "requirements", List.of())));
        return BadInput.refused(cases, c -> send("POST", "/api/v1/measures", c),
                () -> given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/measures?size=500").asString());
    }

    @TestFactory
    Stream<DynamicTest> manualContracts() {
        UnitEvent unit = ContractFlow.known(UnitEvent.aUnit().privateProvider("5591234561").in("0180"));
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("unitId", unit.unitId().toString());
        valid.put("period", "2025");
        valid.put("requirements", List.of("U21468"));
        List<Case> cases = BadInput.forBody(valid).field("unitId", BadInput.Kind.UUID).field("period", TEXT).field("requirements[0]", TEXT).cases();
        cases.add(body("a period that is no period", "period", "must be a year (2025), half-year (2025H1), quarter (2025Q3) or month (2025-07)",
                with(valid, "period", "2025Q5")));
        cases.add(body("a unit never announced", "unitId", "is not a unit the registry has announced",
                with(valid, "unitId", UUID.randomUUID().toString())));
        return BadInput.refused(cases, c -> send("POST", "/api/v1/contracts", c),
                () -> Contracts.contractsOf(unit.unitId()).getInt("total"));
    }

    @TestFactory
    Stream<DynamicTest> draftEdits() {
        String id = draftFor(UnitEvent.aUnit().privateProvider("5591234561").in("0180"));
        JsonPath draft = contract(id);
        String measure = draft.getString("measures[0].measureCode");
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("version", draft.getInt("version"));
        valid.put("measures", List.of(Map.of("measureCode", measure, "estimatedCost", 1000.00)));
        valid.put("milestones", List.of(Map.of("measureCode", measure, "description", "Done", "dueDate", draft.getString("endDate"))));
        valid.put("financing", Map.of("statePercent", 50, "principalPercent", 50));
        valid.put("startDate", draft.getString("startDate"));
        valid.put("endDate", draft.getString("endDate"));
        List<Case> cases = BadInput.forBody(valid)
                .field("version", WHOLE_NUMBER).field("measures[0].measureCode", TEXT).field("measures[0].estimatedCost", DECIMAL)
                .field("milestones[0].description", TEXT).field("milestones[0].dueDate", DATE).field("financing.statePercent", WHOLE_NUMBER)
                .field("startDate", DATE).field("endDate", DATE)
                .cases();
        cases.add(body("a measure not in the catalogue", "measures[0].measureCode", "is not in the measures catalogue",
                with(valid, "measures", List.of(Map.of("measureCode", "NO-SUCH-MEASURE")))));
        cases.add(body("a negative cost", "measures[0].estimatedCost", "must not be negative",
                with(valid, "measures", List.of(Map.of("measureCode", measure, "estimatedCost", -5)))));
        cases.add(body("a split summing to 90 %", "financing", "the state's and the principal's shares must sum to 100 percent, not 90",
                with(valid, "financing", Map.of("statePercent", 40, "principalPercent", 50))));
        cases.add(body("an end before the start", "endDate", "must come after startDate",
                with(valid, "endDate", draft.getString("startDate"))));
        cases.add(body("a milestone after the end", "milestones[0].dueDate", "must lie between startDate", with(valid, "milestones",
                List.of(Map.of("measureCode", measure, "description", "Late", "dueDate", "2199-12-31")))));
        cases.add(body("a milestone for a measure not in the contract", "milestones[0].measureCode", "is not one of the contract's measures",
                with(valid, "milestones",
                        List.of(Map.of("measureCode", "OTHER", "description", "x", "dueDate", draft.getString("endDate"))))));
        return BadInput.refused(cases, c -> send("PUT", "/api/v1/contracts/" + id, c), () -> contract(id).prettify());
    }

    @TestFactory
    Stream<DynamicTest> remediationReports() {
        knownMunicipality("2120000142", "0180");
        String id = draftFor(UnitEvent.aUnit().municipal("2120000142", "0180").in("0180"));
        issue(id, TestTokens.agencyOfficer()).statusCode(200);
        sign(id, TestTokens.municipality("2120000142")).statusCode(200);
        sign(id, TestTokens.agencyOfficer()).statusCode(200);
        JsonPath active = contract(id);
        String measure = active.getString("measures[0].measureCode");
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("measures", List.of(Map.of("measureCode", measure, "status", "IN_PROGRESS", "spentToDate", 10.00, "narrative", "Begun.")));
        valid.put("milestonesDone", List.of(active.getString("milestones[0].milestoneId")));
        List<Case> cases = BadInput.forBody(valid)
                .field("measures[0].measureCode", TEXT).field("measures[0].status", ENUM).field("measures[0].spentToDate", DECIMAL)
                .field("measures[0].narrative", TEXT).field("milestonesDone[0]", BadInput.Kind.UUID)
                .cases();
        cases.add(body("a negative amount", "measures[0].spentToDate", "must not be negative", with(valid, "measures",
                List.of(Map.of("measureCode", measure, "status", "DONE", "spentToDate", -0.01, "narrative", "x")))));
        cases.add(body("a measure not in the contract", "measures[0].measureCode", "is not one of the contract's measures",
                with(valid, "measures",
                        List.of(Map.of("measureCode", "NO-SUCH-MEASURE", "status", "DONE", "spentToDate", 1, "narrative", "x")))));
        cases.add(body("a milestone not in the contract", "milestonesDone[0]", "is not one of the contract's milestones",
                with(valid, "milestonesDone", List.of(UUID.randomUUID().toString()))));
        cases.add(body("a milestone named twice", "milestonesDone[1]", "is reported twice", with(valid, "milestonesDone",
                List.of(active.getString("milestones[0].milestoneId"), active.getString("milestones[0].milestoneId")))));
        cases.add(body("nothing reported", "measures", "a report names at least one measure or milestone",
                Map.of("measures", List.of(), "milestonesDone", List.of())));
        String principal = TestTokens.municipality("2120000142");
        return BadInput.refused(cases, c -> sendAs(principal, "POST", "/api/v1/contracts/" + id + "/reports", c),
                () -> contract(id).prettify() + given().auth().oauth2(principal).get("/api/v1/contracts/" + id + "/reports").asString());
    }

    @TestFactory
    Stream<DynamicTest> healthRiskDecisions() {
        UnitEvent unit = ContractFlow.known(UnitEvent.aUnit().privateProvider("5591234561").in("0180"));
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("unitId", unit.unitId().toString());
        valid.put("reason", "Residents left without care at night");
        List<Case> cases = BadInput.forBody(valid).field("unitId", BadInput.Kind.UUID).cases();
        cases.add(body("a reason with a NUL", "reason", "must not contain control characters", with(valid, "reason", "a\u0000b")));
        cases.add(body("a reason with CR LF", "reason", "must not contain control characters or line breaks",
                with(valid, "reason", "a\r\nb")));
        cases.add(body("a reason that is a number", "reason", "must be a string", "{\"unitId\":\"" + unit.unitId() + "\",\"reason\":1}"));
        cases.add(body("a blank reason", "reason", "must not be blank", with(valid, "reason", " ")));
        cases.add(body("a reason too long", "reason", "size must be between 0 and 2000", with(valid, "reason", "x".repeat(2001))));
        cases.add(body("a unit never announced", "unitId", "is not a unit the registry has announced",
                with(valid, "unitId", UUID.randomUUID().toString())));
        return BadInput.refused(cases, c -> send("POST", "/api/v1/health-risks", c),
                () -> given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/audit?entity=HealthRisk&size=500").jsonPath()
                        .getInt("total"));
    }

    private static Case body(String description, String field, String reason, Object body) {
        String json = body instanceof String text ? text : toJson(body);
        return Case.ofBody(description, field, reason, json.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> with(Map<String, Object> valid, String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> without(Map<String, Object> valid, String field) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        body.remove(field);
        return body;
    }

    private static String toJson(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ValidatableResponse send(String method, String path, Case c) {
        return sendAs(TestTokens.agencyOfficer(), method, path, c);
    }

    private static ValidatableResponse sendAs(String token, String method, String path, Case c) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(c.body()).request(method, path).then();
    }
}
