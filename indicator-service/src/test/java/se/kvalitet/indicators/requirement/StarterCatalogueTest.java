package se.kvalitet.indicators.requirement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.kvalitet.testsupport.TestTokens;

/** The starter catalogue shipped as data: the measures the reform names, over four areas and more, each complete and sourced. */
@QuarkusTest
class StarterCatalogueTest {

    /** The structural measures for social work with children that the reform's documents name. */
    private static final List<String> CHILDREN = List.of("CY-SW-TURNOVER", "CY-CONSULTANTS", "CY-CASELOAD", "CY-INV-4-MONTHS",
            "CY-TIME-WITH-CHILD");
    /** Elderly-care measures by their Kolada KPI: home-care continuity and user satisfaction. */
    private static final List<String> ELDERLY_CARE = List.of("U21401", "U21468", "U23471");
    private static final List<String> OTHERS = List.of("U23401", "N00216", "U33401", "U33816", "U31402", "U35400", "U28418");

    @Test
    void theReformsMeasuresAreShippedOverAtLeastFourAreas() {
        Map<String, JsonPath> catalogue = starter();
        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(10);
        assertThat(catalogue.values().stream().map(r -> r.getString("area")).distinct()).hasSizeGreaterThanOrEqualTo(4);
        CHILDREN.forEach(code -> assertThat(catalogue.get(code).getString("area")).as(code).isEqualTo("CHILDREN_AND_YOUTH"));
        ELDERLY_CARE.forEach(code -> {
            assertThat(catalogue.get(code).getString("area")).as(code).isEqualTo("ELDERLY_CARE");
            assertThat(catalogue.get(code).getString("sourceReference")).as(code).contains("Kolada " + code);
        });
    }

    @Test
    void everyStarterRequirementSaysHowItIsMeasuredAndWhereItsThresholdComesFrom() {
        starter().forEach((code, requirement) -> {
            assertThat(requirement.getString("title")).as(code).isNotBlank();
            assertThat(requirement.getString("direction")).as(code).isIn("HIGHER_IS_BETTER", "LOWER_IS_BETTER");
            assertThat(requirement.getString("unitOfMeasure")).as(code).isNotBlank();
            assertThat(requirement.getString("periodType")).as(code).isNotBlank();
            assertThat(requirement.getBoolean("critical")).as(code).isFalse();
            assertThat(requirement.getString("sourceReference")).as(code).isNotBlank();
            assertThat(requirement.getList("versions")).as(code).isNotEmpty();
            assertThat(requirement.getDouble("versions[0].threshold")).as(code).isNotNegative();
            assertThat(requirement.getInt("versions[0].minimumSampleSize")).as(code).isPositive();
            assertThat(requirement.getString("versions[0].validFrom")).as(code).isEqualTo("2024-01-01");
            assertThat(requirement.getString("versions[0].basis")).as(code).isNotBlank();
        });
    }

    private static Map<String, JsonPath> starter() {
        return Stream.of(CHILDREN, ELDERLY_CARE, OTHERS).flatMap(List::stream)
                .collect(Collectors.toMap(Function.identity(), code -> given().auth().oauth2(TestTokens.agencyOfficer())
                        .get("/api/v1/requirements/" + code).then().statusCode(200).extract().jsonPath()));
    }
}
