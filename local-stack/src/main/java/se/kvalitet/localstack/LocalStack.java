package se.kvalitet.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import se.kvalitet.localstack.StackConfig.Service;

/**
 * Everything Kvalitet needs on one machine: PostgreSQL and Kafka inside this JVM, Keycloak and
 * the services as child processes. Used by {@code ./kvalitet up} and, in-JVM, by the end-to-end
 * tests; it never exits the JVM.
 */
public final class LocalStack implements AutoCloseable {

    /** A running Keycloak with realm kvalitet on the stack's Keycloak port. */
    public interface KeycloakServer extends AutoCloseable {

        void awaitReady() throws InterruptedException;
    }

    /** Starts the stack's Keycloak and returns at once: from its distribution as a process, unless a test brings a container. */
    @FunctionalInterface
    public interface KeycloakStarter {

        KeycloakServer start(StackConfig config) throws IOException;
    }

    private final StackConfig config;
    private final KeycloakStarter keycloakStarter;
    private final long startedAt = System.nanoTime();
    private final List<AutoCloseable> running = new ArrayList<>();
    private boolean closed;

    /** Nothing runs yet; {@link #startAll()} starts it. */
    public LocalStack(StackConfig config) {
        this(config, Keycloak::start);
    }

    public LocalStack(StackConfig config, KeycloakStarter keycloakStarter) {
        this.config = config;
        this.keycloakStarter = keycloakStarter;
    }

    /** Starts the whole stack and waits until every part is ready; on failure stops what was started. */
    public static LocalStack start(StackConfig config) throws IOException, InterruptedException {
        return start(config, Keycloak::start);
    }

    /** As {@link #start(StackConfig)}, with Keycloak from {@code keycloakStarter}. */
    public static LocalStack start(StackConfig config, KeycloakStarter keycloakStarter) throws IOException, InterruptedException {
        LocalStack stack = new LocalStack(config, keycloakStarter);
        stack.startAll();
        return stack;
    }

    /**
     * Starts, in order, the database, the broker, Keycloak and the services, each once the one before
     * is ready. Can be closed from another thread meanwhile (Ctrl-C during start-up). On failure,
     * what was started is stopped before the exception is thrown.
     */
    public void startAll() throws IOException, InterruptedException {
        try {
            checkPrerequisites();
            Files.createDirectories(config.logDir());

            Database database = register(Database.start(config.dataDir().resolve("postgres"),
                    config.postgresPort(), config.logDir().resolve("postgres.log")));
            createDatabases(database);
            announce("PostgreSQL", jdbcUrl("postgres"));

            register(Broker.start(config.dataDir().resolve("kafka"), config.kafkaPort(), config.kafkaControllerPort()));
            announce("Kafka", kafkaBootstrapServers());

            KeycloakServer keycloak = register(keycloakStarter.start(config));
            keycloak.awaitReady();
            announce("Keycloak", keycloakUrl());

            List<ServiceProcess> services = new ArrayList<>();
            for (Service service : config.services()) {
                services.add(register(ServiceProcess.startService(config, service)));
            }
            ServiceProcess.awaitAllReady(services, ServiceProcess.SERVICE_READY_TIMEOUT,
                    ready -> announce(ready.name(), serviceUrl(Service.ofModule(ready.name()))));
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void createDatabases(Database database) {
        try {
            database.ensureDatabases(config.services().stream().map(Service::database).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the services' databases: " + e.getMessage(), e);
        }
    }

    /** Stops everything in reverse order: services, Keycloak, the broker, the database. Safe to call twice. */
    @Override
    public void close() {
        List<AutoCloseable> toStop;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = new ArrayList<>(running);
        }
        // The services stop together; one by one would add their shutdown times up.
        List<ServiceProcess> processes = toStop.stream()
                .filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast).toList();
        ServiceProcess.stopAll(processes);
        toStop.removeAll(processes);
        for (int i = toStop.size() - 1; i >= 0; i--) {
            try {
                toStop.get(i).close();
            } catch (Exception e) {
                System.err.println("Could not stop " + toStop.get(i).getClass().getSimpleName() + ": " + e);
            }
        }
    }

    /**
     * Removes what the stopped stack kept in its data directory (the PostgreSQL data, the Kafka log,
     * the unpacked Keycloak) and leaves its logs: for a stack of one run, such as the end-to-end
     * tests', whose data is of no use once it stops.
     */
    public void removeDataKeepingLogs() throws IOException {
        synchronized (this) {
            if (!closed) {
                throw new IllegalStateException("the stack is still running; close it first");
            }
        }
        try (Stream<Path> children = Files.list(config.dataDir())) {
            for (Path child : children.filter(child -> !child.equals(config.logDir())).toList()) {
                Directories.deleteRecursively(child);
            }
        }
    }

    /**
     * Kills a running service as a crash would (SIGKILL, no shutdown), then starts it again and
     * waits until it is ready: for tests of what a crash leaves behind.
     */
    public void crashAndRestart(Service service) throws IOException, InterruptedException {
        ServiceProcess crashed;
        synchronized (this) {
            crashed = running.stream().filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast)
                    .filter(process -> process.name().equals(service.module())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(service.module() + " is not running"));
            running.remove(crashed);
        }
        crashed.kill();
        register(ServiceProcess.startService(config, service)).awaitReady(ServiceProcess.SERVICE_READY_TIMEOUT);
    }

    /** The process id of a running service, to read its memory from outside. */
    public synchronized long pid(Service service) {
        return running.stream().filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast)
                .filter(process -> process.name().equals(service.module())).findFirst()
                .orElseThrow(() -> new IllegalStateException(service.module() + " is not running")).pid();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    public StackConfig config() {
        return config;
    }

    public String serviceUrl(Service service) {
        return "http://localhost:" + config.port(service);
    }

    public String keycloakUrl() {
        return "http://localhost:" + config.keycloakPort();
    }

    public String realmUrl() {
        return keycloakUrl() + "/realms/" + Keycloak.REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + config.kafkaPort();
    }

    /** The JDBC URL of a database; its role and password are the database's name. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + database;
    }

    /** What can be known to fail is reported before anything starts, not after half a minute. */
    private void checkPrerequisites() {
        failIfAnyPortIsTaken();
        Keycloak.findJavaHome();
        config.services().forEach(service -> ServiceProcess.requireBuilt(config, service));
    }

    /**
     * Refuses to start if the stack is already running (or something else uses one of its ports),
     * rather than half-starting and failing on a bind error in some log file.
     */
    private void failIfAnyPortIsTaken() {
        List<String> taken = config.portsByComponent().entrySet().stream()
                .filter(port -> !isFree(port.getKey()))
                .map(port -> port.getKey() + " (" + port.getValue() + ")")
                .toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException((taken.size() == 1 ? "Port " : "Ports ") + String.join(", ", taken)
                    + (taken.size() == 1 ? " is" : " are") + " already in use. Is ./kvalitet up already running?"
                    + " (ss -ltnp shows which process listens there.)");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps a started component for {@link #close()}; if the stack was closed meanwhile, stops it at once. */
    private <T extends AutoCloseable> T register(T component) throws InterruptedException {
        synchronized (this) {
            if (!closed) {
                running.add(component);
                return component;
            }
        }
        try {
            component.close();
        } catch (Exception ignored) {
            // The stack is being torn down anyway; the interruption below is what the caller needs.
        }
        throw new InterruptedException("The local stack was stopped while starting");
    }

    private void announce(String component, String where) {
        System.out.printf("  %-18s ready  %-44s (%.1f s)%n", component, where, (System.nanoTime() - startedAt) / 1e9);
    }
}
