package se.kvalitet.sanctions.breach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static se.kvalitet.sanctions.Breaches.awaitBreaches;
import static se.kvalitet.sanctions.Breaches.breachesOf;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.ContractEvent;
import se.kvalitet.testsupport.PrincipalEvent;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;

@QuarkusTest
class BreachHistoryTest {

    @Test
    void theFixtureEventsMatchTheContract() {
        UUID unitId = UUID.randomUUID();
        ApiSpecs.assertEventMatchesContract("contract.events.v1", ContractEvent.drafted(unitId).toJson());
        ApiSpecs.assertEventMatchesContract("contract.events.v1", ContractEvent.cancelled(unitId, UUID.randomUUID()).toJson());
        ApiSpecs.assertEventMatchesContract("contract.events.v1", ContractEvent.healthRisk(unitId).toJson());
    }

    @Test
    void aDraftedContractIsRecordedAsABreachUnderContract() {
        UUID unitId = UUID.randomUUID();
        ContractEvent drafted = ContractEvent.drafted(unitId).privateProvider("5591234561").in("2584").publish();
        JsonPath breach = awaitBreaches(unitId, 1).setRootPath("items[0]");
        assertThat(breach.getString("status")).isEqualTo("UNDER_CONTRACT");
        assertThat(breach.getString("contractId")).isEqualTo(drafted.contractId().toString());
        assertThat(breach.getString("municipalityCode")).isEqualTo("2584");
        assertThat(breach.getList("history.type")).containsExactly("ContractDrafted");
    }

    @Test
    void aCancelledContractWithdrawsTheBreachAndKeepsItsHistory() {
        UUID unitId = UUID.randomUUID();
        ContractEvent drafted = ContractEvent.drafted(unitId).publish();
        awaitBreaches(unitId, 1);
        ContractEvent.cancelled(unitId, drafted.contractId()).publish();
        eventually().until(() -> "WITHDRAWN".equals(breachesOf(unitId).getString("items[0].status")));
        assertThat(breachesOf(unitId).getList("items[0].history.type")).containsExactly("ContractDrafted", "ContractCancelled");
    }

    @Test
    void aHealthRiskIsReferredAndOpensACaseAtTheInjunctionStep() {
        UUID unitId = UUID.randomUUID();
        ContractEvent.healthRisk(unitId).publish();
        eventually().until(() -> "ESCALATED".equals(awaitBreaches(unitId, 1).getString("items[0].status")));
        assertThat(breachesOf(unitId).getList("items[0].history.status")).startsWith("REFERRED", "ESCALATED");
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/cases?unitId=" + unitId)
                .then().statusCode(200).body("total", equalTo(1), "items[0].proposedStep", equalTo("INJUNCTION"),
                        "items[0].status", equalTo("OPEN"));
        String opened = Topic.named("sanction.events.v1").awaitRecord(r -> r.key().equals(unitId.toString())).value();
        ApiSpecs.assertEventMatchesContract("sanction.events.v1", opened);
    }

    @Test
    void aRedeliveredEventIsRecognisedByItsEventIdAndSkippedNotFailed() {
        UUID unitId = UUID.randomUUID();
        String key = unitId.toString();
        ContractEvent drafted = ContractEvent.drafted(unitId).publish();
        awaitBreaches(unitId, 1);
        // The same event id again, naming another contract. Only the inbox's event-id check skips it:
        // without it the history entry's key would refuse it, and after its retries it would be dead-lettered.
        ContractEvent.drafted(unitId).redeliveryOf(drafted).publish();
        ContractEvent.drafted(unitId).period("2026").publish();
        // Dead letters of one unit keep their order, so whatever the redelivery caused comes before this one's.
        String marker = "not an event, marking the end of " + key;
        Topic.named("contract.events.v1").send(key, marker);

        awaitBreaches(unitId, 2);
        assertThat(breachesOf(unitId).getList("items.period")).containsExactlyInAnyOrder("2025", "2026");
        List<String> deadLetters = Topic.named("sanction-service.dlq").awaitRecordsUpTo(r -> marker.equals(r.value())).stream()
                .filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
        assertThat(deadLetters).containsExactly(marker);
    }

    @Test
    void theHistoryComesAsCsvAndAsStatistics() {
        UUID unitId = UUID.randomUUID();
        ContractEvent.drafted(unitId).in("1480").publish();
        awaitBreaches(unitId, 1);
        String csv = given().auth().oauth2(TestTokens.agencyOfficer()).accept("text/csv").get("/api/v1/breaches?unitId=" + unitId)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).startsWith("breachId,unitId,period").contains(unitId + ",2025,5591234561,PRIVATE,1480,ELDERLY_CARE");
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/breaches/statistics")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/breaches/statistics?municipality=1480&unitId=" + unitId)
                .then().statusCode(200).body("total", equalTo(1), "elderlyCare", equalTo(1), "byArea[0].key", equalTo("ELDERLY_CARE"),
                        "byMunicipality[0].key", equalTo("1480"), "byYear[0].breaches", equalTo(1));
    }

    @Test
    void aMunicipalitySeesBreachesOfItsOwnAndInItsMunicipality() {
        PrincipalEvent.municipality("2120001355", "1480").publish();
        UUID unitId = UUID.randomUUID();
        ContractEvent.drafted(unitId).privateProvider("5566778899").in("1480").publish();
        awaitBreaches(unitId, 1);
        eventually().untilAsserted(() -> given().auth().oauth2(TestTokens.municipality("2120001355"))
                .get("/api/v1/breaches?unitId=" + unitId).then().statusCode(200).body("total", equalTo(1)));
        given().auth().oauth2(TestTokens.municipality("2120000142")).get("/api/v1/breaches?unitId=" + unitId)
                .then().statusCode(200).body("total", equalTo(0));

        UUID ownUnit = UUID.randomUUID();
        ContractEvent.drafted(ownUnit).municipal("2120000142").in("0180").publish();
        awaitBreaches(ownUnit, 1);
        given().auth().oauth2(TestTokens.municipality("2120000142")).get("/api/v1/breaches?unitId=" + ownUnit)
                .then().statusCode(200).body("total", equalTo(1), "items[0].principalKind", equalTo("MUNICIPALITY"));
        given().auth().oauth2(TestTokens.provider("5566778899")).get("/api/v1/breaches?unitId=" + unitId).then().statusCode(200)
                .body("total", equalTo(1));
        given().auth().oauth2(TestTokens.provider("5566778899")).get("/api/v1/breaches?unitId=" + ownUnit).then().statusCode(200)
                .body("total", equalTo(0));
        given().get("/api/v1/breaches").then().statusCode(401);
    }

    @Test
    void badFiltersAreRejectedNamingTheField() {
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/breaches?from=yesterday")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/breaches?status=FORGIVEN")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/breaches?unitId=x")
                .then().statusCode(400).body("violations[0].field", equalTo("unitId"));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/cases/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCancellationOfAnUnknownContractIsDeadLettered() {
        UUID unitId = UUID.randomUUID();
        ContractEvent.cancelled(unitId, UUID.randomUUID()).publish();
        Topic.named("sanction-service.dlq").awaitRecord(r -> r.key().equals(unitId.toString()));
    }
}
