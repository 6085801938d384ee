package se.kvalitet.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real Keycloak in dev mode (its own H2 database, kept in the data directory) with realm
 * {@code kvalitet} imported from {@code deploy/keycloak/}. The distribution comes from Maven
 * Central via the local-stack build; Keycloak 26 needs a JDK 21+, which may differ from ours.
 */
public final class Keycloak implements LocalStack.KeycloakServer {

    public static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    public static final String REALM = "kvalitet";
    public static final String JAVA_HOME_VARIABLE = "KVALITET_KEYCLOAK_JAVA_HOME";
    private static final int MINIMUM_JAVA = 21;
    private static final Path SYSTEM_JVMS = Path.of("/usr/lib/jvm");

    private final ServiceProcess process;
    private final int port;

    private Keycloak(ServiceProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Launches Keycloak and returns at once; see {@link #awaitReady()}. */
    public static Keycloak start(StackConfig config) throws IOException {
        Path javaHome = findJavaHome();
        Path home = unpack(config.root().resolve("local-stack/target/keycloak-dist.zip"),
                config.dataDir().resolve("keycloak"));
        Path realm = config.root().resolve("deploy/keycloak/kvalitet-realm.json");
        if (!Files.isRegularFile(realm)) {
            throw new IllegalStateException("The realm export " + realm + " is missing");
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        // Copied on every start; Keycloak imports it only while the realm does not exist yet.
        Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);

        int port = config.keycloakPort();
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port", Integer.toString(port),
                "--http-host", "127.0.0.1",
                // Fixes the token issuer to this URL whichever host name a client used to get the token.
                "--hostname", "http://localhost:" + port,
                "--import-realm");
        Map<String, String> environment = new HashMap<>(Map.of(
                "JAVA_HOME", javaHome.toString(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
        if (javaVersion(javaHome).orElse(0) >= 24) {
            // Without these, Keycloak 26.5 on JDK 24+ warns about Unsafe and throws IllegalAccessError on shutdown.
            environment.put("JAVA_OPTS_APPEND",
                    "--add-opens=java.base/java.lang=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow");
        }
        ServiceProcess process = ServiceProcess.start("Keycloak", command, environment, home,
                config.logDir().resolve("keycloak.log"),
                URI.create("http://localhost:" + port + "/realms/" + REALM + "/.well-known/openid-configuration"));
        return new Keycloak(process, port);
    }

    @Override
    public void awaitReady() throws InterruptedException {
        process.awaitReady(READY_TIMEOUT);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    @Override
    public void close() {
        process.close();
    }

    /**
     * Unpacks the distribution once. It is unpacked beside its final place and then moved, so an
     * interrupted unpack is never mistaken for a complete one.
     */
    static Path unpack(Path zip, Path target) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Keycloak distribution " + zip + " is missing; run"
                    + " ./mvnw package -DskipTests, which ./kvalitet up does when something is missing");
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String topDirectory = archive.entries().nextElement().getName().split("/")[0];
            Path home = target.resolve(topDirectory);
            if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                return home;
            }
            Path scratch = target.resolve(".unpacking");
            Directories.deleteRecursively(scratch);
            Files.createDirectories(scratch);
            for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements();) {
                extract(archive, entries.nextElement(), scratch);
            }
            try (Stream<Path> scripts = Files.list(scratch.resolve(topDirectory).resolve("bin"))) {
                // java.util.zip drops the Unix modes, so the launch scripts get theirs back here.
                for (Path script : scripts.filter(file -> file.toString().endsWith(".sh")).toList()) {
                    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            Files.move(scratch.resolve(topDirectory), home, StandardCopyOption.ATOMIC_MOVE);
            Directories.deleteRecursively(scratch);
            return home;
        }
    }

    private static void extract(ZipFile archive, ZipEntry entry, Path directory) throws IOException {
        Path destination = directory.resolve(entry.getName()).normalize();
        if (!destination.startsWith(directory)) {
            throw new IOException("Refusing zip entry outside the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(destination);
            return;
        }
        Files.createDirectories(destination.getParent());
        try (InputStream in = archive.getInputStream(entry)) {
            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * {@value #JAVA_HOME_VARIABLE} if set, else JAVA_HOME, else the launcher's own JVM, else the
     * newest JDK under /usr/lib/jvm; each only if its {@code release} file says 21 or newer.
     */
    static Path findJavaHome() {
        String explicit = System.getenv(JAVA_HOME_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            Path home = Path.of(explicit);
            if (javaVersion(home).orElse(0) >= MINIMUM_JAVA) {
                return home;
            }
            throw new IllegalStateException(JAVA_HOME_VARIABLE + "=" + explicit + " is not a JDK " + MINIMUM_JAVA
                    + " or newer (" + describe(home) + "); Keycloak needs one");
        }
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("JAVA_HOME")).filter(value -> !value.isBlank()).map(Path::of)
                .ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        candidates.addAll(systemJdksNewestFirst());
        return candidates.stream()
                .filter(home -> javaVersion(home).orElse(0) >= MINIMUM_JAVA)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Keycloak needs a JDK " + MINIMUM_JAVA
                        + " or newer and none was found. Looked at " + JAVA_HOME_VARIABLE + " (unset), "
                        + String.join(", ", candidates.stream().map(Keycloak::describe).toList())
                        + (Files.isDirectory(SYSTEM_JVMS) ? "" : ", " + SYSTEM_JVMS + " (absent)")
                        + ". Install one (e.g. apt install openjdk-21-jdk-headless) or set "
                        + JAVA_HOME_VARIABLE + " to its directory."));
    }

    private static List<Path> systemJdksNewestFirst() {
        if (!Files.isDirectory(SYSTEM_JVMS)) {
            return List.of();
        }
        try (Stream<Path> homes = Files.list(SYSTEM_JVMS)) {
            return homes.filter(Files::isDirectory)
                    .sorted(Comparator.comparingInt((Path home) -> javaVersion(home).orElse(0)).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String describe(Path home) {
        return home + javaVersion(home).map(version -> " (Java " + version + ")").orElse(" (no readable release file)");
    }

    /** The feature version from {@code JAVA_VERSION="21.0.5"} (or {@code "1.8.0_..."}) in the JDK's release file. */
    static Optional<Integer> javaVersion(Path home) {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "").strip())
                    .map(version -> version.startsWith("1.") ? version.substring(2) : version)
                    .map(version -> version.split("[^0-9]")[0])
                    .filter(major -> !major.isEmpty())
                    .map(Integer::valueOf)
                    .findFirst();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
