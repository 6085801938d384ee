package se.kvalitet.contracts.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.contracts.ContractFlow.contract;
import static se.kvalitet.contracts.ContractFlow.draftFor;
import static se.kvalitet.contracts.ContractFlow.known;
import static se.kvalitet.contracts.ContractFlow.knownMunicipality;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.contracts.Contracts;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** A changed policy applies to later assessments and drafts, never to those made before. */
@QuarkusTest
class PolicyChangeTest {

    @AfterEach
    void restoreTheDefaults() {
        change(1, 50, "P30D").statusCode(200);
    }

    @Test
    void aChangedPolicyAppliesToLaterAssessmentsAndDraftsOnly() {
        knownMunicipality("2120000142", "0180");
        String earlier = draftFor(UnitEvent.aUnit());
        int version = change(2, 70, "P10D").statusCode(200).body("minimumNotMet", equalTo(2), "setBy", equalTo("agency-officer"))
                .extract().jsonPath().getInt("version");
        given().auth().oauth2(TestTokens.provider("5591234561")).get("/api/v1/assessment-policy").then().statusCode(200)
                .body("version", equalTo(version), "financing.statePercent", equalTo(70), "signingPeriod", equalTo("P10D"));

        UnitEvent oneMiss = known(UnitEvent.aUnit());
        ResultEvent.forUnit(oneMiss.unitId()).notMet().publish();
        eventually().until(() -> policyVersionOf(oneMiss.unitId()) != null);
        assertThat(policyVersionOf(oneMiss.unitId())).isEqualTo(version);
        assertThat(Contracts.contractsOf(oneMiss.unitId()).getInt("total")).as("one miss is no breach under K = 2").isZero();

        UnitEvent twoMisses = known(UnitEvent.aUnit());
        ResultEvent.forUnit(twoMisses.unitId()).notMet().publish();
        ResultEvent.forUnit(twoMisses.unitId()).requirement("U21401").notMet().publish();
        String later = Contracts.awaitContracts(twoMisses.unitId(), 1).getString("items[0].contractId");
        assertThat(contract(later).getInt("financing.statePercent")).isEqualTo(70);
        assertThat(contract(later).getInt("policyVersion")).isEqualTo(version);

        assertThat(contract(earlier).getInt("financing.statePercent")).as("the earlier draft keeps its terms").isEqualTo(50);
        given().auth().oauth2(TestTokens.agencyOfficer()).post("/api/v1/contracts/" + earlier + "/issue").then().statusCode(200)
                .body("signingDeadline", equalTo(LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(30).toString()));
    }

    @Test
    void onlyAnAgencyOfficerChangesThePolicy() {
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(policy(2, 50, "P30D"))
                .put("/api/v1/assessment-policy").then().statusCode(403).contentType("application/problem+json");
    }

    private static Integer policyVersionOf(UUID unitId) {
        return QuarkusTransaction.requiringNew().call(() -> Assessment.<Assessment>find("unitId", unitId).firstResultOptional()
                .map(a -> a.policyVersion).orElse(null));
    }

    private static ValidatableResponse change(int minimumNotMet, int statePercent, String signingPeriod) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(policy(minimumNotMet, statePercent,
                signingPeriod)).put("/api/v1/assessment-policy").then();
    }

    private static Map<String, Object> policy(int minimumNotMet, int statePercent, String signingPeriod) {
        return Map.of("minimumNotMet", minimumNotMet, "financing", Map.of("statePercent", statePercent, "principalPercent", 100 - statePercent),
                "signingPeriod", signingPeriod, "milestonePeriod", "P3M", "gracePeriod", "P14D", "contractLength", "P12M");
    }
}
