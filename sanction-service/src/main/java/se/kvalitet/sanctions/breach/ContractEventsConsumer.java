package se.kvalitet.sanctions.breach;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.Inbox;
import se.kvalitet.platform.events.InvalidEventException;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.sanctions.escalation.CaseEvents;
import se.kvalitet.sanctions.escalation.CaseView;
import se.kvalitet.sanctions.escalation.EscalationCase;
import se.kvalitet.sanctions.escalation.EscalationTrigger;

/**
 * Writes every breach-related event from contract.events.v1 into the breach history, and opens
 * an escalation case for a health risk.
 */
@ApplicationScoped
public class ContractEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ContractEventsConsumer.class);
    private static final String PREFIX = "se.kvalitet.contract.";

    public static final String CONSUMER = "breach-history";

    record Principal(String orgNumber, PrincipalKind kind) {
    }

    record ContractDrafted(UUID contractId, UUID unitId, String period, Principal principal, String municipalityCode, AreaOfActivity area,
            List<String> breachedRequirements) {
    }

    record ContractCancelled(UUID contractId, UUID unitId, String period, String reason) {
    }

    record HealthRiskDetected(UUID unitId, String period, Principal principal, String municipalityCode, AreaOfActivity area,
            List<String> criticalRequirements) {
    }

    private final Inbox inbox;
    private final CaseEvents caseEvents;
    private final AuditTrail audit;
    private final Clock clock;

    public ContractEventsConsumer(Inbox inbox, CaseEvents caseEvents, AuditTrail audit, Clock clock) {
        this.inbox = inbox;
        this.caseEvents = caseEvents;
        this.audit = audit;
        this.clock = clock;
    }

    @Incoming("contract-events")
    @Blocking
    public void apply(String message) {
        inbox.process(message, CONSUMER, event -> {
            switch (event.type()) {
                case PREFIX + "ContractDrafted" -> drafted(event, inbox.data(event, ContractDrafted.class));
                case PREFIX + "ContractCancelled" -> cancelled(event, inbox.data(event, ContractCancelled.class));
                case PREFIX + "HealthRiskDetected" -> healthRisk(event, inbox.data(event, HealthRiskDetected.class));
                default -> LOG.debugf("Breach history ignores %s", event.type());
            }
        });
    }

    private void drafted(CloudEvent event, ContractDrafted drafted) {
        if (drafted.contractId() == null || drafted.unitId() == null || drafted.period() == null || drafted.principal() == null
                || drafted.municipalityCode() == null || drafted.area() == null || drafted.breachedRequirements() == null) {
            throw new InvalidEventException("ContractDrafted " + event.id() + " lacks required fields");
        }
        Breach breach = newBreach(drafted.unitId(), drafted.period(), drafted.principal(), drafted.municipalityCode(), drafted.area(),
                drafted.breachedRequirements(), event);
        breach.contractId = drafted.contractId();
        breach.status = BreachStatus.UNDER_CONTRACT;
        breach.record(event.id(), "ContractDrafted", event.time(), "contract " + drafted.contractId());
        breach.persist();
        audit.record("Breach", breach.id, "record", null, BreachView.of(breach));
        LOG.infof("Breach %s recorded for unit %s, period %s, under contract %s", breach.id, breach.unitId, breach.period, breach.contractId);
    }

    private void cancelled(CloudEvent event, ContractCancelled cancelled) {
        Breach breach = Breach.find("contractId", cancelled.contractId()).firstResult();
        if (breach == null) {
            throw new InvalidEventException("ContractCancelled " + event.id() + " names unknown contract " + cancelled.contractId());
        }
        BreachView before = BreachView.of(breach);
        breach.status = BreachStatus.WITHDRAWN;
        breach.record(event.id(), "ContractCancelled", event.time(), cancelled.reason());
        audit.record("Breach", breach.id, "withdraw", before, BreachView.of(breach));
    }

    private void healthRisk(CloudEvent event, HealthRiskDetected risk) {
        if (risk.unitId() == null || risk.period() == null || risk.principal() == null || risk.municipalityCode() == null
                || risk.area() == null || risk.criticalRequirements() == null) {
            throw new InvalidEventException("HealthRiskDetected " + event.id() + " lacks required fields");
        }
        Breach breach = newBreach(risk.unitId(), risk.period(), risk.principal(), risk.municipalityCode(), risk.area(),
                risk.criticalRequirements(), event);
        breach.status = BreachStatus.REFERRED;
        breach.record(event.id(), "HealthRiskDetected", event.time(), "critical " + risk.criticalRequirements());
        breach.persist();
        audit.record("Breach", breach.id, "refer", null, BreachView.of(breach));
        EscalationCase escalation = EscalationCase.open(EscalationTrigger.HEALTH_RISK, risk.unitId(), risk.period(),
                risk.principal().orgNumber(), risk.municipalityCode(), risk.area(), clock.instant());
        escalation.persist();
        caseEvents.opened(escalation);
        audit.record("EscalationCase", escalation.id, "open", null, CaseView.of(escalation));
        LOG.infof("Escalation case %s opened for unit %s at %s (health risk)", escalation.id, escalation.unitId, escalation.proposedStep);
    }

    private static Breach newBreach(UUID unitId, String period, Principal principal, String municipalityCode, AreaOfActivity area,
            List<String> requirements, CloudEvent event) {
        if (principal.orgNumber() == null || principal.kind() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks the principal");
        }
        Breach breach = new Breach();
        breach.id = UUID.randomUUID();
        breach.unitId = unitId;
        breach.period = period;
        breach.principalOrgNumber = principal.orgNumber();
        breach.principalKind = principal.kind();
        breach.municipalityCode = municipalityCode;
        breach.area = area;
        breach.requirements = String.join(",", requirements);
        breach.foundAt = event.time();
        return breach;
    }
}
