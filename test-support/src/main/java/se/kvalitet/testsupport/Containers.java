package se.kvalitet.testsupport;

import org.testcontainers.DockerClientFactory;

/** Testcontainers' own answer to whether a Docker engine answers, for {@code TestInfrastructure}. */
final class Containers {

    private Containers() {
    }

    static boolean engineAnswers() {
        return DockerClientFactory.instance().isDockerAvailable();
    }
}
