package se.kvalitet.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes a topic of the test broker directly, as another service would. */
public final class Topic {

    private final String name;

    private Topic(String name) {
        this.name = name;
    }

    public static Topic named(String name) {
        return new Topic(name);
    }

    /** Waits until a record matching {@code match} is on the topic and returns the first one. */
    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> match) {
        return awaitRecords(match, 1).get(0);
    }

    /** Waits until at least {@code count} matching records are on the topic; returns all it saw. */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<ConsumerRecord<String, String>> match, int count) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            consumer.subscribe(List.of(name));
            Eventually.eventually().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (match.test(record)) {
                        matching.add(record);
                    }
                });
                return matching.size() >= count;
            });
        }
        return matching;
    }

    /** Waits until a record matching {@code last} is on the topic; returns every record read up to and including it. */
    public List<ConsumerRecord<String, String>> awaitRecordsUpTo(Predicate<ConsumerRecord<String, String>> last) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            consumer.subscribe(List.of(name));
            Eventually.eventually().until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    read.add(record);
                    if (last.test(record)) {
                        return true;
                    }
                }
                return false;
            });
        }
        return read;
    }

    public void send(String key, String value) {
        send(key, value, null);
    }

    /** Sends a record carrying the W3C trace context {@code traceparent} (none when null), as the outbox relay does. */
    public void send(String key, String value, String traceparent) {
        ProducerRecord<String, String> record = new ProducerRecord<>(name, key, value);
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + name, e.getCause());
        }
    }

    private static Properties consumerProperties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }
}
