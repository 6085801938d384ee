package se.kvalitet.sanctions.escalation;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import se.kvalitet.platform.events.Outbox;

/** What sanction-service announces on sanction.events.v1; schemas under api-specs/events/. */
@ApplicationScoped
@Startup // registers its metrics at start, so they read 0 rather than being absent
public class CaseEvents {

    public static final String TOPIC = "sanction.events.v1";
    public static final String CASE_OPENED = "se.kvalitet.sanction.EscalationCaseOpened";

    public record EscalationCaseOpened(UUID caseId, UUID unitId, String period, String principalOrgNumber, String municipalityCode,
            EscalationTrigger trigger, SanctionStep proposedStep) {
    }

    private final Outbox outbox;
    private final Map<EscalationTrigger, Counter> opened = new EnumMap<>(EscalationTrigger.class);

    public CaseEvents(Outbox outbox, MeterRegistry meters) {
        this.outbox = outbox;
        for (EscalationTrigger trigger : EscalationTrigger.values()) {
            opened.put(trigger, meters.counter("kvalitet.escalations.opened", "trigger", trigger.name()));
        }
    }

    public void opened(EscalationCase c) {
        outbox.publish(TOPIC, CASE_OPENED, c.unitId.toString(), new EscalationCaseOpened(c.id, c.unitId, c.period,
                c.principalOrgNumber, c.municipalityCode, c.trigger, c.proposedStep));
        opened.get(c.trigger).increment();
    }
}
