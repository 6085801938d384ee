package se.kvalitet.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends a record a batch consumer cannot apply to the service's dead-letter topic
 * ({@code <service>.dlq}), with its key, value and where it came from, as the connector's own
 * dead-letter strategy does for single-record consumers. Returns only once the broker has it, so
 * a dead letter is never lost while the rest of its batch goes on.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Emitter<String> emitter;

    public DeadLetters(@Channel("dead-letters") Emitter<String> emitter) {
        this.emitter = emitter;
    }

    public void send(ConsumerRecord<String, String> record, String consumer, Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        headers.add("dead-letter-reason", bytes(String.valueOf(reason.getMessage())));
        headers.add("dead-letter-cause", bytes(reason.getClass().getName()));
        headers.add("dead-letter-topic", bytes(record.topic()));
        headers.add("dead-letter-partition", bytes(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", bytes(Long.toString(record.offset())));
        headers.add("dead-letter-consumer", bytes(consumer));
        CompletableFuture<Void> ack = Acknowledged.send(emitter, record.value(),
                OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build());
        try {
            ack.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering a record of " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A record of " + record.topic() + " could not be dead-lettered", e);
        }
        LOG.warnf("%s dead-lettered the record at %s-%d@%d: %s", consumer, record.topic(), record.partition(), record.offset(), reason.toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
