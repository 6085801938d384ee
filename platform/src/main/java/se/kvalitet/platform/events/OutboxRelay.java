package se.kvalitet.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import se.kvalitet.platform.tracing.EventTraces;

/**
 * Publishes committed outbox rows to Kafka in the order they were written. One relay per
 * service database works at a time (an advisory lock), so replicas cannot reorder a unit's
 * events. A row is marked published only after the broker acknowledged it: at least once. Each
 * record carries the {@code traceparent} of the change that wrote it (see {@link EventTraces}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock the publishing relay holds; whoever else holds it pauses every replica's relay. */
    public static final long RELAY_LOCK = 0x6b76_6f75_7462_6f78L;

    private final EntityManager entityManager;
    private final Emitter<String> emitter;
    private final Clock clock;
    private final Tracer tracer;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Duration retention;

    public OutboxRelay(EntityManager entityManager, @Channel("outbox") Emitter<String> emitter, Clock clock, Tracer tracer,
            @ConfigProperty(name = "kvalitet.outbox.batch-size", defaultValue = "1000") int batchSize,
            @ConfigProperty(name = "kvalitet.outbox.send-timeout", defaultValue = "PT30S") Duration sendTimeout,
            @ConfigProperty(name = "kvalitet.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.clock = clock;
        this.tracer = tracer;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.retention = retention;
    }

    /**
     * Every second: Quarkus's scheduler checks its triggers once a second, so it cannot run the
     * relay more often (0.2 s here ran it once a second too, with a warning at start). It counts
     * the second from the last run's whole second, so a check that comes late across a second's
     * boundary can leave two seconds now and then. A relay woken by each commit instead was
     * measured, and slowed a national import (ADR 1).
     */
    @Scheduled(identity = "outbox-relay", every = "${kvalitet.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        int published;
        do {
            published = QuarkusTransaction.requiringNew().call(this::publishBatch);
        } while (published == batchSize);
    }

    @Scheduled(identity = "outbox-purge", every = "${kvalitet.outbox.purge-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        int purged = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("delete from OutboxEvent e where e.publishedAt < :before")
                .setParameter("before", clock.instant().minus(retention))
                .executeUpdate());
        if (purged > 0) {
            LOG.infof("Purged %d published outbox events older than %s", purged, retention);
        }
    }

    private int publishBatch() {
        boolean leader = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!leader) {
            return 0;
        }
        // Read-only: the rows are marked published by one update below, so the session keeps no
        // copy of each to check for changes (a batch of an import's events holds several megabytes).
        List<OutboxEvent> batch = entityManager
                .createQuery("from OutboxEvent e where e.publishedAt is null order by e.seq", OutboxEvent.class)
                .setMaxResults(batchSize)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            acks.add(send(row));
        }
        List<Long> acknowledged = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent row = batch.get(i);
            try {
                acks.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(row.seq);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf("Outbox event %s to %s not acknowledged, will retry: %s", row.eventId, row.topic, e.toString());
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            entityManager.createQuery("update OutboxEvent e set e.publishedAt = :now where e.seq in :seqs")
                    .setParameter("now", clock.instant())
                    .setParameter("seqs", acknowledged)
                    .executeUpdate();
        }
        return acknowledged.size();
    }

    /** Sends the row in a span of the trace it was written in, whose context goes with it as the traceparent header. */
    private CompletableFuture<Void> send(OutboxEvent row) {
        Span span = tracer.spanBuilder(row.topic + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(EventTraces.of(row.traceparent))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", row.topic)
                .setAttribute("messaging.message.id", row.eventId.toString())
                .startSpan();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        TraceHeaders.inject(Context.root().with(span), headers);
        return Acknowledged.send(emitter, row.payload, OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.messageKey)
                .withHeaders(headers)
                .build())
                .whenComplete((sent, failure) -> {
                    if (failure != null) {
                        span.recordException(failure);
                        span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
                    }
                    span.end();
                });
    }
}
