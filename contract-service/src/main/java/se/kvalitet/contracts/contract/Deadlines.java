package se.kvalitet.contracts.contract;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import se.kvalitet.platform.schedule.DueWork;

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
        return DueWork.run(JOB, () -> Contract.find("select distinct c.id from Contract c left join c.milestones m where"
                + " (c.status = ?1 and c.signingDeadline < ?4)"
                + " or (c.status = ?2 and c.startDate <= ?4)"
                + " or (c.status = ?3 and (c.endDate < ?4 or (m.doneOn is null and m.overdueAnnouncedOn is null and m.dueDate < ?4)))",
                ContractStatus.ISSUED, ContractStatus.SIGNED, ContractStatus.ACTIVE, lifecycle.today()).project(UUID.class).list(),
                lifecycle::enforceDeadlines);
    }
}
