package se.kvalitet.indicators.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One revision of a unit's result for a requirement and period, with the judgement made when
 * it arrived. A correction adds a revision and marks the previous one superseded.
 */
@Entity
@Table(name = "indicator_result")
public class IndicatorResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "requirement_code", nullable = false)
    public String requirementCode;

    @Column(nullable = false)
    public String period;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false, precision = 12, scale = 3)
    public BigDecimal value;

    @Column(name = "sample_size")
    public Integer sampleSize;

    public String source;

    @Column(name = "threshold_version", nullable = false)
    public int thresholdVersion;

    @Column(nullable = false, precision = 12, scale = 3)
    public BigDecimal threshold;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(nullable = false)
    public boolean superseded;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** The import job that recorded it; null when it came in a request of its own or a batch. */
    @Column(name = "import_job_id")
    public UUID importJobId;

    /** The entity of a revision, to be stored on its own. */
    public static IndicatorResult of(ResultRevision revision) {
        IndicatorResult result = new IndicatorResult();
        result.id = revision.id();
        result.unitId = revision.unitId();
        result.requirementCode = revision.requirementCode();
        result.period = revision.period();
        result.periodStart = revision.periodStart();
        result.periodEnd = revision.periodEnd();
        result.revision = revision.revision();
        result.value = revision.value();
        result.sampleSize = revision.sampleSize();
        result.source = revision.source();
        result.thresholdVersion = revision.thresholdVersion();
        result.threshold = revision.threshold();
        result.outcome = revision.outcome();
        result.recordedAt = revision.recordedAt();
        result.recordedBy = revision.recordedBy();
        return result;
    }

    /** Same value and sample size: sending it again changes nothing. */
    public boolean sameAs(BigDecimal otherValue, Integer otherSampleSize) {
        return same(value, sampleSize, otherValue, otherSampleSize);
    }

    /** Same value (at any scale) and sample size: a result sent again as the other changes nothing. */
    public static boolean same(BigDecimal value, Integer sampleSize, BigDecimal otherValue, Integer otherSampleSize) {
        return value.compareTo(otherValue) == 0 && Objects.equals(sampleSize, otherSampleSize);
    }
}
