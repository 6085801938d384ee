package se.kvalitet.contracts.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.contracts.ContractFlow.contract;
import static se.kvalitet.contracts.ContractFlow.draftFor;
import static se.kvalitet.contracts.ContractFlow.issue;
import static se.kvalitet.contracts.ContractFlow.knownMunicipality;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/** Real concurrent requests on one contract: every update is kept or refused with 409, never lost. */
@QuarkusTest
class ContractConcurrencyTest {

    private static final String PROVIDER = "5560123456";
    private static final String MALMO = "2120001124";

    @Test
    void twoSimultaneousSignaturesAreBothKeptOrTheLoserGets409() {
        knownMunicipality(MALMO, "1280");
        for (int round = 0; round < 5; round++) {
            String id = draftFor(UnitEvent.aUnit().privateProvider(PROVIDER).in("1280"));
            issue(id, TestTokens.agencyOfficer()).statusCode(200);
            List<Response> answers = atOnce(
                    () -> given().auth().oauth2(TestTokens.provider(PROVIDER)).post("/api/v1/contracts/" + id + "/signatures"),
                    () -> given().auth().oauth2(TestTokens.municipality(MALMO)).post("/api/v1/contracts/" + id + "/signatures"));
            assertThat(answers).extracting(Response::statusCode).allMatch(status -> status == 200 || status == 409);
            answers.stream().filter(a -> a.statusCode() == 409)
                    .forEach(a -> assertThat(a.contentType()).startsWith("application/problem+json"));
            JsonPath after = contract(id);
            assertThat(after.getString("principalSignature") != null).isEqualTo(answers.get(0).statusCode() == 200);
            assertThat(after.getString("counterpartySignature") != null).isEqualTo(answers.get(1).statusCode() == 200);
        }
    }

    @Test
    void twoSimultaneousEditsOfTheSameVersionKeepOneAndRefuseTheOther() {
        String id = draftFor(UnitEvent.aUnit().privateProvider(PROVIDER).in("1280"));
        JsonPath draft = contract(id);
        String measure = draft.getString("measures[0].measureCode");
        Supplier<Response> toSeventy = () -> edit(id, draft, measure, 70);
        Supplier<Response> toTwenty = () -> edit(id, draft, measure, 20);
        List<Response> answers = atOnce(toSeventy, toTwenty);

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
        Response loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(loser.jsonPath().getString("violations[0].field")).isEqualTo("version");
        assertThat(contract(id).getInt("financing.statePercent")).isEqualTo(winner.jsonPath().getInt("financing.statePercent"));
        assertThat(contract(id).getInt("version")).isEqualTo(draft.getInt("version") + 1);
    }

    private static Response edit(String id, JsonPath draft, String measure, int statePercent) {
        return given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("version", draft.getInt("version"), "measures", List.of(Map.of("measureCode", measure)),
                        "financing", Map.of("statePercent", statePercent, "principalPercent", 100 - statePercent),
                        "startDate", draft.getString("startDate"), "endDate", draft.getString("endDate")))
                .put("/api/v1/contracts/" + id);
    }

    /** Both requests sent at the same moment from two threads; their answers in the order given. */
    @SafeVarargs
    private static List<Response> atOnce(Supplier<Response>... requests) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> sent = java.util.Arrays.stream(requests).map(request -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return request.get();
        })).toList();
        start.countDown();
        return sent.stream().map(CompletableFuture::join).toList();
    }
}
