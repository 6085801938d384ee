package se.kvalitet.testsupport;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A {@code se.kvalitet.indicator.ResultRecorded} event as indicator-service publishes it:
 * {@code ResultEvent.forUnit(id).requirement("U21468").notMet().publish()}; or several of one
 * unit's as the {@code se.kvalitet.indicator.ResultsImported} event an import job publishes:
 * {@code ResultEvent.imported(first, second).publish()}.
 */
public final class ResultEvent {

    private final UUID unitId;
    private UUID eventId = UUID.randomUUID();
    private String requirement = "U21468";
    private String period = "2025";
    private int revision = 1;
    private String outcome = "NOT_MET";
    private boolean critical;

    private ResultEvent(UUID unitId) {
        this.unitId = unitId;
    }

    public static ResultEvent forUnit(UUID unitId) {
        return new ResultEvent(unitId);
    }

    public ResultEvent requirement(String code) {
        this.requirement = code;
        return this;
    }

    public ResultEvent period(String period) {
        this.period = period;
        return this;
    }

    public ResultEvent revision(int revision) {
        this.revision = revision;
        return this;
    }

    public ResultEvent met() {
        this.outcome = "MET";
        return this;
    }

    public ResultEvent notMet() {
        this.outcome = "NOT_MET";
        return this;
    }

    /** The same event id as {@code earlier}: a redelivery, whatever else this event says. */
    public ResultEvent redeliveryOf(ResultEvent earlier) {
        this.eventId = earlier.eventId;
        return this;
    }

    public UUID eventId() {
        return eventId;
    }

    public ResultEvent critical() {
        this.critical = true;
        return this;
    }

    public String toJson() {
        return Envelope.of(eventId, "indicator-service", "se.kvalitet.indicator.ResultRecorded", unitId, data());
    }

    private String data() {
        return """
                {"resultId":"%s","unitId":"%s","requirementCode":"%s","period":"%s","revision":%d,"supersedes":null,\
                "value":%s,"sampleSize":40,"critical":%s,"weight":1,"judgement":{"outcome":"%s","thresholdVersion":1,\
                "threshold":80,"direction":"HIGHER_IS_BETTER","minimumSampleSize":10}}"""
                .formatted(UUID.randomUUID(), unitId, requirement, period, revision, value(), critical, outcome);
    }

    /** A value the outcome follows from, against the threshold of 80 the event names. */
    private String value() {
        return "MET".equals(outcome) ? "90" : "70";
    }

    /** This result as one of an import's, which leaves out its unit and its requirement's catalogue facts. */
    private String importedData() {
        return """
                {"resultId":"%s","requirementCode":"%s","period":"%s","revision":%d,"value":%s,"sampleSize":40,"critical":%s,\
                "judgement":{"outcome":"%s","thresholdVersion":1}}"""
                .formatted(UUID.randomUUID(), requirement, period, revision, value(), critical, outcome);
    }

    /** The results, as one {@code ResultsImported} event of an import job for the first one's unit. */
    public static Imported imported(ResultEvent... results) {
        return new Imported(UUID.randomUUID(), List.of(results));
    }

    /** One unit's results announced together by an import job. */
    public record Imported(UUID eventId, List<ResultEvent> results) {

        public UUID unitId() {
            return results.get(0).unitId;
        }

        public String toJson() {
            String data = """
                    {"unitId":"%s","importJobId":"%s","results":[%s]}""".formatted(unitId(), UUID.randomUUID(),
                    results.stream().map(ResultEvent::importedData).collect(Collectors.joining(",")));
            return Envelope.of(eventId, "indicator-service", "se.kvalitet.indicator.ResultsImported", unitId(), data);
        }

        /** Publishes this event on indicator.results.v1, keyed by the unit id. */
        public Imported publish() {
            Topic.named("indicator.results.v1").send(unitId().toString(), toJson());
            return this;
        }
    }

    /** Publishes this event on indicator.results.v1, keyed by the unit id. */
    public ResultEvent publish() {
        return publishIn(null);
    }

    /** Publishes this event as {@link #publish} does, in the trace {@code traceparent} names. */
    public ResultEvent publishIn(String traceparent) {
        Topic.named("indicator.results.v1").send(unitId.toString(), toJson(), traceparent);
        return this;
    }
}
