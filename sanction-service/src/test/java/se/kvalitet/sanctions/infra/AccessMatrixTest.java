package se.kvalitet.sanctions.infra;

import static se.kvalitet.sanctions.Breaches.awaitCase;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.kvalitet.testsupport.AccessMatrix;
import se.kvalitet.testsupport.AccessMatrix.Relation;
import se.kvalitet.testsupport.ContractEvent;

/**
 * Who may call what in the sanction service. Columns: anonymous, agency officer, municipality
 * (own, other), provider (own, other), supervisor, indicator publisher. "Own" is a case about the
 * test provider's unit in Stockholm; "other" one about another provider's unit in Göteborg.
 */
@QuarkusTest
class AccessMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsWrittenDown() {
        AccessMatrix.announceStockholm();
        String own = caseOf(ContractEvent.healthRisk(UUID.randomUUID()).privateProvider(AccessMatrix.PROVIDER).in(AccessMatrix.MUNICIPALITY_CODE));
        String other = caseOf(ContractEvent.healthRisk(UUID.randomUUID()).privateProvider("5566778899").in("1480"));

        new AccessMatrix()
                .row("GET /api/v1/breaches", (r, rel) -> r.get("/api/v1/breaches"),
                        401, 200, 200, 200, 200, 200, 200, 403)
                .row("GET /api/v1/breaches/statistics", (r, rel) -> r.get("/api/v1/breaches/statistics"),
                        401, 200, 200, 200, 200, 200, 200, 403)
                .row("GET /api/v1/ladder", (r, rel) -> r.get("/api/v1/ladder"),
                        401, 200, 403, 403, 403, 403, 200, 403)
                .row("GET /api/v1/cases", (r, rel) -> r.get("/api/v1/cases"),
                        401, 200, 200, 200, 200, 200, 200, 403)
                .row("GET /api/v1/cases/{id}", (r, rel) -> r.get("/api/v1/cases/" + (rel == Relation.OWN ? own : other)),
                        401, 200, 200, 404, 200, 404, 200, 403)
                .row("POST /api/v1/cases/{id}/decisions", (r, rel) -> r.contentType(ContentType.JSON)
                        .body(Map.of("decision", "DECLINE")).post("/api/v1/cases/" + (rel == Relation.OWN ? own : other) + "/decisions"),
                        401, 403, 403, 403, 403, 403, 400, 403)
                .row("GET /api/v1/audit", (r, rel) -> r.get("/api/v1/audit"),
                        401, 200, 403, 403, 403, 403, 200, 403)
                .verify();
    }

    private static String caseOf(ContractEvent healthRisk) {
        return awaitCase(healthRisk.publish().unitId()).getString("caseId");
    }
}
