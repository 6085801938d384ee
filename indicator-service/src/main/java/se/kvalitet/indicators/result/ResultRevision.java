package se.kvalitet.indicators.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A revision of a unit's result as judged, before it is stored: as an {@link IndicatorResult}
 * one at a time, or as a row of an import's COPY, which needs no entity for each of a million rows.
 */
public record ResultRevision(
        UUID id,
        UUID unitId,
        String requirementCode,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        int revision,
        BigDecimal value,
        Integer sampleSize,
        String source,
        int thresholdVersion,
        BigDecimal threshold,
        Outcome outcome,
        Instant recordedAt,
        String recordedBy) {
}
