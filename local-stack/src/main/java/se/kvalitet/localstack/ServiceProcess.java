package se.kvalitet.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import se.kvalitet.localstack.StackConfig.Service;

/**
 * A server running as a child process of the launcher, with its output in a log file and a URL
 * that answers 200 once it is ready. The Quarkus services are started through
 * {@link #startService}; Keycloak uses the same machinery.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 40;

    // HTTP/1.1 because the probes are one-shot GETs; an h2c upgrade attempt buys nothing.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final String name;
    private final Process process;
    private final Path log;
    private final URI readiness;

    private ServiceProcess(String name, Process process, Path log, URI readiness) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.readiness = readiness;
    }

    /** Starts a service from its Quarkus fast-jar, wired to the stack's PostgreSQL, Kafka and Keycloak. */
    public static ServiceProcess startService(StackConfig config, Service service) throws IOException {
        Path module = config.root().resolve(service.module());
        Path jar = requireBuilt(config, service);
        int port = config.port(service);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + service.database());
        environment.put("QUARKUS_DATASOURCE_USERNAME", service.database());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", service.database());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + config.kafkaPort());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:" + config.keycloakPort() + "/realms/kvalitet");
        // No OTLP collector runs here: traces still cross Kafka and name log lines, their spans are dropped quietly.
        environment.put("QUARKUS_LOG_CATEGORY__IO_QUARKUS_OPENTELEMETRY_RUNTIME_EXPORTER__LEVEL", "ERROR");
        // The heap production gives each service (half its 1 GiB limit). With 384 MiB, indicator-service
        // collected garbage about every 0.7 s through a national import, and the import took about 7 % longer.
        List<String> command = List.of(currentJava(), "-Xms64m", "-Xmx512m", "-jar", jar.toString());
        return start(service.module(), command, environment, module,
                config.logDir().resolve(service.module() + ".log"),
                URI.create("http://127.0.0.1:" + port + "/q/health/ready"));
    }

    /** The service's Quarkus fast-jar, or a failure that says how to build it. */
    public static Path requireBuilt(StackConfig config, Service service) {
        Path jar = config.root().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(service.module() + " is not built (" + jar + " is missing); run"
                    + " ./mvnw package -DskipTests, which ./kvalitet up does when something changed");
        }
        return jar;
    }

    /** Starts {@code command}; returns at once, see {@link #awaitReady}. The log is rewritten on every start. */
    static ServiceProcess start(String name, List<String> command, Map<String, String> environment,
            Path workingDirectory, Path log, URI readiness) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        return new ServiceProcess(name, builder.start(), log, readiness);
    }

    public String name() {
        return name;
    }

    /** The service's JVM: the deepest process of the tree (a wrapper may start it). */
    public long pid() {
        return process.descendants().reduce((first, second) -> second).orElse(process.toHandle()).pid();
    }

    public Path log() {
        return log;
    }

    /** One probe of the readiness URL. */
    public boolean isReady() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** Fails with the end of the log if the process has exited: waiting longer would not help. */
    public void failIfExited() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue()
                    + " while starting. Last lines of " + log + ":\n" + logTail());
        }
    }

    public void awaitReady(Duration timeout) throws InterruptedException {
        awaitAllReady(List.of(this), timeout, ready -> { });
    }

    /**
     * Polls all processes together, so they start in parallel, and reports each as it becomes ready.
     * Fails as soon as one of them dies, or when the timeout passes.
     */
    public static void awaitAllReady(Collection<ServiceProcess> processes, Duration timeout,
            Consumer<ServiceProcess> onReady) throws InterruptedException {
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty()) {
            for (var iterator = waiting.iterator(); iterator.hasNext();) {
                ServiceProcess candidate = iterator.next();
                candidate.failIfExited();
                if (candidate.isReady()) {
                    iterator.remove();
                    onReady.accept(candidate);
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess late = waiting.get(0);
                throw new IllegalStateException(late.name + " was not ready after " + timeout.toSeconds()
                        + " s (" + late.readiness + "). Last lines of " + late.log + ":\n" + late.logTail());
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    @Override
    public void close() {
        stopAll(List.of(this));
    }

    /** Kills the process and its descendants at once (SIGKILL: no shutdown, as in a crash) and waits until they are gone. */
    public void kill() {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        tree.forEach(handle -> awaitExit(handle, deadline));
    }

    /**
     * Asks every process and its descendants to stop (SIGTERM, so they shut down cleanly), waits up to
     * 20 s in total, then kills what is left. Descendants count because a wrapper script that dies
     * first would leave its JVM running, no longer our child.
     */
    public static void stopAll(Collection<ServiceProcess> processes) {
        List<ProcessHandle> tree = processes.stream()
                .flatMap(service -> Stream.concat(service.process.descendants(), Stream.of(service.process.toHandle())))
                .toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        tree.forEach(handle -> awaitExit(handle, deadline));
        List<ProcessHandle> stubborn = tree.stream().filter(ProcessHandle::isAlive).toList();
        stubborn.forEach(ProcessHandle::destroyForcibly);
        long killDeadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        stubborn.forEach(handle -> awaitExit(handle, killDeadline));
    }

    private static void awaitExit(ProcessHandle handle, long deadlineNanos) {
        try {
            handle.onExit().get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException stillRunning) {
            // The caller decides what to do with a process that is still alive.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** The services run on the same JVM as the launcher, so one JDK 17+ is all they need. */
    private static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
