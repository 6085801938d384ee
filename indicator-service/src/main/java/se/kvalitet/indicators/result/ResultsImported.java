package se.kvalitet.indicators.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of {@code se.kvalitet.indicator.ResultsImported}: results an import job recorded for
 * one unit, in row order; schema api-specs/events/results-imported.schema.json. Each result says
 * what {@link ResultRecorded} would, less what the event says once (the unit) and what the
 * catalogue holds for its requirement and threshold version (weight, threshold, direction,
 * minimum sample size), which never change once written: a national year is a million results.
 */
public record ResultsImported(UUID unitId, UUID importJobId, List<Result> results) {

    /** The most results one event carries, so that a unit with many rows in a chunk still makes events of a moderate size. */
    public static final int MAX_RESULTS = 500;

    /** One imported result; {@code supersedes} and {@code sampleSize} are left out when there is none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(UUID resultId, String requirementCode, String period, int revision, UUID supersedes, BigDecimal value,
            Integer sampleSize, boolean critical, Judgement judgement) {

        public record Judgement(Outcome outcome, int thresholdVersion) {
        }
    }

    /** Each unit's results, in the order given, at most {@link #MAX_RESULTS} to an event. */
    public static List<ResultsImported> byUnit(UUID importJobId, Map<UUID, List<Result>> byUnit) {
        List<ResultsImported> events = new ArrayList<>();
        byUnit.forEach((unitId, results) -> {
            for (int from = 0; from < results.size(); from += MAX_RESULTS) {
                events.add(new ResultsImported(unitId, importJobId, results.subList(from, Math.min(results.size(), from + MAX_RESULTS))));
            }
        });
        return events;
    }
}
