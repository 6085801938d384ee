package se.kvalitet.contracts.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
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
        AssessmentPolicy policy = policies.current();
        ContractLifecycle.Drafting drafting = lifecycle.drafting(policy.terms());
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
                reassess(unitId, period, policy, drafting, audits);
            }
        });
        audits.write();
    }

    /**
     * Assesses a poll's results through {@code assessments}, given the {@link #poll} of the units
     * and periods they touch. The contract events and timeline rows the assessments announce are
     * written together when they end ({@link ContractEvents#together}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assess(Collection<UUID> unitIds, Collection<String> periods, Consumer<Poll> assessments) {
        events.together(() -> {
            try (Poll poll = poll(unitIds, periods)) {
                assessments.accept(poll);
            }
        });
    }

    /**
     * What assessing a poll's results needs of the units they touch, read at once: the units, the
     * assessments held for them in the periods the results give, their open contracts, and the
     * current policy. A poll's assessments then read nothing unit by unit, and the contracts they
     * draft read the catalogue's measures and each municipality's counterparty once
     * ({@link ContractLifecycle.Drafting}).
     */
    private Poll poll(Collection<UUID> unitIds, Collection<String> periods) {
        Map<UUID, KnownUnit> units = KnownUnit.<KnownUnit>list("id in ?1", unitIds).stream()
                .collect(Collectors.toMap(unit -> unit.id, Function.identity()));
        Map<UnitPeriod, Assessment> assessments = new HashMap<>();
        Assessment.<Assessment>list("unitId in ?1 and period in ?2", unitIds, periods)
                .forEach(a -> assessments.put(new UnitPeriod(a.unitId, a.period), a));
        Map<UUID, Contract> openContracts = Contract.<Contract>list("unitId in ?1 and status in ?2", unitIds, ContractStatus.open()).stream()
                .collect(Collectors.toMap(contract -> contract.unitId, Function.identity()));
        AssessmentPolicy policy = policies.current();
        Poll poll = new Poll(units, assessments, openContracts, policy, lifecycle.drafting(policy.terms()), audit.batch());
        // The results just held are written now. Whatever the assessments write later is flushed
        // where it is read again (assessments before the check for a breach remaining; a drafted
        // contract is kept by the poll instead), so their queries need not first dirty-check every
        // entity the poll holds.
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        return poll;
    }

    /** A unit and one of its periods: what is assessed. */
    record UnitPeriod(UUID unitId, String period) {
    }

    /**
     * Where an assessment finds the unit's contract in progress, and tells of the one a breach left
     * it with. Read by query, a contract just drafted is found without being told of: outside a
     * poll, the session is flushed before each query.
     */
    @FunctionalInterface
    private interface OpenContracts {

        Contract of(UUID unitId);

        default void breached(Contract contract) {
        }
    }

    /** The units a poll's results touch, read by {@link #poll} for {@link #assess}, which closes it when the assessments are done. */
    public final class Poll implements AutoCloseable, OpenContracts {

        private final Map<UUID, KnownUnit> units;
        private final Map<UnitPeriod, Assessment> assessments;
        /**
         * Each unit's open contract as read for the poll, and those the poll drafted: the session
         * keeps them current while the poll acts on them, and a draft is not flushed to be found.
         */
        private final Map<UUID, Contract> openContracts;
        private final AssessmentPolicy policy;
        private final ContractLifecycle.Drafting drafting;
        private final AuditTrail.Batch audits;

        private Poll(Map<UUID, KnownUnit> units, Map<UnitPeriod, Assessment> assessments, Map<UUID, Contract> openContracts,
                AssessmentPolicy policy, ContractLifecycle.Drafting drafting, AuditTrail.Batch audits) {
            this.audits = audits;
            this.units = units;
            this.assessments = assessments;
            this.openContracts = openContracts;
            this.policy = policy;
            this.drafting = drafting;
        }

        /**
         * A result judged for the unit and period, {@code results} being every result held for
         * them: re-assess it, and verify the unit's active contract against the new result.
         */
        public void resultJudged(UnitPeriod judged, List<JudgedResult> results) {
            UUID unitId = judged.unitId();
            KnownUnit unit = units.get(unitId);
            if (unit != null) {
                reassess(unit, judged.period(), results, assessments.get(judged), policy, drafting, this, audits);
            }
            Contract open = of(unitId);
            if (open != null) {
                lifecycle.verify(open);
            }
        }

        @Override
        public Contract of(UUID unitId) {
            Contract open = openContracts.get(unitId);
            return open != null && open.status.isOpen() ? open : null;
        }

        @Override
        public void breached(Contract contract) {
            openContracts.put(contract.unitId, contract);
        }

        /** Writes the poll's assessment audit entries; queries flush what is pending again, as they do outside a poll. */
        @Override
        public void close() {
            audits.write();
            entityManager.unwrap(Session.class).setHibernateFlushMode(FlushMode.AUTO);
        }
    }

    private void reassess(UUID unitId, String period, AssessmentPolicy policy, ContractLifecycle.Drafting drafting,
            AuditTrail.Batch audits) {
        KnownUnit unit = KnownUnit.findById(unitId);
        if (unit == null) {
            return; // assessed when the registry's unit state arrives
        }
        reassess(unit, period, JudgedResult.list("unitId = ?1 and period = ?2", unitId, period),
                Assessment.find("unitId = ?1 and period = ?2", unitId, period).firstResult(), policy, drafting,
                ContractLifecycle::openContractOf, audits);
    }

    /** Assesses the unit's results for the period and acts on a changed verdict. */
    private void reassess(KnownUnit unit, String period, List<JudgedResult> results, Assessment previous, AssessmentPolicy policy,
            ContractLifecycle.Drafting drafting, OpenContracts contracts, AuditTrail.Batch audits) {
        UUID unitId = unit.id;
        Verdict verdict = unit.isActive() ? policy.assess(results) : Verdict.noBreach();
        if (previous != null && previous.sameAs(verdict)) {
            return;
        }
        record(previous, unitId, period, verdict, policy.version(), clock.instant(), audits);
        switch (verdict.kind()) {
            case BREACH -> contracts.breached(lifecycle.breach(unit, period, verdict.requirements(), contracts.of(unitId), drafting));
            case HEALTH_RISK -> {
                lifecycle.referForHealthRisk(contracts.of(unitId));
                events.healthRisk(unitId, period, new ContractEvents.Principal(unit.principalOrgNumber, unit.principalName, unit.principalKind),
                        unit.municipalityCode, unit.area, verdict.requirements(), null);
                LOG.infof("Health risk detected for unit %s, period %s: %s", unitId, period, verdict.requirements());
            }
            case NO_BREACH -> {
                Contract open = contracts.of(unitId);
                if (open != null && open.status.isBeforeSigning() && open.breachPeriods().contains(period) && noneStillBreached(open)) {
                    lifecycle.cancel(open, "a correction removed the breach");
                }
            }
        }
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
