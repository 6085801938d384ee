package se.kvalitet.registry.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static se.kvalitet.registry.Fixtures.aMunicipalPrincipal;
import static se.kvalitet.registry.Fixtures.aUnit;
import static se.kvalitet.registry.Fixtures.registerPrivatePrincipal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;

@QuarkusTest
class UnitResourceTest {

    private static final String STOCKHOLM = "2120000142";

    @BeforeEach
    void stockholmIsAPrincipal() {
        if (given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/principals/" + STOCKHOLM).statusCode() == 404) {
            given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                    .body(aMunicipalPrincipal(STOCKHOLM, "0180")).post("/api/v1/principals").then().statusCode(201);
        }
    }

    @Test
    void aRegisteredUnitIsAnnouncedOnTheRegistryTopicKeyedByItsId() {
        String provider = registerPrivatePrincipal();
        String unitId = register(TestTokens.agencyOfficer(), aUnit(provider, "0180", "IVO-2024-123"))
                .statusCode(201)
                .body("status", equalTo("ACTIVE"), "principal.kind", equalTo("PRIVATE"), "municipalityCode", equalTo("0180"))
                .extract().path("unitId");

        ConsumerRecord<String, String> record = Topic.named("registry.units.v1").awaitRecord(r -> unitId.equals(r.key()));
        assertThat(record.value()).contains("\"subject\":\"" + unitId + "\"", "se.kvalitet.registry.UnitRegistered");
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        ApiSpecs.assertRecordMatchesContract(record);
    }

    @Test
    void aPrivateUnitNeedsItsPermitAndAMunicipalOneHasNone() {
        String provider = registerPrivatePrincipal();
        register(TestTokens.agencyOfficer(), aUnit(provider, "0180", null))
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("permitId"));
        register(TestTokens.agencyOfficer(), aUnit(STOCKHOLM, "0180", "IVO-1"))
                .statusCode(400).body("violations[0].field", equalTo("permitId"));
        unitsOf(provider).body("total", equalTo(0));
    }

    @Test
    void unknownPrincipalsMunicipalitiesAndAreasAreRejected() {
        String provider = registerPrivatePrincipal();
        register(TestTokens.agencyOfficer(), aUnit("5560123456", "0180", "IVO-1"))
                .statusCode(400).body("violations[0].field", equalTo("principalOrgNumber"));
        register(TestTokens.agencyOfficer(), aUnit(provider, "0000", "IVO-1"))
                .statusCode(400).body("violations[0].field", equalTo("municipalityCode"));
        Map<String, Object> body = aUnit(provider, "0180", "IVO-1");
        body.put("area", "GARDENING");
        register(TestTokens.agencyOfficer(), body).statusCode(400).body("violations[0].field", equalTo("area"));
        body = aUnit(provider, "0180", "IVO-1");
        body.put("name", " ");
        register(TestTokens.agencyOfficer(), body).statusCode(400).body("violations[0].field", equalTo("name"));
        unitsOf(provider).body("total", equalTo(0));
    }

    @Test
    void aMunicipalityRegistersUnitsOnlyInItsOwnMunicipality() {
        String provider = registerPrivatePrincipal();
        register(TestTokens.municipality(STOCKHOLM), aUnit(provider, "0180", "IVO-7")).statusCode(201);
        register(TestTokens.municipality(STOCKHOLM), aUnit(provider, "1480", "IVO-8"))
                .statusCode(403).contentType("application/problem+json");
        register(TestTokens.provider(provider), aUnit(provider, "0180", "IVO-9")).statusCode(403);
        unitsOf(provider).body("total", equalTo(1));
    }

    @Test
    void providersSeeOnlyTheirOwnUnits() {
        String mine = registerPrivatePrincipal();
        String theirs = registerPrivatePrincipal();
        String myUnit = register(TestTokens.agencyOfficer(), aUnit(mine, "1280", "IVO-10")).statusCode(201).extract().path("unitId");
        String theirUnit = register(TestTokens.agencyOfficer(), aUnit(theirs, "1280", "IVO-11")).statusCode(201).extract().path("unitId");

        given().auth().oauth2(TestTokens.provider(mine)).get("/api/v1/units")
                .then().statusCode(200).body("items.principal.orgNumber", everyItem(equalTo(mine)));
        given().auth().oauth2(TestTokens.provider(mine)).get("/api/v1/units/" + myUnit).then().statusCode(200);
        given().auth().oauth2(TestTokens.provider(mine)).get("/api/v1/units/" + theirUnit).then().statusCode(404);
        given().auth().oauth2(TestTokens.token("provider", "provider", null)).get("/api/v1/units").then().statusCode(403);
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/units/not-a-uuid")
                .then().statusCode(400).body("violations[0].field", equalTo("unitId"));
    }

    private static ValidatableResponse register(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/units").then();
    }

    private static ValidatableResponse unitsOf(String orgNumber) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/units?principal=" + orgNumber).then().statusCode(200);
    }
}
