package se.kvalitet.platform.unit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import se.kvalitet.platform.events.Inbox;

/**
 * Consumes {@code registry.units.v1} in every service that configures the {@code registry-units}
 * channel (the registry itself, which publishes it, does not); each event applied once.
 */
@ApplicationScoped
@IfBuildProperty(name = "mp.messaging.incoming.registry-units.connector", stringValue = "smallrye-kafka")
public class UnitStateConsumer {

    private final Inbox inbox;
    private final UnitProjection projection;

    public UnitStateConsumer(Inbox inbox, UnitProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    /**
     * A poll's unit states in one transaction (the channel is configured {@code batch=true}),
     * applied together, each as its own event ({@link UnitProjection#applyAll}).
     */
    @Incoming("registry-units")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, UnitProjection.CONSUMER, events -> {
            projection.applyAll(events.stream().map(event -> new UnitProjection.Delivered(event.id(), projection.decode(event))).toList());
        });
    }
}
