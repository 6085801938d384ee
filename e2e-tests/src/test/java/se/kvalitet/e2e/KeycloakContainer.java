package se.kvalitet.e2e;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;

import se.kvalitet.localstack.Keycloak;
import se.kvalitet.localstack.LocalStack;
import se.kvalitet.localstack.StackConfig;

/**
 * The stack's Keycloak as a container, where a Docker engine answers: the same version and realm
 * file as the distribution the local stack runs, on the stack's Keycloak port and issuer.
 */
final class KeycloakContainer implements LocalStack.KeycloakServer {

    private static final int HTTP = 8080;

    private final GenericContainer<?> container;

    private KeycloakContainer(GenericContainer<?> container) {
        this.container = container;
    }

    /** Starts Keycloak {@code version} (the distribution's, {@code -Dkeycloak.version}) and returns once its realm answers. */
    static KeycloakContainer start(StackConfig config, String version) {
        int port = config.keycloakPort();
        GenericContainer<?> container = new GenericContainer<>("quay.io/keycloak/keycloak:" + version)
                .withCommand("start-dev", "--import-realm", "--http-port=" + HTTP, "--hostname=http://localhost:" + port)
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .withCopyFileToContainer(MountableFile.forHostPath(config.root().resolve("deploy/keycloak/kvalitet-realm.json")),
                        "/opt/keycloak/data/import/kvalitet-realm.json")
                .withExposedPorts(HTTP)
                .withCreateContainerCmdModifier(command -> command.getHostConfig()
                        .withPortBindings(new PortBinding(Ports.Binding.bindPort(port), new ExposedPort(HTTP))))
                .waitingFor(Wait.forHttp("/realms/" + Keycloak.REALM + "/.well-known/openid-configuration").forPort(HTTP)
                        .withStartupTimeout(Keycloak.READY_TIMEOUT));
        container.start();
        return new KeycloakContainer(container);
    }

    @Override
    public void awaitReady() {
        // start() returned once the realm answered.
    }

    @Override
    public void close() {
        container.stop();
    }
}
