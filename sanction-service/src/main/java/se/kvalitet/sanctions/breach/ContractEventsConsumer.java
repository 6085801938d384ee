package se.kvalitet.sanctions.breach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.Inbox;
import se.kvalitet.platform.events.InvalidEventException;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.sanctions.escalation.EscalationTrigger;
import se.kvalitet.sanctions.escalation.Escalations;

/**
 * Reads contract.events.v1: every breach and every step of its contract goes into the breach
 * history, and a failed contract, an overdue milestone or a health risk opens (or attaches to)
 * the unit's escalation case; a fulfilled contract resolves its case.
 */
@ApplicationScoped
public class ContractEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ContractEventsConsumer.class);
    private static final String PREFIX = "se.kvalitet.contract.";
    private static final String CONTRACT_SERVICE = "contract-service";

    public static final String CONSUMER = "breach-history";

    record Principal(String orgNumber, PrincipalKind kind) {
    }

    /** The fields the contract events share; each type fills those it carries. */
    record ContractEvent(UUID contractId, UUID unitId, String period, Principal principal, String municipalityCode, AreaOfActivity area,
            List<String> breachedRequirements, List<String> requirements, List<String> criticalRequirements, String reason,
            LocalDate signingDeadline, String party, Boolean signedByBoth, LocalDate startDate, LocalDate endDate, Integer openMilestones,
            String measureCode, LocalDate dueDate) {
    }

    private final Inbox inbox;
    private final BreachHistory history;
    private final Escalations escalations;

    public ContractEventsConsumer(Inbox inbox, BreachHistory history, Escalations escalations) {
        this.inbox = inbox;
        this.history = history;
        this.escalations = escalations;
    }

    @Incoming("contract-events")
    @Blocking
    public void apply(ConsumerRecord<String, String> record) {
        inbox.process(record, CONSUMER, event -> {
            if (!event.type().startsWith(PREFIX)) {
                LOG.debugf("Breach history ignores %s", event.type());
                return;
            }
            ContractEvent data = inbox.data(event, ContractEvent.class);
            String type = event.type().substring(PREFIX.length());
            switch (type) {
                case "ContractDrafted" -> history.found(found(event, data, data.breachedRequirements(),
                        require(event, data.contractId(), "contractId")), event.id(), type,
                        BreachStatus.UNDER_CONTRACT, CONTRACT_SERVICE, event.time(), "contract " + data.contractId());
                case "BreachAttached" -> attached(event, data);
                case "ContractDraftEdited", "ContractActivated" -> step(event, data, null, "from " + data.startDate() + " to " + data.endDate());
                case "ContractIssued" -> step(event, data, null, "to be signed by " + data.signingDeadline());
                case "ContractSigned" -> step(event, data, null, "by the " + String.valueOf(data.party()).toLowerCase()
                        + (Boolean.TRUE.equals(data.signedByBoth()) ? "; signed by both" : ""));
                case "RemediationReported" -> step(event, data, null, data.openMilestones() + " milestones still open");
                case "ContractCancelled" -> step(event, data, BreachStatus.WITHDRAWN, data.reason());
                case "ContractFulfilled" -> {
                    step(event, data, BreachStatus.REMEDIED, "every milestone done and every breached requirement met");
                    escalations.contractFulfilled(data.contractId());
                }
                case "MilestoneOverdue" -> {
                    step(event, data, BreachStatus.ESCALATED, "milestone " + data.measureCode() + " due " + data.dueDate());
                    escalations.trigger(EscalationTrigger.MILESTONE_OVERDUE, concerning(event, data), data.contractId());
                }
                case "ContractFailed" -> {
                    step(event, data, BreachStatus.ESCALATED, data.reason());
                    escalations.trigger(EscalationTrigger.CONTRACT_FAILED, concerning(event, data), data.contractId());
                }
                case "HealthRiskDetected" -> {
                    history.found(found(event, data, data.criticalRequirements(), null), event.id(), type, BreachStatus.REFERRED,
                            CONTRACT_SERVICE, event.time(), data.reason() == null ? "critical " + data.criticalRequirements()
                                    : "an agency officer's decision: " + data.reason());
                    escalations.trigger(EscalationTrigger.HEALTH_RISK, concerning(event, data), null);
                }
                default -> LOG.debugf("Breach history ignores %s", event.type());
            }
        });
    }

    private void attached(CloudEvent event, ContractEvent data) {
        Breach first = Breach.find("contractId = ?1 order by foundAt", require(event, data.contractId(), "contractId")).firstResult();
        if (first == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " names unknown contract " + data.contractId());
        }
        history.found(new BreachHistory.Found(first.unitId, require(event, data.period(), "period"), first.principalOrgNumber,
                first.principalKind, first.municipalityCode, first.area, require(event, data.requirements(), "requirements"), first.contractId),
                event.id(), "BreachAttached", BreachStatus.UNDER_CONTRACT, CONTRACT_SERVICE, event.time(), "contract " + first.contractId);
    }

    private void step(CloudEvent event, ContractEvent data, BreachStatus status, String detail) {
        String type = event.type().substring(PREFIX.length());
        if (history.contractStep(require(event, data.contractId(), "contractId"), event.id(), type, status, CONTRACT_SERVICE, event.time(),
                detail).isEmpty()) {
            throw new InvalidEventException(type + " " + event.id() + " names unknown contract " + data.contractId());
        }
    }

    private static BreachHistory.Found found(CloudEvent event, ContractEvent data, List<String> requirements, UUID contractId) {
        Escalations.Concerning unit = concerning(event, data);
        return new BreachHistory.Found(unit.unitId(), unit.period(), unit.principalOrgNumber(), unit.principalKind(),
                unit.municipalityCode(), unit.area(), require(event, requirements, "requirements"), contractId);
    }

    private static Escalations.Concerning concerning(CloudEvent event, ContractEvent data) {
        Principal principal = require(event, data.principal(), "principal");
        return new Escalations.Concerning(require(event, data.unitId(), "unitId"), require(event, data.period(), "period"),
                require(event, principal.orgNumber(), "principal.orgNumber"), require(event, principal.kind(), "principal.kind"),
                require(event, data.municipalityCode(), "municipalityCode"), require(event, data.area(), "area"));
    }

    private static <T> T require(CloudEvent event, T value, String field) {
        if (value == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks " + field);
        }
        return value;
    }
}
