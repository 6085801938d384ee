package se.kvalitet.indicators.result;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.indicators.Fixtures.aCountingRequirement;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.aResult;
import static se.kvalitet.indicators.Fixtures.awaitUnit;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;
import se.kvalitet.testsupport.UnitEvent;

@QuarkusTest
class ResultResourceTest {

    @Test
    void aResultBelowThresholdIsJudgedNotMetAndAnnounced() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());

        String resultId = submit(TestTokens.publisher(), aResult(unitId, code, 72.5)).statusCode(201)
                .body("outcome", equalTo("NOT_MET"), "revision", equalTo(1), "thresholdVersion", equalTo(1))
                .extract().path("resultId");

        ConsumerRecord<String, String> record = Topic.named("indicator.results.v1")
                .awaitRecord(r -> r.value().contains(resultId));
        assertThat(record.key()).isEqualTo(unitId.toString());
        assertThat(record.value()).contains("\"outcome\":\"NOT_MET\"");
        ApiSpecs.assertRecordMatchesContract(record);
    }

    @Test
    void sendingTheSameResultAgainChangesNothingAndACorrectionSupersedes() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        submit(TestTokens.publisher(), aResult(unitId, code, 85)).statusCode(201).body("outcome", equalTo("MET"));
        submit(TestTokens.publisher(), aResult(unitId, code, 85)).statusCode(200).body("revision", equalTo(1));
        submit(TestTokens.publisher(), aResult(unitId, code, 70)).statusCode(201)
                .body("revision", equalTo(2), "outcome", equalTo("NOT_MET"));

        List<Object> current = given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/results?unitId=" + unitId)
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items.revision");
        assertThat(current).containsExactly(2);
        List<ConsumerRecord<String, String>> announced = Topic.named("indicator.results.v1")
                .awaitRecords(r -> r.key().equals(unitId.toString()), 2);
        assertThat(announced).hasSize(2);
    }

    @Test
    void aSmallSampleIsInsufficientData() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        Map<String, Object> body = aResult(unitId, code, 10);
        body.put("sampleSize", 3);
        submit(TestTokens.agencyOfficer(), body).statusCode(201).body("outcome", equalTo("INSUFFICIENT_DATA"));
    }

    @Test
    void aResultIsJudgedByTheThresholdValidForItsPeriod() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("threshold", 90, "minimumSampleSize", 10, "validFrom", "2026-01-01"))
                .post("/api/v1/requirements/" + code + "/versions").then().statusCode(201);

        submit(TestTokens.publisher(), aResult(unitId, code, 85)).statusCode(201)
                .body("outcome", equalTo("MET"), "thresholdVersion", equalTo(1));
        Map<String, Object> later = aResult(unitId, code, 85);
        later.put("period", "2026");
        submit(TestTokens.publisher(), later).statusCode(201).body("outcome", equalTo("NOT_MET"), "thresholdVersion", equalTo(2));
    }

    @Test
    void badResultsAreRejectedNamingTheFieldAndReasonAndNothingIsStored() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        String countCode = createRequirement(aCountingRequirement());
        expectRejected(aResult(UUID.randomUUID(), code, 50), "unitId", "no such unit in the registry");
        expectRejected(aResult(unitId, "NO-SUCH", 50), "requirementCode", "no such requirement");
        Map<String, Object> body = aResult(unitId, code, 50);
        body.put("period", "2025Q1");
        expectRejected(body, "period", "requirement " + code + " is reported per YEAR");
        for (String malformed : List.of("last year", "2025Q5", "2025-13")) {
            body.put("period", malformed);
            expectRejected(body, "period", "must be a year (2025), half-year (2025H1), quarter (2025Q3) or month (2025-07)");
        }
        expectRejected(aResult(unitId, code, 101), "value", "a percentage must be from 0 to 100");
        expectRejected(aResult(unitId, code, -0.5), "value", "a percentage must be from 0 to 100");
        expectRejected(aResult(unitId, countCode, -1), "value", "must not be negative");
        body = aResult(unitId, code, 50);
        body.remove("value");
        expectRejected(body, "value", "must not be null");
        body = aResult(unitId, code, "high");
        expectRejected(body, "value", "must be a number");
        body = aResult(unitId, code, 50);
        body.put("sampleSize", -1);
        expectRejected(body, "sampleSize", "must be greater than or equal to 0");
        body = aResult(unitId, code, 50);
        body.put("period", "2023");
        expectRejected(body, "period", "requirement " + code + " did not apply in 2023");
        given().auth().oauth2(TestTokens.publisher()).contentType("text/plain").body("50").post("/api/v1/results").then().statusCode(415)
                .contentType("application/problem+json").body("violations[0].field", equalTo("Content-Type"));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/results?unitId=" + unitId)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aClosedUnitTakesNoResultAndKeepsThoseItHas() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        submit(TestTokens.publisher(), aResult(unitId, code, 85)).statusCode(201);
        UnitEvent.theUnit(unitId).closed().version(2).publish();
        awaitUnit(unitId, "CLOSED");

        Map<String, Object> later = aResult(unitId, code, 60);
        later.put("period", "2024");
        submit(TestTokens.publisher(), later).statusCode(409).contentType("application/problem+json")
                .body("violations[0].field", equalTo("unitId"), "violations[0].reason", equalTo("the unit is closed"));
        submit(TestTokens.publisher(), aResult(unitId, code, 70)).statusCode(409)
                .body("violations[0].reason", equalTo("the unit is closed"));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/results?unitId=" + unitId).then().statusCode(200)
                .body("total", equalTo(1), "items[0].period", equalTo("2025"), "items[0].revision", equalTo(1));
    }

    @Test
    void thePeriodFilterTakesEveryPeriodLyingWhollyBetweenItsBoundsWhateverItsType() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        Map<String, List<String>> periodsByType = Map.of("YEAR", List.of("2025"), "HALF_YEAR", List.of("2025H1", "2025H2"),
                "QUARTER", List.of("2025Q3", "2025Q4"), "MONTH", List.of("2025-01", "2025-10", "2025-12"));
        periodsByType.forEach((type, periods) -> {
            Map<String, Object> requirement = aRequirement();
            requirement.put("periodType", type);
            String code = createRequirement(requirement);
            for (String period : periods) {
                Map<String, Object> result = aResult(unitId, code, 85);
                result.put("period", period);
                submit(TestTokens.publisher(), result).statusCode(201);
            }
        });

        assertThat(periodsBetween(unitId, "2025Q4", "2025")).containsExactlyInAnyOrder("2025Q4", "2025-10", "2025-12");
        assertThat(periodsBetween(unitId, "2025-07", "2025H2")).containsExactlyInAnyOrder("2025H2", "2025Q3", "2025Q4", "2025-10", "2025-12");
        assertThat(periodsBetween(unitId, "2025-01", "2025Q1")).containsExactly("2025-01");
        assertThat(periodsBetween(unitId, "2025-12", "2025Q4")).containsExactly("2025-12");
        assertThat(periodsBetween(unitId, "2025", "2025")).hasSize(8);
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/results?unitId=" + unitId + "&from=2026&to=2025H2").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"), "violations[0].reason", equalTo("must begin before to ends"));
    }

    private static List<String> periodsBetween(UUID unitId, String from, String to) {
        return given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/results?unitId=" + unitId + "&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().path("items.period");
    }

    @Test
    void onlyPublishersAndAgencyOfficersSubmit() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        submit(TestTokens.provider("5591234561"), aResult(unitId, code, 50)).statusCode(403);
        given().contentType(ContentType.JSON).body(aResult(unitId, code, 50)).post("/api/v1/results").then().statusCode(401);
    }

    @Test
    void organisationsSeeOnlyResultsOfTheirOwnUnits() {
        UUID mine = knownUnit(UnitEvent.aUnit().privateProvider("5560123456"));
        UUID theirs = knownUnit(UnitEvent.aUnit().privateProvider("5566778899"));
        String code = createRequirement(aRequirement());
        submit(TestTokens.publisher(), aResult(mine, code, 90)).statusCode(201);
        submit(TestTokens.publisher(), aResult(theirs, code, 90)).statusCode(201);
        given().auth().oauth2(TestTokens.provider("5560123456")).get("/api/v1/results?requirement=" + code)
                .then().statusCode(200).body("total", equalTo(1), "items[0].unitId", equalTo(mine.toString()));
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?from=20x5")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }

    private static void expectRejected(Map<String, Object> body, String field, String reason) {
        submit(TestTokens.publisher(), body).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field), "violations[0].reason", equalTo(reason));
    }

    private static ValidatableResponse submit(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/results").then();
    }
}
