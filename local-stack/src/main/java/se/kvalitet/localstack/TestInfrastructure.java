package se.kvalitet.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Where the tests' PostgreSQL, Kafka and (end to end) Keycloak come from: containers, through
 * Testcontainers, when a Docker engine answers; else the embedded components the local stack
 * runs (as on a machine without one). Chosen once per JVM and said on the console. The system
 * property {@value #PROPERTY} decides by hand: {@code auto} (the default), {@code containers}
 * (fails without an engine) or {@code embedded}.
 */
public final class TestInfrastructure {

    public static final String PROPERTY = "kvalitet.test.infrastructure";

    public enum Source {
        CONTAINERS,
        EMBEDDED
    }

    /** What was chosen, and why. */
    public record Choice(Source source, String reason) {
    }

    private static Choice chosen;

    private TestInfrastructure() {
    }

    /**
     * The choice for this JVM, made (and printed) the first time it is asked for.
     *
     * @param engineAnswers asks the Docker engine, if one is configured, whether it answers (Testcontainers' own probe)
     */
    public static synchronized Source current(BooleanSupplier engineAnswers) {
        if (chosen == null) {
            chosen = choose(System.getProperty(PROPERTY, "auto"), engineConfigured(System.getenv(), Path.of(System.getProperty("user.home"))),
                    engineAnswers);
            System.out.println("[kvalitet] Test infrastructure: " + (chosen.source() == Source.CONTAINERS
                    ? "containers (Testcontainers)" : "embedded (PostgreSQL and Kafka in this JVM; end to end, Keycloak from its distribution)")
                    + ", because " + chosen.reason());
        }
        return chosen.source();
    }

    /**
     * The choice for a setting of {@value #PROPERTY}. An engine is asked only when the setting
     * leaves it open and one is configured at all: probing for none costs Testcontainers seconds.
     */
    public static Choice choose(String setting, boolean engineConfigured, BooleanSupplier engineAnswers) {
        return switch (setting.strip().toLowerCase()) {
            case "embedded" -> new Choice(Source.EMBEDDED, PROPERTY + "=embedded");
            case "containers" -> {
                if (!engineConfigured || !engineAnswers.getAsBoolean()) {
                    throw new IllegalStateException(PROPERTY + "=containers, but no Docker engine answers");
                }
                yield new Choice(Source.CONTAINERS, PROPERTY + "=containers");
            }
            case "auto", "" -> {
                if (!engineConfigured) {
                    yield new Choice(Source.EMBEDDED, "no Docker engine is configured (no DOCKER_HOST, no Docker or Podman socket)");
                }
                yield engineAnswers.getAsBoolean()
                        ? new Choice(Source.CONTAINERS, "a Docker engine answers")
                        : new Choice(Source.EMBEDDED, "the configured Docker engine does not answer");
            }
            default -> throw new IllegalArgumentException(PROPERTY + " is auto, containers or embedded, not '" + setting + "'");
        };
    }

    /** Whether a Docker engine is configured: DOCKER_HOST, Testcontainers' own settings, or a Docker or Podman socket. */
    public static boolean engineConfigured(Map<String, String> environment, Path home) {
        if (environment.containsKey("DOCKER_HOST") || Files.exists(home.resolve(".testcontainers.properties"))) {
            return true;
        }
        String runtime = environment.get("XDG_RUNTIME_DIR");
        List<Path> sockets = runtime == null
                ? List.of(Path.of("/var/run/docker.sock"), home.resolve(".docker/run/docker.sock"))
                : List.of(Path.of("/var/run/docker.sock"), home.resolve(".docker/run/docker.sock"), Path.of(runtime, "docker.sock"),
                        Path.of(runtime, "podman/podman.sock"));
        return sockets.stream().anyMatch(Files::exists);
    }
}
