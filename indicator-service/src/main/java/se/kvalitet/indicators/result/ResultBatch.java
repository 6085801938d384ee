package se.kvalitet.indicators.result;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kvalitet.indicators.result.ResultResource.SubmitResult;
import se.kvalitet.indicators.unit.KnownUnit;
import se.kvalitet.platform.input.JsonRows;
import se.kvalitet.platform.input.RowRejection;
import se.kvalitet.platform.web.FieldProblem;

/**
 * Many results in one request: each row is recorded exactly as a single result is (identical is a
 * no-op, changed is a correction); each refused row is answered with its number, field and reason.
 * Two rows of one batch for the same unit, requirement and period that disagree are both refused:
 * neither may silently win.
 */
@ApplicationScoped
public class ResultBatch {

    public static final int MAX_ROWS = 10_000;
    private static final Logger LOG = Logger.getLogger(ResultBatch.class);

    /** What a batch did: results recorded (first results and corrections), rows that changed nothing, rows refused. */
    public record BatchResult(int recorded, int unchanged, List<RowRejection> rejected) {
    }

    private final ResultRecording recording;
    private final ObjectMapper mapper;
    private final Validator validator;

    public ResultBatch(ResultRecording recording, ObjectMapper mapper, Validator validator) {
        this.recording = recording;
        this.mapper = mapper;
        this.validator = validator;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public BatchResult fromJson(InputStream body, String recordedBy) {
        List<JsonRows.Row<SubmitResult>> rows = JsonRows.read(body, SubmitResult.class, MAX_ROWS, mapper, validator);
        List<RowRejection> rejected = new ArrayList<>();
        Set<Integer> conflicting = conflicting(rows);
        ResultRecording.CurrentResults current = prefetched(rows);
        Set<ResultKey> recordedKeys = new HashSet<>();
        int recorded = 0;
        int unchanged = 0;
        for (JsonRows.Row<SubmitResult> row : rows) {
            if (row.rejection() != null) {
                rejected.add(row.rejection());
            } else if (conflicting.contains(row.number())) {
                rejected.add(new RowRejection(row.number(), "value",
                        "another row of this batch gives a different value for the same unit, requirement and period"));
            } else if (!recordedKeys.add(ResultKey.of(row.value()))) {
                unchanged++; // the same row again: the first of them was recorded
            } else {
                try {
                    if (recording.record(row.value(), recordedBy, current).created()) {
                        recorded++;
                    } else {
                        unchanged++;
                    }
                } catch (FieldProblem e) {
                    rejected.add(new RowRejection(row.number(), e.field(), e.getMessage()));
                }
            }
        }
        LOG.infof("Result batch by %s: %d recorded, %d unchanged, %d refused", recordedBy, recorded, unchanged, rejected.size());
        return new BatchResult(recorded, unchanged, rejected);
    }

    /**
     * The batch's units and current results read in two queries up front, rather than one query per
     * row (each of which would also flush the rows recorded before it).
     */
    private static ResultRecording.CurrentResults prefetched(List<JsonRows.Row<SubmitResult>> rows) {
        Set<UUID> unitIds = new HashSet<>();
        rows.stream().filter(row -> row.value() != null).forEach(row -> unitIds.add(row.value().unitId()));
        if (unitIds.isEmpty()) {
            return ResultRecording.FROM_DATABASE;
        }
        KnownUnit.list("id in ?1", unitIds);
        Map<ResultKey, IndicatorResult> current = new HashMap<>();
        IndicatorResult.<IndicatorResult>list("unitId in ?1 and superseded = false", unitIds)
                .forEach(result -> current.put(new ResultKey(result.unitId, result.requirementCode, result.period), result));
        return (unitId, code, period) -> current.get(new ResultKey(unitId, code, period));
    }

    /** The rows whose key another row of the batch gives with another value or sample size. */
    private static Set<Integer> conflicting(List<JsonRows.Row<SubmitResult>> rows) {
        Map<ResultKey, List<JsonRows.Row<SubmitResult>>> byKey = new LinkedHashMap<>();
        rows.stream().filter(row -> row.value() != null).forEach(row -> byKey.computeIfAbsent(
                ResultKey.of(row.value()), key -> new ArrayList<>()).add(row));
        Set<Integer> conflicting = new HashSet<>();
        for (List<JsonRows.Row<SubmitResult>> same : byKey.values()) {
            SubmitResult first = same.get(0).value();
            boolean disagree = same.stream().map(JsonRows.Row::value)
                    .anyMatch(other -> other.value().compareTo(first.value()) != 0 || !Objects.equals(other.sampleSize(), first.sampleSize()));
            if (disagree) {
                same.forEach(row -> conflicting.add(row.number()));
            }
        }
        return conflicting;
    }
}
