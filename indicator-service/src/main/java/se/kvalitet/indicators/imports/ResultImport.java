package se.kvalitet.indicators.imports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;


import io.quarkus.narayana.jta.QuarkusTransaction;
import se.kvalitet.indicators.requirement.Requirement;
import se.kvalitet.indicators.result.IndicatorResult;
import se.kvalitet.indicators.result.ResultRecording;
import se.kvalitet.indicators.result.ResultResource.SubmitResult;
import se.kvalitet.indicators.result.ResultView;
import se.kvalitet.indicators.unit.KnownUnit;
import se.kvalitet.platform.bulk.Copy;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.input.RowRejection;
import se.kvalitet.platform.web.FieldProblem;
import se.kvalitet.platform.web.Problem;
import se.kvalitet.platform.web.ProblemMapper;

/**
 * Records an import job's rows in three steps, each holding only one chunk of rows in memory:
 * <ol>
 * <li>{@link Staging}: the rows that read as results are staged in {@code import_row}, the others
 * refused with their number and reason;</li>
 * <li>{@link #settleRepeats}: rows giving one unit, requirement and period different values are
 * all refused (neither may silently win); a row repeating an earlier one exactly changes nothing;</li>
 * <li>{@link #recordStaged}: the staged rows, chunk by chunk in row order, each chunk in one
 * transaction, are judged and recorded exactly as single results are (identical to the current
 * result: unchanged; different: a correction) and announced, written with COPY. Each names the
 * job, whose audit entries stand for them.</li>
 * </ol>
 */
@ApplicationScoped
public class ResultImport {

    static final int CHUNK = 5_000;
    private static final int ATTEMPTS = 3;
    private static final List<String> STAGED = List.of("job_id", "row_number", "unit_id", "requirement_code", "period", "value",
            "sample_size", "source");
    private static final List<String> REJECTED = List.of("job_id", "row_number", "field", "reason");
    private static final List<String> RESULT = List.of("id", "unit_id", "requirement_code", "period", "period_start", "period_end",
            "revision", "value", "sample_size", "source", "threshold_version", "threshold", "outcome", "superseded", "recorded_at",
            "recorded_by", "import_job_id");
    private static final String REPEATS = """
            with keyed as (
                select row_number,
                       min(value) over k <> max(value) over k
                           or min(coalesce(sample_size, -1)) over k <> max(coalesce(sample_size, -1)) over k as conflicting,
                       row_number() over (partition by unit_id, requirement_code, period order by row_number) as nth
                from import_row where job_id = ?1
                window k as (partition by unit_id, requirement_code, period)
            ), refused as (
                insert into import_rejection (job_id, row_number, field, reason)
                select ?1, row_number, 'value', 'another row of this file gives a different value or sample size for the same unit, requirement and period'
                from keyed where conflicting
                returning 1
            ), settled as (
                delete from import_row r
                where r.job_id = ?1 and r.row_number in (select row_number from keyed where conflicting or nth > 1)
                returning 1
            )
            select (select count(*) from refused), (select count(*) from settled) - (select count(*) from refused)
            """;
    private static final String NEXT_CHUNK = """
            select r.row_number, r.unit_id, r.requirement_code, r.period, r.value, r.sample_size, r.source,
                   c.id, c.value, c.sample_size, c.revision
            from import_row r
            left join indicator_result c on c.unit_id = r.unit_id and c.requirement_code = r.requirement_code
                                         and c.period = r.period and not c.superseded
            where r.job_id = ?1 and r.row_number > ?2
            order by r.row_number
            limit ?3
            """;

    private final EntityManager entityManager;
    private final ResultRecording recording;
    private final Outbox outbox;
    private final Clock clock;

    public ResultImport(EntityManager entityManager, ResultRecording recording, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.recording = recording;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A staged row, or why the row cannot be one; each format reads its rows into these. */
    public record Read(int number, SubmitResult result, RowRejection rejection) {

        /** The row as a result to stage, or refused with the first bean-validation rule it breaks (as a single result would be). */
        static Read validated(int number, SubmitResult result, Validator validator) {
            Optional<ConstraintViolation<SubmitResult>> invalid = validator.validate(result).stream().findFirst();
            if (invalid.isPresent()) {
                Problem.Violation violation = ProblemMapper.violationOf(invalid.get());
                return refused(number, violation.field(), violation.reason());
            }
            return new Read(number, result, null);
        }

        static Read refused(int number, String field, String reason) {
            return new Read(number, null, new RowRejection(number, field, reason));
        }
    }

    /** A stager for the job's rows; close it to write the last of them. */
    Staging staging(UUID jobId) {
        return new Staging(jobId);
    }

    /** Step 1: takes read rows and writes them a chunk at a time, staged or refused, updating the job's counts. */
    final class Staging implements AutoCloseable {

        private final UUID jobId;
        private final List<Object[]> staged = new ArrayList<>(CHUNK);
        private final List<Object[]> refused = new ArrayList<>();
        private int read;
        private int rejected;

        Staging(UUID jobId) {
            this.jobId = jobId;
        }

        void accept(Read row) {
            read++;
            if (row.rejection() != null) {
                rejected++;
                refused.add(new Object[] { jobId, row.number(), row.rejection().field(), row.rejection().reason() });
            } else {
                SubmitResult r = row.result();
                staged.add(new Object[] { jobId, row.number(), r.unitId(), r.requirementCode(), r.period(), r.value().toPlainString(),
                        r.sampleSize(), r.source() });
            }
            if (staged.size() + refused.size() >= CHUNK) {
                flush();
            }
        }

        private void flush() {
            int readNow = read;
            int rejectedNow = rejected;
            QuarkusTransaction.requiringNew().run(() -> {
                Copy.into(entityManager, "import_row", STAGED, staged);
                Copy.into(entityManager, "import_rejection", REJECTED, refused);
                ImportJob.update("rowsRead = ?1, rejected = ?2, heartbeatAt = ?3 where id = ?4", readNow, rejectedNow, clock.instant(), jobId);
            });
            staged.clear();
            refused.clear();
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** Step 2: refuses rows that disagree on a key and drops exact repeats (unchanged). */
    void settleRepeats(UUID jobId) {
        // Freshly staged rows have no statistics yet; without them the planner joins them row by row.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("analyze import_row").executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] counts = (Object[]) entityManager.createNativeQuery(REPEATS).setParameter(1, jobId).getSingleResult();
            int conflicting = ((Number) counts[0]).intValue();
            int repeated = ((Number) counts[1]).intValue();
            ImportJob.update("rejected = rejected + ?1, unchanged = unchanged + ?2, heartbeatAt = ?3 where id = ?4",
                    conflicting, repeated, clock.instant(), jobId);
        });
    }

    /** Step 3: records the staged rows chunk by chunk, in row order, and removes them. */
    void recordStaged(UUID jobId, String recordedBy) {
        Map<String, Requirement> requirements = QuarkusTransaction.requiringNew().call(() -> {
            List<Requirement> all = Requirement.listAll();
            all.forEach(requirement -> requirement.versions.size());
            return all.stream().collect(Collectors.toMap(requirement -> requirement.code, Function.identity()));
        });
        int after = 0;
        while (after >= 0) {
            after = recordChunk(jobId, after, recordedBy, requirements);
        }
    }

    /** Removes what is left of the job's staged rows, however it ended. */
    void unstage(UUID jobId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from import_row where job_id = ?1")
                .setParameter(1, jobId).executeUpdate());
    }

    /** Records the next chunk after row {@code after}; the last row number it took, or -1 when none was left. */
    private int recordChunk(UUID jobId, int after, String recordedBy, Map<String, Requirement> requirements) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> chunk(jobId, after, recordedBy, requirements));
            } catch (RuntimeException e) {
                // A single result recorded for the same key between the read and the write loses the
                // race on the current-result index: read the chunk again and judge it anew.
                if (attempt >= ATTEMPTS || !ProblemMapper.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private int chunk(UUID jobId, int after, String recordedBy, Map<String, Requirement> requirements) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(NEXT_CHUNK).setParameter(1, jobId).setParameter(2, after)
                .setParameter(3, CHUNK).getResultList();
        if (rows.isEmpty()) {
            return -1;
        }
        Set<UUID> unitIds = rows.stream().map(row -> (UUID) row[1]).collect(Collectors.toSet());
        Map<UUID, KnownUnit> units = KnownUnit.<KnownUnit>list("id in ?1", unitIds).stream()
                .collect(Collectors.toMap(unit -> unit.id, Function.identity()));
        Set<UUID> superseded = new HashSet<>();
        List<Pending> pending = new ArrayList<>(rows.size());
        List<Object[]> refused = new ArrayList<>();
        int unchanged = 0;
        for (Object[] row : rows) {
            int number = (Integer) row[0];
            SubmitResult submitted = new SubmitResult((UUID) row[1], (String) row[2], (String) row[3], (BigDecimal) row[4],
                    (Integer) row[5], (String) row[6]);
            ResultRecording.Judged judged;
            try {
                judged = ResultRecording.judge(submitted, units.get(submitted.unitId()), requirements.get(submitted.requirementCode()));
            } catch (FieldProblem e) {
                refused.add(new Object[] { jobId, number, e.field(), e.getMessage() });
                continue;
            }
            UUID currentId = (UUID) row[7];
            if (currentId != null && ((BigDecimal) row[8]).compareTo(submitted.value()) == 0 && Objects.equals(row[9], submitted.sampleSize())) {
                unchanged++;
                continue;
            }
            if (currentId != null) {
                superseded.add(currentId);
            }
            pending.add(new Pending(judged, submitted, currentId, currentId == null ? 0 : (Integer) row[10]));
        }
        write(jobId, pending, superseded, recordedBy);
        Copy.into(entityManager, "import_rejection", REJECTED, refused);
        ImportJob.update("recorded = recorded + ?1, unchanged = unchanged + ?2, rejected = rejected + ?3, heartbeatAt = ?4 where id = ?5",
                pending.size(), unchanged, refused.size(), clock.instant(), jobId);
        return (Integer) rows.get(rows.size() - 1)[0];
    }

    private record Pending(ResultRecording.Judged judged, SubmitResult submitted, UUID currentId, int currentRevision) {
    }

    /**
     * Supersedes the corrected results, then stores and announces the new revisions, each naming
     * the job; the job's own audit entries stand for them.
     */
    private void write(UUID jobId, List<Pending> pending, Set<UUID> superseded, String recordedBy) {
        if (!superseded.isEmpty()) {
            IndicatorResult.update("superseded = true where id in ?1", superseded);
        }
        List<Object[]> rows = new ArrayList<>(pending.size());
        List<Outbox.Publication> publications = new ArrayList<>(pending.size());
        Instant now = clock.instant();
        for (Pending p : pending) {
            IndicatorResult result = p.judged().revisionAfter(p.currentRevision(), p.submitted(), recordedBy, now);
            result.importJobId = jobId;
            rows.add(new Object[] { result.id, result.unitId, result.requirementCode, result.period, result.periodStart, result.periodEnd,
                    result.revision, result.value.toPlainString(), result.sampleSize, result.source, result.thresholdVersion,
                    result.threshold.toPlainString(), result.outcome.name(), false, result.recordedAt, result.recordedBy, jobId });
            publications.add(new Outbox.Publication(ResultRecording.TOPIC, ResultRecording.RESULT_RECORDED, result.unitId.toString(),
                    p.judged().announcement(result, p.currentId())));
            recording.counted(result);
        }
        Copy.into(entityManager, "indicator_result", RESULT, rows);
        outbox.publishAll(publications);
    }
}
