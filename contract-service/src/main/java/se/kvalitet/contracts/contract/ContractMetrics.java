package se.kvalitet.contracts.contract;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import se.kvalitet.platform.metrics.CountGauges;

/** {@code kvalitet_contracts_current{status}}: how many contracts stand in each status now, counted on a schedule. */
@ApplicationScoped
@Startup // registers the gauges at start, so they read 0 rather than being absent
public class ContractMetrics {

    private final EntityManager entityManager;
    private final CountGauges byStatus;

    public ContractMetrics(EntityManager entityManager, MeterRegistry meters) {
        this.entityManager = entityManager;
        this.byStatus = new CountGauges(meters, "kvalitet.contracts.current", "Contracts in each status now", "status",
                Arrays.stream(ContractStatus.values()).map(Enum::name).toList());
    }

    @Scheduled(identity = "contract-metrics", every = "${kvalitet.metrics.refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        byStatus.count(entityManager, "select status, count(*) from contract group by status");
    }
}
