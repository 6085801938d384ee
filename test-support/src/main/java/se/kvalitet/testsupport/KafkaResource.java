package se.kvalitet.testsupport;

import java.util.Map;

import org.testcontainers.kafka.KafkaContainer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.kvalitet.localstack.Broker;
import se.kvalitet.localstack.TestInfrastructure;

/**
 * A real Kafka broker (KRaft) for one service's tests, creating topics as they are first used: a
 * container where a Docker engine answers, else a broker in this JVM ({@link TestInfrastructure}).
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    static final String IMAGE = "apache/kafka:3.9.1";

    private static volatile String bootstrapServers;
    private Broker broker;
    private KafkaContainer container;

    @Override
    public Map<String, String> start() {
        if (TestInfrastructure.current(Containers::engineAnswers) == TestInfrastructure.Source.CONTAINERS) {
            container = new KafkaContainer(IMAGE);
            container.start();
            bootstrapServers = container.getBootstrapServers();
        } else {
            broker = Broker.startEphemeral();
            bootstrapServers = broker.bootstrapServers();
        }
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    /** Where the running broker listens, for tests that produce or consume directly. */
    public static String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
        if (broker != null) {
            broker.close();
        }
    }
}
