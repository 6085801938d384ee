package se.kvalitet.indicators.result;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import se.kvalitet.indicators.requirement.Requirement;
import se.kvalitet.indicators.requirement.ThresholdVersion;
import se.kvalitet.indicators.result.ResultResource.SubmitResult;
import se.kvalitet.indicators.unit.KnownUnit;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.id.TimeOrderedIds;
import se.kvalitet.platform.period.Period;
import se.kvalitet.platform.web.ConflictProblem;
import se.kvalitet.platform.web.FieldProblem;
import se.kvalitet.platform.web.InvalidInputException;

/** Recording a result: judge it against the threshold valid for its period, store, announce. */
@ApplicationScoped
@Startup // registers its metrics at start, so they read 0 rather than being absent
public class ResultRecording {

    public static final String TOPIC = "indicator.results.v1";
    public static final String RESULT_RECORDED = "se.kvalitet.indicator.ResultRecorded";
    public static final String RESULTS_IMPORTED = "se.kvalitet.indicator.ResultsImported";
    private static final Logger LOG = Logger.getLogger(ResultRecording.class);

    public record Recorded(IndicatorResult result, boolean created) {
    }

    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<Outcome, Counter> recorded = new EnumMap<>(Outcome.class);

    public ResultRecording(Outbox outbox, AuditTrail audit, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        for (Outcome outcome : Outcome.values()) {
            recorded.put(outcome, meters.counter("kvalitet.results.recorded", "outcome", outcome.name()));
        }
    }

    /** The current revision of a unit's result for a requirement and period, if there is one. */
    @FunctionalInterface
    public interface CurrentResults {
        IndicatorResult of(UUID unitId, String requirementCode, String period);
    }

    /** Reads each current revision from the database when it is needed. */
    static final CurrentResults FROM_DATABASE = (unitId, code, period) -> IndicatorResult.<IndicatorResult>find(
            "unitId = ?1 and requirementCode = ?2 and period = ?3 and superseded = false", unitId, code, period).firstResult();

    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded record(SubmitResult submitted, String recordedBy) {
        return record(submitted, recordedBy, FROM_DATABASE);
    }

    /** Refuses before it writes anything, so a refused row of a batch leaves the others' transaction intact. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = FieldProblem.class)
    public Recorded record(SubmitResult submitted, String recordedBy, CurrentResults currentResults) {
        KnownUnit unit = KnownUnit.findById(submitted.unitId());
        Requirement requirement = Requirement.CODE.matcher(submitted.requirementCode()).matches()
                ? Requirement.findById(submitted.requirementCode())
                : null;
        Judged judged = judge(submitted, unit, requirement);
        IndicatorResult current = currentResults.of(unit.id, requirement.code, judged.period().text());
        if (current != null && current.sameAs(submitted.value(), submitted.sampleSize())) {
            return new Recorded(current, false);
        }
        ResultRevision revision = judged.revisionAfter(current == null ? 0 : current.revision, submitted, recordedBy, clock.instant());
        IndicatorResult result = IndicatorResult.of(revision);
        if (current != null) {
            ResultView before = ResultView.of(current);
            current.superseded = true;
            // Written first, so that a concurrent correction of the same result waits for this row and then loses on the revision key.
            IndicatorResult.flush();
            audit.record("IndicatorResult", current.id, "supersede", before, ResultView.of(current));
        }
        result.persist();
        audit.record("IndicatorResult", result.id, current == null ? "record" : "correct", null, ResultView.of(result));
        outbox.publish(TOPIC, RESULT_RECORDED, unit.id.toString(), judged.announcement(revision, current == null ? null : current.id));
        counted(result.outcome);
        LOG.infof("Result %s rev %d for unit %s, %s %s: %s", result.id, result.revision, unit.id, requirement.code, result.period, result.outcome);
        return new Recorded(result, true);
    }

    /** Counts a stored result in {@code kvalitet.results.recorded}, by its outcome. */
    public void counted(Outcome outcome) {
        recorded.get(outcome).increment();
    }

    /**
     * Checks a submitted result against its unit and requirement (either null when there is no
     * such one) and judges it against the threshold valid for its period. Nothing is read or
     * written: the caller has found the unit and requirement, one at a time or many at once.
     *
     * @throws FieldProblem naming the field and why the result cannot be recorded
     */
    public static Judged judge(SubmitResult submitted, KnownUnit unit, Requirement requirement) {
        if (unit == null) {
            throw new InvalidInputException("unitId", "no such unit in the registry");
        }
        if (!unit.isActive()) {
            throw new ConflictProblem("unitId", "the unit is closed");
        }
        if (requirement == null) {
            throw new InvalidInputException("requirementCode", "no such requirement");
        }
        Period period;
        try {
            period = Period.parse(submitted.period());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", e.getMessage());
        }
        if (period.type() != requirement.periodType) {
            throw new InvalidInputException("period", "requirement " + requirement.code + " is reported per " + requirement.periodType);
        }
        ThresholdVersion version = requirement.versionValidOn(period.start()).orElseThrow(
                () -> new InvalidInputException("period", "requirement " + requirement.code + " did not apply in " + period.text()));
        String problem = requirement.unitOfMeasure.problemWith(submitted.value());
        if (problem != null) {
            throw new InvalidInputException("value", problem);
        }
        return new Judged(unit, requirement, period, version, version.judge(submitted.value(), submitted.sampleSize()));
    }

    /** A result that may be recorded: its unit, requirement, period, the threshold version it was judged by, and the outcome. */
    public record Judged(KnownUnit unit, Requirement requirement, Period period, ThresholdVersion version, Outcome outcome) {

        /** The revision after {@code previousRevision} (0: the first), not yet stored. */
        public ResultRevision revisionAfter(int previousRevision, SubmitResult submitted, String recordedBy, Instant at) {
            return new ResultRevision(TimeOrderedIds.next(), unit.id, requirement.code, period.text(), period.start(), period.end(),
                    previousRevision + 1, submitted.value(), submitted.sampleSize(), submitted.source(), version.version,
                    version.threshold, outcome, at, recordedBy);
        }

        /** What {@code ResultRecorded} says of the stored {@code result}, which superseded the result {@code supersedes} (null: none). */
        public ResultRecorded announcement(ResultRevision result, UUID supersedes) {
            return new ResultRecorded(result.id(), result.unitId(), requirement.code, result.period(), result.revision(),
                    supersedes, result.value(), result.sampleSize(), requirement.critical, requirement.weight,
                    new ResultRecorded.Judgement(outcome, version.version, version.threshold, requirement.direction.name(),
                            version.minimumSampleSize));
        }

        /** What {@code ResultsImported} says of the stored {@code result}, as {@link #announcement} does in short. */
        public ResultsImported.Result imported(ResultRevision result, UUID supersedes) {
            return new ResultsImported.Result(result.id(), requirement.code, result.period(), result.revision(), supersedes,
                    result.value(), result.sampleSize(), requirement.critical, new ResultsImported.Result.Judgement(outcome, version.version));
        }
    }
}
