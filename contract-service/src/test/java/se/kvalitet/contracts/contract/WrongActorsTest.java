package se.kvalitet.contracts.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.contracts.ContractFlow.contract;
import static se.kvalitet.contracts.ContractFlow.draftFor;
import static se.kvalitet.contracts.ContractFlow.everythingDone;
import static se.kvalitet.contracts.ContractFlow.issue;
import static se.kvalitet.contracts.ContractFlow.knownMunicipality;
import static se.kvalitet.contracts.ContractFlow.report;
import static se.kvalitet.contracts.ContractFlow.sign;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** Acts refused for who does them or when: 4xx problem+json naming the reason, and the contract exactly as it was. */
@QuarkusTest
class WrongActorsTest {

    private static final String PROVIDER = "5560123456";
    private static final String MALMO = "2120001124";
    private static final String STOCKHOLM = "2120000142";

    @BeforeEach
    void municipalitiesKnown() {
        knownMunicipality(MALMO, "1280");
        knownMunicipality(STOCKHOLM, "0180");
    }

    @Test
    void signingTwiceIsRejected() {
        String id = issued();
        sign(id, TestTokens.provider(PROVIDER)).statusCode(200);
        unchanged(id, () -> sign(id, TestTokens.provider(PROVIDER)).statusCode(409).contentType("application/problem+json")
                .body("violations[0].field", equalTo("party")));
    }

    @Test
    void signingByANonPartyIsRejected() {
        String id = issued();
        unchanged(id, () -> sign(id, TestTokens.agencyOfficer()).statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("the agency is not a party of a contract with a private principal")));
        unchanged(id, () -> sign(id, TestTokens.supervisor()).statusCode(403));
    }

    @Test
    void signingByAnOrganisationThatIsNoPartyFindsNoSuchContract() {
        String id = issued();
        unchanged(id, () -> sign(id, TestTokens.provider("5566778899")).statusCode(404).contentType("application/problem+json"));
        unchanged(id, () -> sign(id, TestTokens.municipality(STOCKHOLM)).statusCode(404));
    }

    @Test
    void signingADraftIsRejected() {
        String id = draftFor(privateUnit());
        unchanged(id, () -> sign(id, TestTokens.provider(PROVIDER)).statusCode(409).body("violations[0].field", equalTo("status")));
    }

    @Test
    void issuingANonDraftIsRejected() {
        String id = issued();
        unchanged(id, () -> issue(id, TestTokens.agencyOfficer()).statusCode(409).body("violations[0].field", equalTo("status")));
        unchanged(id, () -> issue(id, TestTokens.municipality(MALMO)).statusCode(403));
    }

    @Test
    void editingAnIssuedContractIsRejected() {
        String id = issued();
        JsonPath issued = contract(id);
        Map<String, Object> edit = Map.of("version", issued.getInt("version"),
                "measures", List.of(Map.of("measureCode", issued.getString("measures[0].measureCode"))),
                "financing", Map.of("statePercent", 70, "principalPercent", 30),
                "startDate", issued.getString("startDate"), "endDate", issued.getString("endDate"));
        unchanged(id, () -> given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(edit)
                .put("/api/v1/contracts/" + id).then().statusCode(409).body("violations[0].field", equalTo("status")));
    }

    @Test
    void reportingOnAContractNotYoursIsRefused() {
        String id = active();
        Map<String, Object> report = everythingDone(contract(id));
        unchanged(id, () -> report(id, TestTokens.municipality(MALMO), report).statusCode(403)
                .body("detail", equalTo("only the unit's principal reports remediation on this contract")));
        unchanged(id, () -> report(id, TestTokens.provider("5566778899"), report).statusCode(404));
        unchanged(id, () -> report(id, TestTokens.agencyOfficer(), report).statusCode(403));
    }

    @Test
    void aMilestoneReportedDoneTwiceIsAConflict() {
        String id = active();
        String milestone = contract(id).getString("milestones[0].milestoneId");
        Map<String, Object> done = Map.of("measures", List.of(), "milestonesDone", List.of(milestone));
        report(id, TestTokens.provider(PROVIDER), done).statusCode(201);
        unchanged(id, () -> report(id, TestTokens.provider(PROVIDER), done).statusCode(409)
                .body("violations[0].field", equalTo("milestonesDone[0]")));
    }

    @Test
    void anUnknownContractIsNotFoundForEveryone() {
        String unknown = "/api/v1/contracts/" + UUID.randomUUID();
        for (String token : List.of(TestTokens.agencyOfficer(), TestTokens.municipality(MALMO), TestTokens.provider(PROVIDER))) {
            given().auth().oauth2(token).get(unknown).then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(token).post(unknown + "/signatures").then().statusCode(404);
            given().auth().oauth2(token).get(unknown + "/events").then().statusCode(404);
            given().auth().oauth2(token).get(unknown + "/reports").then().statusCode(404);
        }
        given().auth().oauth2(TestTokens.agencyOfficer()).post(unknown + "/issue").then().statusCode(404);
    }

    @Test
    void aSecondContractForAUnitWithOneOpenIsAConflict() {
        UnitEvent unit = privateUnit();
        String id = draftFor(unit);
        unchanged(id, () -> given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit.unitId().toString(), "period", "2026", "requirements", List.of("U21468")))
                .post("/api/v1/contracts").then().statusCode(409).body("violations[0].field", equalTo("unitId")));
    }

    private static void unchanged(String id, Supplier<ValidatableResponse> act) {
        String before = contract(id).prettify();
        act.get();
        assertThat(contract(id).prettify()).isEqualTo(before);
    }

    private static UnitEvent privateUnit() {
        return UnitEvent.aUnit().privateProvider(PROVIDER).in("1280");
    }

    private static String issued() {
        String id = draftFor(privateUnit());
        issue(id, TestTokens.agencyOfficer()).statusCode(200);
        return id;
    }

    private static String active() {
        String id = issued();
        sign(id, TestTokens.provider(PROVIDER)).statusCode(200);
        sign(id, TestTokens.municipality(MALMO)).statusCode(200).body("status", equalTo("ACTIVE"));
        return id;
    }
}
