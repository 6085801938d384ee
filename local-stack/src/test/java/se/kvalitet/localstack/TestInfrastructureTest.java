package se.kvalitet.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kvalitet.localstack.TestInfrastructure.Source;

/** How the tests choose between containers and the embedded components. */
class TestInfrastructureTest {

    private static final BooleanSupplier ANSWERS = () -> true;
    private static final BooleanSupplier SILENT = () -> false;
    private static final BooleanSupplier NOT_TO_BE_ASKED = () -> {
        throw new AssertionError("the engine was asked although the choice did not depend on it");
    };

    @Test
    void byDefaultContainersWhenAnEngineAnswersAndEmbeddedWhenNoneDoes() {
        assertThat(TestInfrastructure.choose("auto", true, ANSWERS).source()).isEqualTo(Source.CONTAINERS);
        assertThat(TestInfrastructure.choose("auto", true, SILENT)).satisfies(choice -> {
            assertThat(choice.source()).isEqualTo(Source.EMBEDDED);
            assertThat(choice.reason()).isEqualTo("the configured Docker engine does not answer");
        });
        assertThat(TestInfrastructure.choose("auto", false, NOT_TO_BE_ASKED).source()).isEqualTo(Source.EMBEDDED);
    }

    @Test
    void aSettingDecidesByHand() {
        assertThat(TestInfrastructure.choose("embedded", true, NOT_TO_BE_ASKED).source()).isEqualTo(Source.EMBEDDED);
        assertThat(TestInfrastructure.choose(" Containers ", true, ANSWERS).source()).isEqualTo(Source.CONTAINERS);
        assertThatThrownBy(() -> TestInfrastructure.choose("containers", true, SILENT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no Docker engine answers");
        assertThatThrownBy(() -> TestInfrastructure.choose("docker", true, NOT_TO_BE_ASKED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto, containers or embedded");
    }

    @Test
    void anEngineIsConfiguredByDockerHostTestcontainersSettingsOrASocket(@TempDir Path home) throws IOException {
        Path runtime = Files.createDirectories(home.resolve("run"));
        assertThat(TestInfrastructure.engineConfigured(Map.of("DOCKER_HOST", "tcp://engine:2375"), home)).isTrue();
        assertThat(TestInfrastructure.engineConfigured(Map.of("XDG_RUNTIME_DIR", runtime.toString()), home))
                .isEqualTo(Files.exists(Path.of("/var/run/docker.sock")));

        Files.createDirectories(runtime.resolve("podman"));
        Files.createFile(runtime.resolve("podman/podman.sock"));
        assertThat(TestInfrastructure.engineConfigured(Map.of("XDG_RUNTIME_DIR", runtime.toString()), home)).isTrue();

        Path other = Files.createDirectories(home.resolve("other-home"));
        Files.createFile(other.resolve(".testcontainers.properties"));
        assertThat(TestInfrastructure.engineConfigured(Map.of(), other)).isTrue();
    }
}
