package se.kvalitet.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** W3C trace context as a caller sends it and as a Kafka record carries it. */
public final class Traceparents {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Traceparents() {
    }

    /** A fresh, sampled {@code traceparent} of a trace no one else uses. */
    public static String fresh() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    /** The trace id a {@code traceparent} names. */
    public static String traceId(String traceparent) {
        String[] parts = traceparent.split("-");
        if (parts.length != 4 || parts[1].length() != 32) {
            throw new AssertionError("not a W3C traceparent: " + traceparent);
        }
        return parts[1];
    }

    /** The span id a {@code traceparent} names (the span the receiver's work is a child of). */
    public static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    /** The record's {@code traceparent} header. */
    public static String of(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader("traceparent");
        if (header == null) {
            throw new AssertionError("the record at " + record.topic() + "@" + record.offset() + " carries no traceparent header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
