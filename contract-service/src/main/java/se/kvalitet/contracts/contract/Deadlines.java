package se.kvalitet.contracts.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.kvalitet.platform.audit.Actor;

/**
 * The job that enforces every contract deadline on the injected clock, every
 * {@code kvalitet.contracts.deadline-check}: each contract with a deadline due is handled in its
 * own transaction under a row lock (see {@link ContractLifecycle#enforceDeadlines}), so that
 * replicas running the job at the same time enforce each deadline once, and one contract's
 * failure does not hold up the others.
 */
@ApplicationScoped
public class Deadlines {

    public static final String JOB = "contract-deadlines";
    private static final Logger LOG = Logger.getLogger(Deadlines.class);

    private final ContractLifecycle lifecycle;

    public Deadlines(ContractLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(identity = JOB, every = "${kvalitet.contracts.deadline-check}", delayed = "${kvalitet.contracts.deadline-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        enforce();
    }

    /** Enforces every deadline due today; returns how many contracts it looked at. */
    public int enforce() {
        return Actor.scheduler(JOB).act(() -> {
            LocalDate today = lifecycle.today();
            List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Contract.find(
                    "select distinct c.id from Contract c left join c.milestones m where"
                            + " (c.status = ?1 and c.signingDeadline < ?4)"
                            + " or (c.status = ?2 and c.startDate <= ?4)"
                            + " or (c.status = ?3 and (c.endDate < ?4 or (m.doneOn is null and m.overdueAnnouncedOn is null and m.dueDate < ?4)))",
                    ContractStatus.ISSUED, ContractStatus.SIGNED, ContractStatus.ACTIVE, today).project(UUID.class).list());
            for (UUID id : due) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> lifecycle.enforceDeadlines(id));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Could not enforce the deadlines of contract %s; the next run tries again", id);
                }
            }
            return due.size();
        });
    }
}
