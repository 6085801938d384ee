package se.kvalitet.sanctions.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;

/** An escalation case as the API shows it and the audit trail records it; the history only where one case is read. */
public record CaseView(UUID caseId, UUID unitId, String period, String principalOrgNumber, PrincipalKind principalKind,
        String municipalityCode, AreaOfActivity area, EscalationTrigger trigger, SanctionStep currentStep, BigDecimal stepAmount,
        LocalDate stepDeadline, SanctionStep proposedStep, UUID contractId, EscalationCase.Status status, Instant openedAt,
        Instant resolvedAt, String resolution, long version, List<CaseEntry.View> history) {

    public static CaseView of(EscalationCase c) {
        return of(c, null);
    }

    public static CaseView of(EscalationCase c, List<CaseEntry.View> history) {
        return new CaseView(c.id, c.unitId, c.period, c.principalOrgNumber, c.principalKind, c.municipalityCode, c.area, c.trigger,
                c.currentStep, c.stepAmount, c.stepDeadline, c.proposedStep, c.contractId, c.status, c.openedAt, c.resolvedAt,
                c.resolution, c.version, history);
    }
}
