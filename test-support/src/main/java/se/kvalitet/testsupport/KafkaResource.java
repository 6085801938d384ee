package se.kvalitet.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.kvalitet.localstack.Broker;

/** A real Kafka broker (KRaft, in this JVM) with the project's topics, for one service's tests. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static volatile String bootstrapServers;
    private Broker broker;

    @Override
    public Map<String, String> start() {
        broker = Broker.startEphemeral();
        bootstrapServers = broker.bootstrapServers();
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    /** Where the running broker listens, for tests that produce or consume directly. */
    public static String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
