package se.kvalitet.contracts.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static se.kvalitet.contracts.Contracts.awaitContracts;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.contracts.ContractFlow;
import se.kvalitet.contracts.contract.Contract;
import se.kvalitet.contracts.contract.ContractStatus;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.Metrics;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

@QuarkusTest
class ServiceContractTest {

    @Test
    void servedOpenApiMatchesTheCommittedSpec() {
        ApiSpecs.assertServedOpenApiMatches("contract-service");
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"), "checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void draftingAndCancellingMoveTheirCounters() {
        double drafted = Metrics.value("kvalitet_contracts_drafted_total");
        double cancelled = Metrics.value("kvalitet_contracts_cancelled_total");
        UUID unitId = UnitEvent.aUnit().publish().unitId();
        ResultEvent.forUnit(unitId).notMet().publish();
        awaitContracts(unitId, 1);
        assertThat(Metrics.value("kvalitet_contracts_drafted_total")).isEqualTo(drafted + 1);

        ResultEvent.forUnit(unitId).met().revision(2).publish();
        eventually().until(() -> Metrics.value("kvalitet_contracts_cancelled_total") == cancelled + 1);
        assertThat(Metrics.value("kvalitet_contracts_drafted_total")).isEqualTo(drafted + 1);
    }

    @Test
    void theContractsOfEachStatusAreCountedAsTheyStand() {
        UUID unitId = UnitEvent.aUnit().publish().unitId();
        ResultEvent.forUnit(unitId).notMet().publish();
        awaitContracts(unitId, 1);
        for (ContractStatus status : ContractStatus.values()) {
            eventually().until(() -> Metrics.value("kvalitet_contracts_current{status=\"" + status + "\"}") == stored(status));
        }
        assertThat(Metrics.value("kvalitet_contracts_current{status=\"DRAFT\"}")).isPositive();
    }

    private long stored(ContractStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> Contract.count("status", status));
    }

    @Test
    void aHealthRiskMovesItsCounter() {
        double risks = Metrics.value("kvalitet_health_risks_detected_total");
        UUID unitId = UnitEvent.aUnit().publish().unitId();
        ResultEvent.forUnit(unitId).notMet().critical().publish();
        eventually().until(() -> Metrics.value("kvalitet_health_risks_detected_total") == risks + 1);
    }

    @Test
    void eachStepOfAContractMovesItsCounter() {
        List<String> steps = List.of("issued", "signed", "activated", "fulfilled");
        Map<String, Double> before = steps.stream().collect(Collectors.toMap(step -> step,
                step -> Metrics.value("kvalitet_contracts_" + step + "_total")));
        ContractFlow.knownMunicipality("2120000142", "0180");
        UnitEvent unit = UnitEvent.aUnit().municipal("2120000142", "0180").in("0180");
        String id = ContractFlow.draftFor(unit);
        ContractFlow.issue(id, TestTokens.agencyOfficer()).statusCode(200);
        ContractFlow.sign(id, TestTokens.municipality("2120000142")).statusCode(200);
        ContractFlow.sign(id, TestTokens.agencyOfficer()).statusCode(200);
        ContractFlow.report(id, TestTokens.municipality("2120000142"), ContractFlow.everythingDone(ContractFlow.contract(id)))
                .statusCode(201);
        ContractFlow.followUpMet(unit.unitId());
        eventually().until(() -> Metrics.value("kvalitet_contracts_fulfilled_total") == before.get("fulfilled") + 1);
        for (String step : steps) {
            assertThat(Metrics.value("kvalitet_contracts_" + step + "_total")).as(step).isEqualTo(before.get(step) + 1);
        }
    }
}
