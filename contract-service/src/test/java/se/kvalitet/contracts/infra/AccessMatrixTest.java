package se.kvalitet.contracts.infra;

import static se.kvalitet.contracts.ContractFlow.draftFor;
import static se.kvalitet.contracts.ContractFlow.issue;
import static se.kvalitet.contracts.ContractFlow.knownMunicipality;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.kvalitet.testsupport.AccessMatrix;
import se.kvalitet.testsupport.AccessMatrix.Relation;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/**
 * Who may call what in the contract service. Columns: anonymous, agency officer, municipality
 * (own, other), provider (own, other), supervisor, indicator publisher. "Own" is an issued
 * contract of the test provider's unit in Stockholm, where Stockholm is the counterparty; "other"
 * one of another provider in Göteborg. Rows run in order: the signatures row has both parties
 * of "own" sign it, so the reports row finds it active. Writes that would change shared data send
 * a body the endpoint refuses (400) once access is granted.
 */
@QuarkusTest
class AccessMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsWrittenDown() {
        AccessMatrix.announceStockholm();
        knownMunicipality("2120001355", "1480");
        String own = issued(UnitEvent.aUnit().privateProvider(AccessMatrix.PROVIDER).in(AccessMatrix.MUNICIPALITY_CODE));
        String other = issued(UnitEvent.aUnit().privateProvider("5566778899").in("1480"));
        Map<String, Object> editOfAnIssuedContract = Map.of("version", 0, "measures", List.of(),
                "financing", Map.of("statePercent", 50, "principalPercent", 50), "startDate", "2026-01-01", "endDate", "2027-01-01");

        new AccessMatrix()
                .row("GET /api/v1/assessment-policy", (r, rel) -> r.get("/api/v1/assessment-policy"),
                        401, 200, 200, 200, 200, 200, 200, 200)
                .row("PUT /api/v1/assessment-policy", (r, rel) -> r.contentType(ContentType.JSON).body(Map.of("minimumNotMet", 0))
                        .put("/api/v1/assessment-policy"),
                        401, 400, 403, 403, 403, 403, 403, 403)
                .row("GET /api/v1/contracts", (r, rel) -> r.get("/api/v1/contracts"),
                        401, 200, 200, 200, 200, 200, 200, 403)
                .row("POST /api/v1/contracts", (r, rel) -> r.contentType(ContentType.JSON)
                        .body(Map.of("unitId", UUID.randomUUID().toString(), "period", "2025")).post("/api/v1/contracts"),
                        401, 400, 403, 403, 403, 403, 403, 403)
                .row("GET /api/v1/contracts/{id}", (r, rel) -> r.get("/api/v1/contracts/" + pick(rel, own, other)),
                        401, 200, 200, 404, 200, 404, 200, 403)
                .row("PUT /api/v1/contracts/{id}", (r, rel) -> r.contentType(ContentType.JSON).body(editOfAnIssuedContract)
                        .put("/api/v1/contracts/" + pick(rel, own, other)),
                        401, 409, 403, 403, 403, 403, 403, 403)
                .row("POST /api/v1/contracts/{id}/issue", (r, rel) -> r.post("/api/v1/contracts/" + pick(rel, own, other) + "/issue"),
                        401, 409, 403, 403, 403, 403, 403, 403)
                .row("GET /api/v1/contracts/{id}/events", (r, rel) -> r.get("/api/v1/contracts/" + pick(rel, own, other) + "/events"),
                        401, 200, 200, 404, 200, 404, 200, 403)
                .row("GET /api/v1/contracts/{id}/reports", (r, rel) -> r.get("/api/v1/contracts/" + pick(rel, own, other) + "/reports"),
                        401, 200, 200, 404, 200, 404, 200, 403)
                .row("POST /api/v1/contracts/{id}/signatures",
                        (r, rel) -> r.post("/api/v1/contracts/" + pick(rel, own, other) + "/signatures"),
                        401, 403, 200, 404, 200, 404, 403, 403)
                .row("POST /api/v1/contracts/{id}/reports", (r, rel) -> r.contentType(ContentType.JSON)
                        .body(Map.of("measures", List.of(), "milestonesDone", List.of()))
                        .post("/api/v1/contracts/" + pick(rel, own, other) + "/reports"),
                        401, 403, 403, 404, 400, 404, 403, 403)
                .row("GET /api/v1/measures", (r, rel) -> r.get("/api/v1/measures"),
                        401, 200, 200, 200, 200, 200, 200, 403)
                .row("POST /api/v1/measures", (r, rel) -> r.contentType(ContentType.JSON).body(Map.of("code", "X")).post("/api/v1/measures"),
                        401, 400, 403, 403, 403, 403, 403, 403)
                .row("POST /api/v1/health-risks", (r, rel) -> r.contentType(ContentType.JSON)
                        .body(Map.of("unitId", UUID.randomUUID().toString(), "reason", "x")).post("/api/v1/health-risks"),
                        401, 400, 403, 403, 403, 403, 403, 403)
                .row("GET /api/v1/public/contracts", (r, rel) -> r.get("/api/v1/public/contracts"),
                        200, 200, 200, 200, 200, 200, 200, 200)
                .row("GET /api/v1/audit", (r, rel) -> r.get("/api/v1/audit"),
                        401, 200, 403, 403, 403, 403, 200, 403)
                .verify();
    }

    private static String pick(Relation relation, String own, String other) {
        return relation == Relation.OWN ? own : other;
    }

    private static String issued(UnitEvent unit) {
        String id = draftFor(unit);
        issue(id, TestTokens.agencyOfficer()).statusCode(200);
        return id;
    }
}
