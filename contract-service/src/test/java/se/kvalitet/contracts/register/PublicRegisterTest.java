package se.kvalitet.contracts.register;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.contracts.ContractFlow.contract;
import static se.kvalitet.contracts.ContractFlow.draftFor;
import static se.kvalitet.contracts.ContractFlow.issue;
import static se.kvalitet.contracts.ContractFlow.knownMunicipality;
import static se.kvalitet.contracts.ContractFlow.report;
import static se.kvalitet.contracts.ContractFlow.sign;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** The public register shows contracts from issue on, anonymously, and nothing a party keeps to itself. */
@QuarkusTest
class PublicRegisterTest {

    private static final String PROVIDER = "5560123456";
    private static final String MALMO = "2120001124";
    private static final String NARRATIVE = "Staff member Karin Svensson led the work";

    @Test
    void anIssuedContractIsPublishedWithoutNarrativesAmountsPersonalDataOrNotes() {
        knownMunicipality(MALMO, "1280");
        UnitEvent unit = UnitEvent.aUnit().privateProvider(PROVIDER).in("1280").area("CHILDREN_AND_YOUTH");
        String id = draftFor(unit);
        assertThat(publicRegister("?municipality=1280&size=500").getList("items.contractId")).as("a draft is not public").doesNotContain(id);

        issue(id, TestTokens.agencyOfficer()).statusCode(200);
        sign(id, TestTokens.provider(PROVIDER)).statusCode(200);
        sign(id, TestTokens.municipality(MALMO)).statusCode(200);
        JsonPath active = contract(id);
        String measure = active.getString("measures[0].measureCode");
        report(id, TestTokens.provider(PROVIDER), Map.of("measures", List.of(Map.of("measureCode", measure, "status", "IN_PROGRESS",
                "spentToDate", 12345.67, "narrative", NARRATIVE)), "milestonesDone", List.of())).statusCode(201);

        JsonPath register = publicRegister("?municipality=1280&area=CHILDREN_AND_YOUTH&status=ACTIVE&size=500");
        int index = register.getList("items.contractId").indexOf(id);
        assertThat(index).isNotNegative();
        Map<String, Object> item = register.getMap("items[" + index + "]");
        assertThat(item.keySet()).containsExactlyInAnyOrder("contractId", "unitId", "unitName", "municipalityCode", "area", "status",
                "period", "breachedRequirements", "issuedOn", "startDate", "endDate", "closedOn");
        assertThat(item).containsEntry("unitName", "Enheten").containsEntry("status", "ACTIVE")
                .containsEntry("breachedRequirements", List.of("U21468"));

        String json = given().get("/api/v1/public/contracts?size=500").then().statusCode(200).extract().asString();
        String csv = given().accept("text/csv").get("/api/v1/public/contracts").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        for (String secret : List.of(NARRATIVE, "12345.67", PROVIDER, "Huvudmannen", "spentToDate", "estimatedCost", "signedBy",
                "cancellationReason", "counterparty", "principal")) {
            assertThat(json).as("the JSON register shows no %s", secret).doesNotContain(secret);
            assertThat(csv).as("the CSV register shows no %s", secret).doesNotContain(secret);
        }
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(
                "contractId,unitId,unitName,municipalityCode,area,status,period,breachedRequirements,issuedOn,startDate,endDate,closedOn");
        assertThat(csv).contains(id + "," + unit.unitId() + ",Enheten,1280,CHILDREN_AND_YOUTH,ACTIVE,2025,U21468,");
    }

    private static JsonPath publicRegister(String query) {
        return given().get("/api/v1/public/contracts" + query).then().statusCode(200).extract().jsonPath();
    }
}
