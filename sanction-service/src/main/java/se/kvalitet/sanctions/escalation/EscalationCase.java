package se.kvalitet.sanctions.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.rules.Refusal;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;

/**
 * An escalation case: the supervisory authority's file on a unit that did not remedy, or puts
 * its users' health at risk. It climbs the ladder of its principal's kind: a step is proposed,
 * a supervisor confirms or declines it, and when a confirmed step's response deadline passes
 * unresolved the next is proposed. Nothing is imposed without a decision.
 */
@Entity
@Table(name = "escalation_case")
public class EscalationCase extends PanacheEntityBase {

    public enum Status {
        OPEN,
        RESOLVED
    }

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    /** The period of the breach that opened the case. */
    @Column(nullable = false)
    public String period;

    @Column(name = "principal_org_number", nullable = false)
    public String principalOrgNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "principal_kind", nullable = false)
    public PrincipalKind principalKind;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaOfActivity area;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    public EscalationTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_step", nullable = false)
    public SanctionStep startStep;

    /** The step last confirmed, if any. */
    @Enumerated(EnumType.STRING)
    @Column(name = "current_step")
    public SanctionStep currentStep;

    @Column(name = "step_amount")
    public BigDecimal stepAmount;

    /** The last day to respond to the confirmed (or declined) step; after it the next step is proposed. */
    @Column(name = "step_deadline")
    public LocalDate stepDeadline;

    /** The step awaiting a supervisor's decision, if any. */
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_step")
    public SanctionStep proposedStep;

    /** The contract whose failure or overdue milestone the case concerns, if any; its fulfilment resolves the case. */
    @Column(name = "contract_id")
    public UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column
    public String resolution;

    @Version
    public long version;

    /** A case opened by a trigger, proposing the step the ladder starts it at. */
    public static EscalationCase open(EscalationTrigger trigger, SanctionStep start, UUID unitId, String period, String principalOrgNumber,
            PrincipalKind principalKind, String municipalityCode, AreaOfActivity area, UUID contractId, Instant now) {
        EscalationCase escalation = new EscalationCase();
        escalation.id = UUID.randomUUID();
        escalation.unitId = unitId;
        escalation.period = period;
        escalation.principalOrgNumber = principalOrgNumber;
        escalation.principalKind = principalKind;
        escalation.municipalityCode = municipalityCode;
        escalation.area = area;
        escalation.trigger = trigger;
        escalation.startStep = start;
        escalation.proposedStep = start;
        escalation.contractId = contractId;
        escalation.status = Status.OPEN;
        escalation.openedAt = now;
        return escalation;
    }

    /**
     * A later trigger for the same unit. A trigger that starts higher than where the case stands
     * raises the proposal to its step; returns the step newly proposed, if any.
     */
    public Optional<SanctionStep> attach(SanctionStep start, UUID triggerContractId, Ladder ladder) {
        if (triggerContractId != null) {
            contractId = triggerContractId;
        }
        SanctionStep standing = proposedStep != null ? proposedStep : currentStep;
        if (ladder.isAbove(principalKind, start, standing)) {
            proposedStep = start;
            return Optional.of(start);
        }
        return Optional.empty();
    }

    /** A supervisor's decision, once {@link CaseRules#DECIDING} allow it; returns the step decided on (null for a resolution). */
    public SanctionStep decide(Decision decision, BigDecimal amount, String reason, Ladder ladder, LocalDate today, Instant now) {
        Ladder.Step proposed = proposedStep == null ? null : ladder.step(principalKind, proposedStep);
        Refusal.enforce(new CaseRules.Deciding(this, decision, amount, reason, proposed), CaseRules.DECIDING);
        SanctionStep decided = proposedStep;
        switch (decision) {
            case CONFIRM -> {
                currentStep = proposedStep;
                stepAmount = amount == null ? null : amount.setScale(2);
                stepDeadline = today.plus(proposed.responsePeriod());
                proposedStep = null;
            }
            case DECLINE -> {
                stepDeadline = today.plus(proposed.responsePeriod());
                proposedStep = null;
            }
            case RESOLVE -> resolve(reason, now);
        }
        return decided;
    }

    /**
     * The next step when the response deadline has passed with no proposal pending: the one above
     * the confirmed step, or the start step again if it was declined. Empty at the top of the ladder.
     */
    public Optional<SanctionStep> proposeNextIfDue(Ladder ladder, LocalDate today) {
        if (status != Status.OPEN || proposedStep != null || stepDeadline == null || !today.isAfter(stepDeadline)) {
            return Optional.empty();
        }
        Optional<SanctionStep> next = currentStep == null ? Optional.of(startStep) : ladder.after(principalKind, currentStep);
        next.ifPresent(step -> proposedStep = step);
        return next;
    }

    public void resolve(String reason, Instant now) {
        status = Status.RESOLVED;
        proposedStep = null;
        resolution = reason;
        resolvedAt = now;
    }
}
