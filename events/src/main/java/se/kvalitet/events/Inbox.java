package se.kvalitet.events;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * The idempotent-consumer entry point: reads an incoming message and records its id in the
 * consumer's transaction. A redelivered event comes back empty, so its effect is not repeated;
 * a malformed one throws {@link InvalidEventException} for the dead-letter topic.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;

    public Inbox(EventCodec codec, ProcessedEvents processed) {
        this.codec = codec;
        this.processed = processed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CloudEvent> accept(String message, String consumer) {
        CloudEvent event = codec.read(message);
        if (!processed.firstDelivery(event.id(), consumer)) {
            LOG.debugf("%s skips redelivered event %s", consumer, event.id());
            return Optional.empty();
        }
        return Optional.of(event);
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        return codec.data(event, type);
    }
}
