package se.kvalitet.sanctions.escalation;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import se.kvalitet.platform.schedule.DueWork;

/**
 * The job that proposes the next step of every case whose response deadline has passed
 * unresolved, every {@code kvalitet.cases.deadline-check}, on the injected clock: each case in its
 * own transaction under a row lock (see {@link Escalations#enforceDeadline}), so that replicas
 * running the job at the same time propose each step once.
 */
@ApplicationScoped
public class CaseDeadlines {

    public static final String JOB = "case-deadlines";

    private final Escalations escalations;

    public CaseDeadlines(Escalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(identity = JOB, every = "${kvalitet.cases.deadline-check}", delayed = "${kvalitet.cases.deadline-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        enforce();
    }

    /** Proposes every step due today; returns how many cases it looked at. */
    public int enforce() {
        return DueWork.run(JOB, () -> EscalationCase.find(
                "select c.id from EscalationCase c where c.status = ?1 and c.proposedStep is null and c.stepDeadline < ?2",
                EscalationCase.Status.OPEN, escalations.today()).project(UUID.class).list(), escalations::enforceDeadline);
    }
}
