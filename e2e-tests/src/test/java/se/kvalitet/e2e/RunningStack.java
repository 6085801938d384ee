package se.kvalitet.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

import se.kvalitet.localstack.LocalStack;
import se.kvalitet.localstack.StackConfig;
import se.kvalitet.localstack.StackConfig.Service;
import se.kvalitet.localstack.TestInfrastructure;

/**
 * The one stack {@code ./kvalitet up} runs (embedded PostgreSQL, in-JVM Kafka, a real Keycloak,
 * the four packaged services as processes), started on free ports before the first test class
 * that uses it and stopped after the last, so the end-to-end classes share one start-up. Keycloak
 * is a container where a Docker engine answers ({@link TestInfrastructure}), else its distribution.
 */
public final class RunningStack implements BeforeAllCallback {

    private static LocalStack stack;
    private static KeycloakTokens tokens;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningStack.class) {
            if (stack == null) {
                Path root = Path.of(System.getProperty("kvalitet.root", "..")).toAbsolutePath().normalize();
                Path dataDir = Files.createTempDirectory(root.resolve("e2e-tests/target"), "stack-");
                StackConfig config = StackConfig.ephemeral(root, dataDir);
                stack = TestInfrastructure.current(() -> DockerClientFactory.instance().isDockerAvailable()) == TestInfrastructure.Source.CONTAINERS
                        ? LocalStack.start(config, c -> KeycloakContainer.start(c, System.getProperty("keycloak.version")))
                        : LocalStack.start(config);
                tokens = new KeycloakTokens(stack.keycloakUrl());
                // Closed when the whole run ends: the stack stops, and its data goes with it (a national
                // year's benchmark leaves gigabytes); the logs stay for reading.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningStack.class, (AutoCloseable) () -> {
                    stack.close();
                    stack.removeDataKeepingLogs();
                });
            }
        }
    }

    static KeycloakTokens tokens() {
        return tokens;
    }

    /** Kills the service as a crash would and starts it again; returns once it is ready. */
    static void crashAndRestart(Service service) throws IOException, InterruptedException {
        stack.crashAndRestart(service);
    }

    /**
     * Waits until contract-service has applied every result event announced so far, and
     * sanction-service every contract event: each consumer records an event it applied once,
     * however often it was delivered, so its count reaching the producer's outbox means nothing
     * is still in flight.
     */
    static void awaitEveryEventApplied(Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() ->
                count("contract_service", "select count(*) from processed_event where consumer = 'result-projection'")
                        >= count("indicator_service", "select count(*) from outbox_event where topic = 'indicator.results.v1'")
                && count("sanction_service", "select count(*) from processed_event where consumer = 'breach-history'")
                        >= count("contract_service", "select count(*) from outbox_event where topic = 'contract.events.v1'"));
    }

    /** The number a counting query of a service's database answers. */
    static long count(String database, String query) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A connection to a service's database, as the service itself logs in, for what no API shows. */
    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack().jdbcUrl(database), database, database);
    }

    static LocalStack stack() {
        return stack;
    }

    static String url(Service service, String path) {
        return stack.serviceUrl(service) + path;
    }
}
