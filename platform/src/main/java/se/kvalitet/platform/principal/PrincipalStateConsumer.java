package se.kvalitet.platform.principal;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import se.kvalitet.platform.events.Inbox;

/**
 * Consumes {@code registry.principals.v1} in every service that configures the
 * {@code registry-principals} channel (the registry itself, which publishes it, does not); each
 * event applied once.
 */
@ApplicationScoped
@IfBuildProperty(name = "mp.messaging.incoming.registry-principals.connector", stringValue = "smallrye-kafka")
public class PrincipalStateConsumer {

    private final Inbox inbox;
    private final PrincipalProjection projection;

    public PrincipalStateConsumer(Inbox inbox, PrincipalProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("registry-principals")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, PrincipalProjection.CONSUMER, event -> projection.apply(projection.decode(event)));
    }
}
