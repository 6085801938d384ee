package se.kvalitet.contracts.contract;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;

/** What contract-service announces on contract.events.v1; schemas under api-specs/events/. */
@ApplicationScoped
@Startup // registers its metrics at start, so they read 0 rather than being absent
public class ContractEvents {

    public static final String TOPIC = "contract.events.v1";
    public static final String CONTRACT_DRAFTED = "se.kvalitet.contract.ContractDrafted";
    public static final String CONTRACT_CANCELLED = "se.kvalitet.contract.ContractCancelled";
    public static final String HEALTH_RISK_DETECTED = "se.kvalitet.contract.HealthRiskDetected";

    public record Principal(String orgNumber, String name, PrincipalKind kind) {
    }

    public record ContractDrafted(UUID contractId, UUID unitId, String period, Principal principal, Counterparty counterparty,
            String municipalityCode, AreaOfActivity area, List<String> breachedRequirements) {
    }

    public record ContractCancelled(UUID contractId, UUID unitId, String period, String reason) {
    }

    public record HealthRiskDetected(UUID unitId, String period, Principal principal, String municipalityCode, AreaOfActivity area,
            List<String> criticalRequirements) {
    }

    private final Outbox outbox;
    private final Counter drafted;
    private final Counter cancelled;
    private final Counter healthRisks;

    public ContractEvents(Outbox outbox, MeterRegistry meters) {
        this.outbox = outbox;
        this.drafted = meters.counter("kvalitet.contracts.drafted");
        this.cancelled = meters.counter("kvalitet.contracts.cancelled");
        this.healthRisks = meters.counter("kvalitet.health.risks.detected");
    }

    public void drafted(Contract c) {
        outbox.publish(TOPIC, CONTRACT_DRAFTED, c.unitId.toString(), new ContractDrafted(c.id, c.unitId, c.period,
                new Principal(c.principalOrgNumber, c.principalName, c.principalKind), c.counterparty(), c.municipalityCode, c.area,
                List.copyOf(c.breachedRequirements)));
        drafted.increment();
    }

    public void cancelled(Contract c) {
        outbox.publish(TOPIC, CONTRACT_CANCELLED, c.unitId.toString(), new ContractCancelled(c.id, c.unitId, c.period, c.cancellationReason));
        cancelled.increment();
    }

    public void healthRisk(UUID unitId, String period, Principal principal, String municipalityCode, AreaOfActivity area, List<String> critical) {
        outbox.publish(TOPIC, HEALTH_RISK_DETECTED, unitId.toString(),
                new HealthRiskDetected(unitId, period, principal, municipalityCode, area, critical));
        healthRisks.increment();
    }
}
