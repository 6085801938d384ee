package se.kvalitet.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The access-control matrix of one service: every operation of the OpenAPI document the service
 * serves, sent by every kind of caller, each answer compared with the status written down for it.
 * An operation without a row fails the test, so no endpoint can be added without saying who may
 * call it; so does a row for an operation the service no longer has.
 *
 * <p>Organisation callers act for fixed organisations ({@link #MUNICIPALITY}, Stockholm, and
 * {@link #PROVIDER}); where an operation touches an organisation's data, each row says how to
 * reach data of the caller's own organisation ({@link Relation#OWN}) and of another
 * ({@link Relation#OTHER}), and both are tried.
 */
public final class AccessMatrix {

    public static final String MUNICIPALITY = "2120000142";
    public static final String MUNICIPALITY_CODE = "0180";
    public static final String PROVIDER = "5591234561";

    /** Whose data a request reaches, seen from an organisation caller. */
    public enum Relation {
        OWN, OTHER
    }

    /** The columns of the matrix, in the order a row lists its statuses. */
    public enum Caller {
        ANONYMOUS, AGENCY_OFFICER, MUNICIPALITY_OWN, MUNICIPALITY_OTHER, PROVIDER_OWN, PROVIDER_OTHER, SUPERVISOR, INDICATOR_PUBLISHER;

        Relation relation() {
            return this == MUNICIPALITY_OTHER || this == PROVIDER_OTHER ? Relation.OTHER : Relation.OWN;
        }

        RequestSpecification given() {
            RequestSpecification request = io.restassured.RestAssured.given();
            return switch (this) {
                case ANONYMOUS -> request;
                case AGENCY_OFFICER -> request.auth().oauth2(TestTokens.agencyOfficer());
                case MUNICIPALITY_OWN, MUNICIPALITY_OTHER -> request.auth().oauth2(TestTokens.municipality(MUNICIPALITY));
                case PROVIDER_OWN, PROVIDER_OTHER -> request.auth().oauth2(TestTokens.provider(PROVIDER));
                case SUPERVISOR -> request.auth().oauth2(TestTokens.supervisor());
                case INDICATOR_PUBLISHER -> request.auth().oauth2(TestTokens.publisher());
            };
        }
    }

    /** One operation ("GET /api/v1/units/{unitId}"), how to send it, and the status each caller must get. */
    public record Row(String operation, BiFunction<RequestSpecification, Relation, Response> request, int[] expected) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    /**
     * For a service that learns from the registry's principal states which municipality an
     * organisation governs: announces Stockholm's principal and waits until the service has applied it.
     */
    public static void announceStockholm() {
        PrincipalEvent.municipality(MUNICIPALITY, MUNICIPALITY_CODE).publish();
        AuditTrailAssert.awaitEntry("KnownPrincipal", MUNICIPALITY, "principal-first-seen");
    }

    /**
     * Adds the expectations of one operation, in the order of {@link Caller}: anonymous, agency
     * officer, municipality (own, other), provider (own, other), supervisor, indicator publisher.
     */
    public AccessMatrix row(String operation, BiFunction<RequestSpecification, Relation, Response> request, int anonymous,
            int agencyOfficer, int municipalityOwn, int municipalityOther, int providerOwn, int providerOther, int supervisor,
            int publisher) {
        if (rows.put(operation, new Row(operation, request, new int[] { anonymous, agencyOfficer, municipalityOwn, municipalityOther,
                providerOwn, providerOther, supervisor, publisher })) != null) {
            throw new IllegalArgumentException("Two rows for " + operation);
        }
        return this;
    }

    /** Sends every row as every caller; fails listing each operation without a row and each status that differs. */
    public void verify() {
        Set<String> served = servedOperations();
        assertThat(new TreeSet<>(rows.keySet())).as("operations of the matrix against those the service's OpenAPI document names")
                .isEqualTo(served);
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows.values()) {
            for (Caller caller : Caller.values()) {
                Response response = row.request().apply(caller.given(), caller.relation());
                int expected = row.expected()[caller.ordinal()];
                if (response.statusCode() != expected) {
                    mismatches.add("%s as %s: expected %d, got %d %s".formatted(row.operation(), caller.name().toLowerCase(Locale.ROOT),
                            expected, response.statusCode(), response.asString().lines().findFirst().orElse("")));
                } else if (expected >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    mismatches.add("%s as %s: %d without problem+json".formatted(row.operation(), caller, expected));
                }
            }
        }
        assertThat(mismatches).as("access-control matrix").isEmpty();
    }

    private static Set<String> servedOperations() {
        JsonNode paths = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(JsonNode.class).path("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return operations;
    }
}
