package se.kvalitet.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import se.kvalitet.localstack.StackConfig.Service;

/**
 * {@code ./kvalitet dlq replay SERVICE}: sends what a service dead-lettered back to the topic each
 * record came from (its {@code dead-letter-topic} header), with its key, value and trace, once the
 * cause is fixed. Safe to repeat: the replay commits how far it got in its own consumer group
 * ({@code <service>.dlq-replay}), so a second run sends only letters dead-lettered since; and every
 * consumer deduplicates on the event id, so a record sent twice (a replay that stopped between
 * sending and committing) still changes nothing twice.
 */
public final class DeadLetterReplay {

    /** Where the dead-letter topic named the topic a record came from, as the consumers write it. */
    static final String ORIGIN = "dead-letter-topic";
    private static final String DEAD_LETTER_HEADERS = "dead-letter-";
    private static final Duration POLL = Duration.ofMillis(500);

    private final Properties kafka;
    private final PrintStream out;

    /** @param kafka client properties: at least {@code bootstrap.servers}, and whatever security the cluster asks for */
    public DeadLetterReplay(Properties kafka, PrintStream out) {
        this.kafka = kafka;
        this.out = out;
    }

    /** What a replay sent: the number of records per topic they went back to, and those it could not route. */
    public record Replayed(Map<String, Integer> byTopic, int unroutable) {

        public int total() {
            return byTopic.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static void main(String[] args) {
        // The Kafka clients log through SLF4J; without a provider it would warn about that on every run.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        if (args.length != 2 || !args[0].equals("replay")) {
            System.err.println("Usage: ./kvalitet dlq replay SERVICE (one of provider-registry, indicator-service, contract-service, "
                    + "sanction-service)");
            System.exit(2);
        }
        Service service;
        try {
            service = Service.ofModule(args[1]);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            new DeadLetterReplay(clientProperties(), System.out).replay(service.module());
        } catch (RuntimeException e) {
            System.err.println("The replay stopped: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * The Kafka client properties: those of the file {@code KVALITET_KAFKA_CONFIG} names (for a
     * cluster's TLS or SASL settings), with {@code KAFKA_BOOTSTRAP_SERVERS} if set, else the local
     * stack's broker.
     */
    static Properties clientProperties() {
        Properties properties = new Properties();
        String file = System.getenv("KVALITET_KAFKA_CONFIG");
        if (file != null && !file.isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the Kafka client properties " + file, e);
            }
        }
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap != null && !bootstrap.isBlank()) {
            properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        }
        properties.putIfAbsent(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + StackConfig.ofCheckout().kafkaPort());
        return properties;
    }

    /** Sends the service's dead letters not yet replayed back where they came from, then commits. */
    public Replayed replay(String service) {
        String deadLetterTopic = service + ".dlq";
        Map<String, Integer> byTopic = new TreeMap<>();
        int unroutable = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(service));
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (partitions.isEmpty()) {
                out.println(service + " has dead-lettered nothing (" + deadLetterTopic + " does not exist).");
                return new Replayed(byTopic, 0);
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, String> letter : consumer.poll(POLL)) {
                    Header origin = letter.headers().lastHeader(ORIGIN);
                    if (origin == null) {
                        unroutable++;
                        out.printf("  %s@%d names no %s header; left alone%n", deadLetterTopic, letter.offset(), ORIGIN);
                        continue;
                    }
                    String topic = new String(origin.value(), StandardCharsets.UTF_8);
                    ProducerRecord<String, String> again = new ProducerRecord<>(topic, letter.key(), letter.value());
                    for (Header header : letter.headers()) {
                        if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                            again.headers().add(header);
                        }
                    }
                    sends.add(producer.send(again));
                    byTopic.merge(topic, 1, Integer::sum);
                }
            }
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
            consumer.commitSync();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a dead letter could not be sent again; nothing was committed, so a rerun sends it again",
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted; nothing was committed, so a rerun sends the same letters again", e);
        }
        Replayed replayed = new Replayed(byTopic, unroutable);
        out.println(replayed.total() == 0 && unroutable == 0
                ? "No dead letters of " + service + " to replay since the last replay."
                : "Sent " + replayed.total() + " dead letters of " + service + " back: " + byTopic);
        return replayed;
    }

    private Properties consumerProperties(String service) {
        Properties properties = new Properties();
        properties.putAll(kafka);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, service + ".dlq-replay");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.putAll(kafka);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return properties;
    }
}
