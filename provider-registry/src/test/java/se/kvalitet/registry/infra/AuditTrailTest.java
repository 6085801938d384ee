package se.kvalitet.registry.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.registry.Fixtures.aMunicipalPrincipal;
import static se.kvalitet.registry.Fixtures.aPrivatePrincipal;
import static se.kvalitet.registry.Fixtures.aUnit;
import static se.kvalitet.registry.Fixtures.ensurePrincipal;
import static se.kvalitet.registry.Fixtures.privateOrgNumber;
import static se.kvalitet.registry.Fixtures.registerPrivatePrincipal;
import static se.kvalitet.testsupport.AuditTrailAssert.awaitEntry;
import static se.kvalitet.testsupport.AuditTrailAssert.changedTo;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.kvalitet.testsupport.AccessMatrix;
import se.kvalitet.testsupport.TestTokens;

/** Every kind of state change the registry makes leaves an audit entry; the database refuses to alter one. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager entityManager;

    @Test
    void registeringAPrincipalIsAuditedWithTheOfficerAndTheRequestId() {
        String orgNumber = privateOrgNumber();
        String requestId = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.agencyOfficer()).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(aPrivatePrincipal(orgNumber)).post("/api/v1/principals")
                .then().statusCode(201).header("X-Request-Id", requestId);

        JsonPath entry = awaitEntry("Principal", orgNumber, "register");
        assertThat(entry.getString("actor.kind")).isEqualTo("USER");
        assertThat(entry.getString("actor.id")).isEqualTo("agency-officer-id");
        assertThat(entry.getString("actor.name")).isEqualTo("agency-officer");
        assertThat(entry.getList("actor.roles")).containsExactly("agency-officer");
        assertThat(entry.getString("requestId")).isEqualTo(requestId);
        assertThat(changedTo(entry, "name")).isEqualTo("Omsorg " + orgNumber + " AB");
        assertThat(changedTo(entry, "kind")).isEqualTo("PRIVATE");
    }

    @Test
    void aRequestIdThatIsNoSaneTokenIsReplacedByAFreshOne() {
        String orgNumber = privateOrgNumber();
        String given = given().auth().oauth2(TestTokens.agencyOfficer()).header("X-Request-Id", "not sane; <script>")
                .contentType(ContentType.JSON).body(aPrivatePrincipal(orgNumber)).post("/api/v1/principals")
                .then().statusCode(201).extract().header("X-Request-Id");
        assertThat(UUID.fromString(given)).isNotNull();
        assertThat(awaitEntry("Principal", orgNumber, "register").getString("requestId")).isEqualTo(given);
    }

    @Test
    void registeringAUnitIsAuditedWithTheMunicipalityThatDidIt() {
        ensurePrincipal(aMunicipalPrincipal(AccessMatrix.MUNICIPALITY, AccessMatrix.MUNICIPALITY_CODE));
        String provider = registerPrivatePrincipal();
        String unitId = given().auth().oauth2(TestTokens.municipality(AccessMatrix.MUNICIPALITY)).contentType(ContentType.JSON)
                .body(aUnit(provider, AccessMatrix.MUNICIPALITY_CODE, "IVO-AUDIT")).post("/api/v1/units")
                .then().statusCode(201).extract().path("unitId");

        JsonPath entry = awaitEntry("Unit", unitId, "register");
        assertThat(entry.getString("actor.orgNumber")).isEqualTo(AccessMatrix.MUNICIPALITY);
        assertThat(entry.getList("actor.roles")).containsExactly("municipality");
        assertThat(entry.getString("requestId")).isNotBlank();
        assertThat(changedTo(entry, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void theTrailFiltersByActorAndTime() {
        String orgNumber = privateOrgNumber();
        Instant before = Instant.now().minusSeconds(1);
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(aPrivatePrincipal(orgNumber))
                .post("/api/v1/principals").then().statusCode(201);
        given().auth().oauth2(TestTokens.supervisor())
                .get("/api/v1/audit?entity=Principal&entityId=" + orgNumber + "&actor=agency-officer&from=" + before)
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.supervisor())
                .get("/api/v1/audit?entity=Principal&entityId=" + orgNumber + "&actor=supervisor")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.supervisor())
                .get("/api/v1/audit?entity=Principal&entityId=" + orgNumber + "&to=" + before)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateAnAuditEntry() {
        String orgNumber = privateOrgNumber();
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(aPrivatePrincipal(orgNumber))
                .post("/api/v1/principals").then().statusCode(201);
        long entries = entriesOf(orgNumber);
        assertThat(entries).isEqualTo(1);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update audit_entry set actor = 'someone else' where entity_id = ?1")
                .setParameter(1, orgNumber).executeUpdate()))
                .hasStackTraceContaining("the audit trail is append-only: UPDATE on audit_entry is refused");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from audit_entry where entity_id = ?1")
                .setParameter(1, orgNumber).executeUpdate()))
                .hasStackTraceContaining("the audit trail is append-only: DELETE on audit_entry is refused");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("truncate audit_entry").executeUpdate()))
                .hasStackTraceContaining("the audit trail is append-only: TRUNCATE on audit_entry is refused");

        assertThat(entriesOf(orgNumber)).isEqualTo(entries);
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select actor from audit_entry where entity_id = ?1").setParameter(1, orgNumber).getSingleResult()))
                .isEqualTo("agency-officer-id");
    }

    private long entriesOf(String entityId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_entry where entity_id = ?1").setParameter(1, entityId)
                .getSingleResult()).longValue());
    }
}
