package se.kvalitet.contracts.infra;

import static se.kvalitet.contracts.Contracts.awaitContracts;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.testsupport.AccessMatrix;
import se.kvalitet.testsupport.AccessMatrix.Relation;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.UnitEvent;

/**
 * Who may call what in the contract service. Columns: anonymous, agency officer, municipality
 * (own, other), provider (own, other), supervisor, indicator publisher. "Own" is a contract of
 * the test provider's unit in Stockholm, where Stockholm is the counterparty; "other" one of
 * another provider in Göteborg.
 */
@QuarkusTest
class AccessMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsWrittenDown() {
        AccessMatrix.announceStockholm();
        String own = contractOf(UnitEvent.aUnit().privateProvider(AccessMatrix.PROVIDER).in(AccessMatrix.MUNICIPALITY_CODE));
        String other = contractOf(UnitEvent.aUnit().privateProvider("5566778899").in("1480"));

        new AccessMatrix()
                .row("GET /api/v1/assessment-policy", (r, rel) -> r.get("/api/v1/assessment-policy"),
                        401, 200, 200, 200, 200, 200, 200, 200)
                .row("GET /api/v1/contracts", (r, rel) -> r.get("/api/v1/contracts"),
                        401, 200, 200, 200, 200, 200, 200, 403)
                .row("GET /api/v1/contracts/{id}", (r, rel) -> r.get("/api/v1/contracts/" + (rel == Relation.OWN ? own : other)),
                        401, 200, 200, 404, 200, 404, 200, 403)
                .row("GET /api/v1/audit", (r, rel) -> r.get("/api/v1/audit"),
                        401, 200, 403, 403, 403, 403, 200, 403)
                .verify();
    }

    private static String contractOf(UnitEvent unit) {
        UUID unitId = unit.publish().unitId();
        ResultEvent.forUnit(unitId).notMet().publish();
        return awaitContracts(unitId, 1).getString("items[0].contractId");
    }
}
