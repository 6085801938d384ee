package se.kvalitet.indicators.result;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.aResult;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** Published results: the latest judged result per unit and requirement, anonymously, without persons or source names. */
@QuarkusTest
class PublicResultsTest {

    private static final String SOURCE = "internal-pipeline-7";

    @Test
    void theLatestCurrentResultOfEachUnitAndRequirementIsPublished() {
        UUID unitId = knownUnit(UnitEvent.aUnit().in("2584").area("CHILDREN_AND_YOUTH"));
        String code = createRequirement(aRequirement());
        submit(unitId, code, "2024", 60);
        submit(unitId, code, "2025", 70);
        submit(unitId, code, "2025", 90);

        JsonPath published = given().get("/api/v1/public/results?municipality=2584&requirement=" + code).then().statusCode(200).extract()
                .jsonPath();
        assertThat(published.getInt("total")).isEqualTo(1);
        Map<String, Object> item = published.getMap("items[0]");
        assertThat(item.keySet()).containsExactlyInAnyOrder("unitId", "unitName", "municipalityCode", "area", "requirementCode",
                "requirementTitle", "unitOfMeasure", "direction", "period", "value", "threshold", "outcome");
        assertThat(item).containsEntry("period", "2025").containsEntry("outcome", "MET").containsEntry("unitName", "Enheten")
                .containsEntry("area", "CHILDREN_AND_YOUTH");
        assertThat(published.getFloat("items[0].value")).isEqualTo(90f);

        String csv = given().accept("text/csv").get("/api/v1/public/results?municipality=2584&area=CHILDREN_AND_YOUTH").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("unitId,unitName,municipalityCode,area,requirementCode,requirementTitle,unitOfMeasure,direction,period,value,threshold,outcome");
        assertThat(csv).contains(unitId + ",Enheten,2584,CHILDREN_AND_YOUTH," + code + ",").doesNotContain(SOURCE, "2024,60");
        assertThat(given().get("/api/v1/public/results?size=500").asString()).doesNotContain(SOURCE, "sampleSize", "recordedBy");
        assertThat(given().get("/api/v1/public/results?area=DISABILITY&requirement=" + code).then().extract().jsonPath().getInt("total"))
                .isZero();
    }

    @Test
    void pagesFollowOneAnotherAndTheCsvHoldsEveryMatchingResultWhateverThePage() {
        String code = createRequirement(aRequirement());
        Set<String> units = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            UUID unitId = knownUnit(UnitEvent.aUnit());
            submit(unitId, code, "2025", 70 + i);
            units.add(unitId.toString());
        }

        JsonPath first = given().get("/api/v1/public/results?requirement=" + code + "&size=2").then().statusCode(200).extract().jsonPath();
        JsonPath second = given().get("/api/v1/public/results?requirement=" + code + "&size=2&page=1").then().statusCode(200).extract()
                .jsonPath();
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(first.getList("items")).hasSize(2);
        assertThat(second.getList("items")).hasSize(1);
        Set<String> paged = new HashSet<>(first.getList("items.unitId"));
        paged.addAll(second.getList("items.unitId"));
        assertThat(paged).isEqualTo(units);

        String csv = given().accept("text/csv").get("/api/v1/public/results?requirement=" + code + "&size=1").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))).containsExactlyInAnyOrderElementsOf(units);
        given().accept("application/xml").get("/api/v1/public/results").then().statusCode(406).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Accept"), "violations[0].reason", equalTo("names no media type this endpoint answers in"));
    }

    @Test
    void eachFilterAloneKeepsOnlyWhatItNames() {
        String code = createRequirement(aRequirement());
        UUID disability = knownUnit(UnitEvent.aUnit().in("2584").area("DISABILITY"));
        UUID elderly = knownUnit(UnitEvent.aUnit().in("1480").area("ELDERLY_CARE"));
        submit(disability, code, "2025", 70);
        submit(elderly, code, "2025", 70);

        JsonPath byArea = given().get("/api/v1/public/results?area=DISABILITY&size=500").then().statusCode(200).extract().jsonPath();
        assertThat(byArea.getList("items.area", String.class)).isNotEmpty().containsOnly("DISABILITY");
        assertThat(byArea.getList("items.unitId", String.class)).contains(disability.toString()).doesNotContain(elderly.toString());
        JsonPath byMunicipality = given().get("/api/v1/public/results?municipality=2584&size=500").then().statusCode(200).extract()
                .jsonPath();
        assertThat(byMunicipality.getList("items.municipalityCode", String.class)).isNotEmpty().containsOnly("2584");
        assertThat(byMunicipality.getList("items.unitId", String.class)).contains(disability.toString()).doesNotContain(elderly.toString());
        assertThat(given().get("/api/v1/public/results?requirement=" + code).then().statusCode(200).extract().jsonPath()
                .getList("items.unitId", String.class)).containsExactlyInAnyOrder(disability.toString(), elderly.toString());
    }

    private static void submit(UUID unitId, String code, String period, int value) {
        Map<String, Object> result = aResult(unitId, code, value);
        result.put("period", period);
        result.put("source", SOURCE);
        int status = given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(result).post("/api/v1/results")
                .statusCode();
        assertThat(status).isIn(200, 201);
    }
}
