package se.kvalitet.contracts;

import static io.restassured.RestAssured.given;
import static se.kvalitet.contracts.Contracts.awaitContracts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.AuditTrailAssert;
import se.kvalitet.testsupport.PrincipalEvent;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** The steps of a contract's life as its users take them through the API, for tests that walk it. */
public final class ContractFlow {

    private ContractFlow() {
    }

    /** Announces a unit and waits until the service knows it, so that a result for it is assessed at once. */
    public static UnitEvent known(UnitEvent unit) {
        unit.publish();
        AuditTrailAssert.awaitEntry("KnownUnit", unit.unitId(), "unit-first-seen");
        return unit;
    }

    /** Announces a municipality as a principal and waits until the service knows it. */
    public static void knownMunicipality(String orgNumber, String code) {
        PrincipalEvent.municipality(orgNumber, code).publish();
        AuditTrailAssert.awaitEntry("KnownPrincipal", orgNumber, "principal-first-seen");
    }

    /** A breach of {@code U21468} in 2025 by a known unit; the id of the draft it made. */
    public static String draftFor(UnitEvent unit) {
        known(unit);
        ResultEvent.forUnit(unit.unitId()).notMet().publish();
        return awaitContracts(unit.unitId(), 1).getString("items[0].contractId");
    }

    public static JsonPath contract(String id) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/contracts/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static ValidatableResponse issue(String id, String token) {
        return given().auth().oauth2(token).post("/api/v1/contracts/" + id + "/issue").then();
    }

    public static ValidatableResponse sign(String id, String token) {
        return given().auth().oauth2(token).post("/api/v1/contracts/" + id + "/signatures").then();
    }

    public static ValidatableResponse report(String id, String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/contracts/" + id + "/reports").then();
    }

    /** A report that every measure is DONE, with what it cost, and every milestone done. */
    public static Map<String, Object> everythingDone(JsonPath contract) {
        List<Map<String, Object>> measures = contract.<String>getList("measures.measureCode").stream()
                .map(code -> Map.<String, Object>of("measureCode", code, "status", "DONE", "spentToDate", 1000.50,
                        "narrative", "Carried out as planned."))
                .toList();
        return Map.of("measures", measures, "milestonesDone", contract.getList("milestones.milestoneId"));
    }

    /** A MET result for {@code U21468} in 2026, the period after the breach. */
    public static void followUpMet(UUID unitId) {
        ResultEvent.forUnit(unitId).period("2026").met().publish();
    }
}
