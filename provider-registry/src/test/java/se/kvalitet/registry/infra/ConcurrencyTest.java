package se.kvalitet.registry.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.registry.Fixtures.aPrivatePrincipal;
import static se.kvalitet.registry.Fixtures.aUnit;
import static se.kvalitet.registry.Fixtures.privateOrgNumber;
import static se.kvalitet.registry.Fixtures.registerPrivatePrincipal;
import static se.kvalitet.registry.Fixtures.registerUnit;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import se.kvalitet.testsupport.TestTokens;

/** A lost race is a 409 problem+json naming what was taken, never a 500, and the winner's data stays. */
@QuarkusTest
class ConcurrencyTest {

    @Inject
    DataSource dataSource;

    @Test
    void aPrincipalRegisteredMeanwhileByAnotherRequestIsAConflictOnItsNumber() throws Exception {
        String orgNumber = privateOrgNumber();
        try (Connection rival = dataSource.getConnection()) {
            rival.setAutoCommit(false);
            // The rival's row holds the key until it commits, so the request below passes its own
            // "already registered?" check and then waits on the key, as in a real race.
            try (PreparedStatement insert = rival.prepareStatement("insert into principal (org_number, name, kind, registered_at,"
                    + " registered_by) values (?, 'The rival AB', 'PRIVATE', ?, 'rival')")) {
                insert.setString(1, orgNumber);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            CompletableFuture<Response> request = CompletableFuture.supplyAsync(() -> given().auth().oauth2(TestTokens.agencyOfficer())
                    .contentType(ContentType.JSON).body(aPrivatePrincipal(orgNumber)).post("/api/v1/principals"));
            eventually().until(this::requestWaitsOnTheKey);
            rival.commit();

            Response response = request.get();
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(409);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("violations[0].field")).isEqualTo("orgNumber");
        }
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/principals/" + orgNumber)
                .then().statusCode(200).body("name", equalTo("The rival AB"));
    }

    @Test
    void aWriteBasedOnAStaleVersionIsAConflictAndLosesNothing() {
        String unitId = registerUnit(aUnit(registerPrivatePrincipal(), "0180", "IVO-STALE"));
        rename(unitId, 0, "Solgarden Norra").statusCode(204);
        rename(unitId, 0, "Solgarden Sodra").statusCode(409).contentType("application/problem+json")
                .body("violations[0].field", equalTo("version"));
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/units/" + unitId)
                .then().statusCode(200).body("name", equalTo("Solgarden Norra"), "version", equalTo(1));
    }

    private static io.restassured.response.ValidatableResponse rename(String unitId, long version, String name) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.TEXT).body(name)
                .put("/test/units/" + unitId + "/name?version=" + version).then();
    }

    /** Asked on a connection of its own: within the rival's transaction the statistics would not change. */
    private boolean requestWaitsOnTheKey() throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike 'insert into principal%'");
                ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1) > 0;
        }
    }
}
