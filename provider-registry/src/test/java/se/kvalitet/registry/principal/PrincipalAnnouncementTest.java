package se.kvalitet.registry.principal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.registry.Fixtures.aMunicipalPrincipal;
import static se.kvalitet.registry.Fixtures.aPrivatePrincipal;
import static se.kvalitet.registry.Fixtures.registerPrivatePrincipal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.EventCodec;
import se.kvalitet.platform.principal.PrincipalState;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;

/** Every principal is announced on registry.principals.v1: when it is registered, and once by the migration that introduced the topic. */
@QuarkusTest
class PrincipalAnnouncementTest {

    private static final String TOPIC = "registry.principals.v1";
    private static final String ANNOUNCING_MIGRATION = "db/migration/V3__announce_registered_principals.sql";

    @Inject
    EntityManager entityManager;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Test
    void aRegisteredPrincipalIsAnnouncedOnThePrincipalTopicKeyedByItsNumber() {
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(aMunicipalPrincipal("212000-3005", "0380")).post("/api/v1/principals").then().statusCode(201);

        ConsumerRecord<String, String> record = Topic.named(TOPIC).awaitRecord(r -> "2120003005".equals(r.key()));
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        ApiSpecs.assertRecordMatchesContract(record);
        CloudEvent event = codec.read(record.value());
        assertThat(event.type()).isEqualTo("se.kvalitet.registry.PrincipalRegistered");
        assertThat(event.subject()).isEqualTo("2120003005");
        assertThat(codec.data(event, PrincipalState.class))
                .isEqualTo(new PrincipalState("2120003005", "Kommun 0380", PrincipalKind.MUNICIPALITY, "0380"));
    }

    @Test
    void aRefusedRegistrationAnnouncesNothing() {
        String orgNumber = registerPrivatePrincipal();
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(aPrivatePrincipal(orgNumber))
                .post("/api/v1/principals").then().statusCode(409);
        long announced = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e where e.topic = :topic and e.messageKey = :key", Long.class)
                .setParameter("topic", TOPIC).setParameter("key", orgNumber).getSingleResult());
        assertThat(announced).isEqualTo(1);
    }

    @Test
    void theMigrationAnnouncesAPrincipalAlreadyRegisteredAsRegisteringItDoes() throws Exception {
        String orgNumber = registerPrivatePrincipal();
        String registered = Topic.named(TOPIC).awaitRecord(r -> orgNumber.equals(r.key())).value();

        String migrated = migrationEventFor(orgNumber);

        ApiSpecs.assertEventMatchesContract(TOPIC, migrated);
        JsonNode byRegistration = mapper.readTree(registered);
        JsonNode byMigration = mapper.readTree(migrated);
        assertThat(fieldNames(byMigration)).containsExactlyElementsOf(fieldNames(byRegistration));
        for (String attribute : List.of("specversion", "source", "type", "subject", "datacontenttype", "data")) {
            assertThat(byMigration.get(attribute)).as(attribute).isEqualTo(byRegistration.get(attribute));
        }
        assertThat(fieldNames(byMigration.get("data"))).containsExactlyElementsOf(fieldNames(byRegistration.get("data")));
        CloudEvent event = codec.read(migrated);
        assertThat(event.id()).isNotEqualTo(codec.read(registered).id());
        assertThat(event.time()).isNotNull();
    }

    /** Runs the announcing migration again in a transaction that is rolled back, and returns the event it wrote for {@code orgNumber}. */
    private String migrationEventFor(String orgNumber) {
        String script = migrationScript();
        QuarkusTransaction.begin();
        try {
            return entityManager.unwrap(Session.class).doReturningWork(connection -> {
                try (Statement migration = connection.createStatement()) {
                    migration.execute(script);
                }
                try (PreparedStatement query = connection.prepareStatement(
                        "select payload from outbox_event where topic = ? and message_key = ? order by seq desc limit 1")) {
                    query.setString(1, TOPIC);
                    query.setString(2, orgNumber);
                    try (ResultSet rows = query.executeQuery()) {
                        assertThat(rows.next()).as("an event of the migration for %s", orgNumber).isTrue();
                        return rows.getString(1);
                    }
                }
            });
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static String migrationScript() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ANNOUNCING_MIGRATION)) {
            assertThat(in).as(ANNOUNCING_MIGRATION).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
