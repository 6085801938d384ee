package se.kvalitet.contracts.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import se.kvalitet.platform.audit.ActedBy;
import se.kvalitet.platform.bulk.Copy;
import se.kvalitet.platform.bulk.KeptRows;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;

/**
 * What contract-service announces on contract.events.v1 (schemas under api-specs/events/): every
 * step of a contract's life, each also a row of the contract's timeline naming who made it
 * happen, and the health risks that go to sanctions without a contract.
 */
@ApplicationScoped
@Startup // registers its metrics at start, so they read 0 rather than being absent
public class ContractEvents {

    public static final String TOPIC = "contract.events.v1";
    public static final String PREFIX = "se.kvalitet.contract.";
    private static final List<String> TIMELINE_COLUMNS = List.of("contract_id", "event_id", "type", "occurred_at", "actor_kind", "actor",
            "actor_name", "actor_org_number", "summary");

    public record Principal(String orgNumber, String name, PrincipalKind kind) {
    }

    public record ContractDrafted(UUID contractId, UUID unitId, String period, Principal principal, Counterparty counterparty,
            String municipalityCode, AreaOfActivity area, List<String> breachedRequirements, List<String> measures, LocalDate startDate,
            LocalDate endDate) {
    }

    public record BreachAttached(UUID contractId, UUID unitId, String period, List<String> requirements) {
    }

    public record ContractDraftEdited(UUID contractId, UUID unitId, List<String> measures, int statePercent, int principalPercent,
            LocalDate startDate, LocalDate endDate, int milestones) {
    }

    public record ContractIssued(UUID contractId, UUID unitId, Principal principal, Counterparty counterparty, LocalDate signingDeadline,
            LocalDate startDate, LocalDate endDate) {
    }

    public record ContractSigned(UUID contractId, UUID unitId, Party party, String orgNumber, boolean signedByBoth) {
    }

    public record ContractActivated(UUID contractId, UUID unitId, LocalDate startDate, LocalDate endDate) {
    }

    public record ReportedMeasure(String measureCode, MeasureStatus status) {
    }

    public record RemediationReported(UUID contractId, UUID unitId, UUID reportId, List<ReportedMeasure> measures, List<UUID> milestonesDone,
            int openMilestones) {
    }

    public record MilestoneOverdue(UUID contractId, UUID unitId, String period, Principal principal, String municipalityCode,
            AreaOfActivity area, UUID milestoneId, String measureCode, LocalDate dueDate, LocalDate graceEnded) {
    }

    public record ContractFulfilled(UUID contractId, UUID unitId, String period, List<String> breachedRequirements) {
    }

    public record ContractFailed(UUID contractId, UUID unitId, String period, FailureReason reason, Principal principal,
            String municipalityCode, AreaOfActivity area, List<String> breachedRequirements) {
    }

    public record ContractCancelled(UUID contractId, UUID unitId, String period, String reason) {
    }

    public record HealthRiskDetected(UUID unitId, String period, Principal principal, String municipalityCode, AreaOfActivity area,
            List<String> criticalRequirements, String reason) {
    }

    private final Outbox outbox;
    private final MeterRegistry meters;
    private final EntityManager entityManager;
    /** The timeline rows of the {@link #together} running on this thread, written when it ends. */
    private final KeptRows timeline = new KeptRows();
    private final Counter drafted;
    private final Counter cancelled;
    private final Counter healthRisks;

    public ContractEvents(Outbox outbox, MeterRegistry meters, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.meters = meters;
        this.drafted = meters.counter("kvalitet.contracts.drafted");
        this.cancelled = meters.counter("kvalitet.contracts.cancelled");
        this.healthRisks = meters.counter("kvalitet.health.risks.detected");
        for (String outcome : List.of("issued", "signed", "activated", "fulfilled", "failed")) {
            meters.counter("kvalitet.contracts." + outcome);
        }
        meters.counter("kvalitet.contracts.milestones.overdue");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void drafted(Contract c) {
        announce(c, "ContractDrafted", new ContractDrafted(c.id, c.unitId, c.period, principal(c), c.counterparty(), c.municipalityCode,
                c.area, c.breachedRequirementCodes(), measureCodes(c), c.startDate, c.endDate),
                "Drafted for the breach of " + String.join(", ", c.breachedRequirementCodes()) + " in " + c.period + ", with "
                        + c.measures.size() + " measures from the catalogue");
        drafted.increment();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void breachAttached(Contract c, String period, List<String> requirements) {
        announce(c, "BreachAttached", new BreachAttached(c.id, c.unitId, period, requirements),
                "A later breach attached: " + String.join(", ", requirements) + " in " + period);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void draftEdited(Contract c) {
        announce(c, "ContractDraftEdited", new ContractDraftEdited(c.id, c.unitId, measureCodes(c), c.statePercent, c.principalPercent,
                c.startDate, c.endDate, c.milestones.size()),
                "Draft edited: " + c.measures.size() + " measures, " + c.milestones.size() + " milestones, state " + c.statePercent
                        + " % / principal " + c.principalPercent + " %, " + c.startDate + " to " + c.endDate);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(Contract c) {
        announce(c, "ContractIssued", new ContractIssued(c.id, c.unitId, principal(c), c.counterparty(), c.signingDeadline, c.startDate,
                c.endDate), "Issued for signing by " + c.signingDeadline);
        meters.counter("kvalitet.contracts.issued").increment();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void signed(Contract c, Party party) {
        String orgNumber = party == Party.PRINCIPAL ? c.principalOrgNumber : c.counterpartyOrgNumber;
        boolean both = c.status.isSigned();
        announce(c, "ContractSigned", new ContractSigned(c.id, c.unitId, party, orgNumber, both),
                "Signed by the " + party.name().toLowerCase() + (both ? "; both parties have signed" : "; awaiting the other party"));
        if (both) {
            meters.counter("kvalitet.contracts.signed").increment();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void activated(Contract c) {
        announce(c, "ContractActivated", new ContractActivated(c.id, c.unitId, c.startDate, c.endDate),
                "Active from " + c.startDate + " to " + c.endDate);
        meters.counter("kvalitet.contracts.activated").increment();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reported(Contract c, RemediationReported report) {
        announce(c, "RemediationReported", report, "Remediation reported: " + report.measures().size() + " measures, "
                + report.milestonesDone().size() + " milestones done, " + report.openMilestones() + " still open");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void milestoneOverdue(Contract c, Milestone m, LocalDate graceEnded) {
        announce(c, "MilestoneOverdue", new MilestoneOverdue(c.id, c.unitId, c.period, principal(c), c.municipalityCode, c.area,
                m.milestoneId, m.measureCode, m.dueDate, graceEnded),
                "Milestone overdue: \"" + m.description + "\" was due " + m.dueDate + "; the grace period ended " + graceEnded);
        meters.counter("kvalitet.contracts.milestones.overdue").increment();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void fulfilled(Contract c) {
        announce(c, "ContractFulfilled", new ContractFulfilled(c.id, c.unitId, c.period, c.breachedRequirementCodes()),
                "Fulfilled: every milestone done and every breached requirement met in a later period");
        meters.counter("kvalitet.contracts.fulfilled").increment();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(Contract c) {
        announce(c, "ContractFailed", new ContractFailed(c.id, c.unitId, c.period, c.failureReason, principal(c), c.municipalityCode, c.area,
                c.breachedRequirementCodes()), c.failureReason == FailureReason.NOT_SIGNED
                        ? "Failed: not signed by both parties by " + c.signingDeadline
                        : "Failed: remediation not verified by the end date " + c.endDate);
        meters.counter("kvalitet.contracts.failed").increment();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Contract c) {
        announce(c, "ContractCancelled", new ContractCancelled(c.id, c.unitId, c.period, c.cancellationReason),
                "Cancelled: " + c.cancellationReason);
        cancelled.increment();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void healthRisk(UUID unitId, String period, Principal principal, String municipalityCode, AreaOfActivity area,
            List<String> critical, String reason) {
        outbox.publish(TOPIC, PREFIX + "HealthRiskDetected", unitId.toString(),
                new HealthRiskDetected(unitId, period, principal, municipalityCode, area, critical, reason));
        healthRisks.increment();
    }

    /**
     * Runs {@code work} and writes the events and timeline rows it announces when it ends, each
     * with one COPY in the order announced ({@link Outbox#together}), rather than one insert each:
     * for a poll of results that drafts contracts by the hundred. Inside another, it is part of
     * that one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void together(Runnable work) {
        timeline.keep(() -> outbox.together(work), rows -> Copy.into(entityManager, "contract_timeline", TIMELINE_COLUMNS, rows));
    }

    private void announce(Contract c, String type, Object data, String summary) {
        CloudEvent event = outbox.publish(TOPIC, PREFIX + type, c.unitId.toString(), data);
        List<Object[]> rows = timeline.current();
        if (rows != null) {
            ActedBy by = ActedBy.now();
            rows.add(new Object[] { c.id, event.id(), type, event.time(), by.kind.name(), by.id, by.name, by.orgNumber, summary });
            return;
        }
        TimelineEntry entry = new TimelineEntry();
        entry.contractId = c.id;
        entry.eventId = event.id();
        entry.type = type;
        entry.occurredAt = event.time();
        entry.by = ActedBy.now();
        entry.summary = summary;
        entry.persist();
    }

    private static Principal principal(Contract c) {
        return new Principal(c.principalOrgNumber, c.principalName, c.principalKind);
    }

    private static List<String> measureCodes(Contract c) {
        return c.measures.stream().map(m -> m.measureCode).toList();
    }
}
