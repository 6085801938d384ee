package se.kvalitet.contracts.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import se.kvalitet.contracts.contract.Contract;
import se.kvalitet.contracts.contract.ContractEvents;
import se.kvalitet.contracts.contract.ContractStatus;
import se.kvalitet.contracts.contract.ContractView;
import se.kvalitet.contracts.unit.KnownUnit;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.unit.UnitStateApplied;

/**
 * Re-assesses a unit and period whenever its results or its unit change, and acts on a changed
 * verdict: a breach drafts a contract, a health risk goes to sanctions instead, and a verdict
 * that no longer holds cancels a contract that was not yet signed.
 */
@ApplicationScoped
public class Assessor {

    private static final Logger LOG = Logger.getLogger(Assessor.class);

    private final AssessmentPolicy policy;
    private final ContractEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    public Assessor(AssessmentPolicy policy, ContractEvents events, AuditTrail audit, Clock clock) {
        this.policy = policy;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A unit first seen or changed (closed, say) is re-assessed for every period it has results for. */
    void unitChanged(@Observes UnitStateApplied applied) {
        UUID unitId = applied.after().unitId();
        List<String> periods = JudgedResult.find("select distinct period from JudgedResult where unitId = ?1", unitId)
                .project(String.class).list();
        for (String period : periods) {
            reassess(unitId, period);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reassess(UUID unitId, String period) {
        KnownUnit unit = KnownUnit.findById(unitId);
        if (unit == null) {
            return; // assessed when the registry's unit state arrives
        }
        List<JudgedResult> results = JudgedResult.list("unitId = ?1 and period = ?2", unitId, period);
        Verdict verdict = unit.isActive() ? policy.assess(results) : Verdict.noBreach();
        Assessment previous = Assessment.find("unitId = ?1 and period = ?2", unitId, period).firstResult();
        if (previous != null && previous.sameAs(verdict)) {
            return;
        }
        Instant now = clock.instant();
        record(previous, unitId, period, verdict, now);
        Contract open = Contract.find("unitId = ?1 and period = ?2 and status in ?3", unitId, period, ContractStatus.open())
                .firstResult();
        switch (verdict.kind()) {
            case BREACH -> {
                if (open == null) {
                    Contract contract = Contract.draftFor(unit, period, verdict.requirements(), now);
                    contract.persist();
                    events.drafted(contract);
                    audit.record("Contract", contract.id, "draft", null, ContractView.of(contract));
                    LOG.infof("Contract %s drafted for unit %s, period %s, breached %s", contract.id, unitId, period, verdict.requirements());
                }
            }
            case HEALTH_RISK -> {
                cancelBeforeSigning(open, "health risk: referred to the supervisory authority", now);
                events.healthRisk(unitId, period, new ContractEvents.Principal(unit.principalOrgNumber, unit.principalName, unit.principalKind),
                        unit.municipalityCode, unit.area, verdict.requirements());
                LOG.infof("Health risk detected for unit %s, period %s: %s", unitId, period, verdict.requirements());
            }
            case NO_BREACH -> cancelBeforeSigning(open, unit.isActive() ? "a correction removed the breach" : "the unit closed", now);
        }
    }

    private void cancelBeforeSigning(Contract open, String reason, Instant now) {
        if (open != null && open.status.isBeforeSigning()) {
            ContractView before = ContractView.of(open);
            open.cancel(reason, now);
            events.cancelled(open);
            audit.record("Contract", open.id, "cancel", before, ContractView.of(open));
            LOG.infof("Contract %s cancelled: %s", open.id, reason);
        }
    }

    private void record(Assessment previous, UUID unitId, String period, Verdict verdict, Instant now) {
        Assessment.Snapshot before = previous == null ? null : previous.snapshot();
        Assessment assessment = previous;
        if (assessment == null) {
            assessment = new Assessment();
            assessment.id = UUID.randomUUID();
            assessment.unitId = unitId;
            assessment.period = period;
        }
        assessment.verdict = verdict.kind();
        assessment.requirements = String.join(",", verdict.requirements());
        assessment.assessedAt = now;
        assessment.persist();
        audit.record("Assessment", assessment.id, previous == null ? "assess" : "reassess", before, assessment.snapshot());
    }
}
