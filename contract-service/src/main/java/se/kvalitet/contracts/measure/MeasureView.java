package se.kvalitet.contracts.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A measure as the API shows it and the audit trail records it. */
public record MeasureView(String code, String title, String description, String evidence, BigDecimal estimatedCost,
        List<String> requirements, Instant createdAt, String createdBy) {

    public static MeasureView of(Measure m) {
        return new MeasureView(m.code, m.title, m.description, m.evidence, m.estimatedCost, List.copyOf(m.requirements), m.createdAt,
                m.createdBy);
    }
}
