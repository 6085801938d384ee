package se.kvalitet.sanctions.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.sanctions.Breaches.awaitBreaches;
import static se.kvalitet.testsupport.AuditTrailAssert.awaitEntry;
import static se.kvalitet.testsupport.AuditTrailAssert.entriesFor;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.nio.charset.StandardCharsets;
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

/**
 * The registry's principal states tell this service which municipality an organisation governs,
 * so a municipality sees what concerns its municipality even when it has no unit of its own.
 */
@QuarkusTest
class KnownPrincipalTest {

    @Test
    void theFixtureEventsMatchTheContract() {
        ApiSpecs.assertEventMatchesContract("registry.principals.v1", PrincipalEvent.municipality("2120000142", "0180").toJson());
        ApiSpecs.assertEventMatchesContract("registry.principals.v1", PrincipalEvent.privateProvider("5591234561").toJson());
        assertThatThrownBy(() -> ApiSpecs.assertEventMatchesContract("registry.principals.v1",
                PrincipalEvent.municipality("2120000142", "0180").without("homeMunicipalityCode").toJson()))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aMunicipalityWithoutUnitsOfItsOwnSeesBreachesInItsMunicipalityOnceItsPrincipalIsKnown() {
        String malmo = "2120001124";
        UUID privateUnit = UUID.randomUUID();
        ContractEvent.drafted(privateUnit).privateProvider("5566778899").in("1280").publish();
        awaitBreaches(privateUnit, 1);
        given().auth().oauth2(TestTokens.municipality(malmo)).get("/api/v1/breaches?unitId=" + privateUnit)
                .then().statusCode(200).body("total", equalTo(0));

        PrincipalEvent.municipality(malmo, "1280").publish();
        eventually().untilAsserted(() -> given().auth().oauth2(TestTokens.municipality(malmo)).get("/api/v1/breaches?unitId=" + privateUnit)
                .then().statusCode(200).body("total", equalTo(1), "items[0].municipalityCode", equalTo("1280")));
        given().auth().oauth2(TestTokens.municipality(malmo)).get("/api/v1/breaches?municipality=1280")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aRedeliveredOrUnchangedPrincipalStateChangesNothing() {
        String uppsala = "2120003005";
        PrincipalEvent first = PrincipalEvent.municipality(uppsala, "0380").named("Uppsala kommun").publish();
        awaitEntry("KnownPrincipal", uppsala, "principal-first-seen");
        // The same event id again, claiming another municipality: only the inbox's event-id check keeps it out.
        PrincipalEvent.municipality(uppsala, "1480").named("Fel kommun").redeliveryOf(first).publish();
        first.publish();
        // A new event that says what is held already: applied, but nothing changed, so nothing audited.
        PrincipalEvent.municipality(uppsala, "0380").named("Uppsala kommun").publish();
        // The states of one principal keep their order, so once this one is applied the others were handled.
        PrincipalEvent renamed = PrincipalEvent.municipality(uppsala, "0380").named("Uppsala kommun (ny)").publish();

        JsonPath changed = awaitEntry("KnownPrincipal", uppsala, "principal-changed");
        assertThat(changed.getString("actor.eventId")).isEqualTo(renamed.eventId().toString());
        assertThat(changed.getList("changes.field")).containsExactly("name");
        assertThat(changed.getString("changes[0].from")).isEqualTo("Uppsala kommun");
        assertThat(entriesFor("KnownPrincipal", uppsala)).hasSize(2);
    }

    @Test
    void anIncompletePrincipalStateIsDeadLetteredAndConsumptionCarriesOn() {
        String lulea = "2120002627";
        PrincipalEvent.municipality(lulea, "2580").without("homeMunicipalityCode").publish();
        ConsumerRecord<String, String> dead = Topic.named("sanction-service.dlq").awaitRecord(r -> lulea.equals(r.key()));
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("lacks required fields");
        assertThat(entriesFor("KnownPrincipal", lulea)).isEmpty();

        PrincipalEvent.municipality(lulea, "2580").publish();
        awaitEntry("KnownPrincipal", lulea, "principal-first-seen");
    }
}
