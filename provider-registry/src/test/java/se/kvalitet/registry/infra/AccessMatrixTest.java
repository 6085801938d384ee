package se.kvalitet.registry.infra;

import static se.kvalitet.registry.Fixtures.aMunicipalPrincipal;
import static se.kvalitet.registry.Fixtures.aPrivatePrincipal;
import static se.kvalitet.registry.Fixtures.aUnit;
import static se.kvalitet.registry.Fixtures.ensurePrincipal;
import static se.kvalitet.registry.Fixtures.privateOrgNumber;
import static se.kvalitet.registry.Fixtures.registerPrivatePrincipal;
import static se.kvalitet.registry.Fixtures.registerUnit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.testsupport.AccessMatrix;
import se.kvalitet.testsupport.AccessMatrix.Relation;

/**
 * Who may call what in the registry. Columns: anonymous, agency officer, municipality (own,
 * other), provider (own, other), supervisor, indicator publisher. "Own" is Stockholm's and the
 * test provider's data; "other" another provider's unit in Göteborg. Rows run in order: the
 * officer closes "own" in the close row, so the municipality finds it closed.
 */
@QuarkusTest
class AccessMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsWrittenDown() {
        ensurePrincipal(aMunicipalPrincipal(AccessMatrix.MUNICIPALITY, AccessMatrix.MUNICIPALITY_CODE));
        ensurePrincipal(aPrivatePrincipal(AccessMatrix.PROVIDER));
        String otherProvider = registerPrivatePrincipal();
        String ownUnit = registerUnit(aUnit(AccessMatrix.PROVIDER, AccessMatrix.MUNICIPALITY_CODE, "IVO-OWN"));
        String otherUnit = registerUnit(aUnit(otherProvider, "1480", "IVO-OTHER"));

        new AccessMatrix()
                .row("GET /api/v1/municipalities", (r, rel) -> r.get("/api/v1/municipalities"),
                        401, 200, 200, 200, 200, 200, 200, 200)
                .row("GET /api/v1/municipalities/{code}", (r, rel) -> r.get("/api/v1/municipalities/1480"),
                        401, 200, 200, 200, 200, 200, 200, 200)
                .row("GET /api/v1/principals", (r, rel) -> r.get("/api/v1/principals"),
                        401, 200, 200, 200, 200, 200, 200, 200)
                .row("GET /api/v1/principals/{orgNumber}", (r, rel) -> r.get("/api/v1/principals/" + otherProvider),
                        401, 200, 200, 200, 200, 200, 200, 200)
                .row("POST /api/v1/principals", (r, rel) -> r.contentType("application/json")
                        .body(aPrivatePrincipal(privateOrgNumber())).post("/api/v1/principals"),
                        401, 201, 403, 403, 403, 403, 403, 403)
                .row("GET /api/v1/units", (r, rel) -> r.get("/api/v1/units?principal=" + (rel == Relation.OWN ? AccessMatrix.PROVIDER : otherProvider)),
                        401, 200, 200, 200, 200, 200, 200, 200)
                .row("GET /api/v1/units/{unitId}", (r, rel) -> r.get("/api/v1/units/" + (rel == Relation.OWN ? ownUnit : otherUnit)),
                        401, 200, 200, 404, 200, 404, 200, 200)
                .row("POST /api/v1/units", (r, rel) -> r.contentType("application/json")
                        .body(aUnit(otherProvider, rel == Relation.OWN ? AccessMatrix.MUNICIPALITY_CODE : "1480", "IVO-NEW")).post("/api/v1/units"),
                        401, 201, 201, 403, 403, 403, 403, 403)
                .row("PUT /api/v1/units/{unitId}", (r, rel) -> r.contentType("application/json")
                        .body(Map.of("version", 999, "name", "Renamed", "municipalityCode", AccessMatrix.MUNICIPALITY_CODE, "area", "ELDERLY_CARE",
                                "permitId", "IVO-OWN"))
                        .put("/api/v1/units/" + (rel == Relation.OWN ? ownUnit : otherUnit)),
                        401, 409, 409, 404, 403, 403, 403, 403)
                .row("POST /api/v1/units/bulk", (r, rel) -> r.contentType("application/json").body("[]").post("/api/v1/units/bulk"),
                        401, 200, 200, 200, 403, 403, 403, 403)
                .row("POST /api/v1/units/republish", (r, rel) -> r.post("/api/v1/units/republish"),
                        401, 202, 403, 403, 403, 403, 403, 403)
                .row("POST /api/v1/units/{unitId}/close", (r, rel) -> r.post("/api/v1/units/" + (rel == Relation.OWN ? ownUnit : otherUnit) + "/close"),
                        401, 200, 409, 404, 403, 403, 403, 403)
                .row("GET /api/v1/audit", (r, rel) -> r.get("/api/v1/audit"),
                        401, 200, 403, 403, 403, 403, 200, 403)
                .verify();
    }
}
