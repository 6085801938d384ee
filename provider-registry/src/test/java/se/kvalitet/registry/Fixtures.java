package se.kvalitet.registry;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.restassured.http.ContentType;
import se.kvalitet.platform.organisation.OrganisationNumber;
import se.kvalitet.testsupport.TestTokens;

/** Builders for the registry's requests, with valid defaults a test overrides where it matters. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100_000);

    private Fixtures() {
    }

    /** A fresh, Luhn-valid private organisation number (55xxxx-xxxx). */
    public static String privateOrgNumber() {
        String base = "559" + String.format("%06d", SEQUENCE.incrementAndGet());
        return IntStream.range(0, 10).mapToObj(d -> base + d)
                .filter(candidate -> OrganisationNumber.problemWith(candidate) == null)
                .findFirst().orElseThrow();
    }

    public static Map<String, Object> aPrivatePrincipal(String orgNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgNumber", orgNumber);
        body.put("name", "Omsorg " + orgNumber + " AB");
        body.put("kind", "PRIVATE");
        return body;
    }

    public static Map<String, Object> aMunicipalPrincipal(String orgNumber, String municipalityCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgNumber", orgNumber);
        body.put("name", "Kommun " + municipalityCode);
        body.put("kind", "MUNICIPALITY");
        body.put("homeMunicipalityCode", municipalityCode);
        return body;
    }

    public static Map<String, Object> aUnit(String principalOrgNumber, String municipalityCode, String permitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Solgården");
        body.put("principalOrgNumber", principalOrgNumber);
        body.put("municipalityCode", municipalityCode);
        body.put("area", "ELDERLY_CARE");
        if (permitId != null) {
            body.put("permitId", permitId);
        }
        return body;
    }

    public static String registerPrivatePrincipal() {
        String orgNumber = privateOrgNumber();
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(aPrivatePrincipal(orgNumber))
                .post("/api/v1/principals").then().statusCode(201);
        return orgNumber;
    }

    /** Registers the principal unless it is registered already (tests share one database). */
    public static void ensurePrincipal(Map<String, Object> principal) {
        String orgNumber = ((String) principal.get("orgNumber")).replace("-", "");
        if (given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/principals/" + orgNumber).statusCode() == 404) {
            given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(principal)
                    .post("/api/v1/principals").then().statusCode(201);
        }
    }

    public static String registerUnit(Map<String, Object> unit) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(unit)
                .post("/api/v1/units").then().statusCode(201).extract().path("unitId");
    }
}
