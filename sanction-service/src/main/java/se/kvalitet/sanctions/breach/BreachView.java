package se.kvalitet.sanctions.breach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;

/** A breach with its history, as the API shows it and the audit trail records it. */
public record BreachView(UUID breachId, UUID unitId, String period, String principalOrgNumber, PrincipalKind principalKind,
        String municipalityCode, AreaOfActivity area, List<String> requirements, UUID contractId, BreachStatus status, Instant foundAt,
        List<HistoryEntry> history) {

    /** One entry: what happened, the status it left the breach in, who made it happen, when, and the event behind it. */
    public record HistoryEntry(String type, BreachStatus status, String by, Instant occurredAt, String detail, UUID eventId) {

        static HistoryEntry of(BreachEvent e) {
            return new HistoryEntry(e.type, e.status, e.actor, e.occurredAt, e.detail, e.eventId);
        }
    }

    public static BreachView of(Breach b, List<BreachEvent> history) {
        List<HistoryEntry> entries = history.stream().map(HistoryEntry::of).toList();
        return new BreachView(b.id, b.unitId, b.period, b.principalOrgNumber, b.principalKind, b.municipalityCode, b.area,
                b.requirementCodes(), b.contractId, entries.isEmpty() ? b.currentStatus() : entries.get(entries.size() - 1).status(),
                b.foundAt, entries);
    }

    /** The breach with its whole history, read in one query. */
    public static BreachView of(Breach b) {
        return of(b, BreachEvent.list("breach.id = ?1 order by seq", b.id));
    }
}
