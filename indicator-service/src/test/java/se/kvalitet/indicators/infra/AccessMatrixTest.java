package se.kvalitet.indicators.infra;

import static io.restassured.RestAssured.given;

import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.aResult;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.testsupport.AccessMatrix;
import se.kvalitet.testsupport.AccessMatrix.Relation;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/**
 * Who may call what in the indicator service. Columns: anonymous, agency officer, municipality
 * (own, other), provider (own, other), supervisor, indicator publisher. "Own" is a unit of the
 * test provider in Stockholm; "other" a unit of another provider in Göteborg.
 */
@QuarkusTest
class AccessMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsWrittenDown() {
        UUID ownUnit = knownUnit(UnitEvent.aUnit().privateProvider(AccessMatrix.PROVIDER).in(AccessMatrix.MUNICIPALITY_CODE));
        UUID otherUnit = knownUnit(UnitEvent.aUnit().privateProvider("5566778899").in("1480"));
        String code = createRequirement(aRequirement());
        String versioned = createRequirement(aRequirement());
        AtomicInteger value = new AtomicInteger(40);
        String header = "unitId,requirementCode,period,value,sampleSize,source\n";
        String job = given().auth().oauth2(TestTokens.publisher()).contentType("text/csv").body(header).post("/api/v1/results/import")
                .then().statusCode(202).extract().header("Location");

        new AccessMatrix()
                .row("GET /api/v1/requirements", (r, rel) -> r.get("/api/v1/requirements"),
                        401, 200, 200, 200, 200, 200, 200, 200)
                .row("POST /api/v1/requirements", (r, rel) -> r.contentType("application/json").body(aRequirement())
                        .post("/api/v1/requirements"),
                        401, 201, 403, 403, 403, 403, 403, 403)
                .row("GET /api/v1/requirements/{code}", (r, rel) -> r.get("/api/v1/requirements/" + code),
                        401, 200, 200, 200, 200, 200, 200, 200)
                .row("POST /api/v1/requirements/{code}/versions", (r, rel) -> r.contentType("application/json")
                        .body(Map.of("threshold", 85, "validFrom", "2027-01-01")).post("/api/v1/requirements/" + versioned + "/versions"),
                        401, 201, 403, 403, 403, 403, 403, 403)
                .row("POST /api/v1/requirements/{code}/retire", (r, rel) -> r.contentType("application/json")
                        .body(Map.of("validTo", "1999-01-01")).post("/api/v1/requirements/" + versioned + "/retire"),
                        401, 400, 403, 403, 403, 403, 403, 403)
                .row("GET /api/v1/results", (r, rel) -> r.get("/api/v1/results?unitId=" + (rel == Relation.OWN ? ownUnit : otherUnit)),
                        401, 200, 200, 200, 200, 200, 200, 200)
                .row("POST /api/v1/results", (r, rel) -> r.contentType("application/json")
                        .body(aResult(rel == Relation.OWN ? ownUnit : otherUnit, code, value.incrementAndGet())).post("/api/v1/results"),
                        401, 201, 403, 403, 403, 403, 403, 201)
                .row("POST /api/v1/results/batch", (r, rel) -> r.contentType("application/json").body("[]").post("/api/v1/results/batch"),
                        401, 200, 403, 403, 403, 403, 403, 200)
                .row("POST /api/v1/results/import", (r, rel) -> r.contentType("text/csv").body(header).post("/api/v1/results/import"),
                        401, 202, 403, 403, 403, 403, 403, 202)
                .row("GET /api/v1/results/imports/{id}", (r, rel) -> r.get(job),
                        401, 200, 403, 403, 403, 403, 403, 200)
                .row("GET /api/v1/results/imports/{id}/rejections", (r, rel) -> r.get(job + "/rejections"),
                        401, 200, 403, 403, 403, 403, 403, 200)
                .row("POST /api/v1/results/import/kolada", (r, rel) -> r.contentType("application/json").body("{\"values\": []}")
                        .post("/api/v1/results/import/kolada"),
                        401, 202, 403, 403, 403, 403, 403, 202)
                .row("GET /api/v1/kolada-mappings", (r, rel) -> r.get("/api/v1/kolada-mappings"),
                        401, 200, 403, 403, 403, 403, 403, 200)
                .row("PUT /api/v1/kolada-mappings", (r, rel) -> r.contentType("application/json")
                        .body(Map.of("kind", "KPI", "koladaId", "Z00001", "requirementCode", code)).put("/api/v1/kolada-mappings"),
                        401, 200, 403, 403, 403, 403, 403, 403)
                .row("DELETE /api/v1/kolada-mappings", (r, rel) -> r.delete("/api/v1/kolada-mappings?kind=KPI&koladaId=Z99999"),
                        401, 404, 403, 403, 403, 403, 403, 403)
                .row("GET /api/v1/public/results", (r, rel) -> r.get("/api/v1/public/results"),
                        200, 200, 200, 200, 200, 200, 200, 200)
                .row("GET /api/v1/audit", (r, rel) -> r.get("/api/v1/audit"),
                        401, 200, 403, 403, 403, 403, 200, 403)
                .verify();
    }
}
