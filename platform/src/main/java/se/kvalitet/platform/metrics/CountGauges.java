package se.kvalitet.platform.metrics;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One gauge per value of a label, counting what a service holds in each (contracts by status,
 * cases by step), set from a periodic count. Every known value has its gauge from the start, and
 * reads 0 while nothing is counted in it, so a dashboard or alert sees the whole series.
 */
public final class CountGauges {

    private final MeterRegistry meters;
    private final String name;
    private final String description;
    private final String label;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    public CountGauges(MeterRegistry meters, String name, String description, String label, Collection<String> knownValues) {
        this.meters = meters;
        this.name = name;
        this.description = description;
        this.label = label;
        knownValues.forEach(this::gauge);
    }

    /** Sets each value's gauge to its count; a value absent from {@code counted} reads 0. */
    public void set(Map<String, Long> counted) {
        counts.forEach((value, count) -> count.set(counted.getOrDefault(value, 0L)));
        counted.forEach((value, count) -> gauge(value).set(count));
    }

    private AtomicLong gauge(String value) {
        return counts.computeIfAbsent(value, v -> {
            AtomicLong count = new AtomicLong();
            Gauge.builder(name, count, AtomicLong::get).description(description).tag(label, v).register(meters);
            return count;
        });
    }
}
