package se.kvalitet.localstack;

import java.nio.file.Path;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/** A single-node KRaft Kafka broker running inside this JVM, with the project's topics. */
public final class Broker implements AutoCloseable {

    private static final String CLUSTER_ID = "kvalitet-local-cluster";

    private final EmbeddedKafkaBroker broker;

    private Broker(EmbeddedKafkaBroker broker) {
        this.broker = broker;
        Topics.createMissing(bootstrapServers());
    }

    /** A broker on a fixed port that keeps its log in {@code logDirectory} across restarts. */
    public static Broker start(Path logDirectory, int port, int controllerPort) {
        return new Broker(new EmbeddedKafkaBroker()
                .withClusterId(CLUSTER_ID)
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(properties -> {
                    properties.put("log.dirs", logDirectory.toString());
                    // Deregisters on close; otherwise a restart waits for the old registration to time out.
                    properties.put("controlled.shutdown.enable", "true");
                })
                .start());
    }

    /** A throw-away broker on free ports. */
    public static Broker startEphemeral() {
        return new Broker(new EmbeddedKafkaBroker().withDeleteLogDirsOnClose(true).start());
    }

    public String bootstrapServers() {
        return broker.getAdvertisedListeners();
    }

    @Override
    public void close() {
        broker.close();
    }
}
