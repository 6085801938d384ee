package se.kvalitet.indicators;

import static io.restassured.RestAssured.given;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;


import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import se.kvalitet.indicators.unit.KnownUnit;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** Builders for the indicator service's requests; defaults are valid, tests override what matters. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** A requirement "home-care satisfaction, at least 80 %, from 2024" with a fresh code. */
    public static Map<String, Object> aRequirement() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "REQ-" + SEQUENCE.incrementAndGet());
        body.put("title", "Home-care user satisfaction");
        body.put("area", "ELDERLY_CARE");
        body.put("unitOfMeasure", "PERCENT");
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("threshold", 80);
        body.put("periodType", "YEAR");
        body.put("minimumSampleSize", 10);
        body.put("sourceReference", "Kolada U21468");
        body.put("validFrom", "2024-01-01");
        return body;
    }

    /** A requirement whose indicator counts (a caseload, say): lower is better. */
    public static Map<String, Object> aCountingRequirement() {
        Map<String, Object> body = aRequirement();
        body.put("unitOfMeasure", "COUNT");
        body.put("direction", "LOWER_IS_BETTER");
        return body;
    }

    public static String createRequirement(Map<String, Object> body) {
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/requirements").then().statusCode(201);
        return (String) body.get("code");
    }

    public static Map<String, Object> aResult(UUID unitId, String requirementCode, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId.toString());
        body.put("requirementCode", requirementCode);
        body.put("period", "2025");
        body.put("value", value);
        body.put("sampleSize", 40);
        body.put("source", "test");
        return body;
    }

    /** Publishes the unit on the registry topic and waits until this service knows it. */
    public static UUID knownUnit(UnitEvent unit) {
        unit.publish();
        awaitUnit(unit.unitId(), "ACTIVE");
        return unit.unitId();
    }

    public static void awaitUnit(UUID unitId, String status) {
        eventually().until(() -> QuarkusTransaction.requiringNew().call(() -> {
            KnownUnit unit = KnownUnit.findById(unitId);
            return unit != null && status.equals(unit.status.name());
        }));
    }
}
