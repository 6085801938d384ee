package se.kvalitet.indicators.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * An import job as its submitter follows it: state and counts while it runs (rows read so far;
 * of them recorded, unchanged and refused), and where to download the refused rows.
 */
public record ImportJobView(UUID id, ImportJob.Format format, ImportJob.State state, String submittedBy, Instant submittedAt,
        Instant startedAt, Instant finishedAt, int rowsTotal, int rowsRead, int recorded, int unchanged, int rejected, String failure,
        String rejections) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id, job.format, job.state, job.submitterName, job.submittedAt, job.startedAt, job.finishedAt,
                job.rowsTotal, job.rowsRead, job.recorded, job.unchanged, job.rejected, job.failure, ImportResource.rejectionsOf(job.id));
    }
}
