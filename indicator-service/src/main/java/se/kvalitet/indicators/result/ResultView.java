package se.kvalitet.indicators.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One revision of a result with its judgement, as the API shows it and the audit trail records it. */
public record ResultView(UUID resultId, UUID unitId, String requirementCode, String period, int revision, BigDecimal value,
        Integer sampleSize, String source, Outcome outcome, int thresholdVersion, BigDecimal threshold, boolean superseded,
        Instant recordedAt, UUID importJobId) {

    public static ResultView of(IndicatorResult r) {
        return new ResultView(r.id, r.unitId, r.requirementCode, r.period, r.revision, r.value, r.sampleSize, r.source,
                r.outcome, r.thresholdVersion, r.threshold, r.superseded, r.recordedAt, r.importJobId);
    }
}
