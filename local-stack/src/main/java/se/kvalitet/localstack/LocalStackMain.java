package se.kvalitet.localstack;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import se.kvalitet.localstack.StackConfig.Service;

/** {@code ./kvalitet up}: starts the local stack, says how to use it, and stops it all on Ctrl-C. */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Kafka and zonky log through SLF4J; without a provider it would warn about that on every start.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        String command = args.length == 0 ? "up" : args[0];
        if (!command.equals("up")) {
            System.err.println("Unknown command '" + command + "'; the launcher only knows 'up'. See ./kvalitet help.");
            System.exit(2);
        }
        StackConfig config;
        try {
            config = StackConfig.ofCheckout();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("Starting Kvalitet locally (data in " + config.dataDir() + ")");

        LocalStack stack = new LocalStack(config);
        AtomicBoolean stopRequested = new AtomicBoolean();
        // The JVM exits only once every hook has returned, and close() returns once the children have exited.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.set(true);
            if (!stack.isClosed()) {
                System.out.println("\nStopping Kvalitet...");
            }
            stack.close();
        }, "kvalitet-stop"));

        try {
            stack.startAll();
        } catch (Exception e) {
            if (stopRequested.get()) {
                return; // Ctrl-C during start-up made the start fail; the hook is stopping everything.
            }
            System.err.println("\nCould not start Kvalitet: " + e.getMessage());
            System.exit(1); // The hook closes whatever is still running.
        }
        printUsage(stack);
        Thread.currentThread().join();
    }

    private static void printUsage(LocalStack stack) {
        StackConfig config = stack.config();
        StringBuilder out = new StringBuilder("\nKvalitet is running. Ctrl-C stops everything; data is kept.\n\n");
        for (Service service : config.services()) {
            String url = stack.serviceUrl(service);
            out.append(String.format("  %-18s %s   Swagger UI %s/q/swagger-ui   health %s/q/health%n",
                    service.module(), url, url, url));
        }
        out.append(String.format("  %-18s %s   admin console: admin / admin%n", "Keycloak", stack.keycloakUrl()));
        out.append(String.format("  %-18s %s   (database = role = password = service name, e.g. provider_registry)%n",
                "PostgreSQL", stack.jdbcUrl("<database>")));
        out.append(String.format("  %-18s %s%n", "Kafka", stack.kafkaBootstrapServers()));
        out.append("""

                A populated system to look around in: ./kvalitet demo (in another shell) loads a sample.

                Demo users of realm kvalitet (password = user name):
                  agency-officer, municipality (Stockholm, org_number 2120000142),
                  provider (org_number 5591234561), supervisor, indicator-publisher

                A token for a user (./kvalitet token publisher: the indicator publisher's machine token), then a call:
                  TOKEN=$(./kvalitet token agency-officer)
                  curl -H "Authorization: Bearer $TOKEN" %1$s/api/v1/municipalities/0180

                What runs and whether the pipeline keeps up: ./kvalitet status
                Dead letters sent again after a fix: ./kvalitet dlq replay SERVICE
                Logs: %2$s
                """.formatted(stack.serviceUrl(Service.PROVIDER_REGISTRY), relativeLogs(config)));
        System.out.print(out);
        System.out.flush();
    }

    /** Relative to the checkout, as the user sees it from where they typed ./kvalitet. */
    private static Path relativeLogs(StackConfig config) {
        Path logs = config.logDir();
        return logs.startsWith(config.root()) ? config.root().relativize(logs) : logs;
    }
}
