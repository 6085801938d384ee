package se.kvalitet.sanctions.escalation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import se.kvalitet.platform.metrics.CountGauges;

/**
 * The open escalation cases, counted on a schedule: {@code kvalitet_escalation_cases_open{step}}
 * by the step a case stands at (NONE before its first decision), and
 * {@code kvalitet_escalation_cases_awaiting_decision{step}} by the step proposed to a supervisor.
 */
@ApplicationScoped
@Startup // registers the gauges at start, so they read 0 rather than being absent
public class CaseMetrics {

    static final String NO_STEP = "NONE";

    private final EntityManager entityManager;
    private final CountGauges open;
    private final CountGauges awaiting;

    public CaseMetrics(EntityManager entityManager, MeterRegistry meters) {
        this.entityManager = entityManager;
        List<String> steps = Arrays.stream(SanctionStep.values()).map(Enum::name).toList();
        List<String> stepsOrNone = new ArrayList<>(steps);
        stepsOrNone.add(NO_STEP);
        this.open = new CountGauges(meters, "kvalitet.escalation.cases.open", "Open escalation cases at each step", "step", stepsOrNone);
        this.awaiting = new CountGauges(meters, "kvalitet.escalation.cases.awaiting.decision",
                "Open escalation cases with a step proposed to a supervisor, by that step", "step", steps);
    }

    @Scheduled(identity = "case-metrics", every = "${kvalitet.metrics.refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        open.count(entityManager,
                "select coalesce(current_step, '" + NO_STEP + "'), count(*) from escalation_case where status = 'OPEN' group by 1");
        awaiting.count(entityManager,
                "select proposed_step, count(*) from escalation_case where status = 'OPEN' and proposed_step is not null group by 1");
    }
}
