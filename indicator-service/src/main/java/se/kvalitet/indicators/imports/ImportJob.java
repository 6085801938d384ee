package se.kvalitet.indicators.imports;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.audit.Actor;

/**
 * An uploaded file of results being recorded in the background: who sent it, how far it has got
 * (rows read, recorded, unchanged, refused) and how it ended. Its rows are recorded exactly as
 * single results are; a row refused is kept with its number and reason for download.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public enum Format {
        CSV,
        KOLADA
    }

    public enum State {
        /** Received and waiting for the worker. */
        QUEUED,
        /** Rows being read and recorded; the counts grow. */
        RUNNING,
        /** Every row read; each recorded, unchanged or refused. */
        SUCCEEDED,
        /** Stopped before the end; {@code failure} says why and what was recorded. */
        FAILED;

        boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Format format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "submitter_subject", nullable = false)
    public String submitterSubject;

    @Column(name = "submitter_name", nullable = false)
    public String submitterName;

    @Column(name = "submitter_roles", nullable = false)
    public String submitterRoles;

    @Column(name = "submitter_org_number")
    public String submitterOrgNumber;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Touched as the job makes progress; a job unfinished and untouched for long was lost with its replica. */
    @Column(name = "heartbeat_at", nullable = false)
    public Instant heartbeatAt;

    @Column(name = "rows_total", nullable = false)
    public int rowsTotal;

    @Column(name = "rows_read", nullable = false)
    public int rowsRead;

    @Column(nullable = false)
    public int recorded;

    @Column(nullable = false)
    public int unchanged;

    @Column(nullable = false)
    public int rejected;

    public String failure;

    static ImportJob received(Format format, int rows, Actor submitter, Instant at) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.format = format;
        job.state = State.QUEUED;
        job.submitterSubject = submitter.id();
        job.submitterName = submitter.name();
        job.submitterRoles = String.join(",", submitter.roles());
        job.submitterOrgNumber = submitter.orgNumber();
        job.requestId = submitter.requestId();
        job.submittedAt = at;
        job.heartbeatAt = at;
        job.rowsTotal = rows;
        return job;
    }

    /** The user who sent the file: what the job records is audited as theirs. */
    Actor submitter() {
        return Actor.user(submitterSubject, submitterName,
                submitterRoles.isEmpty() ? List.of() : Arrays.asList(submitterRoles.split(",")), submitterOrgNumber, requestId);
    }

    void start(Instant at) {
        if (state != State.QUEUED) {
            throw new IllegalStateException("only a queued job starts; job " + id + " is " + state);
        }
        state = State.RUNNING;
        startedAt = at;
        heartbeatAt = at;
    }

    void succeed(Instant at) {
        state = State.SUCCEEDED;
        finishedAt = at;
        heartbeatAt = at;
    }

    void fail(String reason, Instant at) {
        state = State.FAILED;
        failure = reason;
        finishedAt = at;
        heartbeatAt = at;
    }
}
