package se.kvalitet.sanctions.breach;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;

/** A breach with its history, as the API shows it and the audit trail records it. */
public record BreachView(UUID breachId, UUID unitId, String period, String principalOrgNumber, PrincipalKind principalKind,
        String municipalityCode, AreaOfActivity area, List<String> requirements, UUID contractId, BreachStatus status, Instant foundAt,
        List<HistoryEntry> history) {

    public record HistoryEntry(String type, Instant occurredAt, String detail) {
    }

    public static BreachView of(Breach b) {
        return new BreachView(b.id, b.unitId, b.period, b.principalOrgNumber, b.principalKind, b.municipalityCode, b.area,
                Arrays.asList(b.requirements.split(",")), b.contractId, b.status, b.foundAt,
                b.events.stream().map(e -> new HistoryEntry(e.type, e.occurredAt, e.detail)).toList());
    }
}
