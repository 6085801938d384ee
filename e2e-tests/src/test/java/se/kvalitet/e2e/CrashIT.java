package se.kvalitet.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.kvalitet.localstack.StackConfig.Service;

/**
 * Exactly once in effect, through a crash: contract-service is killed (SIGKILL, no shutdown)
 * while 2,000 results stream in, after the first of them and before the last, and started
 * again; once every event is applied, every unit has exactly one contract and one breach,
 * however many of its events were redelivered.
 */
@ExtendWith(RunningStack.class)
class CrashIT {

    private static final int UNITS = 100;
    private static final int MONTHS = 20;
    private static final int MISSED_MONTH = 10;

    private final KeycloakTokens tokens = RunningStack.tokens();

    @Test
    void aCrashedContractServiceResumesAndEveryUnitHasExactlyOneContractAndOneBreach() throws Exception {
        String officer = tokens.user("agency-officer");
        assertThat(given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("orgNumber", "5591234561", "name", "Omsorg i Norden AB", "kind", "PRIVATE"))
                .post(url(Service.PROVIDER_REGISTRY, "/api/v1/principals")).statusCode()).isIn(201, 409);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(Map.of("name", "Krasch " + run + " " + i, "principalOrgNumber", "5591234561", "municipalityCode", "0180",
                    "area", "ELDERLY_CARE", "permitId", "IVO-CRASH-" + run + "-" + i));
        }
        List<String> unitIds = given().auth().oauth2(officer).contentType(ContentType.JSON).body(units)
                .post(url(Service.PROVIDER_REGISTRY, "/api/v1/units/bulk")).then().statusCode(200).extract().jsonPath().getList("units");
        assertThat(unitIds).hasSize(UNITS);
        String code = "E2E-CRASH-" + run.toUpperCase();
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", "Monthly continuity", "area", "ELDERLY_CARE", "unitOfMeasure", "PERCENT",
                        "direction", "HIGHER_IS_BETTER", "threshold", 80, "periodType", "MONTH", "minimumSampleSize", 10,
                        "sourceReference", "e2e", "validFrom", "2024-01-01"))
                .post(url(Service.INDICATOR_SERVICE, "/api/v1/requirements")).then().statusCode(201);

        String publisher = tokens.publisher();
        // The first month's batch is retried until the indicator service knows every unit; identical rows are no-ops.
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> submit(publisher, month(unitIds, code, 0)).getList("rejected").isEmpty());
        CountDownLatch streaming = new CountDownLatch(1);
        CompletableFuture<Long> stream = CompletableFuture.supplyAsync(() -> {
            for (int month = 1; month < MONTHS; month++) {
                assertThat(submit(publisher, month(unitIds, code, month)).getList("rejected")).isEmpty();
                streaming.countDown();
            }
            return System.nanoTime();
        });
        assertThat(streaming.await(120, TimeUnit.SECONDS)).isTrue();
        long crashed = System.nanoTime();
        RunningStack.crashAndRestart(Service.CONTRACT_SERVICE);
        System.out.printf("contract-service killed and ready again after %.1f s%n", (System.nanoTime() - crashed) / 1e9);
        assertThat(stream.get()).as("the last results were sent after the kill began").isGreaterThan(crashed);

        String supervisor = tokens.user("supervisor");
        Awaitility.await().atMost(Duration.ofSeconds(180)).until(() -> unitIds.stream().allMatch(unitId ->
                total(officer, Service.CONTRACT_SERVICE, "/api/v1/contracts?unitId=" + unitId) >= 1
                        && total(supervisor, Service.SANCTION_SERVICE, "/api/v1/breaches?unitId=" + unitId) >= 1));
        System.out.printf("every unit's contract and breach recorded %.1f s after the crash%n", (System.nanoTime() - crashed) / 1e9);
        // Every redelivered event applied too, so that a duplicate drafted late would be counted below.
        RunningStack.awaitEveryEventApplied(Duration.ofSeconds(180));
        for (String unitId : unitIds) {
            assertThat(total(officer, Service.CONTRACT_SERVICE, "/api/v1/contracts?unitId=" + unitId)).as("contracts of %s", unitId)
                    .isEqualTo(1);
            assertThat(total(supervisor, Service.SANCTION_SERVICE, "/api/v1/breaches?unitId=" + unitId)).as("breaches of %s", unitId)
                    .isEqualTo(1);
        }
    }

    /** Each unit's result for the month: met, except in the one month every unit misses. */
    private static List<Map<String, Object>> month(List<String> unitIds, String code, int month) {
        String period = "%d-%02d".formatted(2025 + month / 12, month % 12 + 1);
        return unitIds.stream().<Map<String, Object>>map(unitId -> Map.of("unitId", unitId, "requirementCode", code, "period", period,
                "value", month == MISSED_MONTH ? 60 : 90, "sampleSize", 40, "source", "e2e")).toList();
    }

    private static JsonPath submit(String token, List<Map<String, Object>> rows) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(rows)
                .post(url(Service.INDICATOR_SERVICE, "/api/v1/results/batch")).then().statusCode(200).extract().jsonPath();
    }

    private static int total(String token, Service service, String path) {
        return given().auth().oauth2(token).get(url(service, path)).then().statusCode(200).extract().jsonPath().getInt("total");
    }

    private static String url(Service service, String path) {
        return RunningStack.url(service, path);
    }
}
