package se.kvalitet.sanctions.escalation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import se.kvalitet.platform.audit.ActedBy;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;

/**
 * What sanction-service announces on sanction.events.v1 (schemas under api-specs/events/): every
 * transition of a case, each also an entry of the case's own history naming who made it happen.
 */
@ApplicationScoped
@Startup // registers its metrics at start, so they read 0 rather than being absent
public class CaseEvents {

    public static final String TOPIC = "sanction.events.v1";
    public static final String PREFIX = "se.kvalitet.sanction.";

    public record EscalationCaseOpened(UUID caseId, UUID unitId, String period, String principalOrgNumber, PrincipalKind principalKind,
            String municipalityCode, AreaOfActivity area, EscalationTrigger trigger, SanctionStep proposedStep, UUID contractId) {
    }

    public record CaseTriggerAttached(UUID caseId, UUID unitId, EscalationTrigger trigger, UUID contractId, SanctionStep proposedStep) {
    }

    public record SanctionProposed(UUID caseId, UUID unitId, SanctionStep step, String legalBasis) {
    }

    public record SanctionConfirmed(UUID caseId, UUID unitId, SanctionStep step, String legalBasis, BigDecimal amount,
            LocalDate responseDeadline, String decidedBy) {
    }

    public record SanctionDeclined(UUID caseId, UUID unitId, SanctionStep step, String reason, LocalDate responseDeadline,
            String decidedBy) {
    }

    public record CaseResolved(UUID caseId, UUID unitId, String reason, String resolvedBy) {
    }

    private final Outbox outbox;
    private final MeterRegistry meters;
    private final Map<EscalationTrigger, Counter> opened = new EnumMap<>(EscalationTrigger.class);

    public CaseEvents(Outbox outbox, MeterRegistry meters) {
        this.outbox = outbox;
        this.meters = meters;
        for (EscalationTrigger trigger : EscalationTrigger.values()) {
            opened.put(trigger, meters.counter("kvalitet.escalations.opened", "trigger", trigger.name()));
        }
        for (String decision : List.of("proposed", "confirmed", "declined", "resolved")) {
            meters.counter("kvalitet.sanctions." + decision);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent opened(EscalationCase c) {
        opened.get(c.trigger).increment();
        return announce(c, "EscalationCaseOpened", new EscalationCaseOpened(c.id, c.unitId, c.period, c.principalOrgNumber,
                c.principalKind, c.municipalityCode, c.area, c.trigger, c.proposedStep, c.contractId), c.proposedStep, null, c.trigger.name());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent attached(EscalationCase c, EscalationTrigger trigger, SanctionStep newlyProposed) {
        return announce(c, "CaseTriggerAttached", new CaseTriggerAttached(c.id, c.unitId, trigger, c.contractId, newlyProposed),
                newlyProposed, null, trigger.name());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent proposed(EscalationCase c, Ladder.Step step) {
        meters.counter("kvalitet.sanctions.proposed").increment();
        return announce(c, "SanctionProposed", new SanctionProposed(c.id, c.unitId, step.step(), step.legalBasis()), step.step(), null,
                null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent confirmed(EscalationCase c, Ladder.Step step, String decidedBy) {
        meters.counter("kvalitet.sanctions.confirmed").increment();
        return announce(c, "SanctionConfirmed", new SanctionConfirmed(c.id, c.unitId, step.step(), step.legalBasis(), c.stepAmount,
                c.stepDeadline, decidedBy), step.step(), c.stepAmount, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent declined(EscalationCase c, SanctionStep step, String reason, String decidedBy) {
        meters.counter("kvalitet.sanctions.declined").increment();
        return announce(c, "SanctionDeclined", new SanctionDeclined(c.id, c.unitId, step, reason, c.stepDeadline, decidedBy), step, null,
                reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent resolved(EscalationCase c, String resolvedBy) {
        meters.counter("kvalitet.sanctions.resolved").increment();
        return announce(c, "CaseResolved", new CaseResolved(c.id, c.unitId, c.resolution, resolvedBy), null, null, c.resolution);
    }

    private CloudEvent announce(EscalationCase c, String type, Object data, SanctionStep step, BigDecimal amount, String reason) {
        CloudEvent event = outbox.publish(TOPIC, PREFIX + type, c.unitId.toString(), data);
        CaseEntry entry = new CaseEntry();
        entry.caseId = c.id;
        entry.type = type;
        entry.step = step;
        entry.amount = amount;
        entry.reason = reason;
        entry.occurredAt = event.time();
        entry.by = ActedBy.now();
        entry.eventId = event.id();
        entry.persist();
        return event;
    }
}
