package se.kvalitet.platform.events;

import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Sends a record through an emitter and says when the broker has acknowledged it, or why it could not. */
final class Acknowledged {

    private Acknowledged() {
    }

    static CompletableFuture<Void> send(Emitter<String> emitter, String payload, OutgoingKafkaRecordMetadata<String> metadata) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        emitter.send(Message.of(payload, Metadata.of(metadata), () -> {
            ack.complete(null);
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            ack.completeExceptionally(failure);
            return CompletableFuture.completedFuture(null);
        }));
        return ack;
    }
}
