package se.kvalitet.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import se.kvalitet.platform.audit.Actor;
import se.kvalitet.platform.tracing.EventTraces;

/**
 * The idempotent-consumer entry point. Each attempt at a message runs in its own transaction
 * that records the event id together with the consumer's change, so a redelivered event is
 * recognised and changes nothing. A malformed event throws {@link InvalidEventException} at
 * once, for the dead-letter topic; any other failure (a database hiccup) is retried with
 * back-off first, and dead-lettered only when it persists. What the handler changes is audited
 * as the consumer's doing, with the event id.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final Tracer tracer;
    private final int attempts;
    private final Duration backoff;

    public Inbox(EventCodec codec, ProcessedEvents processed, DeadLetters deadLetters, Tracer tracer,
            @ConfigProperty(name = "kvalitet.consumer.attempts", defaultValue = "5") int attempts,
            @ConfigProperty(name = "kvalitet.consumer.backoff", defaultValue = "PT0.5S") Duration backoff) {
        this.codec = codec;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.tracer = tracer;
        this.attempts = attempts;
        this.backoff = backoff;
    }

    /**
     * Applies {@code handler} to the record's event exactly once per event id for this consumer,
     * in a span that continues the trace the record carries.
     */
    public void process(ConsumerRecord<String, String> record, String consumer, Consumer<CloudEvent> handler) {
        Span span = consuming(record, consumer);
        try (Scope scope = span.makeCurrent()) {
            for (int attempt = 1;; attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> accept(record.value(), consumer)
                            .ifPresent(event -> Actor.consumer(consumer, event.id()).act(() -> handler.accept(event))));
                    return;
                } catch (InvalidEventException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (attempt >= attempts) {
                        throw e;
                    }
                    Duration wait = backoff.multipliedBy(1L << Math.min(attempt - 1, 6));
                    LOG.warnf("%s failed on attempt %d of %d, retrying in %s: %s", consumer, attempt, attempts, wait, e.toString());
                    pause(wait);
                }
            }
        } catch (RuntimeException e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Applies a poll's records together, in one transaction: their event ids are recorded in one
     * statement, redeliveries dropped, and {@code handler} gets the new events in the order of the
     * records (per key, the order they were published in). It binds the acting consumer itself
     * ({@link Actor#consumer}), event by event. A record that is not a valid event is
     * dead-lettered and the others go on. If the batch still fails after its retries, its records
     * are applied one by one, each in its own transaction, and only a record that fails alone is
     * dead-lettered: one bad event never holds up or loses the rest. Each record gets a span
     * continuing the trace it carries, current whenever the handler acts for its event
     * ({@link Actor#act}), so what that publishes carries the trace on.
     */
    public void processBatch(Iterable<ConsumerRecord<String, String>> records, String consumer, Consumer<List<CloudEvent>> handler) {
        List<ConsumerRecord<String, String>> valid = new ArrayList<>();
        List<CloudEvent> events = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        Map<UUID, Context> traces = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            Span span = consuming(record, consumer);
            try {
                CloudEvent event = codec.read(record.value());
                events.add(event);
                valid.add(record);
                spans.add(span);
                traces.put(event.id(), TraceHeaders.of(record).with(span));
            } catch (InvalidEventException e) {
                failed(span, e);
                span.end();
                deadLetters.send(record, consumer, e);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        try {
            if (applyTogether(events, consumer, handler, traces)) {
                return;
            }
        } finally {
            spans.forEach(Span::end);
        }
        for (ConsumerRecord<String, String> record : valid) {
            try {
                process(record, consumer, event -> handler.accept(List.of(event)));
            } catch (RuntimeException e) {
                deadLetters.send(record, consumer, e);
            }
        }
    }

    /** Applies the events in one transaction, with retries; false when they must be applied one by one instead. */
    private boolean applyTogether(List<CloudEvent> events, String consumer, Consumer<List<CloudEvent>> handler, Map<UUID, Context> traces) {
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> EventTraces.applying(traces, () -> {
                    Set<UUID> first = processed.firstDeliveries(events.stream().map(CloudEvent::id).toList(), consumer);
                    List<CloudEvent> fresh = events.stream().filter(event -> first.remove(event.id())).toList();
                    if (!fresh.isEmpty()) {
                        handler.accept(fresh);
                    }
                    return null;
                }));
                return true;
            } catch (InvalidEventException e) {
                LOG.warnf("%s found an invalid event in a batch of %d; applying them one by one: %s", consumer, events.size(), e.getMessage());
                return false;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    LOG.warnf("%s failed on a batch of %d %d times; applying them one by one: %s", consumer, events.size(), attempts, e.toString());
                    return false;
                }
                Duration wait = backoff.multipliedBy(1L << Math.min(attempt - 1, 6));
                LOG.warnf("%s failed on a batch of %d on attempt %d of %d, retrying in %s: %s", consumer, events.size(), attempt, attempts,
                        wait, e.toString());
                pause(wait);
            }
        }
    }

    /** A span for applying the record, continuing the trace its {@code traceparent} header names. */
    private Span consuming(ConsumerRecord<String, String> record, String consumer) {
        return tracer.spanBuilder(record.topic() + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceHeaders.of(record))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
    }

    private static void failed(Span span, RuntimeException e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR, e.getMessage() == null ? e.getClass().getName() : e.getMessage());
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

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
