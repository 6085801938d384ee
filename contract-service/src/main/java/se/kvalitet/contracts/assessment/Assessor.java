package se.kvalitet.contracts.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import se.kvalitet.contracts.contract.Contract;
import se.kvalitet.contracts.contract.ContractEvents;
import se.kvalitet.contracts.contract.ContractLifecycle;
import se.kvalitet.contracts.unit.KnownUnit;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.unit.UnitStateApplied;
import se.kvalitet.platform.unit.UnitStatus;

/**
 * Re-assesses a unit and period whenever its results or its unit change, and acts on a changed
 * verdict: a breach drafts a contract (or attaches to the unit's open one), a health risk goes to
 * sanctions instead, and a verdict that no longer holds cancels a contract not yet signed. A
 * closed unit's open contract is cancelled whatever its status.
 */
@ApplicationScoped
public class Assessor {

    private static final Logger LOG = Logger.getLogger(Assessor.class);

    private final Policies policies;
    private final ContractLifecycle lifecycle;
    private final ContractEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    public Assessor(Policies policies, ContractLifecycle lifecycle, ContractEvents events, AuditTrail audit, Clock clock) {
        this.policies = policies;
        this.lifecycle = lifecycle;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A unit first seen or changed: its contracts take its name, a closed unit's open contract is cancelled, and it is re-assessed. */
    void unitChanged(@Observes UnitStateApplied applied) {
        UUID unitId = applied.after().unitId();
        Contract.update("unitName = ?1 where unitId = ?2 and unitName <> ?1", applied.after().name(), unitId);
        if (applied.after().status() != UnitStatus.ACTIVE) {
            Contract open = ContractLifecycle.openContractOf(unitId);
            if (open != null) {
                lifecycle.cancel(open, "the unit closed");
            }
        }
        List<String> periods = JudgedResult.find("select distinct period from JudgedResult where unitId = ?1", unitId)
                .project(String.class).list();
        for (String period : periods) {
            reassess(unitId, period);
        }
    }

    /** A result judged for the unit and period: re-assess it, and verify the unit's active contract against the new result. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resultJudged(UUID unitId, String period) {
        reassess(unitId, period);
        Contract open = ContractLifecycle.openContractOf(unitId);
        if (open != null) {
            lifecycle.verify(open);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reassess(UUID unitId, String period) {
        KnownUnit unit = KnownUnit.findById(unitId);
        if (unit == null) {
            return; // assessed when the registry's unit state arrives
        }
        List<JudgedResult> results = JudgedResult.list("unitId = ?1 and period = ?2", unitId, period);
        AssessmentPolicy policy = policies.current();
        Verdict verdict = unit.isActive() ? policy.assess(results) : Verdict.noBreach();
        Assessment previous = Assessment.find("unitId = ?1 and period = ?2", unitId, period).firstResult();
        if (previous != null && previous.sameAs(verdict)) {
            return;
        }
        record(previous, unitId, period, verdict, policy.version(), clock.instant());
        Contract open = ContractLifecycle.openContractOf(unitId);
        switch (verdict.kind()) {
            case BREACH -> lifecycle.breach(unit, period, verdict.requirements());
            case HEALTH_RISK -> {
                lifecycle.referForHealthRisk(unitId);
                events.healthRisk(unitId, period, new ContractEvents.Principal(unit.principalOrgNumber, unit.principalName, unit.principalKind),
                        unit.municipalityCode, unit.area, verdict.requirements(), null);
                LOG.infof("Health risk detected for unit %s, period %s: %s", unitId, period, verdict.requirements());
            }
            case NO_BREACH -> {
                if (open != null && open.status.isBeforeSigning() && open.breachPeriods().contains(period) && noneStillBreached(open)) {
                    lifecycle.cancel(open, "a correction removed the breach");
                }
            }
        }
    }

    /** Whether every period whose breach the contract remedies is now assessed as no breach. */
    private static boolean noneStillBreached(Contract contract) {
        Set<String> periods = contract.breachPeriods();
        return Assessment.count("unitId = ?1 and period in ?2 and verdict = ?3", contract.unitId, periods, Verdict.Kind.BREACH) == 0;
    }

    private void record(Assessment previous, UUID unitId, String period, Verdict verdict, int policyVersion, Instant now) {
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
        assessment.policyVersion = policyVersion;
        assessment.persist();
        audit.record("Assessment", assessment.id, previous == null ? "assess" : "reassess", before, assessment.snapshot());
    }
}
