package se.kvalitet.contracts.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.contracts.ContractFlow.known;
import static se.kvalitet.contracts.Contracts.awaitContracts;
import static se.kvalitet.contracts.Contracts.contractsOf;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.kvalitet.contracts.ContractFlow;
import se.kvalitet.contracts.assessment.ResultProjection;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;
import se.kvalitet.testsupport.UnitEvent;

@QuarkusTest
class ContractDraftingTest {

    private static final Topic CONTRACT_EVENTS = Topic.named("contract.events.v1");

    @Test
    void aBreachByAPrivateUnitDraftsAContractWithTheAffectedMunicipality() {
        UUID unitId = UnitEvent.aUnit().privateProvider("5591234561").in("1280").publish().unitId();
        ResultEvent.forUnit(unitId).notMet().publish();

        JsonPath contract = awaitContracts(unitId, 1).setRootPath("items[0]");
        assertThat(contract.getString("status")).isEqualTo("DRAFT");
        assertThat(contract.getString("counterparty.kind")).isEqualTo("MUNICIPALITY");
        assertThat(contract.getString("counterparty.municipalityCode")).isEqualTo("1280");
        assertThat(contract.getList("breachedRequirements")).containsExactly("U21468");

        ConsumerRecord<String, String> drafted = CONTRACT_EVENTS.awaitRecord(r -> r.key().equals(unitId.toString()));
        assertThat(drafted.value()).contains("se.kvalitet.contract.ContractDrafted");
        ApiSpecs.assertRecordMatchesContract(drafted);
    }

    @Test
    void aBreachByAMunicipalUnitDraftsAContractWithTheAgency() {
        UUID unitId = UnitEvent.aUnit().municipal("2120000142", "0180").in("0180").publish().unitId();
        ResultEvent.forUnit(unitId).notMet().publish();
        JsonPath contract = awaitContracts(unitId, 1).setRootPath("items[0]");
        assertThat(contract.getString("counterparty.kind")).isEqualTo("AGENCY");
        assertThat(contract.getString("counterparty.name")).isEqualTo("Socialstyrelsen");
    }

    @Test
    void aResultArrivingBeforeItsUnitIsAssessedWhenTheUnitArrives() {
        UnitEvent unit = UnitEvent.aUnit();
        ResultEvent.forUnit(unit.unitId()).notMet().publish();
        unit.publish();
        awaitContracts(unit.unitId(), 1);
    }

    @Test
    void aCorrectionBeforeSigningCancelsTheDraft() {
        UUID unitId = UnitEvent.aUnit().publish().unitId();
        ResultEvent.forUnit(unitId).notMet().publish();
        awaitContracts(unitId, 1);
        ResultEvent.forUnit(unitId).met().revision(2).publish();

        eventually().until(() -> "CANCELLED".equals(contractsOf(unitId).getString("items[0].status")));
        ConsumerRecord<String, String> cancelled = CONTRACT_EVENTS.awaitRecord(
                r -> r.key().equals(unitId.toString()) && r.value().contains("ContractCancelled"));
        ApiSpecs.assertRecordMatchesContract(cancelled);
    }

    @Test
    void aCriticalMissGoesToSanctionsWithoutAContract() {
        UUID unitId = UnitEvent.aUnit().publish().unitId();
        ResultEvent.forUnit(unitId).notMet().critical().publish();
        ConsumerRecord<String, String> risk = CONTRACT_EVENTS.awaitRecord(
                r -> r.key().equals(unitId.toString()) && r.value().contains("HealthRiskDetected"));
        ApiSpecs.assertRecordMatchesContract(risk);
        assertThat(contractsOf(unitId).getInt("total")).isZero();
    }

    @Test
    void aRedeliveredResultIsRecognisedByItsEventIdAndChangesNothing() {
        UUID unitId = UnitEvent.aUnit().publish().unitId();
        ResultEvent first = ResultEvent.forUnit(unitId).notMet().publish();
        awaitContracts(unitId, 1);
        // The same event id again, now saying the requirement was met in a later revision: only the
        // inbox's event-id check stops it from cancelling the draft (the revision check would not).
        ResultEvent.forUnit(unitId).met().revision(2).redeliveryOf(first).publish();
        // A new event for another period, on the same partition, is processed after the redelivery.
        ResultEvent.forUnit(unitId).period("2026").notMet().publish();
        eventually().until(() -> contractsOf(unitId).getList("items[0].breaches").size() == 2);
        assertThat(contractsOf(unitId).getList("items.status")).containsExactly("DRAFT");
    }

    @Test
    void principalsSeeTheirOwnContractsAndTheMunicipalityThoseItIsCounterpartyTo() {
        ContractFlow.knownMunicipality("2120001124", "1280");
        UUID unitId = UnitEvent.aUnit().privateProvider("5560123456").in("1280").publish().unitId();
        ResultEvent.forUnit(unitId).notMet().publish();
        awaitContracts(unitId, 1);

        given().auth().oauth2(TestTokens.provider("5560123456")).get("/api/v1/contracts?unitId=" + unitId)
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.provider("5566778899")).get("/api/v1/contracts?unitId=" + unitId)
                .then().statusCode(200).body("total", equalTo(0));
        eventually().untilAsserted(() -> given().auth().oauth2(TestTokens.municipality("2120001124"))
                .get("/api/v1/contracts?unitId=" + unitId).then().statusCode(200).body("total", equalTo(1)));
        given().auth().oauth2(TestTokens.publisher()).get("/api/v1/contracts").then().statusCode(403);
        given().get("/api/v1/contracts").then().statusCode(401);
    }

    @Test
    void badQueriesAreRejectedNamingTheField() {
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/contracts?status=SIGNED_TWICE")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/contracts/123")
                .then().statusCode(400).body("violations[0].field", equalTo("id"));
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/contracts/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anIncompleteResultEventIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        Topic.named("indicator.results.v1").send(key, ResultEvent.forUnit(UUID.fromString(key)).toJson().replace("\"judgement\"", "\"other\""));
        Topic.named("contract-service.dlq").awaitRecord(r -> key.equals(r.key()));
    }

    @Test
    void anImportsResultsOfAUnitDraftOneContractForEveryRequirementTheyMiss() {
        UUID unitId = UnitEvent.aUnit().municipal("2120000142", "0180").in("0180").publish().unitId();
        ResultEvent.Imported imported = ResultEvent.imported(ResultEvent.forUnit(unitId).notMet(),
                ResultEvent.forUnit(unitId).requirement("U21401").notMet(), ResultEvent.forUnit(unitId).requirement("U23471").met());
        ApiSpecs.assertEventMatchesContract("indicator.results.v1", imported.toJson());
        imported.publish();

        assertThat(awaitContracts(unitId, 1).getList("items[0].breachedRequirements")).containsExactlyInAnyOrder("U21468", "U21401");
    }

    @Test
    void aHealthRiskInTheSamePollAsABreachCancelsTheContractTheBreachDrafted() {
        UUID unitId = known(UnitEvent.aUnit()).unitId();
        ResultEvent.imported(ResultEvent.forUnit(unitId).period("2024").notMet(),
                ResultEvent.forUnit(unitId).period("2025").requirement("U21401").critical().notMet()).publish();

        CONTRACT_EVENTS.awaitRecord(r -> r.key().equals(unitId.toString()) && r.value().contains("HealthRiskDetected"));
        JsonPath contracts = awaitContracts(unitId, 1);
        assertThat(contracts.getString("items[0].period")).isEqualTo("2024");
        assertThat(contracts.getString("items[0].status")).isEqualTo("CANCELLED");
        String contractId = contracts.getString("items[0].contractId");
        JsonPath timeline = given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/contracts/" + contractId + "/events")
                .then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("items.type")).containsExactly("ContractDrafted", "ContractCancelled");
        assertThat(timeline.getList("items.by.kind")).containsOnly("EVENT");
        assertThat(timeline.getList("items.by.id")).containsOnly(ResultProjection.CONSUMER);
    }

    @Test
    void importedResultsOneOfWhichLacksItsOutcomeAreDeadLettered() {
        UUID unitId = UUID.randomUUID();
        ResultEvent.Imported imported = ResultEvent.imported(ResultEvent.forUnit(unitId).notMet(), ResultEvent.forUnit(unitId).met());
        Topic.named("indicator.results.v1").send(unitId.toString(), imported.toJson().replaceFirst("\"outcome\":\"MET\",", ""));
        ConsumerRecord<String, String> dead = Topic.named("contract-service.dlq").awaitRecord(r -> unitId.toString().equals(r.key()));
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("lacks required fields");
    }

    @Test
    void anEventOfATypeTheConsumerDoesNotKnowIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        Topic.named("indicator.results.v1").send(key, ResultEvent.forUnit(UUID.fromString(key)).toJson()
                .replace("se.kvalitet.indicator.ResultRecorded", "se.kvalitet.indicator.ResultWithdrawn"));
        Topic.named("contract-service.dlq").awaitRecord(r -> key.equals(r.key()));
    }

    @Test
    void thePolicyIsReadable() {
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/assessment-policy")
                .then().statusCode(200).body("minimumNotMet", equalTo(1), "criticalNotMetIsHealthRisk", equalTo(true));
    }

    @Test
    void anOfficersHealthRiskDecisionGoesToSanctionsAndCancelsTheDraft() {
        UUID unitId = UnitEvent.aUnit().publish().unitId();
        ResultEvent.forUnit(unitId).notMet().publish();
        awaitContracts(unitId, 1);
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType("application/json")
                .body("{\"unitId\":\"" + unitId + "\",\"reason\":\"Residents left without care at night\"}")
                .post("/api/v1/health-risks").then().statusCode(201).body("decidedBy", equalTo("agency-officer"));

        ConsumerRecord<String, String> risk = CONTRACT_EVENTS.awaitRecord(
                r -> r.key().equals(unitId.toString()) && r.value().contains("HealthRiskDetected"));
        assertThat(risk.value()).contains("Residents left without care at night");
        ApiSpecs.assertRecordMatchesContract(risk);
        assertThat(contractsOf(unitId).getString("items[0].status")).isEqualTo("CANCELLED");
        given().auth().oauth2(TestTokens.municipality("2120000142")).contentType("application/json")
                .body("{\"unitId\":\"" + unitId + "\",\"reason\":\"x\"}").post("/api/v1/health-risks").then().statusCode(403);
    }

}
