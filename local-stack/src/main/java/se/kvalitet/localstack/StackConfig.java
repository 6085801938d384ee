package se.kvalitet.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the local stack lives and which ports it uses.
 *
 * @param root the checkout, holding the built services and {@code deploy/}
 * @param dataDir PostgreSQL data, the Kafka log, the unpacked Keycloak and the logs
 * @param services the services to run; all four unless {@code -Dkvalitet.services} says otherwise
 */
public record StackConfig(Path root, Path dataDir, int postgresPort, int kafkaPort, int kafkaControllerPort,
        int keycloakPort, int registryPort, int indicatorsPort, int contractsPort, int sanctionsPort,
        List<Service> services) {

    /** A Quarkus service of the project: its Maven module and the database it owns. */
    public enum Service {
        PROVIDER_REGISTRY("provider-registry", "provider_registry"),
        INDICATOR_SERVICE("indicator-service", "indicator_service"),
        CONTRACT_SERVICE("contract-service", "contract_service"),
        SANCTION_SERVICE("sanction-service", "sanction_service");

        /** Lets a partial stack run, e.g. while only some services are built. */
        public static final String SELECTION_PROPERTY = "kvalitet.services";

        private final String module;
        private final String database;

        Service(String module, String database) {
            this.module = module;
            this.database = database;
        }

        public String module() {
            return module;
        }

        public String database() {
            return database;
        }

        public static Service ofModule(String module) {
            return Arrays.stream(values())
                    .filter(service -> service.module.equals(module))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown service '" + module + "'; known: "
                            + Arrays.stream(values()).map(Service::module).collect(Collectors.joining(", "))));
        }

        /** The services named in {@code -Dkvalitet.services=provider-registry,...}, else all of them. */
        public static List<Service> selected() {
            String selection = System.getProperty(SELECTION_PROPERTY, "").strip();
            if (selection.isEmpty()) {
                return List.of(values());
            }
            return Arrays.stream(selection.split(","))
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .map(Service::ofModule)
                    .distinct()
                    .toList();
        }
    }

    public StackConfig {
        root = root.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        services = List.copyOf(services);
    }

    /** The ports of DESIGN.md §3, chosen not to clash with a developer's own servers; data in {@code .kvalitet/}. */
    public static StackConfig defaults(Path root) {
        return new StackConfig(root, root.resolve(".kvalitet"), 15432, 19092, 19093, 8180,
                8081, 8082, 8083, 8084, Service.selected());
    }

    /** The stack {@code ./kvalitet up} runs from this checkout ({@code -Dkvalitet.root}, else the working directory). */
    public static StackConfig ofCheckout() {
        return defaults(Path.of(System.getProperty("kvalitet.root", ".")));
    }

    /** Free ports for everything, so an end-to-end test never clashes with a running {@code ./kvalitet up}. */
    public static StackConfig ephemeral(Path root, Path dataDir) {
        int[] ports = freePorts(9);
        return new StackConfig(root, dataDir, ports[0], ports[1], ports[2], ports[3],
                ports[4], ports[5], ports[6], ports[7], Service.selected());
    }

    public int port(Service service) {
        return switch (service) {
            case PROVIDER_REGISTRY -> registryPort;
            case INDICATOR_SERVICE -> indicatorsPort;
            case CONTRACT_SERVICE -> contractsPort;
            case SANCTION_SERVICE -> sanctionsPort;
        };
    }

    /** Every port the stack will listen on, with the component that needs it, in start order. */
    public Map<Integer, String> portsByComponent() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(postgresPort, "PostgreSQL");
        ports.put(kafkaPort, "Kafka");
        ports.put(kafkaControllerPort, "Kafka controller");
        ports.put(keycloakPort, "Keycloak");
        services.forEach(service -> ports.put(port(service), service.module()));
        return ports;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /**
     * Binds all sockets before releasing any, so the ports are distinct; the OS does not hand a
     * just-released ephemeral port out again straight away.
     */
    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                sockets.add(socket);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free loopback ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing a listening socket we never used cannot lose anything.
                }
            }
        }
    }
}
