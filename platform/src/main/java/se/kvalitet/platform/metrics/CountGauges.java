package se.kvalitet.platform.metrics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

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

    /**
     * Counts afresh with {@code query}, in a transaction of its own: a native query whose rows are
     * (value, count), e.g. {@code select status, count(*) from contract group by status}.
     */
    public void count(EntityManager entityManager, String query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(query).getResultList());
        set(rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue())));
    }

    /** Sets each value's gauge to its count; a value absent from {@code counted} reads 0. */
    void set(Map<String, Long> counted) {
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
