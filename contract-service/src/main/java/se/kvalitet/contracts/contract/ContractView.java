package se.kvalitet.contracts.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.kvalitet.platform.unit.AreaOfActivity;

/** A contract as the API shows it to its parties, the agency and supervisors, and as the audit trail records it. */
public record ContractView(UUID contractId, UUID unitId, String unitName, String period, ContractStatus status,
        ContractEvents.Principal principal, Counterparty counterparty, String municipalityCode, AreaOfActivity area,
        List<String> breachedRequirements, List<Breach> breaches, Integer policyVersion, Financing financing, List<MeasureLine> measures,
        List<MilestoneLine> milestones, LocalDate startDate, LocalDate endDate, LocalDate signingDeadline, Signature principalSignature,
        Signature counterpartySignature, Instant issuedAt, Instant activatedAt, Instant closedAt, FailureReason failureReason,
        String cancellationReason, Instant createdAt, Instant updatedAt, long version) {

    /** A requirement remedied and the period it was breached in. */
    public record Breach(String requirementCode, String period) {
    }

    /** The split in percent and the contract's whole estimated cost and each party's share of it, in SEK. */
    public record Financing(int statePercent, int principalPercent, BigDecimal totalEstimatedCost, BigDecimal stateTotal,
            BigDecimal principalTotal) {
    }

    public record MeasureLine(String measureCode, String title, BigDecimal estimatedCost, BigDecimal stateShare, BigDecimal principalShare,
            MeasureStatus status, BigDecimal spentToDate) {
    }

    public record MilestoneLine(UUID milestoneId, String measureCode, String description, LocalDate dueDate, LocalDate doneOn,
            LocalDate overdueAnnouncedOn) {
    }

    public record Signature(Instant signedAt, String signedBy) {
    }

    public static ContractView of(Contract c) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new ContractView(c.id, c.unitId, c.unitName, c.period, c.status,
                new ContractEvents.Principal(c.principalOrgNumber, c.principalName, c.principalKind), c.counterparty(), c.municipalityCode,
                c.area, c.breachedRequirementCodes(),
                c.breachedRequirements.stream().map(b -> new Breach(b.requirementCode, b.period)).toList(), c.policyVersion,
                new Financing(c.statePercent, c.principalPercent, c.totalEstimatedCost(),
                        c.measures.stream().map(m -> m.stateShare).reduce(zero, BigDecimal::add),
                        c.measures.stream().map(m -> m.principalShare).reduce(zero, BigDecimal::add)),
                c.measures.stream().map(m -> new MeasureLine(m.measureCode, m.title, m.estimatedCost, m.stateShare, m.principalShare,
                        m.status, m.spentToDate)).toList(),
                c.milestones.stream().map(m -> new MilestoneLine(m.milestoneId, m.measureCode, m.description, m.dueDate, m.doneOn,
                        m.overdueAnnouncedOn)).toList(),
                c.startDate, c.endDate, c.signingDeadline, signature(c.principalSignedAt, c.principalSignedBy),
                signature(c.counterpartySignedAt, c.counterpartySignedBy), c.issuedAt, c.activatedAt, c.closedAt, c.failureReason,
                c.cancellationReason, c.createdAt, c.updatedAt, c.version);
    }

    private static Signature signature(Instant at, String by) {
        return at == null ? null : new Signature(at, by);
    }
}
