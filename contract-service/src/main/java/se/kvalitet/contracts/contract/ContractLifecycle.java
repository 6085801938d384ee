package se.kvalitet.contracts.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import se.kvalitet.contracts.assessment.JudgedResult;
import se.kvalitet.contracts.assessment.Policies;
import se.kvalitet.contracts.measure.Measure;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.period.SwedishCalendar;
import se.kvalitet.platform.unit.UnitReadModel;

/**
 * Carries out each step of a contract's life in the caller's transaction: the domain decides
 * ({@link Contract}, {@link ContractRules}), this announces the step on contract.events.v1 (and
 * the timeline) and records it in the audit trail. Dates are Swedish calendar days on the
 * injected clock.
 */
@ApplicationScoped
public class ContractLifecycle {

    private static final Logger LOG = Logger.getLogger(ContractLifecycle.class);

    private final Policies policies;
    private final Counterparties counterparties;
    private final ContractEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    public ContractLifecycle(Policies policies, Counterparties counterparties, ContractEvents events, AuditTrail audit, Clock clock) {
        this.policies = policies;
        this.counterparties = counterparties;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return SwedishCalendar.today(clock);
    }

    /** The unit's contract in progress, if it has one (there is at most one). */
    public static Contract openContractOf(UUID unitId) {
        return Contract.find("unitId = ?1 and status in ?2", unitId, ContractStatus.open()).firstResult();
    }

    /**
     * What drafting reads besides the unit, for drafts made under one policy: the policy's terms,
     * the measures catalogue and each municipality's counterparty, read once. A poll of results
     * drafts all its contracts with one; it holds the measures it read, so it lives no longer than
     * their session.
     */
    public final class Drafting {

        private final ContractTerms terms;
        private List<Measure> catalogue;
        private final Map<String, Counterparty> municipalCounterparties = new HashMap<>();

        private Drafting(ContractTerms terms) {
            this.terms = terms;
        }

        private List<Measure> addressing(List<String> requirements) {
            if (catalogue == null) {
                catalogue = Measure.catalogue();
            }
            return Measure.addressing(catalogue, requirements);
        }

        private Counterparty counterpartyFor(UnitReadModel unit) {
            return unit.isMunicipal() ? counterparties.forUnit(unit)
                    : municipalCounterparties.computeIfAbsent(unit.municipalityCode, code -> counterparties.forUnit(unit));
        }
    }

    /** Drafting under {@code terms}, those of the policy in force. */
    public Drafting drafting(ContractTerms terms) {
        return new Drafting(terms);
    }

    /**
     * A breach of {@code unit} in {@code period}: it attaches to {@code open}, the unit's contract in
     * progress (null if it has none), or a pre-filled draft is made. The contract is returned.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contract breach(UnitReadModel unit, String period, List<String> requirements, Contract open, Drafting drafting) {
        return open == null ? draft(unit, period, requirements, drafting) : attach(open, period, requirements, drafting);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Contract draft(UnitReadModel unit, String period, List<String> requirements) {
        return draft(unit, period, requirements, drafting(policies.current().terms()));
    }

    /**
     * Drafts without flushing the session: a poll drafting a contract for one unit in ten would
     * otherwise check every entity it holds each time. The contract's row is written before its
     * first timeline entry, whose key the database numbers, and its collections at the next flush.
     */
    private Contract draft(UnitReadModel unit, String period, List<String> requirements, Drafting drafting) {
        Contract contract = Contract.draftFor(unit, period, requirements, drafting.addressing(requirements), drafting.terms,
                drafting.counterpartyFor(unit), today(), clock.instant());
        contract.persist();
        events.drafted(contract);
        audit.record("Contract", contract.id, "draft", null, ContractView.of(contract));
        LOG.infof("Contract %s drafted for unit %s, period %s, breached %s", contract.id, unit.id, period, requirements);
        return contract;
    }

    private Contract attach(Contract contract, String period, List<String> requirements, Drafting drafting) {
        ContractView before = ContractView.of(contract);
        List<String> joined = contract.attach(period, requirements, drafting.addressing(requirements), termsOf(contract), clock.instant());
        if (!joined.isEmpty()) {
            events.breachAttached(contract, period, joined);
            audit.record("Contract", contract.id, "attach-breach", before, ContractView.of(contract));
            LOG.infof("Breach of %s in %s attached to contract %s of unit %s", joined, period, contract.id, contract.unitId);
        }
        return contract;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revise(Contract contract, ContractRules.Editing edit) {
        ContractView before = ContractView.of(contract);
        contract.revise(edit, clock.instant());
        contract.persistAndFlush();
        events.draftEdited(contract);
        audit.record("Contract", contract.id, "edit", before, ContractView.of(contract));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void issue(Contract contract) {
        ContractView before = ContractView.of(contract);
        if (contract.counterpartyOrgNumber == null && contract.counterpartyKind == Counterparty.Kind.MUNICIPALITY) {
            counterparties.municipality(contract.counterpartyMunicipalityCode).ifPresent(m -> learnCounterparty(contract, m));
        }
        contract.issue(today(), termsOf(contract).signingPeriod(), clock.instant());
        contract.persistAndFlush();
        events.issued(contract);
        audit.record("Contract", contract.id, "issue", before, ContractView.of(contract));
        LOG.infof("Contract %s issued; to be signed by %s", contract.id, contract.signingDeadline);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sign(Contract contract, Contract.Signatory signatory) {
        ContractView before = ContractView.of(contract);
        Party party = contract.sign(signatory, today(), clock.instant());
        contract.persistAndFlush();
        events.signed(contract, party);
        audit.record("Contract", contract.id, "sign", before, ContractView.of(contract));
        LOG.infof("Contract %s signed by the %s", contract.id, party);
        if (contract.isDueToStart(today())) {
            activate(contract);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reported(Contract contract, ContractView before, ContractEvents.RemediationReported report) {
        contract.persistAndFlush();
        events.reported(contract, report);
        audit.record("Contract", contract.id, "report", before, ContractView.of(contract));
        verify(contract);
    }

    /** Fulfils an active contract as soon as remediation is verified. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void verify(Contract contract) {
        if (contract.status == ContractStatus.ACTIVE && contract.verify(JudgedResult.followUpsOf(contract.unitId)).isFulfilled()) {
            ContractView before = ContractView.of(contract);
            contract.fulfil(clock.instant());
            contract.persistAndFlush();
            events.fulfilled(contract);
            audit.record("Contract", contract.id, "fulfil", before, ContractView.of(contract));
            LOG.infof("Contract %s fulfilled", contract.id);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(Contract contract, String reason) {
        ContractView before = ContractView.of(contract);
        contract.cancel(reason, clock.instant());
        contract.persistAndFlush();
        events.cancelled(contract);
        audit.record("Contract", contract.id, "cancel", before, ContractView.of(contract));
        LOG.infof("Contract %s cancelled: %s", contract.id, reason);
    }

    /**
     * A health risk goes to the supervisory authority instead: {@code open}, the unit's contract in
     * progress (null if it has none), is cancelled if not yet signed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void referForHealthRisk(Contract open) {
        if (open != null && open.status.isBeforeSigning()) {
            cancel(open, "health risk: referred to the supervisory authority");
        }
    }

    /**
     * Enforces whatever deadline of one contract has come, holding a lock on it so that two
     * replicas running the same job enforce each deadline once: a missed signing deadline fails
     * it, its start date activates it, a milestone overdue past grace is announced, and an end
     * date passed without verified remediation fails it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enforceDeadlines(UUID contractId) {
        Contract contract = Contract.findById(contractId, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = today();
        if (contract.isPastSigningDeadline(today)) {
            fail(contract, FailureReason.NOT_SIGNED);
            return;
        }
        if (contract.isDueToStart(today)) {
            activate(contract);
        }
        Period grace = termsOf(contract).gracePeriod();
        for (Milestone milestone : contract.overdueMilestones(today, grace)) {
            ContractView before = ContractView.of(contract);
            milestone.overdueAnnouncedOn = today;
            contract.updatedAt = clock.instant();
            contract.persistAndFlush();
            events.milestoneOverdue(contract, milestone, milestone.dueDate.plus(grace));
            audit.record("Contract", contract.id, "milestone-overdue", before, ContractView.of(contract));
            LOG.infof("Milestone %s of contract %s overdue since %s", milestone.milestoneId, contract.id, milestone.dueDate);
        }
        if (contract.isPastEndDate(today)) {
            verify(contract);
            if (contract.status == ContractStatus.ACTIVE) {
                fail(contract, FailureReason.NOT_VERIFIED);
            }
        }
    }

    /** A municipality the registry announced: open contracts waiting for its organisation number get it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void municipalityKnown(String municipalityCode, Counterparties.Municipality municipality) {
        List<Contract> waiting = Contract.list("counterpartyKind = ?1 and counterpartyMunicipalityCode = ?2 and status in ?3",
                Counterparty.Kind.MUNICIPALITY, municipalityCode, ContractStatus.open());
        for (Contract contract : waiting) {
            if (!municipality.orgNumber().equals(contract.counterpartyOrgNumber)) {
                ContractView before = ContractView.of(contract);
                learnCounterparty(contract, municipality);
                contract.updatedAt = clock.instant();
                audit.record("Contract", contract.id, "counterparty-known", before, ContractView.of(contract));
            }
        }
    }

    private static void learnCounterparty(Contract contract, Counterparties.Municipality municipality) {
        contract.counterpartyOrgNumber = municipality.orgNumber();
        contract.counterpartyName = municipality.name();
    }

    private void activate(Contract contract) {
        ContractView before = ContractView.of(contract);
        contract.activate(clock.instant());
        contract.persistAndFlush();
        events.activated(contract);
        audit.record("Contract", contract.id, "activate", before, ContractView.of(contract));
        LOG.infof("Contract %s active from %s to %s", contract.id, contract.startDate, contract.endDate);
        verify(contract);
    }

    private void fail(Contract contract, FailureReason reason) {
        ContractView before = ContractView.of(contract);
        contract.fail(reason, clock.instant());
        contract.persistAndFlush();
        events.failed(contract);
        audit.record("Contract", contract.id, "fail", before, ContractView.of(contract));
        LOG.infof("Contract %s failed: %s", contract.id, reason);
    }

    /** The terms of the policy version the contract was drafted under: a later policy does not rewrite them. */
    public ContractTerms termsOf(Contract contract) {
        return contract.policyVersion == null ? policies.current().terms() : policies.version(contract.policyVersion).terms();
    }
}
