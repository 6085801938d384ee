package se.kvalitet.sanctions.escalation;

import java.time.Instant;
import java.util.UUID;

import se.kvalitet.platform.unit.AreaOfActivity;

/** An escalation case as the API shows it and the audit trail records it. */
public record CaseView(UUID caseId, UUID unitId, String period, String principalOrgNumber, String municipalityCode, AreaOfActivity area,
        EscalationTrigger trigger, SanctionStep proposedStep, EscalationCase.Status status, Instant openedAt, long version) {

    public static CaseView of(EscalationCase c) {
        return new CaseView(c.id, c.unitId, c.period, c.principalOrgNumber, c.municipalityCode, c.area, c.trigger, c.proposedStep,
                c.status, c.openedAt, c.version);
    }
}
