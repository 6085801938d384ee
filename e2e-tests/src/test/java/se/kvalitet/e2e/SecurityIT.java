package se.kvalitet.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.kvalitet.localstack.StackConfig.Service;

/**
 * Security end to end with tokens the real Keycloak issues: every demo user gets its answer from
 * every service, and a tampered, unsigned, expired or foreign token is refused everywhere.
 */
@ExtendWith(RunningStack.class)
class SecurityIT {

    private final KeycloakTokens tokens = RunningStack.tokens();

    /** A call to one service and the status it must get. */
    private record Call(Service service, String method, String path, Object body, int status) {
    }

    private static final Map<String, Object> PRIVATE_PRINCIPAL = Map.of("orgNumber", "5560123456", "name", "Refused AB", "kind", "PRIVATE");
    private static final Map<String, Object> UNIT = Map.of("name", "Refused", "principalOrgNumber", "5560123456",
            "municipalityCode", "0180", "area", "ELDERLY_CARE", "permitId", "IVO-1");
    private static final Map<String, Object> RESULT = Map.of("unitId", UUID.randomUUID().toString(), "requirementCode", "U21468",
            "period", "2025", "value", 50, "sampleSize", 20);
    private static final Map<String, Object> REQUIREMENT = Map.of("code", "REFUSED", "title", "Refused", "area", "ELDERLY_CARE",
            "unitOfMeasure", "PERCENT", "direction", "HIGHER_IS_BETTER", "threshold", 80, "periodType", "YEAR", "validFrom", "2025-01-01");

    /**
     * One allowed and one forbidden call per user and service. The agency officer may do all that
     * exists today in every service, the supervisor all in contracts and sanctions, and the
     * publisher nothing in sanctions: there the table has no such call.
     */
    private static List<Call> callsOf(String user) {
        return switch (user) {
            case "agency-officer" -> List.of(
                    get(Service.PROVIDER_REGISTRY, "/api/v1/audit", 200), get(Service.INDICATOR_SERVICE, "/api/v1/audit", 200),
                    get(Service.CONTRACT_SERVICE, "/api/v1/contracts", 200), get(Service.SANCTION_SERVICE, "/api/v1/breaches", 200));
            case "municipality" -> List.of(
                    get(Service.PROVIDER_REGISTRY, "/api/v1/units", 200), post(Service.PROVIDER_REGISTRY, "/api/v1/principals", PRIVATE_PRINCIPAL, 403),
                    get(Service.INDICATOR_SERVICE, "/api/v1/results", 200), post(Service.INDICATOR_SERVICE, "/api/v1/results", RESULT, 403),
                    get(Service.CONTRACT_SERVICE, "/api/v1/contracts", 200), get(Service.CONTRACT_SERVICE, "/api/v1/audit", 403),
                    get(Service.SANCTION_SERVICE, "/api/v1/breaches", 200), get(Service.SANCTION_SERVICE, "/api/v1/audit", 403));
            case "provider" -> List.of(
                    get(Service.PROVIDER_REGISTRY, "/api/v1/units", 200), post(Service.PROVIDER_REGISTRY, "/api/v1/units", UNIT, 403),
                    get(Service.INDICATOR_SERVICE, "/api/v1/results", 200),
                    post(Service.INDICATOR_SERVICE, "/api/v1/requirements", REQUIREMENT, 403),
                    get(Service.CONTRACT_SERVICE, "/api/v1/contracts", 200), get(Service.CONTRACT_SERVICE, "/api/v1/audit", 403),
                    get(Service.SANCTION_SERVICE, "/api/v1/breaches", 200),
                    post(Service.SANCTION_SERVICE, "/api/v1/cases/" + UUID.randomUUID() + "/decisions", Map.of("decision", "CONFIRM"), 403));
            case "supervisor" -> List.of(
                    get(Service.PROVIDER_REGISTRY, "/api/v1/audit", 200), post(Service.PROVIDER_REGISTRY, "/api/v1/principals", PRIVATE_PRINCIPAL, 403),
                    get(Service.INDICATOR_SERVICE, "/api/v1/results", 200), post(Service.INDICATOR_SERVICE, "/api/v1/results", RESULT, 403),
                    get(Service.CONTRACT_SERVICE, "/api/v1/contracts", 200), get(Service.SANCTION_SERVICE, "/api/v1/breaches", 200));
            case "indicator-publisher", "kvalitet-publisher" -> List.of(
                    get(Service.PROVIDER_REGISTRY, "/api/v1/units", 200), post(Service.PROVIDER_REGISTRY, "/api/v1/units", UNIT, 403),
                    get(Service.INDICATOR_SERVICE, "/api/v1/requirements", 200),
                    post(Service.INDICATOR_SERVICE, "/api/v1/requirements", REQUIREMENT, 403),
                    get(Service.CONTRACT_SERVICE, "/api/v1/assessment-policy", 200), get(Service.CONTRACT_SERVICE, "/api/v1/contracts", 403),
                    get(Service.SANCTION_SERVICE, "/api/v1/breaches", 403));
            default -> throw new IllegalArgumentException(user);
        };
    }

    @Test
    void everyDemoUserIsAllowedWhatItsRoleMayAndRefusedWhatItMayNot() {
        List<String> mismatches = new ArrayList<>();
        for (String user : List.of("agency-officer", "municipality", "provider", "supervisor", "indicator-publisher", "kvalitet-publisher")) {
            String token = user.equals("kvalitet-publisher") ? tokens.publisher() : tokens.user(user);
            for (Call call : callsOf(user)) {
                Response response = send(given().auth().oauth2(token), call);
                if (response.statusCode() != call.status()) {
                    mismatches.add("%s %s %s as %s: expected %d, got %d".formatted(call.service(), call.method(), call.path(), user,
                            call.status(), response.statusCode()));
                } else if (call.status() == 403 && !response.contentType().startsWith("application/problem+json")) {
                    mismatches.add("%s %s %s as %s: 403 without problem+json".formatted(call.service(), call.method(), call.path(), user));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aTokenWithOneSignatureBitFlippedIsRefusedEverywhere() {
        String[] parts = tokens.user("supervisor").split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        assertRefusedEverywhere(parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefusedEverywhere() {
        String[] parts = tokens.user("supervisor").split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertRefusedEverywhere(header + "." + parts[1] + ".");
    }

    @Test
    void anExpiredTokenIsRefusedEverywhere() {
        tokens.addClient("e2e-short-lived", 1, true);
        String token = tokens.user("e2e-short-lived", "supervisor");
        Instant expiry = Instant.ofEpochSecond(claims(token).getLong("exp"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));
        assertRefusedEverywhere(token);
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefusedEverywhere() {
        tokens.addClient("e2e-other-audience", 300, false);
        String token = tokens.user("e2e-other-audience", "supervisor");
        Object audience = claims(token).get("aud");
        assertThat(String.valueOf(audience)).doesNotContain("kvalitet-api");
        assertRefusedEverywhere(token);
    }

    /** Each service answers 401 problem+json with a Bearer challenge, on a call the user's own token may make. */
    private static void assertRefusedEverywhere(String token) {
        for (Service service : Service.values()) {
            String path = service == Service.SANCTION_SERVICE ? "/api/v1/breaches" : "/api/v1/audit";
            given().auth().oauth2(token).get(RunningStack.url(service, path))
                    .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        }
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static Response send(RequestSpecification request, Call call) {
        String url = RunningStack.url(call.service(), call.path());
        return call.body() == null ? request.get(url) : request.contentType("application/json").body(call.body()).post(url);
    }

    private static Call get(Service service, String path, int status) {
        return new Call(service, "GET", path, null, status);
    }

    private static Call post(Service service, String path, Object body, int status) {
        return new Call(service, "POST", path, body, status);
    }
}
