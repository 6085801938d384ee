package se.kvalitet.indicators.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The data of {@code se.kvalitet.indicator.ResultsImported}: results an import job recorded for
 * one unit, in row order; schema api-specs/events/results-imported.schema.json.
 */
public record ResultsImported(UUID unitId, UUID importJobId, List<ResultRecorded> results) {

    /** The most results one event carries, so that a unit with many rows in a chunk still makes events of a moderate size. */
    public static final int MAX_RESULTS = 500;

    /** The announcements grouped by unit, in the order of each unit's first, each unit's in the order given, at most {@link #MAX_RESULTS} to an event. */
    public static List<ResultsImported> byUnit(UUID importJobId, List<ResultRecorded> announcements) {
        Map<UUID, List<ResultRecorded>> byUnit = new LinkedHashMap<>();
        announcements.forEach(announced -> byUnit.computeIfAbsent(announced.unitId(), unit -> new ArrayList<>()).add(announced));
        List<ResultsImported> events = new ArrayList<>();
        byUnit.forEach((unitId, results) -> {
            for (int from = 0; from < results.size(); from += MAX_RESULTS) {
                events.add(new ResultsImported(unitId, importJobId, results.subList(from, Math.min(results.size(), from + MAX_RESULTS))));
            }
        });
        return events;
    }
}
