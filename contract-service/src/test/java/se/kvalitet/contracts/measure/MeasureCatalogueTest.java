package se.kvalitet.contracts.measure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.contracts.ContractFlow.contract;
import static se.kvalitet.contracts.ContractFlow.known;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.kvalitet.contracts.Contracts;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

@QuarkusTest
class MeasureCatalogueTest {

    /** The requirements of elderly care and children and youth (Kolada KPIs, DESIGN.md §4b), and financial assistance. */
    private static final List<String> STARTER_REQUIREMENTS = List.of("U21401", "U21468", "U23471", "U23401", "N00216", "U33401", "U33816",
            "U31402");

    @Test
    void theStarterCatalogueAddressesEveryStarterRequirementAndStatesItsSources() {
        for (String requirement : STARTER_REQUIREMENTS) {
            JsonPath measures = measuresFor(requirement);
            assertThat(measures.getInt("total")).as("measures for %s", requirement).isPositive();
            assertThat(measures.getList("items.evidence", String.class)).allSatisfy(evidence -> assertThat(evidence).isNotBlank());
            assertThat(measures.getList("items.estimatedCost", Float.class)).allSatisfy(cost -> assertThat(cost).isPositive());
        }
    }

    @Test
    void aMeasureAnOfficerDefinesIsProposedInLaterDraftsForItsRequirement() {
        String requirement = "X" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("code", "TEST-" + requirement.toUpperCase(), "title", "Peer review of care plans",
                        "description", "Colleagues review each other's care plans monthly.",
                        "evidence", "Socialstyrelsen, Ledningssystem för systematiskt kvalitetsarbete (SOSFS 2011:9)",
                        "estimatedCost", 24999.50, "requirements", List.of(requirement)))
                .post("/api/v1/measures").then().statusCode(201).body("createdBy", equalTo("agency-officer"));

        UnitEvent unit = known(UnitEvent.aUnit());
        ResultEvent.forUnit(unit.unitId()).requirement(requirement).notMet().publish();
        String id = Contracts.awaitContracts(unit.unitId(), 1).getString("items[0].contractId");
        JsonPath draft = contract(id);
        assertThat(draft.getList("measures.measureCode")).containsExactly("TEST-" + requirement.toUpperCase());
        assertThat(new BigDecimal(draft.getString("measures[0].stateShare"))).isEqualByComparingTo("12499.75");
        assertThat(new BigDecimal(draft.getString("financing.totalEstimatedCost"))).isEqualByComparingTo("24999.50");
        assertThat(draft.getList("milestones.measureCode")).containsExactly("TEST-" + requirement.toUpperCase());
    }

    @Test
    void aMeasureCodeIsDefinedOnce() {
        Map<String, Object> measure = Map.of("code", "TEST-TWICE", "title", "Twice", "description", "Once only.",
                "evidence", "Proven experience", "estimatedCost", 1, "requirements", List.of("U21468"));
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(measure).post("/api/v1/measures");
        String before = measuresFor("U21468").prettify();
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(measure).post("/api/v1/measures").then()
                .statusCode(409).contentType("application/problem+json").body("violations[0].field", equalTo("code"));
        assertThat(measuresFor("U21468").prettify()).isEqualTo(before);
    }

    private static JsonPath measuresFor(String requirement) {
        return given().auth().oauth2(TestTokens.provider("5591234561")).get("/api/v1/measures?size=500&requirement=" + requirement)
                .then().statusCode(200).extract().jsonPath();
    }
}
