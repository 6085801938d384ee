package se.kvalitet.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.kvalitet.localstack.DeadLetterReplay;
import se.kvalitet.localstack.StackConfig.Service;
import se.kvalitet.localstack.Status;

/**
 * {@code ./kvalitet status} and {@code ./kvalitet dlq replay} against the running stack, and the
 * dashboard and alerts of deploy/monitoring against the metrics the services really expose.
 */
@ExtendWith(RunningStack.class)
class OperatorToolsIT {

    @Test
    void statusShowsEveryServiceReadyWithItsPipelineGauges() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Status status = new Status(RunningStack.stack());

        boolean allUp = status.print(new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(allUp).as(report).isTrue();
        for (Service service : Service.values()) {
            assertThat(report).containsPattern("(?m)^  " + service.module() + " +UP ");
        }
        // The services count their gauges every 15 s, and a group's lag exists once the group has committed.
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> status.of(Service.CONTRACT_SERVICE).consumerLag().keySet()
                .containsAll(Set.of("registry.units.v1", "registry.principals.v1", "indicator.results.v1")));
        assertThat(status.of(Service.CONTRACT_SERVICE).outboxBacklog()).isNotNegative();
    }

    @Test
    void aDeadLetterIsSentBackOnceItsCauseIsFixedAndASecondReplaySendsNothing() {
        UUID unitId = UUID.randomUUID();
        // A contract draft sanction-service dead-lettered while it could not apply it, as its consumer records a dead letter.
        ProducerRecord<String, String> letter = new ProducerRecord<>("sanction-service.dlq", unitId.toString(), drafted(unitId));
        letter.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        letter.headers().add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dead-letter-reason", "the database was unreachable".getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dead-letter-topic", "contract.events.v1".getBytes(StandardCharsets.UTF_8));
        send(letter);
        String supervisor = RunningStack.tokens().user("supervisor");
        assertThat(breaches(supervisor, unitId)).isZero();

        DeadLetterReplay replay = new DeadLetterReplay(kafka(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        DeadLetterReplay.Replayed first = replay.replay("sanction-service");

        assertThat(first.byTopic().get("contract.events.v1")).as("sent back to contract.events.v1").isPositive();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> breaches(supervisor, unitId) == 1);

        assertThat(replay.replay("sanction-service").total()).as("a second replay").isZero();
        assertThat(breaches(supervisor, unitId)).isEqualTo(1);
    }

    @Test
    void theDashboardAndTheAlertsUseOnlyMetricsTheServicesExpose() throws IOException {
        Path root = RunningStack.stack().config().root();
        String used = Files.readString(root.resolve("deploy/monitoring/grafana/kvalitet-dashboard.json"))
                + Files.readString(root.resolve("deploy/monitoring/prometheus/kvalitet-alerts.yaml"));
        Set<String> metrics = new TreeSet<>();
        Matcher name = Pattern.compile("\\b(kvalitet_[a-z_]*[a-z]|http_server_requests_seconds_[a-z]+|jvm_[a-z_]*[a-z]|process_[a-z_]*[a-z])\\b")
                .matcher(used);
        while (name.find()) {
            metrics.add(name.group(1));
        }
        assertThat(metrics).contains("kvalitet_outbox_oldest_age_seconds", "kvalitet_dead_letters", "kvalitet_consumer_lag");

        for (Service service : Service.values()) {
            given().get(RunningStack.url(service, "/api/v1/audit")).then().statusCode(401); // an application request, timed
        }
        // The consumer lag of a group exists once the group has committed and the gauges were counted (every 15 s).
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            String exposed = Arrays.stream(Service.values())
                    .map(service -> given().get(RunningStack.url(service, "/q/metrics")).then().statusCode(200).extract().asString())
                    .collect(Collectors.joining());
            assertThat(metrics).allSatisfy(metric -> assertThat(exposed).as("a series of " + metric).containsPattern("(?m)^" + metric + "[{ ]"));
        });
    }

    private static int breaches(String token, UUID unitId) {
        return given().auth().oauth2(token).get(RunningStack.url(Service.SANCTION_SERVICE, "/api/v1/breaches?unitId=" + unitId))
                .then().statusCode(200).extract().jsonPath().getInt("total");
    }

    private static String drafted(UUID unitId) {
        String data = """
                {"contractId":"%s","unitId":"%s","period":"2025","principal":{"orgNumber":"5591234561","name":"Omsorg i Norden AB",\
                "kind":"PRIVATE"},"counterparty":{"kind":"MUNICIPALITY","name":null,"municipalityCode":"0180","orgNumber":null},\
                "municipalityCode":"0180","area":"ELDERLY_CARE","breachedRequirements":["U21468"],"measures":["ELD-CONTINUITY-TEAMS"],\
                "startDate":"2026-01-15","endDate":"2027-01-15"}""".formatted(UUID.randomUUID(), unitId);
        return """
                {"specversion":"1.0","id":"%s","source":"/kvalitet/contract-service","type":"se.kvalitet.contract.ContractDrafted",\
                "subject":"%s","time":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(UUID.randomUUID(), unitId, Instant.now(), data);
    }

    private static Properties kafka() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningStack.stack().kafkaBootstrapServers());
        return properties;
    }

    private static void send(ProducerRecord<String, String> record) {
        Properties properties = kafka();
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the dead letter", e);
        }
    }
}
