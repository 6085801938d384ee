package se.kvalitet.indicators.result;

import java.math.BigDecimal;
import java.util.UUID;

/** The data of {@code se.kvalitet.indicator.ResultRecorded}; schema api-specs/events/result-recorded.schema.json. */
public record ResultRecorded(
        UUID resultId,
        UUID unitId,
        String requirementCode,
        String period,
        int revision,
        UUID supersedes,
        BigDecimal value,
        Integer sampleSize,
        boolean critical,
        BigDecimal weight,
        Judgement judgement) {

    public record Judgement(Outcome outcome, int thresholdVersion, BigDecimal threshold, String direction, int minimumSampleSize) {
    }
}
