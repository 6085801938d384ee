package se.kvalitet.indicators.result;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.kvalitet.indicators.Fixtures.aCountingRequirement;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.aResult;
import static se.kvalitet.indicators.Fixtures.awaitUnit;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.platform.input.JsonRows;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;
import se.kvalitet.testsupport.UnitEvent;

/** Many results in one request: each row recorded as a single result is, each refused row answered by number. */
@QuarkusTest
class ResultBatchTest {

    @Test
    void eachRowIsRecordedOrRefusedByItsNumber() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        UUID closedId = knownUnit(UnitEvent.aUnit());
        UnitEvent.theUnit(closedId).closed().version(2).publish();
        awaitUnit(closedId, "CLOSED");
        String code = createRequirement(aRequirement());
        String countCode = createRequirement(aCountingRequirement());
        submit(List.of(row(unitId, code, "2025", 70))).body("recorded", equalTo(1));

        List<Object> rows = new ArrayList<>();
        rows.add(row(unitId, code, "2024", 85));                       // 1 recorded
        rows.add(row(unitId, code, "2025", 70));                       // 2 identical to what is stored: unchanged
        rows.add(row(unitId, "NO-SUCH-REQUIREMENT", "2024", 85));      // 3
        rows.add(row(UUID.randomUUID(), code, "2024", 85));            // 4 unknown unit
        rows.add(row(unitId, code, "2024Q3", 85));                     // 5 wrong period type
        rows.add(row(unitId, code, "2025Q5", 85));                     // 6 malformed period
        rows.add(row(unitId, code, "2027", 101));                      // 7 a percentage above 100
        rows.add(with(row(unitId, code, "2020", 85), "sampleSize", -1));  // 8
        rows.add(with(row(unitId, code, "2020", 85), "sampleSize", 2.5)); // 9 fractional sample size
        rows.add(with(row(unitId, code, "2020", 85), "value", "eighty")); // 10 non-numeric value
        rows.add(row(unitId, code, "2026", 60));                       // 11 and 12 disagree on one key
        rows.add(row(unitId, code, "2026", 61));
        rows.add(row(unitId, code, "2028", 90));                       // 13 and 14 agree: recorded once, then unchanged
        rows.add(row(unitId, code, "2028", 90));
        rows.add(row(closedId, code, "2024", 85));                     // 15 a closed unit
        rows.add(row(unitId, countCode, "2024", -2));                  // 16 a negative count
        rows.add(row(unitId, code, "2029", -0.5));                     // 17 a percentage below 0
        rows.add(row(unitId, code, "2025-13", 85));                    // 18 malformed period
        JsonPath result = submit(rows).statusCode(200).extract().jsonPath();

        assertThat(result.getInt("recorded")).isEqualTo(2);
        assertThat(result.getInt("unchanged")).isEqualTo(2);
        assertThat(result.getList("rejected.row")).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18);
        assertThat(result.getList("rejected.field")).containsExactly("requirementCode", "unitId", "period", "period", "value", "sampleSize",
                "sampleSize", "value", "value", "value", "unitId", "value", "value", "period");
        String malformed = "must be a year (2025), half-year (2025H1), quarter (2025Q3) or month (2025-07)";
        assertThat(result.getList("rejected.reason")).containsExactly("no such requirement", "no such unit in the registry",
                "requirement " + code + " is reported per YEAR", malformed, "a percentage must be from 0 to 100",
                "must be greater than or equal to 0", "must be a whole number", "must be a number",
                "another row of this batch gives a different value for the same unit, requirement and period",
                "another row of this batch gives a different value for the same unit, requirement and period", "the unit is closed", "must not be negative",
                "a percentage must be from 0 to 100", malformed);
        assertThat(given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + unitId).then().extract().jsonPath()
                .getList("items.period")).containsExactlyInAnyOrder("2024", "2025", "2028");
        assertThat(given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + closedId).then().extract().jsonPath()
                .getInt("total")).isZero();
        Topic.named("indicator.results.v1").awaitRecord(r -> r.key().equals(unitId.toString()) && r.value().contains("\"period\":\"2024\""));
    }

    @Test
    void aChangedRowCorrectsWhatIsStoredAndAnIdenticalOneLeavesIt() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        submit(List.of(row(unitId, code, "2024", 70), row(unitId, code, "2025", 80))).body("recorded", equalTo(2));

        submit(List.of(row(unitId, code, "2024", 70), row(unitId, code, "2025", 75))).statusCode(200)
                .body("recorded", equalTo(1), "unchanged", equalTo(1), "rejected", hasSize(0));

        JsonPath current = given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + unitId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(current.getList("items.period")).containsExactly("2024", "2025");
        assertThat(current.getList("items.revision")).containsExactly(1, 2);
        assertThat(current.getList("items.value", Float.class)).containsExactly(70f, 75f);
        Topic.named("indicator.results.v1").awaitRecord(r -> r.key().equals(unitId.toString()) && r.value().contains("\"revision\":2"));
    }

    @Test
    void aBatchThatCannotBeReadIsRefusedWholeAndNothingIsStored() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(json(Collections.nCopies(ResultBatch.MAX_ROWS + 1,
                row(unitId, code, "2024", 85)))).post("/api/v1/results/batch").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("body"));
        given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(json(row(unitId, code, "2024", 85)))
                .post("/api/v1/results/batch").then().statusCode(400).body("violations[0].field", equalTo("body"));
        given().auth().oauth2(TestTokens.publisher()).contentType("text/plain").body("2024,85").post("/api/v1/results/batch").then()
                .statusCode(415).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Content-Type"), "violations[0].reason", equalTo("is not a media type this endpoint accepts"));
        assertThat(given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + unitId).then().extract().jsonPath()
                .getInt("total")).isZero();
        given().auth().oauth2(TestTokens.municipality("2120000142")).contentType(ContentType.JSON).body("[]").post("/api/v1/results/batch")
                .then().statusCode(403);
    }

    @Test
    void aBodyLargerThanTheBatchLimitIsRefusedBeforeItIsReadWhole() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        // Valid JSON with one good row, padded with whitespace beyond the limit: only its size is wrong.
        String padded = "[" + " ".repeat(JsonRows.MAX_BYTES) + json(row(unitId, code, "2024", 85)) + "]";
        given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(padded).post("/api/v1/results/batch").then()
                .statusCode(413).contentType("application/problem+json").body("violations[0].field", equalTo("body"));
        assertThat(given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + unitId).then().extract().jsonPath()
                .getInt("total")).isZero();
    }

    private static ValidatableResponse submit(List<Object> rows) {
        return given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(json(rows)).post("/api/v1/results/batch").then();
    }

    private static Map<String, Object> row(UUID unitId, String code, String period, Object value) {
        Map<String, Object> row = aResult(unitId, code, value);
        row.put("period", period);
        return row;
    }

    private static Map<String, Object> with(Map<String, Object> row, String field, Object value) {
        row.put(field, value);
        return row;
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
