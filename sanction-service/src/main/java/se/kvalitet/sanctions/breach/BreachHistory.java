package se.kvalitet.sanctions.breach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;

/**
 * Writes the breach history: a breach once, then an entry for every contract step, escalation
 * step and decision that concerns it, each audited. Nothing here updates or deletes a row.
 */
@ApplicationScoped
public class BreachHistory {

    private static final Logger LOG = Logger.getLogger(BreachHistory.class);

    private final AuditTrail audit;

    public BreachHistory(AuditTrail audit) {
        this.audit = audit;
    }

    /** What a breach is about, as the event that found it says. */
    public record Found(UUID unitId, String period, String principalOrgNumber, PrincipalKind principalKind, String municipalityCode,
            AreaOfActivity area, List<String> requirements, UUID contractId) {
    }

    /** A new breach, its first history entry leaving it in {@code status}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Breach found(Found found, UUID eventId, String type, BreachStatus status, String actor, Instant at, String detail) {
        Breach breach = new Breach();
        breach.id = UUID.randomUUID();
        breach.unitId = found.unitId();
        breach.period = found.period();
        breach.principalOrgNumber = found.principalOrgNumber();
        breach.principalKind = found.principalKind();
        breach.municipalityCode = found.municipalityCode();
        breach.area = found.area();
        breach.requirements = String.join(",", found.requirements());
        breach.contractId = found.contractId();
        breach.foundAt = at;
        breach.persist();
        breach.record(eventId, type, status, actor, at, detail);
        audit.record("Breach", breach.id, "record", null, BreachView.of(breach));
        LOG.infof("Breach %s recorded for unit %s, period %s: %s", breach.id, breach.unitId, breach.period, status);
        return breach;
    }

    /** An entry on every breach remedied by the contract; {@code status} null keeps each breach's status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Breach> contractStep(UUID contractId, UUID eventId, String type, BreachStatus status, String actor, Instant at,
            String detail) {
        List<Breach> breaches = Breach.list("contractId", contractId);
        for (Breach breach : breaches) {
            append(breach, eventId, type, status == null ? breach.currentStatus() : status, actor, at, detail);
        }
        return breaches;
    }

    /** An entry on every breach of the unit that is still open (under contract, referred or escalated). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseStep(UUID unitId, UUID eventId, String type, BreachStatus status, String actor, Instant at, String detail) {
        for (Breach breach : Breach.<Breach>list("unitId = ?1 and status in ?2", unitId, List.of(BreachStatus.UNDER_CONTRACT,
                BreachStatus.REFERRED, BreachStatus.ESCALATED))) {
            append(breach, eventId, type, status, actor, at, detail);
        }
    }

    private void append(Breach breach, UUID eventId, String type, BreachStatus status, String actor, Instant at, String detail) {
        BreachView before = BreachView.of(breach);
        breach.record(eventId, type, status, actor, at, detail);
        audit.record("Breach", breach.id, type, before, BreachView.of(breach));
    }
}
