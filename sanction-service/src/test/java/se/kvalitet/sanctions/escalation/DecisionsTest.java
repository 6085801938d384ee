package se.kvalitet.sanctions.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.sanctions.Breaches.awaitCase;
import static se.kvalitet.sanctions.Breaches.caseOf;
import static se.kvalitet.sanctions.Breaches.decide;

import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.ContractEvent;
import se.kvalitet.testsupport.TestTokens;

/** Decisions refused for who takes them or when: 4xx problem+json, and the case exactly as it was. */
@QuarkusTest
class DecisionsTest {

    @Test
    void decidingACaseWithNoProposalPendingIsAConflict() {
        String caseId = healthRiskCase();
        decide(caseId, "{\"decision\":\"CONFIRM\"}").statusCode(200);
        unchanged(caseId, () -> decide(caseId, "{\"decision\":\"DECLINE\",\"reason\":\"too late\"}").statusCode(409)
                .contentType("application/problem+json").body("violations[0].field", equalTo("proposedStep")));
    }

    @Test
    void confirmingAStepTwiceIsAConflict() {
        String caseId = healthRiskCase();
        decide(caseId, "{\"decision\":\"CONFIRM\"}").statusCode(200);
        unchanged(caseId, () -> decide(caseId, "{\"decision\":\"CONFIRM\"}").statusCode(409));
    }

    @Test
    void anAmountOnAStepWithoutAFineIsRefused() {
        String caseId = healthRiskCase();
        unchanged(caseId, () -> decide(caseId, "{\"decision\":\"CONFIRM\",\"amount\":5000}").statusCode(400)
                .body("violations[0].field", equalTo("amount")));
    }

    @Test
    void aResolvedCaseTakesNoMoreDecisions() {
        String caseId = healthRiskCase();
        decide(caseId, "{\"decision\":\"RESOLVE\",\"reason\":\"Remedied at inspection\"}").statusCode(200);
        unchanged(caseId, () -> decide(caseId, "{\"decision\":\"RESOLVE\",\"reason\":\"again\"}").statusCode(409)
                .body("violations[0].field", equalTo("status")));
    }

    @Test
    void onlyASupervisorDecides() {
        String caseId = healthRiskCase();
        for (String token : new String[] { TestTokens.agencyOfficer(), TestTokens.provider("5591234561"), TestTokens.municipality("2120000142"),
                TestTokens.publisher() }) {
            unchanged(caseId, () -> given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"decision\":\"CONFIRM\"}")
                    .post("/api/v1/cases/" + caseId + "/decisions").then().statusCode(403).contentType("application/problem+json"));
        }
    }

    @Test
    void anUnknownCaseIsNotFound() {
        decide(UUID.randomUUID().toString(), "{\"decision\":\"CONFIRM\"}").statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static String healthRiskCase() {
        return awaitCase(ContractEvent.healthRisk(UUID.randomUUID()).publish().unitId()).getString("caseId");
    }

    private static void unchanged(String caseId, Supplier<ValidatableResponse> act) {
        String before = caseOf(caseId).prettify();
        act.get();
        assertThat(caseOf(caseId).prettify()).isEqualTo(before);
    }
}
