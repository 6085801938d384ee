package se.kvalitet.contracts.contract;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.kvalitet.platform.unit.AreaOfActivity;

/** A contract as the API shows it and the audit trail records it. */
public record ContractView(UUID contractId, UUID unitId, String period, ContractStatus status, ContractEvents.Principal principal,
        Counterparty counterparty, String municipalityCode, AreaOfActivity area, List<String> breachedRequirements,
        String cancellationReason, Instant createdAt, Instant updatedAt, long version) {

    public static ContractView of(Contract c) {
        return new ContractView(c.id, c.unitId, c.period, c.status,
                new ContractEvents.Principal(c.principalOrgNumber, c.principalName, c.principalKind), c.counterparty(),
                c.municipalityCode, c.area, List.copyOf(c.breachedRequirements), c.cancellationReason, c.createdAt, c.updatedAt,
                c.version);
    }
}
