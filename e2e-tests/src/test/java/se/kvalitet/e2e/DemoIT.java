package se.kvalitet.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.kvalitet.localstack.Demo;
import se.kvalitet.localstack.LocalStack;
import se.kvalitet.localstack.StackConfig.Service;

/**
 * {@code ./kvalitet demo} on the running stack: the sample arrives through the public API, the
 * demo users find contracts at every stage in Stockholm, and a second run changes nothing.
 */
@ExtendWith(RunningStack.class)
class DemoIT {

    private final KeycloakTokens tokens = RunningStack.tokens();

    @Test
    void theDemoPopulatesTheSystemOnceAndTheDemoUsersSeeTheirContracts() throws Exception {
        String officer = tokens.user("agency-officer");
        Map<String, Integer> before = contractsByStatus(officer);
        int unitsBefore = total(officer, Service.PROVIDER_REGISTRY, "/api/v1/units?size=1");

        String first = run();

        assertThat(first).contains("Loaded.");
        assertThat(total(officer, Service.PROVIDER_REGISTRY, "/api/v1/units?size=1")).isEqualTo(unitsBefore + 2_500);
        assertThat(total(officer, Service.PROVIDER_REGISTRY, "/api/v1/units?municipality=0180&principal=2120000142&size=1"))
                .isGreaterThanOrEqualTo(250);
        Map<String, Integer> after = contractsByStatus(officer);
        // 14 units in Stockholm breach on purpose (8 of Stockholm's own, 6 of the provider's), taken to different stages.
        assertThat(after.get("ACTIVE") - before.get("ACTIVE")).isEqualTo(8);
        assertThat(after.get("ISSUED") - before.get("ISSUED")).isEqualTo(6);
        assertThat(after.get("DRAFT") - before.get("DRAFT")).as("the other breaching units' contracts stay drafts").isPositive();

        String provider = tokens.user("provider");
        List<String> active = given().auth().oauth2(provider).get(url(Service.CONTRACT_SERVICE, "/api/v1/contracts?status=ACTIVE&size=500"))
                .then().statusCode(200).extract().jsonPath().getList("items.contractId");
        assertThat(active).isNotEmpty();
        assertThat(active.stream().mapToInt(id -> total(provider, Service.CONTRACT_SERVICE, "/api/v1/contracts/" + id + "/reports")).sum())
                .as("the provider has reported on its active contracts").isPositive();
        assertThat(total(tokens.user("municipality"), Service.CONTRACT_SERVICE, "/api/v1/contracts?municipality=0180&status=ACTIVE&size=1"))
                .isGreaterThanOrEqualTo(8);
        assertThat(total(null, Service.INDICATOR_SERVICE, "/api/v1/public/results?municipality=0180&size=1")).isPositive();

        String second = run();

        assertThat(second).contains("loaded already");
        assertThat(total(officer, Service.PROVIDER_REGISTRY, "/api/v1/units?size=1")).isEqualTo(unitsBefore + 2_500);
        assertThat(contractsByStatus(officer)).isEqualTo(after);
    }

    private static String run() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LocalStack stack = RunningStack.stack();
        new Demo(stack::serviceUrl, stack.tokenUrl(), new PrintStream(printed, true, StandardCharsets.UTF_8)).load();
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        return text;
    }

    private static Map<String, Integer> contractsByStatus(String token) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String status : List.of("DRAFT", "ISSUED", "SIGNED", "ACTIVE")) {
            counts.put(status, total(token, Service.CONTRACT_SERVICE, "/api/v1/contracts?status=" + status + "&size=1"));
        }
        return counts;
    }

    private static int total(String token, Service service, String path) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.get(url(service, path)).then().statusCode(200).extract().jsonPath().getInt("total");
    }

    private static String url(Service service, String path) {
        return RunningStack.url(service, path);
    }
}
