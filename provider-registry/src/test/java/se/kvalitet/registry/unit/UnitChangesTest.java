package se.kvalitet.registry.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.registry.Fixtures.aMunicipalPrincipal;
import static se.kvalitet.registry.Fixtures.aUnit;
import static se.kvalitet.registry.Fixtures.ensurePrincipal;
import static se.kvalitet.registry.Fixtures.registerPrivatePrincipal;
import static se.kvalitet.registry.Fixtures.registerUnit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;

/** Changing and closing a unit: each a new state announced on registry.units.v1; a closed unit stays, unchanged. */
@QuarkusTest
class UnitChangesTest {

    private static final Topic UNITS = Topic.named("registry.units.v1");
    private static final String STOCKHOLM = "2120000142";
    private static final String CLOSED = "the unit is CLOSED and is not changed any more";

    @Test
    void aChangedUnitIsAnnouncedWithItsNextVersion() {
        String unitId = registerUnit(aUnit(registerPrivatePrincipal(), "0180", "IVO-1"));
        revise(TestTokens.agencyOfficer(), unitId, 0, "1280", "IVO-7").statusCode(200)
                .body("name", equalTo("Solgården norra"), "municipalityCode", equalTo("1280"), "permitId", equalTo("IVO-7"), "version", equalTo(1));
        ConsumerRecord<String, String> updated = UNITS.awaitRecord(r -> r.key().equals(unitId) && r.value().contains("UnitUpdated"));
        assertThat(updated.value()).contains("\"version\":1", "\"municipalityCode\":\"1280\"");
        ApiSpecs.assertRecordMatchesContract(updated);
    }

    @Test
    void aChangeOfAStaleVersionIsAConflict() {
        String unitId = registerUnit(aUnit(registerPrivatePrincipal(), "0180", "IVO-1"));
        revise(TestTokens.agencyOfficer(), unitId, 0, "0180", "IVO-2").statusCode(200);
        unchanged(unitId, () -> revise(TestTokens.agencyOfficer(), unitId, 0, "0180", "IVO-3").statusCode(409)
                .contentType("application/problem+json").body("violations[0].field", equalTo("version")));
    }

    @Test
    void closingIsAStateChangeAnnouncedAndTheUnitStays() {
        String unitId = registerUnit(aUnit(registerPrivatePrincipal(), "0180", "IVO-1"));
        close(TestTokens.agencyOfficer(), unitId).statusCode(200).body("status", equalTo("CLOSED"), "version", equalTo(1));
        ConsumerRecord<String, String> closed = UNITS.awaitRecord(r -> r.key().equals(unitId) && r.value().contains("UnitClosed"));
        ApiSpecs.assertRecordMatchesContract(closed);
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/units/" + unitId).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void aClosedUnitIsNeitherChangedNorClosedAgain() {
        String unitId = registerUnit(aUnit(registerPrivatePrincipal(), "0180", "IVO-1"));
        close(TestTokens.agencyOfficer(), unitId).statusCode(200);
        unchanged(unitId, () -> close(TestTokens.agencyOfficer(), unitId).statusCode(409).contentType("application/problem+json")
                .body("violations[0].field", equalTo("status"), "violations[0].reason", equalTo(CLOSED)));
        unchanged(unitId, () -> revise(TestTokens.agencyOfficer(), unitId, 1, "0180", "IVO-1").statusCode(409)
                .contentType("application/problem+json").body("violations[0].field", equalTo("status"), "violations[0].reason", equalTo(CLOSED)));
    }

    @Test
    void aMunicipalityChangesOnlyUnitsOperatingInIt() {
        ensurePrincipal(aMunicipalPrincipal(STOCKHOLM, "0180"));
        String inStockholm = registerUnit(aUnit(registerPrivatePrincipal(), "0180", "IVO-1"));
        String inGoteborg = registerUnit(aUnit(registerPrivatePrincipal(), "1480", "IVO-1"));
        String municipality = TestTokens.municipality(STOCKHOLM);

        revise(municipality, inStockholm, 0, "0180", "IVO-2").statusCode(200);
        unchanged(inStockholm, () -> revise(municipality, inStockholm, 1, "1480", "IVO-2").statusCode(403)
                .contentType("application/problem+json"));
        unchanged(inGoteborg, () -> revise(municipality, inGoteborg, 0, "0180", "IVO-2").statusCode(404)
                .contentType("application/problem+json"));
        unchanged(inGoteborg, () -> close(municipality, inGoteborg).statusCode(404).contentType("application/problem+json"));
        unchanged(inStockholm, () -> close(TestTokens.provider("5591234561"), inStockholm).statusCode(403));
        close(municipality, inStockholm).statusCode(200);
    }

    @Test
    void aMunicipalityNeitherChangesNorClosesItsOwnUnitOperatingElsewhere() {
        ensurePrincipal(aMunicipalPrincipal(STOCKHOLM, "0180"));
        String inGoteborg = registerUnit(aUnit(STOCKHOLM, "1480", null));
        String municipality = TestTokens.municipality(STOCKHOLM);
        given().auth().oauth2(municipality).get("/api/v1/units/" + inGoteborg).then().statusCode(200);
        String reason = "a municipality registers and changes units only in its own municipality";

        unchanged(inGoteborg, () -> revise(municipality, inGoteborg, 0, "1480", null).statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo(reason)));
        unchanged(inGoteborg, () -> revise(municipality, inGoteborg, 0, "0180", null).statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo(reason)));
        unchanged(inGoteborg, () -> close(municipality, inGoteborg).statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo(reason)));
    }

    @Test
    void aPrivateUnitKeepsItsPermitAndMovesOnlyToAMunicipality() {
        String unitId = registerUnit(aUnit(registerPrivatePrincipal(), "0180", "IVO-1"));
        unchanged(unitId, () -> revise(TestTokens.agencyOfficer(), unitId, 0, "0180", null).statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("permitId")));
        unchanged(unitId, () -> revise(TestTokens.agencyOfficer(), unitId, 0, "0999", "IVO-1").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("municipalityCode")));
        unchanged(unitId, () -> given().auth().oauth2(TestTokens.agencyOfficer()).contentType("text/plain").body("Solgården")
                .put("/api/v1/units/" + unitId).then().statusCode(415).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Content-Type")));
    }

    @Test
    void everyUnitIsAnnouncedAgainForAConsumerThatJoinsLate() {
        String unitId = registerUnit(aUnit(registerPrivatePrincipal(), "0180", "IVO-1"));
        long units = given().auth().oauth2(TestTokens.agencyOfficer()).post("/api/v1/units/republish").then().statusCode(202)
                .extract().jsonPath().getLong("units");
        assertThat(units).isPositive();
        ConsumerRecord<String, String> again = UNITS.awaitRecord(r -> r.key().equals(unitId) && r.value().contains("UnitRepublished"));
        ApiSpecs.assertRecordMatchesContract(again);
        given().auth().oauth2(TestTokens.municipality(STOCKHOLM)).post("/api/v1/units/republish").then().statusCode(403);
    }

    private static ValidatableResponse revise(String token, String unitId, int version, String municipality, String permitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("name", "Solgården norra");
        body.put("municipalityCode", municipality);
        body.put("area", "ELDERLY_CARE");
        body.put("permitId", permitId);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/api/v1/units/" + unitId).then();
    }

    private static ValidatableResponse close(String token, String unitId) {
        return given().auth().oauth2(token).post("/api/v1/units/" + unitId + "/close").then();
    }

    private static void unchanged(String unitId, Supplier<ValidatableResponse> act) {
        String before = given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/units/" + unitId).asString();
        act.get();
        assertThat(given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/units/" + unitId).asString()).isEqualTo(before);
    }
}
