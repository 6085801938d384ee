package se.kvalitet.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * What shows an operator whether the service's event pipeline keeps up, refreshed on a schedule
 * (not on each scrape, which must stay cheap) and exposed as gauges:
 * <ul>
 * <li>{@code kvalitet_outbox_backlog}: outbox rows not yet published;</li>
 * <li>{@code kvalitet_outbox_oldest_age_seconds}: how long the oldest of them has waited (0: none);</li>
 * <li>{@code kvalitet_consumer_lag{topic}}: records of each topic the service consumes that its
 * consumer group has not yet committed;</li>
 * <li>{@code kvalitet_dead_letters}: records held on the service's dead-letter topic.</li>
 * </ul>
 */
@ApplicationScoped
@Startup // registers the gauges at start, so they read 0 rather than being absent
public class PipelineMetrics {

    private static final Logger LOG = Logger.getLogger(PipelineMetrics.class);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(5);

    private final EntityManager entityManager;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String group;
    private final String deadLetterTopic;
    private final Map<String, Object> kafkaConfig;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();
    private Admin admin;

    public PipelineMetrics(EntityManager entityManager, MeterRegistry meters, Clock clock, Config config,
            @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.group.id") String group,
            @ConfigProperty(name = "mp.messaging.outgoing.dead-letters.topic") String deadLetterTopic,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.entityManager = entityManager;
        this.meters = meters;
        this.clock = clock;
        this.group = group;
        this.deadLetterTopic = deadLetterTopic;
        this.kafkaConfig = kafkaConfig;
        Gauge.builder("kvalitet.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet published to Kafka").register(meters);
        Gauge.builder("kvalitet.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("How long the oldest unpublished outbox row has waited; 0 when none waits").register(meters);
        Gauge.builder("kvalitet.dead.letters", deadLetters, AtomicLong::get)
                .description("Records held on this service's dead-letter topic").tag("topic", deadLetterTopic).register(meters);
        consumedTopics(config).forEach(topic -> lag.put(topic, lagGauge(topic)));
    }

    @Scheduled(identity = "pipeline-metrics", every = "${kvalitet.metrics.refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        refreshOutbox();
        try {
            refreshKafka();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("Consumer lag and dead letters not refreshed: %s", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void refreshOutbox() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select count(*), min(created_at) from outbox_event where published_at is null")
                .getSingleResult());
        backlog.set(((Number) row[0]).longValue());
        Instant oldest = instant(row[1]);
        oldestAgeSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()));
    }

    private static Instant instant(Object timestamp) {
        if (timestamp == null || timestamp instanceof Instant) {
            return (Instant) timestamp;
        }
        if (timestamp instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (timestamp instanceof Timestamp sql) {
            return sql.toInstant();
        }
        throw new IllegalStateException("A timestamp read as " + timestamp.getClass().getName());
    }

    /** One round trip each for the topics' partitions, their latest and earliest offsets and the group's commits. */
    private void refreshKafka() throws InterruptedException, ExecutionException, TimeoutException {
        Admin kafka = admin();
        Set<String> topics = new TreeSet<>(lag.keySet());
        topics.add(deadLetterTopic);
        List<TopicPartition> partitions = partitionsOf(kafka, topics);
        Map<TopicPartition, Long> latest = offsets(kafka, partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> earliest = offsets(kafka, partitions, OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        // A partition the group never committed on is read from its beginning (auto.offset.reset=earliest).
        lag.forEach((topic, records) -> records.set(held(partitions, topic, latest,
                p -> Math.max(earliest.get(p), committed.get(p) == null ? 0 : committed.get(p).offset()))));
        deadLetters.set(held(partitions, deadLetterTopic, latest, earliest::get));
    }

    /** The records of {@code topic} from the position {@code from} gives each partition to its end. */
    private static long held(List<TopicPartition> partitions, String topic, Map<TopicPartition, Long> latest,
            ToLongFunction<TopicPartition> from) {
        return partitions.stream().filter(p -> p.topic().equals(topic)).mapToLong(p -> latest.get(p) - from.applyAsLong(p)).sum();
    }

    /** The topics of the service's incoming channels ({@code mp.messaging.incoming.<channel>.topic}). */
    private static Set<String> consumedTopics(Config config) {
        Set<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        return topics;
    }

    private AtomicLong lagGauge(String topic) {
        AtomicLong records = new AtomicLong();
        Gauge.builder("kvalitet.consumer.lag", records, AtomicLong::get)
                .description("Records of the topic this service's consumer group has not yet committed").tag("topic", topic).register(meters);
        return records;
    }

    /** The partitions of the topics that exist; one not created yet (nothing dead-lettered, say) has none. */
    private static List<TopicPartition> partitionsOf(Admin kafka, Set<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> topic : kafka.describeTopics(topics).topicNameValues().entrySet()) {
            try {
                topic.getValue().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).partitions()
                        .forEach(p -> partitions.add(new TopicPartition(topic.getKey(), p.partition())));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        return partitions;
    }

    private static Map<TopicPartition, Long> offsets(Admin kafka, Collection<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResultInfo> offsets = kafka.listOffsets(partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> spec))).all().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return offsets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>(kafkaConfig);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, group + "-pipeline-metrics");
            admin = Admin.create(config);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(KAFKA_TIMEOUT);
        }
    }
}
