package se.kvalitet.sanctions.escalation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.kvalitet.platform.audit.Actor;

/**
 * The job that proposes the next step of every case whose response deadline has passed
 * unresolved, every {@code kvalitet.cases.deadline-check}, on the injected clock: each case in its
 * own transaction under a row lock (see {@link Escalations#enforceDeadline}), so that replicas
 * running the job at the same time propose each step once.
 */
@ApplicationScoped
public class CaseDeadlines {

    public static final String JOB = "case-deadlines";
    private static final Logger LOG = Logger.getLogger(CaseDeadlines.class);

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
        return Actor.scheduler(JOB).act(() -> {
            List<UUID> due = QuarkusTransaction.requiringNew().call(() -> EscalationCase.find(
                    "select c.id from EscalationCase c where c.status = ?1 and c.proposedStep is null and c.stepDeadline < ?2",
                    EscalationCase.Status.OPEN, escalations.today()).project(UUID.class).list());
            for (UUID id : due) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> escalations.enforceDeadline(id));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Could not enforce the response deadline of case %s; the next run tries again", id);
                }
            }
            return due.size();
        });
    }
}
