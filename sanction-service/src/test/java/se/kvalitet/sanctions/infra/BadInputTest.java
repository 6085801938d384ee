package se.kvalitet.sanctions.infra;

import static io.restassured.RestAssured.given;
import static se.kvalitet.sanctions.Breaches.awaitCase;
import static se.kvalitet.testsupport.BadInput.Kind.DATE;
import static se.kvalitet.testsupport.BadInput.Kind.DECIMAL;
import static se.kvalitet.testsupport.BadInput.Kind.ENUM;
import static se.kvalitet.testsupport.BadInput.Kind.TEXT;
import static se.kvalitet.testsupport.BadInput.Kind.UUID;
import static se.kvalitet.testsupport.BadInput.Kind.WHOLE_NUMBER;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.kvalitet.testsupport.BadInput;
import se.kvalitet.testsupport.BadInput.Case;
import se.kvalitet.testsupport.ContractEvent;
import se.kvalitet.testsupport.TestTokens;

/** Every class of bad filter, path parameter and decision of the sanction service: a 400 naming it, nothing stored changed. */
@QuarkusTest
class BadInputTest {

    @TestFactory
    Stream<DynamicTest> listFiltersAndPathParameters() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(BadInput.filter("/api/v1/breaches", "unitId", UUID));
        cases.addAll(BadInput.filter("/api/v1/breaches", "principal", TEXT, "5591234562"));
        cases.addAll(BadInput.filter("/api/v1/breaches", "municipality", TEXT, "180", "abcd"));
        cases.addAll(BadInput.filter("/api/v1/breaches", "area", ENUM, "GARDENING"));
        cases.addAll(BadInput.filter("/api/v1/breaches", "from", DATE, "yesterday"));
        cases.addAll(BadInput.filter("/api/v1/breaches", "to", DATE));
        cases.addAll(BadInput.filter("/api/v1/breaches", "status", ENUM, "FORGIVEN"));
        cases.addAll(BadInput.filter("/api/v1/breaches", "page", WHOLE_NUMBER, "-1"));
        cases.addAll(BadInput.filter("/api/v1/breaches", "size", WHOLE_NUMBER, "501"));
        cases.addAll(BadInput.filter("/api/v1/breaches/statistics", "area", ENUM, "GARDENING"));
        cases.addAll(BadInput.filter("/api/v1/breaches/statistics", "status", ENUM, "FORGIVEN"));
        cases.addAll(BadInput.filter("/api/v1/breaches/statistics", "from", DATE, "2025-02-30"));
        cases.add(BadInput.range("/api/v1/breaches/statistics", "2025-03-01", "2025-02-28", BadInput.TIME_RANGE_REVERSED));
        cases.add(BadInput.range("/api/v1/breaches", "2025-03-01", "2025-02-28", BadInput.TIME_RANGE_REVERSED));
        cases.addAll(BadInput.filter("/api/v1/cases", "status", ENUM, "CLOSED_FOREVER"));
        cases.addAll(BadInput.filter("/api/v1/cases", "unitId", UUID));
        cases.addAll(BadInput.filter("/api/v1/cases", "principal", TEXT, "12345"));
        cases.addAll(BadInput.filter("/api/v1/cases", "size", WHOLE_NUMBER, "0"));
        cases.addAll(BadInput.pathParameter("/api/v1/cases/{id}", "id", UUID));
        cases.addAll(BadInput.auditFilters());
        return BadInput.refused(cases, c -> BadInput.get(c, TestTokens.supervisor()), () -> 0);
    }

    @TestFactory
    Stream<DynamicTest> decisions() {
        String caseId = awaitCase(ContractEvent.healthRisk(java.util.UUID.randomUUID()).publish().unitId()).getString("caseId");
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("decision", "DECLINE");
        valid.put("reason", "The unit has already acted");
        valid.put("amount", 1000.00);
        List<Case> cases = BadInput.forBody(valid).field("decision", ENUM).field("amount", DECIMAL).cases();
        cases.add(body("a reason with a NUL", "reason", "must not contain control characters",
                "{\"decision\":\"DECLINE\",\"reason\":\"a\\u0000b\"}"));
        cases.add(body("a reason with CR LF", "reason", "must not contain control characters or line breaks",
                "{\"decision\":\"DECLINE\",\"reason\":\"a\\r\\nb\"}"));
        cases.add(body("a reason that is a number", "reason", "must be a string", "{\"decision\":\"DECLINE\",\"reason\":1}"));
        cases.add(body("a reason longer than 2000 characters", "reason", "size must be between 0 and 2000",
                "{\"decision\":\"DECLINE\",\"reason\":\"" + "x".repeat(2001) + "\"}"));
        cases.add(body("a negative fine", "amount", "must be more than zero", "{\"decision\":\"CONFIRM\",\"amount\":-500}"));
        cases.add(body("a zero fine", "amount", "must be more than zero", "{\"decision\":\"CONFIRM\",\"amount\":0}"));
        cases.add(body("a decline without a reason", "reason", "a supervisor who declines says why", "{\"decision\":\"DECLINE\"}"));
        cases.add(body("a decline with a blank reason", "reason", "a supervisor who declines says why",
                "{\"decision\":\"DECLINE\",\"reason\":\"  \"}"));
        cases.add(body("a resolution without a reason", "reason", "a supervisor who resolves says why", "{\"decision\":\"RESOLVE\"}"));
        cases.add(body("an injunction confirmed with an amount", "amount", "INJUNCTION carries no amount",
                "{\"decision\":\"CONFIRM\",\"amount\":5000}"));
        cases.add(body("no decision", "decision", "must not be null", "{\"reason\":\"x\"}"));
        return BadInput.refused(cases, c -> given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(c.body())
                .post("/api/v1/cases/" + caseId + "/decisions").then(),
                () -> given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/cases/" + caseId).asString());
    }

    private static Case body(String description, String field, String reason, String json) {
        return Case.ofBody(description, field, reason, json.getBytes(StandardCharsets.UTF_8));
    }
}
