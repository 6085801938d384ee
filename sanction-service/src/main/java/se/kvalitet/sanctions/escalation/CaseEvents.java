package se.kvalitet.sanctions.escalation;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.kvalitet.events.Outbox;

/** What sanction-service announces on sanction.events.v1; schemas under api-specs/events/. */
@ApplicationScoped
public class CaseEvents {

    public static final String TOPIC = "sanction.events.v1";
    public static final String CASE_OPENED = "se.kvalitet.sanction.EscalationCaseOpened";

    public record EscalationCaseOpened(UUID caseId, UUID unitId, String period, String principalOrgNumber, String municipalityCode,
            EscalationTrigger trigger, SanctionStep proposedStep) {
    }

    private final Outbox outbox;

    public CaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void opened(EscalationCase c) {
        outbox.publish(TOPIC, CASE_OPENED, c.unitId.toString(), new EscalationCaseOpened(c.id, c.unitId, c.period,
                c.principalOrgNumber, c.municipalityCode, c.trigger, c.proposedStep));
    }
}
