package se.kvalitet.indicators.imports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import se.kvalitet.indicators.requirement.Requirement;
import se.kvalitet.indicators.result.IndicatorResult;
import se.kvalitet.indicators.result.ResultKey;
import se.kvalitet.indicators.result.ResultRecording;
import se.kvalitet.indicators.result.ResultRevision;
import se.kvalitet.indicators.result.ResultResource.SubmitResult;
import se.kvalitet.indicators.result.ResultsImported;
import se.kvalitet.indicators.unit.KnownUnit;
import se.kvalitet.platform.audit.Actor;
import se.kvalitet.platform.bulk.Copy;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.input.RowRejection;
import se.kvalitet.platform.web.FieldProblem;
import se.kvalitet.platform.web.Problem;
import se.kvalitet.platform.web.ProblemMapper;

/**
 * Records an import job's rows in lanes, each lane taking the units hashed to it ({@link #laneOf})
 * and recording their rows chunk by chunk in row order, each chunk in one transaction, judged and
 * recorded exactly as single results are (identical to the current result: unchanged; different:
 * a correction), written with COPY and announced a unit at a time ({@link ResultsImported}). Each
 * names the job, whose audit entries stand for them. Rows that give one unit, requirement and
 * period different values are all refused (neither may silently win), and a row repeating an
 * earlier one exactly changes nothing. Since a repeat can be the file's last row, the file's
 * check tells whether any may occur ({@link RepeatFilter}), and the rows take one of two ways,
 * each holding only a few chunks in memory:
 * <ul>
 * <li>none may repeat (a file of distinct keys, as a national year is): {@link #recordStreamed}
 * hands each lane its chunks as they are read;</li>
 * <li>some may: {@link Staging} first writes the rows that read as results to {@code import_row}
 * (the others refused with their number and reason), then {@link #recordStaged} settles each
 * lane's repeats and records what is left.</li>
 * </ul>
 */
@ApplicationScoped
public class ResultImport {

    static final int CHUNK = 5_000;
    /** The chunks a lane may hold in the streamed way, being recorded or waiting to be, before the reader waits for it. */
    static final int QUEUED = 2;
    private static final int ATTEMPTS = 3;
    private static final List<String> STAGED = List.of("job_id", "row_number", "lane", "unit_id", "requirement_code", "period",
            "value", "sample_size", "source");
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
                from import_row where job_id = ?1 and lane = ?2
                window k as (partition by unit_id, requirement_code, period)
            ), refused as (
                insert into import_rejection (job_id, row_number, field, reason)
                select ?1, row_number, 'value', 'another row of this file gives a different value or sample size for the same unit, requirement and period'
                from keyed where conflicting
                returning 1
            ), settled as (
                delete from import_row r
                where r.job_id = ?1 and r.lane = ?2 and r.row_number in (select row_number from keyed where conflicting or nth > 1)
                returning 1
            )
            select (select count(*) from refused), (select count(*) from settled) - (select count(*) from refused)
            """;
    private static final String NEXT_CHUNK = """
            select r.row_number, r.unit_id, r.requirement_code, r.period, r.value, r.sample_size, r.source
            from import_row r
            where r.job_id = ?1 and r.lane = ?4 and r.row_number > ?2
            order by r.row_number
            limit ?3
            """;
    /**
     * The current results of a chunk's units for the periods its rows give: one index range per
     * unit, where a join would probe the index once per row. The period is checked in the index,
     * so a file of a new year reads none of the years before.
     */
    private static final String CURRENT = """
            select c.unit_id, c.requirement_code, c.period, c.id, c.value, c.sample_size, c.revision
            from indicator_result c
            where c.unit_id in (?1) and c.period in (?2) and not c.superseded
            """;

    private final EntityManager entityManager;
    private final ResultRecording recording;
    private final Outbox outbox;
    private final Clock clock;
    private final int lanes;
    private final ExecutorService helpers;

    public ResultImport(EntityManager entityManager, ResultRecording recording, Outbox outbox, Clock clock,
            @ConfigProperty(name = "kvalitet.imports.lanes") int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("kvalitet.imports.lanes must be at least 1, not " + lanes);
        }
        this.entityManager = entityManager;
        this.recording = recording;
        this.outbox = outbox;
        this.clock = clock;
        this.lanes = lanes;
        this.helpers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "result-import-helper");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        helpers.shutdownNow();
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

    /** A row of {@code import_rejection} ({@link #REJECTED}). */
    private static Object[] rejectionRow(UUID jobId, int number, String field, String reason) {
        return new Object[] { jobId, number, field, reason };
    }

    /** The lane that records a unit's rows: each unit's in one, in row order. */
    int laneOf(UUID unitId) {
        return Math.floorMod(unitId.hashCode(), lanes);
    }

    /** Takes a job's rows in row order, as a format reads them. */
    public interface Rows {

        void accept(Read row);
    }

    /** A stager for the job's rows; close it to write the last of them. */
    Staging staging(UUID jobId) {
        return new Staging(jobId);
    }

    /**
     * The staged way, first step: takes read rows and writes them a chunk at a time, staged or
     * refused, updating the job's counts. A helper writes each chunk while the next is read; one
     * chunk is written at a time.
     */
    final class Staging implements Rows, AutoCloseable {

        private final UUID jobId;
        private List<Object[]> staged = new ArrayList<>(CHUNK);
        private List<Object[]> refused = new ArrayList<>();
        private Future<?> writing = CompletableFuture.completedFuture(null);
        private int read;
        private int rejected;

        Staging(UUID jobId) {
            this.jobId = jobId;
        }

        @Override
        public void accept(Read row) {
            read++;
            if (row.rejection() != null) {
                rejected++;
                refused.add(rejectionRow(jobId, row.number(), row.rejection().field(), row.rejection().reason()));
            } else {
                SubmitResult r = row.result();
                staged.add(new Object[] { jobId, row.number(), laneOf(r.unitId()), r.unitId(), r.requirementCode(), r.period(),
                        r.value(), r.sampleSize(), r.source() });
            }
            if (staged.size() + refused.size() >= CHUNK) {
                flush();
            }
        }

        private void flush() {
            awaitWriting();
            List<Object[]> stagedNow = staged;
            List<Object[]> refusedNow = refused;
            int readNow = read;
            int rejectedNow = rejected;
            staged = new ArrayList<>(CHUNK);
            refused = new ArrayList<>();
            writing = helpers.submit(Context.current().wrap(() -> QuarkusTransaction.requiringNew().run(() -> {
                Copy.into(entityManager, "import_row", STAGED, stagedNow);
                Copy.into(entityManager, "import_rejection", REJECTED, refusedNow);
                ImportJob.update("rowsRead = ?1, rejected = ?2, heartbeatAt = ?3 where id = ?4", readNow, rejectedNow, clock.instant(), jobId);
            })));
        }

        private void awaitWriting() {
            await(writing);
        }

        @Override
        public void close() {
            flush();
            awaitWriting();
        }
    }

    /** Waits for work handed to a helper; its fault, if any, is rethrown here. */
    private static void await(Future<?> work) {
        try {
            work.get();
        } catch (ExecutionException e) {
            // A chunk chained after one that failed fails with that fault, wrapped once more.
            Throwable cause = e.getCause() instanceof CompletionException chained && chained.getCause() != null ? chained.getCause() : e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a helper", e);
        }
    }

    /** Refuses the lane's rows that disagree on a key and drops exact repeats (unchanged). */
    private void settleRepeats(UUID jobId, int lane) {
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] counts = (Object[]) entityManager.createNativeQuery(REPEATS).setParameter(1, jobId).setParameter(2, lane)
                    .getSingleResult();
            int conflicting = ((Number) counts[0]).intValue();
            int repeated = ((Number) counts[1]).intValue();
            ImportJob.update("rejected = rejected + ?1, unchanged = unchanged + ?2, heartbeatAt = ?3 where id = ?4",
                    conflicting, repeated, clock.instant(), jobId);
        });
    }

    /**
     * The staged way, second step: settles each lane's repeats and records the staged rows in
     * {@code kvalitet.imports.lanes} lanes at once, each taking the units staged in it
     * ({@link #laneOf}), chunk by chunk in row order. A unit's rows all take one lane, so its
     * results are recorded and announced in the order of its rows; while one lane waits for the
     * database, another judges its chunk. A lane that fails stops the others after their current
     * chunk, and the step fails with the first fault.
     */
    void recordStaged(UUID jobId, String recordedBy) {
        // Freshly staged rows have no statistics yet; without them the planner joins them row by row.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("analyze import_row").executeUpdate());
        Map<String, Requirement> requirements = requirements();
        AtomicBoolean stopped = new AtomicBoolean();
        Actor actor = Actor.current();
        List<Future<?>> others = new ArrayList<>();
        for (int lane = 1; lane < lanes; lane++) {
            int mine = lane;
            others.add(helpers.submit(Context.current().wrap(() -> actor.act(() -> recordLane(jobId, mine, recordedBy, requirements, stopped)))));
        }
        RuntimeException fault = null;
        try {
            recordLane(jobId, 0, recordedBy, requirements, stopped);
        } catch (RuntimeException e) {
            fault = e;
        }
        for (Future<?> other : others) {
            try {
                await(other);
            } catch (RuntimeException e) {
                stopped.set(true);
                fault = fault == null ? e : fault;
            }
        }
        if (fault != null) {
            throw fault;
        }
    }

    private Map<String, Requirement> requirements() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Requirement> all = Requirement.listAll();
            all.forEach(requirement -> requirement.versions.size());
            return all.stream().collect(Collectors.toMap(requirement -> requirement.code, Function.identity()));
        });
    }

    private void recordLane(UUID jobId, int lane, String recordedBy, Map<String, Requirement> requirements, AtomicBoolean stopped) {
        try {
            settleRepeats(jobId, lane);
            int after = 0;
            while (after >= 0 && !stopped.get()) {
                after = recordStagedChunk(jobId, lane, after, recordedBy, requirements);
            }
        } catch (RuntimeException e) {
            stopped.set(true);
            throw e;
        }
    }

    /** Removes what is left of the job's staged rows, however it ended. */
    void unstage(UUID jobId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from import_row where job_id = ?1")
                .setParameter(1, jobId).executeUpdate());
    }

    /** Records the lane's next staged chunk after row {@code after}; the last row number it took, or -1 when none was left. */
    private int recordStagedChunk(UUID jobId, int lane, int after, String recordedBy, Map<String, Requirement> requirements) {
        return retrying(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(NEXT_CHUNK).setParameter(1, jobId).setParameter(2, after)
                    .setParameter(3, CHUNK).setParameter(4, lane).getResultList();
            if (rows.isEmpty()) {
                return -1;
            }
            List<Read> staged = rows.stream().map(row -> new Read((Integer) row[0], new SubmitResult((UUID) row[1], (String) row[2],
                    (String) row[3], (BigDecimal) row[4], (Integer) row[5], (String) row[6]), null)).toList();
            record(jobId, staged, List.of(), 0, recordedBy, requirements);
            return staged.get(staged.size() - 1).number();
        });
    }

    /**
     * The streamed way: records the rows {@code reader} gives as it reads them, for a file none of
     * whose rows may repeat another's key. Each lane is handed its units' rows a chunk at a time,
     * in row order, and records them one chunk after another while the reader goes on; the reader
     * waits only for a lane already holding {@link #QUEUED} chunks. The rows refused as read, and
     * the count of rows read, go with the next chunk handed on. A lane that fails stops the reading
     * at the next hand-over, and the step fails with the first fault once no lane is busy.
     */
    void recordStreamed(UUID jobId, String recordedBy, Consumer<Rows> reader) {
        Streaming streaming = new Streaming(jobId, recordedBy, requirements());
        try {
            reader.accept(streaming);
            streaming.finish();
        } catch (RuntimeException e) {
            streaming.abandon(e);
            throw e;
        }
    }

    private final class Streaming implements Rows {

        private final UUID jobId;
        private final String recordedBy;
        private final Map<String, Requirement> requirements;
        private final Actor actor = Actor.current();
        private final List<List<Read>> chunks = new ArrayList<>(lanes);
        /** Each lane's chunks handed on and not yet seen recorded, oldest first; each runs after the one before it. */
        private final List<Deque<CompletableFuture<Void>>> handed = new ArrayList<>(lanes);
        private List<Object[]> refused = new ArrayList<>();
        private int read;

        Streaming(UUID jobId, String recordedBy, Map<String, Requirement> requirements) {
            this.jobId = jobId;
            this.recordedBy = recordedBy;
            this.requirements = requirements;
            for (int lane = 0; lane < lanes; lane++) {
                chunks.add(new ArrayList<>(CHUNK));
                handed.add(new ArrayDeque<>());
            }
        }

        @Override
        public void accept(Read row) {
            read++;
            if (row.rejection() != null) {
                refused.add(rejectionRow(jobId, row.number(), row.rejection().field(), row.rejection().reason()));
                if (refused.size() >= CHUNK) {
                    hand(0);
                }
                return;
            }
            int lane = laneOf(row.result().unitId());
            List<Read> chunk = chunks.get(lane);
            chunk.add(row);
            if (chunk.size() >= CHUNK) {
                hand(lane);
            }
        }

        /** Hands the lane its chunk, with the rows refused and read since the last hand-over, to be recorded after its chunks before. */
        private void hand(int lane) {
            for (Deque<CompletableFuture<Void>> queue : handed) {
                CompletableFuture<Void> last = queue.peekLast();
                if (last != null && last.isCompletedExceptionally()) {
                    await(last);
                }
            }
            Deque<CompletableFuture<Void>> queue = handed.get(lane);
            while (!queue.isEmpty() && (queue.peekFirst().isDone() || queue.size() >= QUEUED)) {
                await(queue.pollFirst());
            }
            List<Read> rows = chunks.get(lane);
            List<Object[]> refusedNow = refused;
            int readNow = read;
            chunks.set(lane, new ArrayList<>(CHUNK));
            refused = new ArrayList<>();
            read = 0;
            Runnable recording = Context.current().wrap(() -> actor.act(() -> {
                retrying(() -> {
                    record(jobId, rows, refusedNow, readNow, recordedBy, requirements);
                    return null;
                });
            }));
            CompletableFuture<Void> before = queue.peekLast();
            queue.addLast(before == null ? CompletableFuture.runAsync(recording, helpers) : before.thenRunAsync(recording, helpers));
        }

        void finish() {
            for (int lane = 0; lane < lanes; lane++) {
                if (!chunks.get(lane).isEmpty()) {
                    hand(lane);
                }
            }
            if (read > 0) {
                hand(0);
            }
            handed.forEach(queue -> queue.forEach(ResultImport::await));
        }

        /** Waits for the lanes still busy after {@code fault}, adding theirs to it. */
        void abandon(RuntimeException fault) {
            for (Deque<CompletableFuture<Void>> queue : handed) {
                for (CompletableFuture<Void> work : queue) {
                    try {
                        await(work);
                    } catch (RuntimeException e) {
                        if (e != fault && Arrays.stream(fault.getSuppressed()).noneMatch(known -> known == e)) {
                            fault.addSuppressed(e);
                        }
                    }
                }
            }
        }
    }

    /** Runs {@code work} in a transaction of its own, again if it loses a race with a single result. */
    private <T> T retrying(Callable<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work);
            } catch (RuntimeException e) {
                // A single result recorded for the same key between the read and the write makes this
                // chunk's revision of it a duplicate on the revision key: judge the chunk anew against what is current.
                if (attempt >= ATTEMPTS || !ProblemMapper.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Judges and writes a chunk of rows read as results, and counts them on the job, with the rows
     * {@code refused} ({@link #REJECTED}) and {@code read} before them.
     */
    private void record(UUID jobId, List<Read> rows, List<Object[]> refused, int read, String recordedBy,
            Map<String, Requirement> requirements) {
        List<Object[]> rejections = new ArrayList<>(refused);
        List<Pending> pending = new ArrayList<>(rows.size());
        Set<UUID> superseded = new HashSet<>();
        int unchanged = 0;
        if (!rows.isEmpty()) {
            Set<UUID> unitIds = rows.stream().map(row -> row.result().unitId()).collect(Collectors.toSet());
            Map<UUID, KnownUnit> units = KnownUnit.<KnownUnit>list("id in ?1", unitIds).stream()
                    .collect(Collectors.toMap(unit -> unit.id, Function.identity()));
            Map<ResultKey, Object[]> current = new HashMap<>();
            Set<String> periods = rows.stream().map(row -> row.result().period()).collect(Collectors.toSet());
            @SuppressWarnings("unchecked")
            List<Object[]> currentRows = entityManager.createNativeQuery(CURRENT).setParameter(1, unitIds).setParameter(2, periods)
                    .getResultList();
            currentRows.forEach(c -> current.put(new ResultKey((UUID) c[0], (String) c[1], (String) c[2]), c));
            for (Read row : rows) {
                SubmitResult submitted = row.result();
                ResultRecording.Judged judged;
                try {
                    judged = ResultRecording.judge(submitted, units.get(submitted.unitId()), requirements.get(submitted.requirementCode()));
                } catch (FieldProblem e) {
                    rejections.add(rejectionRow(jobId, row.number(), e.field(), e.getMessage()));
                    continue;
                }
                Object[] now = current.get(ResultKey.of(submitted));
                UUID currentId = now == null ? null : (UUID) now[3];
                if (now != null && IndicatorResult.same((BigDecimal) now[4], (Integer) now[5], submitted.value(), submitted.sampleSize())) {
                    unchanged++;
                    continue;
                }
                if (now != null) {
                    superseded.add(currentId);
                }
                pending.add(new Pending(judged, submitted, currentId, now == null ? 0 : (Integer) now[6]));
            }
        }
        write(jobId, pending, superseded, recordedBy);
        Copy.into(entityManager, "import_rejection", REJECTED, rejections);
        ImportJob.update("rowsRead = rowsRead + ?1, recorded = recorded + ?2, unchanged = unchanged + ?3, rejected = rejected + ?4, "
                + "heartbeatAt = ?5 where id = ?6", read, pending.size(), unchanged, rejections.size(), clock.instant(), jobId);
    }

    private record Pending(ResultRecording.Judged judged, SubmitResult submitted, UUID currentId, int currentRevision) {
    }

    /**
     * Supersedes the corrected results, then stores the new revisions, each naming the job (whose
     * own audit entries stand for them), and announces them a unit at a time.
     */
    private void write(UUID jobId, List<Pending> pending, Set<UUID> superseded, String recordedBy) {
        if (!superseded.isEmpty()) {
            IndicatorResult.update("superseded = true where id in ?1", superseded);
        }
        List<Object[]> rows = new ArrayList<>(pending.size());
        Map<UUID, List<ResultsImported.Result>> announcements = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (Pending p : pending) {
            ResultRevision result = p.judged().revisionAfter(p.currentRevision(), p.submitted(), recordedBy, now);
            rows.add(new Object[] { result.id(), result.unitId(), result.requirementCode(), result.period(), result.periodStart(),
                    result.periodEnd(), result.revision(), result.value(), result.sampleSize(), result.source(), result.thresholdVersion(),
                    result.threshold(), result.outcome().name(), false, result.recordedAt(), result.recordedBy(), jobId });
            announcements.computeIfAbsent(result.unitId(), unit -> new ArrayList<>()).add(p.judged().imported(result, p.currentId()));
            recording.counted(result.outcome());
        }
        Copy.into(entityManager, "indicator_result", RESULT, rows);
        outbox.publishAll(ResultsImported.byUnit(jobId, announcements).stream()
                .map(event -> new Outbox.Publication(ResultRecording.TOPIC, ResultRecording.RESULTS_IMPORTED, event.unitId().toString(), event))
                .toList());
    }
}
