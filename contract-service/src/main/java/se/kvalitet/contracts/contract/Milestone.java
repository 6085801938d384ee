package se.kvalitet.contracts.contract;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A dated step of a contract, usually one per measure; the principal reports it done. */
@Embeddable
public class Milestone {

    @Column(name = "milestone_id", nullable = false)
    public UUID milestoneId;

    @Column(name = "measure_code")
    public String measureCode;

    @Column(nullable = false)
    public String description;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(name = "overdue_announced_on")
    public LocalDate overdueAnnouncedOn;

    protected Milestone() {
    }

    public Milestone(String measureCode, String description, LocalDate dueDate) {
        this.milestoneId = UUID.randomUUID();
        this.measureCode = measureCode;
        this.description = description;
        this.dueDate = dueDate;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    /** Not done, the grace period after its due date over, and not yet announced as overdue. */
    public boolean isOverdueUnannounced(LocalDate today, Period grace) {
        return !isDone() && overdueAnnouncedOn == null && today.isAfter(dueDate.plus(grace));
    }
}
