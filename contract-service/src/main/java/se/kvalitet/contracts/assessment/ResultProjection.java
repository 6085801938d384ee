package se.kvalitet.contracts.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.kvalitet.contracts.assessment.Assessor.UnitPeriod;
import se.kvalitet.platform.audit.Actor;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.bulk.Copy;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.Inbox;
import se.kvalitet.platform.events.InvalidEventException;
import se.kvalitet.platform.id.TimeOrderedIds;
import se.kvalitet.platform.period.Period;
import se.kvalitet.platform.unit.UnitProjection;

/**
 * Takes judged results from indicator.results.v1 a poll at a time, whether announced one by one
 * ({@code ResultRecorded}) or an import's a unit at a time ({@code ResultsImported}), and
 * re-assesses each unit and period they touch once.
 */
@ApplicationScoped
public class ResultProjection {

    public static final String CONSUMER = "result-projection";
    private static final List<String> JUDGED_RESULT = List.of("id", "unit_id", "requirement_code", "period", "revision", "result_id",
            "outcome", "critical");
    /** About how many results are projected in one slice of a poll. */
    static final int SLICE = 2_000;
    static final String RESULT_RECORDED = "se.kvalitet.indicator.ResultRecorded";
    static final String RESULTS_IMPORTED = "se.kvalitet.indicator.ResultsImported";

    record ResultRecorded(UUID resultId, UUID unitId, String requirementCode, String period, Integer revision, Boolean critical,
            Judgement judgement) {
        record Judgement(String outcome) {
        }
    }

    /** An import's results of one unit; each result is the unit's (ADR 9). */
    record ResultsImported(UUID unitId, List<Imported> results) {

        record Imported(UUID resultId, String requirementCode, String period, Integer revision, Boolean critical,
                ResultRecorded.Judgement judgement) {

            ResultRecorded of(UUID unitId) {
                return new ResultRecorded(resultId, unitId, requirementCode, period, revision, critical, judgement);
            }
        }
    }

    /**
     * A result as received: the event that announced it, what it says, and whether an import
     * recorded it (then the import job in indicator-service is its audit, as there: ADR 9).
     */
    private record Received(UUID eventId, ResultRecorded result, boolean imported) {
    }

    private final Inbox inbox;
    private final Assessor assessor;
    private final AuditTrail audit;
    private final UnitProjection units;
    private final EntityManager entityManager;

    public ResultProjection(Inbox inbox, Assessor assessor, AuditTrail audit, UnitProjection units, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.units = units;
        this.assessor = assessor;
        this.audit = audit;
    }

    /**
     * A poll's results in one transaction: each judged result is held, then each unit and period
     * they touched is assessed once, as the consumer applying the last event that touched it. The
     * units' locks are taken first, so a unit's state being applied meanwhile is either seen here
     * or sees these results itself. A poll of imports' events holds tens of thousands of results:
     * it is projected in slices of whole units, about {@link #SLICE} results each.
     */
    @Incoming("indicator-results")
    @Blocking
    public void apply(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, CONSUMER, events -> {
            Map<UUID, List<Received>> byUnit = new LinkedHashMap<>();
            for (CloudEvent event : events) {
                boolean imported = RESULTS_IMPORTED.equals(event.type());
                decode(event).forEach(result -> byUnit.computeIfAbsent(result.unitId(), unit -> new ArrayList<>())
                        .add(new Received(event.id(), result, imported)));
            }
            units.lock(byUnit.keySet());
            List<Received> slice = new ArrayList<>();
            for (List<Received> ofUnit : byUnit.values()) {
                slice.addAll(ofUnit);
                if (slice.size() >= SLICE) {
                    project(slice);
                    slice = new ArrayList<>();
                }
            }
            if (!slice.isEmpty()) {
                project(slice);
            }
        });
    }

    /**
     * Holds a slice's results and assesses what they touched, then writes it all and empties the
     * session: a cancelled contract or the check that a breach remains flushes the session, which
     * checks every entity it holds, so a session holding a whole poll would make a poll's cost grow
     * with the square of its size.
     */
    private void project(List<Received> slice) {
        Set<UUID> unitIds = slice.stream().map(received -> received.result().unitId()).collect(Collectors.toSet());
        // Only the periods the slice's results give: a unit's other years are not touched, and
        // every entity read is checked again at each flush of the session.
        Set<String> periods = slice.stream().map(received -> received.result().period()).collect(Collectors.toSet());
        Map<Key, JudgedResult> held = new HashMap<>();
        JudgedResult.<JudgedResult>list("unitId in ?1 and period in ?2", unitIds, periods)
                .forEach(judged -> held.put(new Key(judged.unitId, judged.requirementCode, judged.period), judged));
        Map<UnitPeriod, UUID> touched = new LinkedHashMap<>();
        AuditTrail.Batch audits = audit.batch();
        List<JudgedResult> fresh = new ArrayList<>();
        for (Received received : slice) {
            ResultRecorded result = received.result();
            Actor.consumer(CONSUMER, received.eventId()).act(() -> hold(result, held, fresh, received.imported() ? null : audits));
            touched.remove(new UnitPeriod(result.unitId(), result.period()));
            touched.put(new UnitPeriod(result.unitId(), result.period()), received.eventId());
        }
        Copy.into(entityManager, "judged_result", JUDGED_RESULT, fresh.stream().map(judged -> new Object[] { judged.id, judged.unitId,
                judged.requirementCode, judged.period, judged.revision, judged.resultId, judged.outcome, judged.critical }).toList());
        audits.write();
        Map<UnitPeriod, List<JudgedResult>> byUnitPeriod = held.values().stream()
                .collect(Collectors.groupingBy(judged -> new UnitPeriod(judged.unitId, judged.period)));
        assessor.assess(unitIds, periods, poll -> touched.forEach((unitPeriod, eventId) -> Actor.consumer(CONSUMER, eventId)
                .act(() -> poll.resultJudged(unitPeriod, byUnitPeriod.get(unitPeriod)))));
        entityManager.flush();
        entityManager.clear();
    }

    private record Key(UUID unitId, String requirementCode, String period) {
    }

    /** The results an event announces, each checked. */
    private List<ResultRecorded> decode(CloudEvent event) {
        return switch (event.type()) {
            case RESULT_RECORDED -> List.of(checked(event, inbox.data(event, ResultRecorded.class)));
            case RESULTS_IMPORTED -> {
                ResultsImported imported = inbox.data(event, ResultsImported.class);
                if (imported.unitId() == null || imported.results() == null || imported.results().isEmpty()
                        || imported.results().contains(null)) {
                    throw new InvalidEventException("imported results " + event.id() + " lack a unit or results");
                }
                yield imported.results().stream().map(result -> checked(event, result.of(imported.unitId()))).toList();
            }
            default -> throw new InvalidEventException(event.type() + " " + event.id() + " is no result event this consumer knows");
        };
    }

    private static ResultRecorded checked(CloudEvent event, ResultRecorded result) {
        if (result.resultId() == null || result.unitId() == null || result.requirementCode() == null || result.period() == null
                || result.revision() == null || result.critical() == null || result.judgement() == null
                || result.judgement().outcome() == null) {
            throw new InvalidEventException("result in " + event.id() + " lacks required fields");
        }
        try {
            Period.parse(result.period());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("result in " + event.id() + " has period " + result.period() + ", which " + e.getMessage());
        }
        return result;
    }

    /**
     * Holds the result (among those {@code held}, read for the slice) as the unit's judged result
     * for its requirement and period, unless a later revision is held already; audited in
     * {@code audits} unless that is null (an imported result, whose judged result names it). A
     * first judged result joins {@code fresh}, to be written with the others in one COPY.
     */
    private void hold(ResultRecorded result, Map<Key, JudgedResult> held, List<JudgedResult> fresh, AuditTrail.Batch audits) {
        Key key = new Key(result.unitId(), result.requirementCode(), result.period());
        JudgedResult judged = held.get(key);
        JudgedResult.Snapshot before = judged == null ? null : judged.snapshot();
        if (judged == null) {
            judged = new JudgedResult();
            judged.id = TimeOrderedIds.next();
            judged.unitId = result.unitId();
            judged.requirementCode = result.requirementCode();
            judged.period = result.period();
            held.put(key, judged);
            fresh.add(judged);
        } else if (judged.revision > result.revision()) {
            return;
        }
        judged.revision = result.revision();
        judged.resultId = result.resultId();
        judged.outcome = result.judgement().outcome();
        judged.critical = result.critical();
        if (audits != null) {
            audits.record("JudgedResult", judged.id, before == null ? "receive" : "revise", before, judged.snapshot());
        }
    }
}
