package se.kvalitet.indicators.requirement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.indicators.result.Outcome;

/** One version of a requirement's threshold, valid from a day until the next version. */
@Entity
@Table(name = "threshold_version")
public class ThresholdVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "requirement_code")
    public Requirement requirement;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false, precision = 12, scale = 3)
    public BigDecimal threshold;

    @Column(name = "minimum_sample_size", nullable = false)
    public int minimumSampleSize;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    /** Where the threshold figure comes from. */
    @Column(length = 1000)
    public String basis;

    /** Judges a result: a sample below the minimum is no judgement; the threshold itself is met. */
    public Outcome judge(BigDecimal value, Integer sampleSize) {
        if (minimumSampleSize > 0 && (sampleSize == null || sampleSize < minimumSampleSize)) {
            return Outcome.INSUFFICIENT_DATA;
        }
        int comparison = value.compareTo(threshold);
        boolean met = requirement.direction == Direction.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
        return met ? Outcome.MET : Outcome.NOT_MET;
    }
}
