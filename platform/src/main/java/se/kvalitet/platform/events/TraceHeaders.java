package se.kvalitet.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/** The W3C {@code traceparent} header of a Kafka record: written by the relay, read by the inbox. */
final class TraceHeaders {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            return () -> Arrays.stream(carrier.toArray()).map(Header::key).iterator();
        }

        @Override
        public String get(Headers carrier, String key) {
            Header header = carrier == null ? null : carrier.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private TraceHeaders() {
    }

    /** The context a record's {@code traceparent} header names (the root context when it has none). */
    static Context of(ConsumerRecord<?, ?> record) {
        return W3C.extract(Context.root(), record.headers(), HEADERS);
    }

    /** Writes {@code context}'s {@code traceparent} into a record's headers, replacing one it had. */
    static void inject(Context context, Headers headers) {
        W3C.inject(context, headers, (carrier, key, value) -> {
            carrier.remove(key);
            carrier.add(key, value.getBytes(StandardCharsets.UTF_8));
        });
    }
}
