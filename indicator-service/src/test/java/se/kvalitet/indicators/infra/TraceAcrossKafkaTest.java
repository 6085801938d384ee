package se.kvalitet.indicators.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.aResult;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;
import se.kvalitet.testsupport.Traceparents;
import se.kvalitet.testsupport.UnitEvent;

/** A result's announcement goes to Kafka in the trace of the request that recorded it, whichever way it came. */
@QuarkusTest
class TraceAcrossKafkaTest {

    @Test
    void aSubmittedResultIsAnnouncedInTheCallersTrace() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        String caller = Traceparents.fresh();

        String resultId = given().auth().oauth2(TestTokens.publisher()).header("traceparent", caller).contentType(ContentType.JSON)
                .body(aResult(unitId, code, 72.5)).post("/api/v1/results").then().statusCode(201).extract().path("resultId");

        String sent = Traceparents.of(Topic.named("indicator.results.v1").awaitRecord(r -> r.value().contains(resultId)));
        assertThat(Traceparents.traceId(sent)).isEqualTo(Traceparents.traceId(caller));
        assertThat(Traceparents.spanId(sent)).as("the record names the span that published it, not the caller's")
                .isNotEqualTo(Traceparents.spanId(caller));
    }

    @Test
    void anImportJobsResultsAreAnnouncedInTheTraceOfItsUpload() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        String caller = Traceparents.fresh();
        String csv = "unitId,requirementCode,period,value,sampleSize,source\n" + unitId + "," + code + ",2024,85,40,test\n" + unitId + ","
                + code + ",2025,70,40,test\n";

        given().auth().oauth2(TestTokens.publisher()).header("traceparent", caller).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/results/import").then().statusCode(202);

        ConsumerRecord<String, String> sent = Topic.named("indicator.results.v1").awaitRecord(r -> r.key().equals(unitId.toString()));
        assertThat(sent.value()).contains("\"period\":\"2024\"", "\"period\":\"2025\"");
        assertThat(Traceparents.traceId(Traceparents.of(sent))).isEqualTo(Traceparents.traceId(caller));
    }

    @Test
    void aRequestWithoutTraceStartsOneThatItsEventCarries() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());

        String resultId = given().auth().oauth2(TestTokens.publisher()).contentType(ContentType.JSON).body(aResult(unitId, code, 90))
                .post("/api/v1/results").then().statusCode(201).extract().path("resultId");

        String sent = Traceparents.of(Topic.named("indicator.results.v1").awaitRecord(r -> r.value().contains(resultId)));
        assertThat(Traceparents.traceId(sent)).isNotEqualTo("0".repeat(32));
    }
}
