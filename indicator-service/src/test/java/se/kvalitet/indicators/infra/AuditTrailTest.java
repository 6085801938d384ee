package se.kvalitet.indicators.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.aResult;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;
import static se.kvalitet.testsupport.AuditTrailAssert.awaitEntry;
import static se.kvalitet.testsupport.AuditTrailAssert.changedTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.kvalitet.testsupport.PrincipalEvent;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** Every kind of state change the indicator service makes leaves an audit entry, by a user or by a consumer. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void definingARequirementAndChangingItsThresholdAreAudited() {
        String code = createRequirement(aRequirement());
        JsonPath defined = awaitEntry("Requirement", code, "define");
        assertThat(defined.getString("actor.name")).isEqualTo("agency-officer");
        assertThat(changedTo(defined, "title")).isEqualTo("Home-care user satisfaction");

        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("threshold", 85, "validFrom", "2027-01-01")).post("/api/v1/requirements/" + code + "/versions")
                .then().statusCode(201);
        JsonPath changed = awaitEntry("Requirement", code, "change-threshold");
        assertThat(changed.getList("changes.field")).containsExactly("versions");
        assertThat((List<?>) changedTo(changed, "versions")).hasSize(2);
    }

    @Test
    void recordingACorrectionAuditsTheNewRevisionAndTheSupersededOne() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        String first = submit(aResult(unitId, code, 70));
        String second = submit(aResult(unitId, code, 90));

        JsonPath recorded = awaitEntry("IndicatorResult", first, "record");
        assertThat(recorded.getString("actor.name")).isEqualTo("service-account-kvalitet-publisher");
        assertThat(recorded.getList("actor.roles")).containsExactly("indicator-publisher");
        assertThat(changedTo(recorded, "outcome")).isEqualTo("NOT_MET");
        JsonPath superseded = awaitEntry("IndicatorResult", first, "supersede");
        assertThat(superseded.getList("changes.field")).containsExactly("superseded");
        assertThat(changedTo(superseded, "superseded")).isEqualTo(true);
        assertThat(changedTo(awaitEntry("IndicatorResult", second, "correct"), "revision")).isEqualTo(2);
    }

    @Test
    void aUnitStateFromTheRegistryIsAuditedAsTheConsumersDoingWithItsEventId() {
        UnitEvent registered = UnitEvent.aUnit().version(0);
        knownUnit(registered);
        JsonPath seen = awaitEntry("KnownUnit", registered.unitId(), "unit-first-seen");
        assertThat(seen.getString("actor.kind")).isEqualTo("EVENT");
        assertThat(seen.getString("actor.id")).isEqualTo("unit-projection");
        assertThat(seen.getString("actor.eventId")).isEqualTo(registered.eventId().toString());
        assertThat(seen.getString("requestId")).isNull();

        UnitEvent closed = UnitEvent.theUnit(registered.unitId()).closed().version(1).publish();
        JsonPath changed = awaitEntry("KnownUnit", registered.unitId(), "unit-state-changed");
        assertThat(changed.getString("actor.eventId")).isEqualTo(closed.eventId().toString());
        assertThat(changed.getList("changes.field")).containsExactly("status", "version");
        assertThat(changedTo(changed, "status")).isEqualTo("CLOSED");
    }

    @Test
    void aPrincipalStateFromTheRegistryIsAuditedAsTheConsumersDoingWithItsEventId() {
        PrincipalEvent principal = PrincipalEvent.municipality("2120001124", "1280").publish();
        JsonPath seen = awaitEntry("KnownPrincipal", principal.orgNumber(), "principal-first-seen");
        assertThat(seen.getString("actor.kind")).isEqualTo("EVENT");
        assertThat(seen.getString("actor.id")).isEqualTo("principal-projection");
        assertThat(seen.getString("actor.eventId")).isEqualTo(principal.eventId().toString());
        assertThat(changedTo(seen, "homeMunicipalityCode")).isEqualTo("1280");
    }

    private static String submit(Map<String, Object> result) {
        return given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(result).post("/api/v1/results")
                .then().statusCode(201).extract().path("resultId");
    }
}
