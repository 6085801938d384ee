package se.kvalitet.sanctions.escalation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import se.kvalitet.platform.audit.Actor;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.period.SwedishCalendar;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.sanctions.breach.BreachHistory;
import se.kvalitet.sanctions.breach.BreachStatus;

/**
 * Carries out each step of a case in the caller's transaction: the domain decides
 * ({@link EscalationCase}, {@link CaseRules}, {@link Ladder}); this announces the step on
 * sanction.events.v1 (and the case's history), appends it to the breach history of the unit's
 * open breaches and audits it.
 */
@ApplicationScoped
public class Escalations {

    private static final Logger LOG = Logger.getLogger(Escalations.class);

    /** The unit a trigger concerns, as the triggering event describes it. */
    public record Concerning(UUID unitId, String period, String principalOrgNumber, PrincipalKind principalKind, String municipalityCode,
            AreaOfActivity area) {
    }

    private final Ladder ladder;
    private final CaseEvents events;
    private final BreachHistory history;
    private final AuditTrail audit;
    private final Clock clock;

    public Escalations(Ladder ladder, CaseEvents events, BreachHistory history, AuditTrail audit, Clock clock) {
        this.ladder = ladder;
        this.events = events;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return SwedishCalendar.today(clock);
    }

    /** A trigger: it opens the unit's case at the step the ladder starts it at, or attaches to the case already open. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EscalationCase trigger(EscalationTrigger trigger, Concerning unit, UUID contractId) {
        SanctionStep start = ladder.startFor(trigger, unit.principalKind());
        EscalationCase open = EscalationCase.find("unitId = ?1 and status = ?2", unit.unitId(), EscalationCase.Status.OPEN).firstResult();
        if (open == null) {
            EscalationCase opened = EscalationCase.open(trigger, start, unit.unitId(), unit.period(), unit.principalOrgNumber(),
                    unit.principalKind(), unit.municipalityCode(), unit.area(), contractId, clock.instant());
            opened.persistAndFlush();
            onBreaches(opened, events.opened(opened), "EscalationCaseOpened", BreachStatus.ESCALATED, trigger.name());
            onBreaches(opened, events.proposed(opened, ladder.step(opened.principalKind, start)), "SanctionProposed", BreachStatus.ESCALATED,
                    start.name());
            audit.record("EscalationCase", opened.id, "open", null, CaseView.of(opened));
            LOG.infof("Escalation case %s opened for unit %s (%s), proposing %s", opened.id, opened.unitId, trigger, start);
            return opened;
        }
        CaseView before = CaseView.of(open);
        Optional<SanctionStep> raised = open.attach(start, contractId, ladder);
        open.persistAndFlush();
        onBreaches(open, events.attached(open, trigger, raised.orElse(null)), "CaseTriggerAttached", BreachStatus.ESCALATED, trigger.name());
        raised.ifPresent(step -> onBreaches(open, events.proposed(open, ladder.step(open.principalKind, step)), "SanctionProposed",
                BreachStatus.ESCALATED, step.name()));
        audit.record("EscalationCase", open.id, "attach", before, CaseView.of(open));
        LOG.infof("%s attached to escalation case %s of unit %s", trigger, open.id, open.unitId);
        return open;
    }

    /** A supervisor's decision on a case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decide(EscalationCase escalation, Decision decision, BigDecimal amount, String reason, String supervisor) {
        CaseView before = CaseView.of(escalation);
        SanctionStep step = escalation.decide(decision, amount, reason, ladder, today(), clock.instant());
        escalation.persistAndFlush();
        switch (decision) {
            case CONFIRM -> onBreaches(escalation, events.confirmed(escalation, ladder.step(escalation.principalKind, step), supervisor),
                    "SanctionConfirmed", BreachStatus.ESCALATED, step + (escalation.stepAmount == null ? "" : ", SEK " + escalation.stepAmount));
            case DECLINE -> onBreaches(escalation, events.declined(escalation, step, reason, supervisor), "SanctionDeclined",
                    BreachStatus.ESCALATED, step + ": " + reason);
            case RESOLVE -> onBreaches(escalation, events.resolved(escalation, supervisor), "CaseResolved", BreachStatus.RESOLVED, reason);
        }
        audit.record("EscalationCase", escalation.id, decision.name().toLowerCase(), before, CaseView.of(escalation));
        LOG.infof("Escalation case %s: %s %s by %s", escalation.id, decision, step == null ? "" : step, supervisor);
    }

    /** A fulfilled contract resolves the case it concerns. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contractFulfilled(UUID contractId) {
        EscalationCase open = EscalationCase.find("contractId = ?1 and status = ?2", contractId, EscalationCase.Status.OPEN).firstResult();
        if (open != null) {
            CaseView before = CaseView.of(open);
            open.resolve("the contract was fulfilled", clock.instant());
            open.persistAndFlush();
            onBreaches(open, events.resolved(open, "contract-service"), "CaseResolved", BreachStatus.RESOLVED, open.resolution);
            audit.record("EscalationCase", open.id, "resolve", before, CaseView.of(open));
            LOG.infof("Escalation case %s resolved: contract %s fulfilled", open.id, contractId);
        }
    }

    /**
     * Proposes the next step of one case whose response deadline has passed unresolved, holding a
     * lock on it so that replicas running the same job propose it once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enforceDeadline(UUID caseId) {
        EscalationCase escalation = EscalationCase.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
        CaseView before = CaseView.of(escalation);
        Optional<SanctionStep> next = escalation.proposeNextIfDue(ladder, today());
        if (next.isPresent()) {
            escalation.persistAndFlush();
            onBreaches(escalation, events.proposed(escalation, ladder.step(escalation.principalKind, next.get())), "SanctionProposed",
                    BreachStatus.ESCALATED, next.get().name());
            audit.record("EscalationCase", escalation.id, "propose", before, CaseView.of(escalation));
            LOG.infof("Escalation case %s: response deadline %s passed, proposing %s", escalation.id, before.stepDeadline(), next.get());
        }
    }

    private void onBreaches(EscalationCase escalation, CloudEvent event, String type, BreachStatus status, String detail) {
        history.caseStep(escalation.unitId, event.id(), type, status, Actor.current().name(), event.time(), detail);
    }
}
