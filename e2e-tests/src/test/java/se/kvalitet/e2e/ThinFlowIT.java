package se.kvalitet.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.kvalitet.localstack.StackConfig.Service;

/**
 * The thin flow of the foundation, hop by hop over Kafka, on the stack {@code ./kvalitet up}
 * runs (embedded PostgreSQL, in-JVM Kafka, a real Keycloak, the four packaged services as
 * processes), with tokens Keycloak issues: unit registered, result below threshold, contract
 * drafted with the right counterparty, breach in the history.
 */
@ExtendWith(RunningStack.class)
class ThinFlowIT {

    private final KeycloakTokens tokens = RunningStack.tokens();

    @Test
    void aMunicipalPrincipalsBreachBecomesAContractWithTheAgencyAndABreachRecord() {
        String officer = tokens.user("agency-officer");
        registerPrincipal(officer, Map.of("orgNumber", "2120001355", "name", "Göteborgs kommun", "kind", "MUNICIPALITY",
                "homeMunicipalityCode", "1480"));
        String unitId = registerUnit(officer, Map.of("name", "Hemtjänst Centrum", "principalOrgNumber", "2120001355",
                "municipalityCode", "1480", "area", "ELDERLY_CARE"));

        JsonPath contract = breachFlow(officer, unitId, "E2E-MUNICIPAL");
        assertThat(contract.getString("counterparty.kind")).isEqualTo("AGENCY");
        assertThat(contract.getString("counterparty.name")).isEqualTo("Socialstyrelsen");
        assertThat(contract.getString("principal.orgNumber")).isEqualTo("2120001355");
    }

    @Test
    void aPrivatePrincipalsBreachBecomesAContractWithTheAffectedMunicipality() {
        String officer = tokens.user("agency-officer");
        registerPrincipal(officer, Map.of("orgNumber", "5591234561", "name", "Omsorg i Norden AB", "kind", "PRIVATE"));
        String unitId = registerUnit(officer, Map.of("name", "Solgården", "principalOrgNumber", "5591234561",
                "municipalityCode", "0180", "area", "ELDERLY_CARE", "permitId", "IVO-2024-0042"));

        JsonPath contract = breachFlow(officer, unitId, "E2E-PRIVATE");
        assertThat(contract.getString("counterparty.kind")).isEqualTo("MUNICIPALITY");
        assertThat(contract.getString("counterparty.municipalityCode")).isEqualTo("0180");

        // The provider's own user sees its contract; it is scoped by the org_number in its Keycloak token.
        assertThat(given().auth().oauth2(tokens.user("provider"))
                .get(url(Service.CONTRACT_SERVICE, "/api/v1/contracts?unitId=" + unitId)).jsonPath().getInt("total")).isEqualTo(1);
    }

    @Test
    void everyServiceTurnsAwayACallWithoutAToken() {
        for (Service service : Service.values()) {
            given().get(url(service, "/api/v1/" + switch (service) {
                case PROVIDER_REGISTRY -> "municipalities";
                case INDICATOR_SERVICE -> "requirements";
                case CONTRACT_SERVICE -> "contracts";
                case SANCTION_SERVICE -> "breaches";
            })).then().statusCode(401);
        }
        given().auth().oauth2(tokens.user("supervisor")).get(url(Service.PROVIDER_REGISTRY, "/api/v1/municipalities/0180"))
                .then().statusCode(200);
    }

    /** Requirement, a result below it from the publisher, then the contract and the breach it causes. */
    private JsonPath breachFlow(String officer, String unitId, String requirementCode) {
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("code", requirementCode, "title", "Home-care user satisfaction", "area", "ELDERLY_CARE",
                        "unitOfMeasure", "PERCENT", "direction", "HIGHER_IS_BETTER", "threshold", 80, "periodType", "YEAR",
                        "minimumSampleSize", 10, "sourceReference", "Kolada U21468", "validFrom", "2024-01-01"))
                .post(url(Service.INDICATOR_SERVICE, "/api/v1/requirements")).then().statusCode(201);

        String publisher = tokens.publisher();
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String trace = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
        Map<String, Object> result = Map.of("unitId", unitId, "requirementCode", requirementCode, "period", "2025",
                "value", 71.5, "sampleSize", 120, "source", "e2e");
        // contract-service must know the unit before the result arrives: otherwise it assesses the
        // result when the unit's state arrives, rightly, but in the trace of the unit's registration.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> contractServiceKnows(unitId));
        // The indicator service learns of the unit from registry.units.v1; until then it refuses the result.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(publisher).header("traceparent", trace)
                .contentType(ContentType.JSON).body(result).post(url(Service.INDICATOR_SERVICE, "/api/v1/results")).statusCode() == 201);
        assertThat(given().auth().oauth2(officer).get(url(Service.INDICATOR_SERVICE, "/api/v1/results?unitId=" + unitId))
                .jsonPath().getString("items[0].outcome")).isEqualTo("NOT_MET");

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(officer)
                .get(url(Service.CONTRACT_SERVICE, "/api/v1/contracts?unitId=" + unitId)).jsonPath().getInt("total") == 1);
        JsonPath contract = given().auth().oauth2(officer).get(url(Service.CONTRACT_SERVICE, "/api/v1/contracts?unitId=" + unitId))
                .then().statusCode(200).extract().jsonPath().setRootPath("items[0]");
        assertThat(contract.getString("status")).isEqualTo("DRAFT");
        assertThat(contract.getList("breachedRequirements")).containsExactly(requirementCode);

        String supervisor = tokens.user("supervisor");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(supervisor)
                .get(url(Service.SANCTION_SERVICE, "/api/v1/breaches?unitId=" + unitId)).jsonPath().getInt("total") == 1);
        JsonPath breach = given().auth().oauth2(supervisor).get(url(Service.SANCTION_SERVICE, "/api/v1/breaches?unitId=" + unitId))
                .then().statusCode(200).extract().jsonPath().setRootPath("items[0]");
        assertThat(breach.getString("status")).isEqualTo("UNDER_CONTRACT");
        assertThat(breach.getString("contractId")).isEqualTo(contract.getString("contractId"));

        // One trace, from the result's request through the contract draft to the breach record.
        assertThat(logLines(Service.INDICATOR_SERVICE, traceId)).anyMatch(line -> line.contains("Result "));
        assertThat(logLines(Service.CONTRACT_SERVICE, traceId)).anyMatch(line -> line.contains("Contract " + contract.getString("contractId")));
        assertThat(logLines(Service.SANCTION_SERVICE, traceId)).anyMatch(line -> line.contains("Breach ") && line.contains(unitId));
        return contract;
    }

    /** The demo provider is registered by whichever test on the shared stack needs it first. */
    private static void registerPrincipal(String token, Map<String, Object> principal) {
        assertThat(given().auth().oauth2(token).contentType(ContentType.JSON).body(principal)
                .post(url(Service.PROVIDER_REGISTRY, "/api/v1/principals")).statusCode()).isIn(201, 409);
    }

    private static String registerUnit(String token, Map<String, Object> unit) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(unit)
                .post(url(Service.PROVIDER_REGISTRY, "/api/v1/units")).then().statusCode(201).extract().path("unitId");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Whether contract-service has applied the unit's registration. */
    private static boolean contractServiceKnows(String unitId) throws SQLException {
        try (Connection connection = RunningStack.connect("contract_service");
                PreparedStatement known = connection.prepareStatement("select 1 from known_unit where id = ?")) {
            known.setObject(1, UUID.fromString(unitId));
            try (ResultSet row = known.executeQuery()) {
                return row.next();
            }
        }
    }

    /** The lines of the service's log in the trace. */
    private static List<String> logLines(Service service, String traceId) {
        try (Stream<String> lines = Files.lines(RunningStack.stack().config().logDir().resolve(service.module() + ".log"))) {
            return lines.filter(line -> line.contains("trace=" + traceId)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(Service service, String path) {
        return RunningStack.url(service, path);
    }
}
