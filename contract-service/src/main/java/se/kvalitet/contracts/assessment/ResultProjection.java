package se.kvalitet.contracts.assessment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.kvalitet.contracts.assessment.Assessor.UnitPeriod;
import se.kvalitet.platform.audit.Actor;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.Inbox;
import se.kvalitet.platform.events.InvalidEventException;
import se.kvalitet.platform.period.Period;
import se.kvalitet.platform.unit.UnitProjection;

/** Takes judged results from indicator.results.v1 a poll at a time and re-assesses each unit and period they touch once. */
@ApplicationScoped
public class ResultProjection {

    public static final String CONSUMER = "result-projection";

    record ResultRecorded(UUID resultId, UUID unitId, String requirementCode, String period, Integer revision, Boolean critical,
            Judgement judgement) {
        record Judgement(String outcome) {
        }
    }

    private final Inbox inbox;
    private final Assessor assessor;
    private final AuditTrail audit;
    private final UnitProjection units;

    public ResultProjection(Inbox inbox, Assessor assessor, AuditTrail audit, UnitProjection units) {
        this.inbox = inbox;
        this.units = units;
        this.assessor = assessor;
        this.audit = audit;
    }

    /**
     * A poll's results in one transaction: each judged result is held, then each unit and period
     * they touched is assessed once, as the consumer applying the last event that touched it. The
     * units' locks are taken first, so a unit's state being applied meanwhile is either seen here
     * or sees these results itself.
     */
    @Incoming("indicator-results")
    @Blocking
    public void apply(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, CONSUMER, events -> {
            List<ResultRecorded> results = events.stream().map(this::decode).toList();
            Set<UUID> unitIds = results.stream().map(ResultRecorded::unitId).collect(Collectors.toSet());
            units.lock(unitIds);
            Map<Key, JudgedResult> held = new HashMap<>();
            JudgedResult.<JudgedResult>list("unitId in ?1", unitIds)
                    .forEach(judged -> held.put(new Key(judged.unitId, judged.requirementCode, judged.period), judged));
            Map<UnitPeriod, UUID> touched = new LinkedHashMap<>();
            AuditTrail.Batch audits = audit.batch();
            for (int i = 0; i < events.size(); i++) {
                CloudEvent event = events.get(i);
                ResultRecorded result = results.get(i);
                Actor.consumer(CONSUMER, event.id()).act(() -> hold(result, held, audits));
                touched.remove(new UnitPeriod(result.unitId(), result.period()));
                touched.put(new UnitPeriod(result.unitId(), result.period()), event.id());
            }
            audits.write();
            Map<UnitPeriod, List<JudgedResult>> byUnitPeriod = held.values().stream()
                    .collect(Collectors.groupingBy(judged -> new UnitPeriod(judged.unitId, judged.period)));
            try (Assessor.Poll poll = assessor.poll(unitIds)) {
                touched.forEach((unitPeriod, eventId) -> Actor.consumer(CONSUMER, eventId)
                        .act(() -> poll.resultJudged(unitPeriod, byUnitPeriod.get(unitPeriod))));
            }
        });
    }

    private record Key(UUID unitId, String requirementCode, String period) {
    }

    private ResultRecorded decode(CloudEvent event) {
        ResultRecorded result = inbox.data(event, ResultRecorded.class);
        if (result.resultId() == null || result.unitId() == null || result.requirementCode() == null || result.period() == null
                || result.revision() == null || result.critical() == null || result.judgement() == null
                || result.judgement().outcome() == null) {
            throw new InvalidEventException("result " + event.id() + " lacks required fields");
        }
        try {
            Period.parse(result.period());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("result " + event.id() + " has period " + result.period() + ", which " + e.getMessage());
        }
        return result;
    }

    /** Holds the result (among those {@code held}, read for the whole poll) as the unit's judged result for its requirement and period, unless a later revision is held already. */
    private void hold(ResultRecorded result, Map<Key, JudgedResult> held, AuditTrail.Batch audits) {
        Key key = new Key(result.unitId(), result.requirementCode(), result.period());
        JudgedResult judged = held.get(key);
        JudgedResult.Snapshot before = judged == null ? null : judged.snapshot();
        if (judged == null) {
            judged = new JudgedResult();
            judged.id = UUID.randomUUID();
            judged.unitId = result.unitId();
            judged.requirementCode = result.requirementCode();
            judged.period = result.period();
            held.put(key, judged);
        } else if (judged.revision > result.revision()) {
            return;
        }
        judged.revision = result.revision();
        judged.resultId = result.resultId();
        judged.outcome = result.judgement().outcome();
        judged.critical = result.critical();
        judged.persist();
        audits.record("JudgedResult", judged.id, before == null ? "receive" : "revise", before, judged.snapshot());
    }
}
