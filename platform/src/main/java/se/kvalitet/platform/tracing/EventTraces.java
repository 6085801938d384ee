package se.kvalitet.platform.tracing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * How a trace crosses Kafka. A change records the W3C {@code traceparent} of the span it was made
 * in with its outbox row ({@link #currentTraceparent}); the relay sends it as the record's
 * {@code traceparent} header; the consumer that applies the record continues that trace, and
 * while it acts for the event ({@code Actor.act}) that context is current ({@link #enter}), so
 * what it publishes in turn carries the same trace id. The Kafka side is the events package's.
 */
public final class EventTraces {

    public static final String TRACEPARENT = "traceparent";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final ThreadLocal<Map<UUID, Context>> APPLYING = new ThreadLocal<>();

    private EventTraces() {
    }

    /** The current span's context as a {@code traceparent} value, or null when no span is current. */
    public static String currentTraceparent() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        String[] traceparent = new String[1];
        W3C.inject(Context.current(), traceparent, (carrier, key, value) -> {
            if (TRACEPARENT.equals(key)) {
                carrier[0] = value;
            }
        });
        return traceparent[0];
    }

    /** The context a {@code traceparent} value names (the root context when it is null or malformed). */
    public static Context of(String traceparent) {
        return traceparent == null ? Context.root() : W3C.extract(Context.root(), traceparent, TRACEPARENT_VALUE);
    }

    /** Runs {@code work} with the traces of the events it applies known by event id, for {@link #enter}. */
    public static <T> T applying(Map<UUID, Context> traces, Supplier<T> work) {
        Map<UUID, Context> outer = APPLYING.get();
        APPLYING.set(traces);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                APPLYING.remove();
            } else {
                APPLYING.set(outer);
            }
        }
    }

    /** Makes the trace of the event being applied current until the scope closes (nothing, when it is not known). */
    public static Scope enter(UUID eventId) {
        Map<UUID, Context> traces = APPLYING.get();
        Context trace = traces == null || eventId == null ? null : traces.get(eventId);
        return trace == null ? Scope.noop() : trace.makeCurrent();
    }

    private static final TextMapGetter<String> TRACEPARENT_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };
}
