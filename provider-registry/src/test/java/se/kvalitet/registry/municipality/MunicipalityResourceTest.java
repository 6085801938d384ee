package se.kvalitet.registry.municipality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.testsupport.TestTokens;

@QuarkusTest
class MunicipalityResourceTest {

    @Test
    void all290MunicipalitiesAreSeeded() {
        given().auth().oauth2(TestTokens.provider("5591234561")).get("/api/v1/municipalities?size=500")
                .then().statusCode(200).body("total", equalTo(290), "items", hasSize(290));
    }

    @Test
    void knownCodesResolveWithTheirCounty() {
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/municipalities/0180")
                .then().statusCode(200).body("name", equalTo("Stockholm"), "countyCode", equalTo("01"));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/municipalities/2584")
                .then().statusCode(200).body("name", equalTo("Kiruna"), "countyName", equalTo("Norrbottens län"));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/municipalities?county=12&size=100")
                .then().statusCode(200).body("total", equalTo(33));
    }

    @Test
    void unknownAndMalformedCodesAreTold() {
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/municipalities/9999")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/municipalities/abc")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("code"));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/municipalities?page=-1")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
    }

    @Test
    void anonymousCallersAreTurnedAway() {
        given().get("/api/v1/municipalities").then().statusCode(401);
    }
}
