package se.kvalitet.indicators.kolada;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import se.kvalitet.testsupport.AuditTrailAssert;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** Kolada's answers, recorded through the mapping the agency keeps of its KPIs, organisational units and municipalities. */
@QuarkusTest
class KoladaImportTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(90000);

    @Test
    void theAgencyKeepsTheMappingAndEachEntryIsChecked() {
        String code = createRequirement(aRequirement());
        UUID stockholm = knownUnit(UnitEvent.aUnit().in("0180").area("ELDERLY_CARE"));
        String kpi = nextKpi();

        set(mapping("KPI", kpi, null, code, null)).statusCode(200).body("requirementCode", equalTo(code))
                .body("updatedBy", equalTo("agency-officer"));
        String other = createRequirement(aRequirement());
        set(mapping("KPI", kpi, null, other, null)).statusCode(200).body("requirementCode", equalTo(other));
        assertThat(AuditTrailAssert.awaitEntry("KoladaMapping", "KPI:" + kpi, "remap").getString("action")).isEqualTo("remap");
        set(mapping("MUNICIPALITY", "0180", "ELDERLY_CARE", null, stockholm)).statusCode(200);
        assertThat(given().auth().oauth2(TestTokens.publisher()).get("/api/v1/kolada-mappings?kind=KPI&size=500").then().statusCode(200)
                .extract().jsonPath().getList("items.koladaId")).contains(kpi);

        refused(mapping("KPI", "21468", null, code, null), "koladaId");
        refused(mapping("KPI", nextKpi(), null, null, null), "requirementCode");
        refused(mapping("KPI", nextKpi(), null, "NO-SUCH", null), "requirementCode");
        refused(mapping("KPI", nextKpi(), "ELDERLY_CARE", code, null), "area");
        refused(mapping("OU", "V15E000000001", null, null, UUID.randomUUID()), "unitId");
        refused(mapping("OU", "v15e", null, null, stockholm), "koladaId");
        refused(mapping("MUNICIPALITY", "1480", "ELDERLY_CARE", null, stockholm), "unitId");
        refused(mapping("MUNICIPALITY", "0180", null, null, stockholm), "area");
        refused(mapping("MUNICIPALITY", "018", "ELDERLY_CARE", null, stockholm), "koladaId");
        Map<String, Object> wrongKind = mapping("KPI", nextKpi(), null, code, null);
        wrongKind.put("kind", 1);
        refused(wrongKind, "kind");

        given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(mapping("KPI", nextKpi(), null, code, null))
                .put("/api/v1/kolada-mappings").then().statusCode(403);
        given().auth().oauth2(TestTokens.agencyOfficer()).delete("/api/v1/kolada-mappings?kind=KPI&koladaId=" + kpi).then().statusCode(204);
        given().auth().oauth2(TestTokens.agencyOfficer()).delete("/api/v1/kolada-mappings?kind=KPI&koladaId=" + kpi).then().statusCode(404);
        given().auth().oauth2(TestTokens.agencyOfficer()).delete("/api/v1/kolada-mappings?kind=SOMETHING&koladaId=" + kpi).then()
                .statusCode(400).body("violations[0].field", equalTo("kind"));
    }

    @Test
    void anAnswerIsRecordedThroughTheMappingAndWhatItCannotMapIsRefusedByElement() {
        Map<String, Object> registerData = aRequirement();
        registerData.put("minimumSampleSize", 0); // a register figure, not a survey: Kolada gives no sample size
        String code = createRequirement(registerData);
        String kpi = nextKpi();
        UUID byOu = knownUnit(UnitEvent.aUnit());
        UUID municipal = knownUnit(UnitEvent.aUnit().in("0180").area("ELDERLY_CARE"));
        String ou = "V15E" + SEQUENCE.incrementAndGet() + "0001";
        set(mapping("KPI", kpi, null, code, null)).statusCode(200);
        set(mapping("OU", ou, null, null, byOu)).statusCode(200);
        set(mapping("MUNICIPALITY", "0180", "ELDERLY_CARE", null, municipal)).statusCode(200);

        String answer = """
                {"values": [
                  {"kpi": "%1$s", "ou": "%2$s", "period": 2025, "values": [
                    {"gender": "T", "count": 1, "status": "", "value": 85.5, "isdeleted": false},
                    {"gender": "K", "count": 1, "status": "", "value": 80.0, "isdeleted": false},
                    {"gender": "M", "count": 1, "status": "", "value": 91.0, "isdeleted": false}]},
                  {"kpi": "%1$s", "municipality": "0180", "period": 2025, "values": [{"gender": "T", "count": 1, "status": "", "value": 70}]},
                  {"kpi": "U00000", "municipality": "0180", "period": 2025, "values": [{"gender": "T", "value": 70}]},
                  {"kpi": "%1$s", "ou": "V15E999999999", "period": 2025, "values": [{"gender": "T", "value": 70}]},
                  {"kpi": "%1$s", "ou": "%2$s", "period": 2024, "values": [{"gender": "T", "count": 0, "status": "Missing", "value": null}]},
                  {"kpi": "%1$s", "ou": "%2$s", "period": 2023, "values": [{"gender": "K", "value": 50}, {"gender": "M", "value": 52}]},
                  {"kpi": "%1$s", "municipality": "1480", "period": 2025, "values": [{"gender": "T", "value": 90}]},
                  {"kpi": "%1$s", "ou": "%2$s", "period": "2026", "values": [{"gender": "T", "value": 90}]}
                ], "count": 8, "next_url": null, "previous_url": null}
                """.formatted(kpi, ou);
        Response accepted = given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(answer)
                .post("/api/v1/results/import/kolada");
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(202);
        accepted.then().body("format", equalTo("KOLADA")).body("rowsTotal", equalTo(8));
        JsonPath job = awaitFinished(accepted.header("Location"));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("recorded")).as(job.prettify()).isEqualTo(2);
        assertThat(job.getInt("rejected")).isEqualTo(6);
        List<String> rejections = List.of(given().auth().oauth2(TestTokens.publisher()).get(job.getString("rejections")).then()
                .extract().asString().split("\r\n"));
        assertThat(rejections.subList(1, rejections.size())).containsExactly(
                "3,kpi,no mapping for Kolada KPI U00000 (PUT /api/v1/kolada-mappings)",
                "4,ou,no mapping for Kolada organisational unit V15E999999999 (PUT /api/v1/kolada-mappings)",
                "5,value,Kolada has no value (status Missing)", "6,values,has no total (gender T)",
                "7,municipality,no mapping for municipality 1480 in ELDERLY_CARE (PUT /api/v1/kolada-mappings)",
                "8,period,must be a year such as 2025");

        JsonPath viaOu = given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + byOu).then().extract().jsonPath();
        assertThat(viaOu.getFloat("items[0].value")).isEqualTo(85.5f);
        assertThat(viaOu.getString("items[0].outcome")).isEqualTo("MET");
        assertThat(viaOu.getString("items[0].source")).isEqualTo("Kolada " + kpi);
        assertThat(viaOu.getString("items[0].sampleSize")).isNull();
        JsonPath viaMunicipality = given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + municipal).then()
                .extract().jsonPath();
        assertThat(viaMunicipality.getInt("total")).isEqualTo(1);
        assertThat(viaMunicipality.getString("items[0].outcome")).isEqualTo("NOT_MET");
    }

    @Test
    void aBodyThatIsNoKoladaAnswerIsRefusedWholeAndNoJobIsQueued() {
        Map<String, String> broken = Map.of(
                "{\"values\": [{\"kpi\": \"U21468\"}", "is not well-formed JSON",
                "[{\"kpi\": \"U21468\"}]", "an object with a values list",
                "{\"values\": [], \"extra\": 1}", "has the field extra",
                "{\"count\": 0}", "has no values list",
                "{\"values\": [1, 2]}", "is not an object",
                "", "an object with a values list");
        broken.forEach((body, reason) -> given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/results/import/kolada").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body")).body("violations[0].reason", org.hamcrest.Matchers.containsString(reason)));
        given().auth().oauth2(TestTokens.publisher()).contentType("text/csv").body("a,b").post("/api/v1/results/import/kolada").then()
                .statusCode(415).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Content-Type"), "violations[0].reason", equalTo("is not a media type this endpoint accepts"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"values\": []}")
                .post("/api/v1/results/import/kolada").then().statusCode(403);
    }

    private static String nextKpi() {
        return "X" + SEQUENCE.incrementAndGet();
    }

    private static Map<String, Object> mapping(String kind, String koladaId, String area, String requirementCode, UUID unitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("koladaId", koladaId);
        body.put("area", area);
        body.put("requirementCode", requirementCode);
        body.put("unitId", unitId == null ? null : unitId.toString());
        return body;
    }

    private static ValidatableResponse set(Map<String, Object> mapping) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON).body(mapping).put("/api/v1/kolada-mappings")
                .then();
    }

    private static void refused(Map<String, Object> mapping, String field) {
        set(mapping).statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    private static JsonPath awaitFinished(String location) {
        eventually().until(() -> List.of("SUCCEEDED", "FAILED").contains(
                given().auth().oauth2(TestTokens.publisher()).get(location).then().statusCode(200).extract().jsonPath().getString("state")));
        return given().auth().oauth2(TestTokens.publisher()).get(location).then().extract().jsonPath();
    }
}
