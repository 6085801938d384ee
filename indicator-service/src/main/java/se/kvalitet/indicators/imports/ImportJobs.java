package se.kvalitet.indicators.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.kvalitet.platform.audit.Actor;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.web.TooLargeProblem;

/**
 * Receives uploaded result files and runs them as import jobs, one at a time per replica, in the
 * background: the upload is written to a spool file (checked for size and form as it arrives, so a
 * malformed file is refused at once with nothing stored), a job is queued, and the worker reads
 * the file as a stream through {@link ResultImport}. A job left unfinished by a replica that
 * stopped is failed by the sweep, saying how far it got; sending the file again is safe, since
 * rows already recorded are unchanged.
 */
@ApplicationScoped
public class ImportJobs {

    public static final String AUDITED_AS = "ImportJob";
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final String WORKER = "result-import";

    /** Reads a spooled file's rows, in row order; each format has one. */
    @FunctionalInterface
    public interface Reader extends BiConsumer<Path, ResultImport.Rows> {
    }

    /** Reads a whole upload of at most {@code bytesAtMost} bytes for its form alone; each format has one. */
    @FunctionalInterface
    public interface Check {

        Checked check(InputStream upload, long bytesAtMost);
    }

    /** What a check found: the upload's number of data rows, and whether two of them may give one unit, requirement and period. */
    public record Checked(int rows, boolean mayRepeat) {
    }

    private final ResultImport resultImport;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path spoolDir;
    private final long maxBytes;
    private final Duration staleAfter;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, WORKER);
        thread.setDaemon(true);
        return thread;
    });

    public ImportJobs(ResultImport resultImport, AuditTrail audit, Clock clock,
            @ConfigProperty(name = "kvalitet.imports.spool-dir") Path spoolDir,
            @ConfigProperty(name = "kvalitet.imports.max-bytes") long maxBytes,
            @ConfigProperty(name = "kvalitet.imports.stale-after") Duration staleAfter) {
        this.resultImport = resultImport;
        this.audit = audit;
        this.clock = clock;
        this.spoolDir = spoolDir;
        this.maxBytes = maxBytes;
        this.staleAfter = staleAfter;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Writes {@code body} to a spool file while {@code check} reads it, refusing it beyond the
     * maximum size; the file is removed again if either refuses it.
     */
    public Spooled spool(InputStream body, Long declaredLength, Check check) {
        if (declaredLength != null && declaredLength > maxBytes) {
            throw tooLarge();
        }
        Path file;
        try {
            Files.createDirectories(spoolDir);
            file = Files.createTempFile(spoolDir, "import-", ".spool");
        } catch (IOException e) {
            throw new UncheckedIOException("The import spool directory " + spoolDir + " cannot be written", e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Checked checked = check.check(new SpoolingStream(body, out), declaredLength == null ? maxBytes : declaredLength);
            return new Spooled(file, checked);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("The upload could not be spooled to " + file, e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** An upload written to disk whole and found well-formed, with what its check found. */
    public record Spooled(Path file, Checked checked) {
    }

    /** Queues a job for a spooled file, to be read by {@code reader}; the job as queued. */
    public ImportJob submit(ImportJob.Format format, Spooled upload, Actor submitter, Reader reader) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob queued = ImportJob.received(format, upload.checked().rows(), submitter, clock.instant());
            queued.persist();
            audit.record(AUDITED_AS, queued.id, "receive", null, ImportJobView.of(queued));
            return queued;
        });
        // The job runs in the upload request's trace, which its results' events carry on.
        worker.submit(Context.current().wrap(() -> run(job.id, upload, reader)));
        return job;
    }

    /**
     * Runs a job as the user who sent it. Its audit entries: "start" (queued to running), then
     * "finish" or "fail" from the running state to the end, with the counts of the whole run. Its
     * rows are streamed to be recorded as they are read, or staged first if two of them may give
     * one key ({@link ResultImport}).
     */
    private void run(UUID jobId, Spooled upload, Reader reader) {
        Path file = upload.file();
        Actor submitter = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId).submitter());
        String recordedBy = submitter.name();
        ImportJobView[] started = new ImportJobView[1];
        try {
            submitter.act(() -> {
                started[0] = QuarkusTransaction.requiringNew().call(() -> {
                    ImportJob job = ImportJob.findById(jobId);
                    ImportJobView queued = ImportJobView.of(job);
                    job.start(clock.instant());
                    ImportJobView running = ImportJobView.of(job);
                    audit.record(AUDITED_AS, jobId, "start", queued, running);
                    return running;
                });
                long began = System.nanoTime();
                if (upload.checked().mayRepeat()) {
                    try (ResultImport.Staging staging = resultImport.staging(jobId)) {
                        reader.accept(file, staging);
                    }
                    long staged = System.nanoTime();
                    resultImport.recordStaged(jobId, recordedBy);
                    LOG.infof("Import job %s: rows read and staged in %.1f s, repeats settled and rows recorded in %.1f s", jobId,
                            (staged - began) / 1e9, (System.nanoTime() - staged) / 1e9);
                } else {
                    resultImport.recordStreamed(jobId, recordedBy, rows -> reader.accept(file, rows));
                    LOG.infof("Import job %s: rows read and recorded in %.1f s", jobId, (System.nanoTime() - began) / 1e9);
                }
                QuarkusTransaction.requiringNew().run(() -> {
                    ImportJob job = ImportJob.findById(jobId);
                    job.succeed(clock.instant());
                    audit.record(AUDITED_AS, jobId, "finish", started[0], ImportJobView.of(job));
                });
            });
            LOG.infof("Import job %s finished", jobId);
        } catch (RuntimeException e) {
            UUID incident = UUID.randomUUID();
            LOG.errorf(e, "Import job %s stopped by a fault (incident %s)", jobId, incident);
            Actor.scheduler(WORKER).act(() -> QuarkusTransaction.requiringNew().run(() -> fail(ImportJob.findById(jobId),
                    "stopped by a fault in the service (incident " + incident + ")", started[0])));
        } finally {
            delete(file);
            try {
                resultImport.unstage(jobId);
            } catch (RuntimeException e) {
                LOG.warnf("The staged rows of import job %s could not be removed: %s", jobId, e.toString());
            }
        }
    }

    /** Fails the job; the audit entry runs from {@code since} (the job as it started; null: as it is now). */
    private void fail(ImportJob job, String why, ImportJobView since) {
        ImportJobView before = since == null ? ImportJobView.of(job) : since;
        job.fail(why + " after " + job.recorded + " rows were recorded; send the file again: rows already recorded change nothing",
                clock.instant());
        audit.record(AUDITED_AS, job.id, "fail", before, ImportJobView.of(job));
    }

    /** Fails jobs whose replica stopped before finishing them: unfinished, and untouched for longer than a job ever pauses. */
    @Scheduled(identity = "import-sweep", every = "${kvalitet.imports.sweep-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        Actor.scheduler("import-sweep").act(() -> QuarkusTransaction.requiringNew().run(() -> ImportJob.<ImportJob>list(
                "state in ?1 and heartbeatAt < ?2", List.of(ImportJob.State.QUEUED, ImportJob.State.RUNNING),
                clock.instant().minus(staleAfter)).forEach(job -> {
                    LOG.warnf("Import job %s was left %s by a replica that stopped", job.id, job.state);
                    fail(job, "interrupted when the service stopped", null);
                })));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private TooLargeProblem tooLarge() {
        return new TooLargeProblem("body", "is larger than " + (maxBytes >> 20) + " MiB; split the file");
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Spool file %s could not be removed: %s", file, e.toString());
        }
    }

    /** Passes the upload through to its reader while writing it to the spool file, refusing it past the maximum. */
    private final class SpoolingStream extends InputStream {

        private final InputStream in;
        private final OutputStream out;
        private long count;

        SpoolingStream(InputStream in, OutputStream out) {
            this.in = in;
            this.out = out;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                if (count > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, offset, n);
            }
            return n;
        }
    }
}
