package se.kvalitet.sanctions.escalation;

import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import se.kvalitet.platform.unit.PrincipalKind;

/**
 * The escalation ladder (DESIGN.md §2.4): per principal kind, the ordered steps with their legal
 * basis, response period and whether they carry an amount. A municipal unit holds no permit, so
 * its ladder has no permit revocation. Read from configuration at start; a ladder that names a
 * step twice, a health-risk step it lacks, or a period that is not positive stops the service.
 */
@Singleton
public class Ladder {

    /** One rung. */
    public record Step(SanctionStep step, String legalBasis, Period responsePeriod, boolean carriesAmount) {
    }

    private final Map<PrincipalKind, List<Step>> steps = new EnumMap<>(PrincipalKind.class);
    private final SanctionStep healthRiskStep;

    public Ladder(LadderConfig config) {
        steps.put(PrincipalKind.PRIVATE, steps(config.privateUnits()));
        steps.put(PrincipalKind.MUNICIPALITY, steps(config.municipalUnits()));
        healthRiskStep = config.healthRiskStep();
        steps.forEach((kind, ladder) -> {
            if (ladder.stream().map(Step::step).distinct().count() != ladder.size() || ladder.isEmpty()) {
                throw new IllegalStateException("The " + kind + " ladder must name each step once: " + ladder);
            }
            if (ladder.stream().noneMatch(s -> s.step() == healthRiskStep)) {
                throw new IllegalStateException("The " + kind + " ladder lacks the health-risk step " + healthRiskStep);
            }
        });
        if (steps.get(PrincipalKind.MUNICIPALITY).stream().anyMatch(s -> s.step() == SanctionStep.PERMIT_REVOCATION)) {
            throw new IllegalStateException("A municipal unit holds no permit to revoke");
        }
    }

    private static List<Step> steps(List<LadderConfig.Step> configured) {
        return configured.stream().map(s -> {
            Period period = Period.parse(s.responsePeriod());
            if (period.isNegative() || period.isZero()) {
                throw new IllegalStateException("The response period of " + s.step() + " must be positive: " + s.responsePeriod());
            }
            return new Step(s.step(), s.legalBasis(), period, s.carriesAmount());
        }).toList();
    }

    public List<Step> stepsFor(PrincipalKind kind) {
        return steps.get(kind);
    }

    public SanctionStep healthRiskStep() {
        return healthRiskStep;
    }

    /** Where a trigger starts: a health risk at the configured higher step, anything else at the first. */
    public SanctionStep startFor(EscalationTrigger trigger, PrincipalKind kind) {
        return trigger == EscalationTrigger.HEALTH_RISK ? healthRiskStep : stepsFor(kind).get(0).step();
    }

    public Step step(PrincipalKind kind, SanctionStep step) {
        return stepsFor(kind).stream().filter(s -> s.step() == step).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(step + " is not on the " + kind + " ladder"));
    }

    /** The step above {@code step} on the kind's ladder, if there is one. */
    public Optional<SanctionStep> after(PrincipalKind kind, SanctionStep step) {
        List<Step> ladder = stepsFor(kind);
        int index = ladder.indexOf(step(kind, step));
        return index + 1 < ladder.size() ? Optional.of(ladder.get(index + 1).step()) : Optional.empty();
    }

    /** Whether {@code step} stands higher on the kind's ladder than {@code other} (null: below every step). */
    public boolean isAbove(PrincipalKind kind, SanctionStep step, SanctionStep other) {
        return other == null || rank(kind, step) > rank(kind, other);
    }

    private int rank(PrincipalKind kind, SanctionStep step) {
        return stepsFor(kind).indexOf(step(kind, step));
    }
}
