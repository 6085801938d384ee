package se.kvalitet.contracts.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.contracts.measure.Measure;
import se.kvalitet.platform.rules.Refusal;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.platform.unit.UnitReadModel;

/**
 * A quality contract (kvalitetskontrakt) between a unit's principal and its counterparty, and its
 * lifecycle: drafted pre-filled for a breach, edited while a draft, issued, signed by both
 * parties, active from its start date, then fulfilled when remediation is verified or failed.
 * Every act checks its rules (see {@link ContractRules}) before it changes anything.
 */
@Entity
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    /** The period of the breach the contract was opened for; later breaches attach to it. */
    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "principal_org_number", nullable = false)
    public String principalOrgNumber;

    @Column(name = "principal_name", nullable = false)
    public String principalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "principal_kind", nullable = false)
    public PrincipalKind principalKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "counterparty_kind", nullable = false)
    public Counterparty.Kind counterpartyKind;

    @Column(name = "counterparty_name")
    public String counterpartyName;

    @Column(name = "counterparty_municipality_code")
    public String counterpartyMunicipalityCode;

    @Column(name = "counterparty_org_number")
    public String counterpartyOrgNumber;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaOfActivity area;

    @ElementCollection
    @CollectionTable(name = "contract_breached_requirement", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    public List<BreachedRequirement> breachedRequirements = new ArrayList<>();

    @Column(name = "policy_version")
    public Integer policyVersion;

    @Column(name = "state_percent", nullable = false)
    public int statePercent;

    @Column(name = "principal_percent", nullable = false)
    public int principalPercent;

    @ElementCollection
    @CollectionTable(name = "contract_measure", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    public List<ContractMeasure> measures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contract_milestone", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    public List<Milestone> milestones = new ArrayList<>();

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "signing_deadline")
    public LocalDate signingDeadline;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "principal_signed_at")
    public Instant principalSignedAt;

    @Column(name = "principal_signed_by")
    public String principalSignedBy;

    @Column(name = "counterparty_signed_at")
    public Instant counterpartySignedAt;

    @Column(name = "counterparty_signed_by")
    public String counterpartySignedBy;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason")
    public FailureReason failureReason;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * A draft for a breach, pre-filled: the counterparty the principal's kind calls for, the
     * catalogue's measures for the breached requirements with each party's share of their cost,
     * one milestone per measure, and dates from the policy's terms, starting today.
     */
    public static Contract draftFor(UnitReadModel unit, String period, List<String> breached, List<Measure> measures, ContractTerms terms,
            Counterparty counterparty, LocalDate today, Instant now) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.unitId = unit.id;
        contract.unitName = unit.name;
        contract.period = period;
        contract.status = ContractStatus.DRAFT;
        contract.principalOrgNumber = unit.principalOrgNumber;
        contract.principalName = unit.principalName;
        contract.principalKind = unit.principalKind;
        contract.counterpartyKind = counterparty.kind();
        contract.counterpartyName = counterparty.name();
        contract.counterpartyMunicipalityCode = counterparty.municipalityCode();
        contract.counterpartyOrgNumber = counterparty.orgNumber();
        contract.municipalityCode = unit.municipalityCode;
        contract.area = unit.area;
        breached.forEach(code -> contract.breachedRequirements.add(new BreachedRequirement(code, period)));
        contract.policyVersion = terms.policyVersion();
        contract.statePercent = terms.financing().statePercent();
        contract.principalPercent = terms.financing().principalPercent();
        contract.startDate = today;
        contract.endDate = today.plus(terms.contractLength());
        contract.takeOn(measures, terms);
        contract.createdAt = now;
        contract.updatedAt = now;
        return contract;
    }

    public FinancingSplit financing() {
        return new FinancingSplit(statePercent, principalPercent);
    }

    public Counterparty counterparty() {
        return new Counterparty(counterpartyKind, counterpartyName, counterpartyMunicipalityCode, counterpartyOrgNumber);
    }

    /** The requirement codes the contract remedies, each once, in the order they were breached. */
    public List<String> breachedRequirementCodes() {
        Set<String> codes = new LinkedHashSet<>();
        breachedRequirements.forEach(b -> codes.add(b.requirementCode));
        return List.copyOf(codes);
    }

    /** The periods whose breaches the contract remedies. */
    public Set<String> breachPeriods() {
        Set<String> periods = new LinkedHashSet<>();
        breachedRequirements.forEach(b -> periods.add(b.period));
        return periods;
    }

    public Optional<ContractMeasure> measure(String code) {
        return measures.stream().filter(m -> m.measureCode.equals(code)).findFirst();
    }

    public Optional<Milestone> milestone(UUID milestoneId) {
        return milestones.stream().filter(m -> m.milestoneId.equals(milestoneId)).findFirst();
    }

    /**
     * A later breach of the same unit: the requirements not already remedied for that period join
     * the contract; a draft also takes on their catalogue measures. Returns the codes that joined.
     */
    public List<String> attach(String breachPeriod, List<String> requirements, List<Measure> catalogue, ContractTerms terms, Instant now) {
        List<String> joined = requirements.stream()
                .filter(code -> breachedRequirements.stream().noneMatch(b -> b.is(code, breachPeriod)))
                .toList();
        joined.forEach(code -> breachedRequirements.add(new BreachedRequirement(code, breachPeriod)));
        if (status == ContractStatus.DRAFT) {
            takeOn(catalogue.stream().filter(m -> measure(m.code).isEmpty()).toList(), terms);
        }
        if (!joined.isEmpty()) {
            updatedAt = now;
        }
        return joined;
    }

    private void takeOn(List<Measure> catalogue, ContractTerms terms) {
        for (Measure measure : catalogue) {
            measures.add(new ContractMeasure(measure.code, measure.title, measure.estimatedCost, financing()));
            milestones.add(new Milestone(measure.code, "Measure " + measure.code + " carried out: " + measure.title,
                    startDate.plus(terms.milestonePeriod())));
        }
    }

    /** An agency officer's edit of a draft; {@link ContractRules#EDITING} have allowed it. */
    public void revise(ContractRules.Editing edit, Instant now) {
        Refusal.enforce(edit, ContractRules.EDITING);
        statePercent = edit.financing().statePercent();
        principalPercent = edit.financing().principalPercent();
        startDate = edit.startDate();
        endDate = edit.endDate();
        measures.clear();
        edit.measures().forEach(m -> measures.add(new ContractMeasure(m.measureCode(), m.title(), m.estimatedCost(), financing())));
        milestones.clear();
        edit.milestones().forEach(m -> milestones.add(new Milestone(m.measureCode(), m.description(), m.dueDate())));
        updatedAt = now;
    }

    /** Issued for signing: both parties have until {@code today + signingPeriod} to sign. */
    public void issue(LocalDate today, Period signingPeriod, Instant now) {
        LocalDate deadline = today.plus(signingPeriod);
        Refusal.enforce(new ContractRules.Issuing(this, deadline), ContractRules.ISSUING);
        status = status.moveTo(ContractStatus.ISSUED);
        signingDeadline = deadline;
        issuedAt = now;
        updatedAt = now;
    }

    /** The party a signatory acts for, if it is one of this contract's. */
    public Optional<Party> partyOf(Signatory signatory) {
        if (signatory.agencyOfficer()) {
            return counterpartyKind == Counterparty.Kind.AGENCY ? Optional.of(Party.COUNTERPARTY) : Optional.empty();
        }
        if (principalOrgNumber.equals(signatory.orgNumber())) {
            return Optional.of(Party.PRINCIPAL);
        }
        if (counterpartyKind == Counterparty.Kind.MUNICIPALITY && signatory.orgNumber() != null
                && signatory.orgNumber().equals(counterpartyOrgNumber)) {
            return Optional.of(Party.COUNTERPARTY);
        }
        return Optional.empty();
    }

    public boolean hasSigned(Party party) {
        return (party == Party.PRINCIPAL ? principalSignedAt : counterpartySignedAt) != null;
    }

    /** A party's signature; when both have signed the contract is SIGNED, and ACTIVE at once if its start date has come. */
    public Party sign(Signatory signatory, LocalDate today, Instant now) {
        Refusal.enforce(new ContractRules.Signing(this, signatory, today), ContractRules.SIGNING);
        Party party = partyOf(signatory).orElseThrow();
        if (party == Party.PRINCIPAL) {
            principalSignedAt = now;
            principalSignedBy = signatory.name();
        } else {
            counterpartySignedAt = now;
            counterpartySignedBy = signatory.name();
        }
        if (hasSigned(Party.PRINCIPAL) && hasSigned(Party.COUNTERPARTY)) {
            status = status.moveTo(ContractStatus.SIGNED);
        }
        updatedAt = now;
        return party;
    }

    public boolean isDueToStart(LocalDate today) {
        return status == ContractStatus.SIGNED && !today.isBefore(startDate);
    }

    public void activate(Instant now) {
        status = status.moveTo(ContractStatus.ACTIVE);
        activatedAt = now;
        updatedAt = now;
    }

    /** A principal's report: each measure's status and spend so far, and the milestones now done. */
    public void report(ContractRules.Reporting report, LocalDate today, Instant now) {
        Refusal.enforce(report, ContractRules.REPORTING);
        for (ContractRules.ReportedMeasure line : report.measures()) {
            ContractMeasure measure = measure(line.measureCode()).orElseThrow();
            measure.status = line.status();
            measure.spentToDate = line.spentToDate().setScale(2);
        }
        report.milestonesDone().forEach(id -> milestone(id).orElseThrow().doneOn = today);
        updatedAt = now;
    }

    /** Every milestone reported done, and for every breached requirement a later period's result that is MET. */
    public Verification verify(FollowUps followUps) {
        List<Milestone> open = milestones.stream().filter(m -> !m.isDone()).toList();
        List<String> notYetMet = breachedRequirements.stream()
                .filter(b -> !followUps.latestAfterIsMet(b.requirementCode, b.period))
                .map(b -> b.requirementCode)
                .distinct()
                .toList();
        return new Verification(open.size(), notYetMet);
    }

    public boolean isPastSigningDeadline(LocalDate today) {
        return status == ContractStatus.ISSUED && today.isAfter(signingDeadline);
    }

    public boolean isPastEndDate(LocalDate today) {
        return status == ContractStatus.ACTIVE && today.isAfter(endDate);
    }

    /** Milestones whose grace after the due date is over, not done, and not yet announced. */
    public List<Milestone> overdueMilestones(LocalDate today, Period grace) {
        return status == ContractStatus.ACTIVE ? milestones.stream().filter(m -> m.isOverdueUnannounced(today, grace)).toList() : List.of();
    }

    public void fulfil(Instant now) {
        status = status.moveTo(ContractStatus.FULFILLED);
        closedAt = now;
        updatedAt = now;
    }

    public void fail(FailureReason reason, Instant now) {
        status = status.moveTo(ContractStatus.FAILED);
        failureReason = reason;
        closedAt = now;
        updatedAt = now;
    }

    public void cancel(String reason, Instant now) {
        status = status.moveTo(ContractStatus.CANCELLED);
        cancellationReason = reason;
        closedAt = now;
        updatedAt = now;
    }

    public BigDecimal totalEstimatedCost() {
        return measures.stream().map(m -> m.estimatedCost).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Who is signing: an agency officer (for the agency), or a user of the organisation the token names. */
    public record Signatory(boolean agencyOfficer, String orgNumber, String name) {
    }

    /** Where remediation stands: milestones still open and breached requirements without a MET follow-up result. */
    public record Verification(int openMilestones, List<String> requirementsNotYetMet) {

        public boolean isFulfilled() {
            return openMilestones == 0 && requirementsNotYetMet.isEmpty();
        }
    }

    /** The follow-up results a verification reads: whether the latest result after a breach period is MET. */
    @FunctionalInterface
    public interface FollowUps {
        boolean latestAfterIsMet(String requirementCode, String breachPeriod);
    }
}
