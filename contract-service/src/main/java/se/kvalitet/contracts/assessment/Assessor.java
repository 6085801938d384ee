package se.kvalitet.contracts.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

import se.kvalitet.contracts.contract.Contract;
import se.kvalitet.contracts.contract.ContractEvents;
import se.kvalitet.contracts.contract.ContractLifecycle;
import se.kvalitet.contracts.contract.ContractStatus;
import se.kvalitet.contracts.unit.KnownUnit;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.id.TimeOrderedIds;
import se.kvalitet.platform.unit.UnitStatesApplied;
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
    private final EntityManager entityManager;

    public Assessor(Policies policies, ContractLifecycle lifecycle, ContractEvents events, AuditTrail audit, Clock clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.policies = policies;
        this.lifecycle = lifecycle;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Units first seen or changed: their contracts take their names, a closed unit's open contract
     * is cancelled, and each unit is re-assessed for every period it has results for. The periods
     * of all the units are read at once, so a bulk registration costs one query, not one a unit.
     */
    void unitsChanged(@Observes UnitStatesApplied changed) {
        // Results are held by the result consumer's transactions only, never pending in this one: no flush is needed first.
        Map<UUID, List<String>> periods = entityManager.createQuery(
                "select distinct r.unitId, r.period from JudgedResult r where r.unitId in :units order by r.unitId, r.period", Object[].class)
                .setParameter("units", changed.unitIds()).setHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).getResultStream()
                .collect(Collectors.groupingBy(row -> (UUID) row[0], Collectors.mapping(row -> (String) row[1], Collectors.toList())));
        AuditTrail.Batch audits = audit.batch();
        changed.forEach(applied -> {
            UUID unitId = applied.after().unitId();
            if (applied.before() != null && !applied.before().name().equals(applied.after().name())) {
                Contract.update("unitName = ?1 where unitId = ?2 and unitName <> ?1", applied.after().name(), unitId);
            }
            if (applied.after().status() != UnitStatus.ACTIVE) {
                Contract open = ContractLifecycle.openContractOf(unitId);
                if (open != null) {
                    lifecycle.cancel(open, "the unit closed");
                }
            }
            for (String period : periods.getOrDefault(unitId, List.of())) {
                reassess(unitId, period, audits);
            }
        });
        audits.write();
    }

    /**
     * What assessing a poll's results needs of the units they touch, read at once: the units, the
     * assessments held for them in the periods the results give, their open contracts, and the
     * current policy. A poll's assessments then read nothing unit by unit unless a contract is
     * drafted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Poll poll(Collection<UUID> unitIds, Collection<String> periods) {
        Map<UUID, KnownUnit> units = KnownUnit.<KnownUnit>list("id in ?1", unitIds).stream()
                .collect(Collectors.toMap(unit -> unit.id, Function.identity()));
        Map<UnitPeriod, Assessment> assessments = new HashMap<>();
        Assessment.<Assessment>list("unitId in ?1 and period in ?2", unitIds, periods)
                .forEach(a -> assessments.put(new UnitPeriod(a.unitId, a.period), a));
        Map<UUID, Contract> openContracts = Contract.<Contract>list("unitId in ?1 and status in ?2", unitIds, ContractStatus.open()).stream()
                .collect(Collectors.toMap(contract -> contract.unitId, Function.identity()));
        Poll poll = new Poll(units, assessments, openContracts, policies.current(), audit.batch());
        // The results just held are written now. Whatever the assessments write later is flushed
        // where it is read again (a drafted contract at once, assessments before the check for a
        // breach remaining), so their queries need not first dirty-check every entity the poll holds.
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        return poll;
    }

    /** A unit and one of its periods: what is assessed. */
    record UnitPeriod(UUID unitId, String period) {
    }

    /** The units a poll's results touch, read by {@link #poll}; close it when the poll's assessments are done. */
    public final class Poll implements AutoCloseable {

        private final Map<UUID, KnownUnit> units;
        private final Map<UnitPeriod, Assessment> assessments;
        /** Each unit's open contract as read for the poll; the session keeps it current while the poll acts on it. */
        private final Map<UUID, Contract> openContracts;
        /** Units the poll found in breach: their open contract may be one it drafted, so it is read again when asked for. */
        private final Set<UUID> drafted = new HashSet<>();
        private final AssessmentPolicy policy;
        private final AuditTrail.Batch audits;

        private Poll(Map<UUID, KnownUnit> units, Map<UnitPeriod, Assessment> assessments, Map<UUID, Contract> openContracts,
                AssessmentPolicy policy, AuditTrail.Batch audits) {
            this.audits = audits;
            this.units = units;
            this.assessments = assessments;
            this.openContracts = openContracts;
            this.policy = policy;
        }

        /**
         * A result judged for the unit and period, {@code results} being every result held for
         * them: re-assess it, and verify the unit's active contract against the new result.
         */
        public void resultJudged(UnitPeriod judged, List<JudgedResult> results) {
            UUID unitId = judged.unitId();
            KnownUnit unit = units.get(unitId);
            if (unit != null) {
                Verdict acted = reassess(unit, judged.period(), results, assessments.get(judged), policy, () -> openContract(unitId), audits);
                if (acted != null && acted.kind() == Verdict.Kind.BREACH) {
                    drafted.add(unitId);
                }
            }
            Contract open = openContract(unitId);
            if (open != null) {
                lifecycle.verify(open);
            }
        }

        private Contract openContract(UUID unitId) {
            if (drafted.contains(unitId)) {
                return ContractLifecycle.openContractOf(unitId);
            }
            Contract open = openContracts.get(unitId);
            return open != null && open.status.isOpen() ? open : null;
        }

        /** Writes the poll's assessment audit entries; queries flush what is pending again, as they do outside a poll. */
        @Override
        public void close() {
            audits.write();
            entityManager.unwrap(Session.class).setHibernateFlushMode(FlushMode.AUTO);
        }
    }

    private void reassess(UUID unitId, String period, AuditTrail.Batch audits) {
        KnownUnit unit = KnownUnit.findById(unitId);
        if (unit == null) {
            return; // assessed when the registry's unit state arrives
        }
        reassess(unit, period, JudgedResult.list("unitId = ?1 and period = ?2", unitId, period),
                Assessment.find("unitId = ?1 and period = ?2", unitId, period).firstResult(), policies.current(),
                () -> ContractLifecycle.openContractOf(unitId), audits);
    }

    /** Assesses the unit's results for the period and acts on a changed verdict; the verdict acted on, or null if it had not changed. */
    private Verdict reassess(KnownUnit unit, String period, List<JudgedResult> results, Assessment previous, AssessmentPolicy policy,
            Supplier<Contract> openContract, AuditTrail.Batch audits) {
        UUID unitId = unit.id;
        Verdict verdict = unit.isActive() ? policy.assess(results) : Verdict.noBreach();
        if (previous != null && previous.sameAs(verdict)) {
            return null;
        }
        record(previous, unitId, period, verdict, policy.version(), clock.instant(), audits);
        switch (verdict.kind()) {
            case BREACH -> lifecycle.breach(unit, period, verdict.requirements());
            case HEALTH_RISK -> {
                lifecycle.referForHealthRisk(unitId);
                events.healthRisk(unitId, period, new ContractEvents.Principal(unit.principalOrgNumber, unit.principalName, unit.principalKind),
                        unit.municipalityCode, unit.area, verdict.requirements(), null);
                LOG.infof("Health risk detected for unit %s, period %s: %s", unitId, period, verdict.requirements());
            }
            case NO_BREACH -> {
                Contract open = openContract.get();
                if (open != null && open.status.isBeforeSigning() && open.breachPeriods().contains(period) && noneStillBreached(open)) {
                    lifecycle.cancel(open, "a correction removed the breach");
                }
            }
        }
        return verdict;
    }

    /** Whether every period whose breach the contract remedies is now assessed as no breach, counting the assessments recorded so far. */
    private static boolean noneStillBreached(Contract contract) {
        Assessment.flush();
        Set<String> periods = contract.breachPeriods();
        return Assessment.count("unitId = ?1 and period in ?2 and verdict = ?3", contract.unitId, periods, Verdict.Kind.BREACH) == 0;
    }

    private void record(Assessment previous, UUID unitId, String period, Verdict verdict, int policyVersion, Instant now,
            AuditTrail.Batch audits) {
        Assessment.Snapshot before = previous == null ? null : previous.snapshot();
        Assessment assessment = previous;
        if (assessment == null) {
            assessment = new Assessment();
            assessment.id = TimeOrderedIds.next();
            assessment.unitId = unitId;
            assessment.period = period;
        }
        assessment.verdict = verdict.kind();
        assessment.requirements = String.join(",", verdict.requirements());
        assessment.assessedAt = now;
        assessment.policyVersion = policyVersion;
        assessment.persist();
        audits.record("Assessment", assessment.id, previous == null ? "assess" : "reassess", before, assessment.snapshot());
    }
}
