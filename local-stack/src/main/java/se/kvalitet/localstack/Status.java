package se.kvalitet.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kvalitet.localstack.StackConfig.Service;

/**
 * {@code ./kvalitet status}: what of the local stack runs and whether its pipeline keeps up. The
 * infrastructure is probed on its ports; each service answers its readiness check and its
 * Prometheus metrics, whose pipeline gauges (outbox backlog and the age of its oldest row,
 * consumer lag per topic, dead letters) the service counts afresh every 15 seconds.
 */
public final class Status {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Pattern SAMPLE = Pattern.compile("(?m)^(kvalitet_[a-z_]+)(\\{[^}]*\\})? (\\S+)(?: # .*)?$");
    private static final Pattern TOPIC = Pattern.compile("topic=\"([^\"]+)\"");

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();

    public Status(LocalStack stack) {
        this.stack = stack;
    }

    /** What a service said of itself: readiness, and its pipeline gauges (empty when it did not answer). */
    public record ServiceStatus(Service service, String health, long outboxBacklog, long oldestWaitingSeconds, Map<String, Long> consumerLag,
            long deadLetters) {

        public boolean up() {
            return "UP".equals(health);
        }
    }

    public static void main(String[] args) {
        boolean allUp = new Status(new LocalStack(StackConfig.ofCheckout())).print(System.out);
        System.exit(allUp ? 0 : 1);
    }

    /** Prints the status; true when everything runs and every service is ready. */
    public boolean print(PrintStream out) {
        StackConfig config = stack.config();
        boolean allUp = true;
        out.println("Kvalitet on this machine (" + config.dataDir() + ")\n");
        allUp &= component(out, "PostgreSQL", config.postgresPort(), listening(config.postgresPort()));
        allUp &= component(out, "Kafka", config.kafkaPort(), listening(config.kafkaPort()));
        allUp &= component(out, "Keycloak", config.keycloakPort(), answers(stack.realmUrl()));
        out.printf("%n  %-18s %-6s %7s %8s %13s  %s%n", "service", "health", "outbox", "waiting", "dead letters", "consumer lag");
        for (Service service : config.services()) {
            ServiceStatus status = of(service);
            allUp &= status.up();
            out.printf("  %-18s %-6s %7s %8s %13s  %s%n", service.module(), status.health(),
                    status.up() ? Long.toString(status.outboxBacklog()) : "-",
                    status.up() ? status.oldestWaitingSeconds() + " s" : "-",
                    status.up() ? Long.toString(status.deadLetters()) : "-",
                    status.up() ? lag(status.consumerLag()) : "-");
        }
        out.println("""

                outbox: events not yet published; waiting: the oldest one's age; dead letters: records on the
                service's .dlq topic (./kvalitet dlq replay SERVICE sends them again once their cause is fixed);
                consumer lag: records not yet consumed, per topic. Each service counts these every 15 s.""");
        return allUp;
    }

    /** Asks the service for its readiness and its pipeline gauges. */
    public ServiceStatus of(Service service) {
        String url = stack.serviceUrl(service);
        String health;
        try {
            HttpResponse<String> ready = get(url + "/q/health/ready");
            JsonNode body = json.readTree(ready.body());
            health = body.path("status").asText("DOWN");
        } catch (IOException e) {
            return new ServiceStatus(service, "DOWN", 0, 0, Map.of(), 0);
        }
        long backlog = 0;
        long waiting = 0;
        long deadLetters = 0;
        Map<String, Long> lag = new TreeMap<>();
        try {
            Matcher sample = SAMPLE.matcher(get(url + "/q/metrics").body());
            while (sample.find()) {
                long value = (long) Double.parseDouble(sample.group(3));
                switch (sample.group(1)) {
                    case "kvalitet_outbox_backlog" -> backlog = value;
                    case "kvalitet_outbox_oldest_age_seconds" -> waiting = value;
                    case "kvalitet_dead_letters" -> deadLetters += value;
                    case "kvalitet_consumer_lag" -> lag.put(topicOf(sample.group(2)), value);
                    default -> {
                        // another of the service's own metrics
                    }
                }
            }
        } catch (IOException e) {
            return new ServiceStatus(service, health + " (no metrics)", 0, 0, Map.of(), 0);
        }
        return new ServiceStatus(service, health, backlog, waiting, lag, deadLetters);
    }

    private static String topicOf(String labels) {
        Matcher topic = TOPIC.matcher(labels == null ? "" : labels);
        return topic.find() ? topic.group(1) : "?";
    }

    private static String lag(Map<String, Long> byTopic) {
        if (byTopic.isEmpty()) {
            return "(consumes nothing)";
        }
        List<String> parts = new ArrayList<>();
        byTopic.forEach((topic, records) -> parts.add(topic + " " + records));
        return String.join(", ", parts);
    }

    private static boolean component(PrintStream out, String name, int port, boolean up) {
        out.printf("  %-18s localhost:%-6d %s%n", name, port, up ? "up" : "DOWN");
        return up;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), (int) TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean answers(String url) {
        try {
            return get(url).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private HttpResponse<String> get(String url) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
