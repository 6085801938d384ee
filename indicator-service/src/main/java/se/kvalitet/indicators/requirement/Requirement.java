package se.kvalitet.indicators.requirement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.period.PeriodType;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.web.ConflictProblem;
import se.kvalitet.platform.web.InvalidInputException;

/** A national quality requirement (kvalitetskrav): an indicator with a versioned threshold. */
@Entity
public class Requirement extends PanacheEntityBase {

    /** What a requirement code looks like: a Kolada KPI id (U21468) or one of our own (CHILD-CASELOAD). */
    public static final String CODE_FORM = "[A-Z0-9][A-Z0-9_-]{1,39}";
    public static final Pattern CODE = Pattern.compile(CODE_FORM);
    public static final String CODE_RULE = "must be 2-40 capital letters, digits, '_' or '-'";

    @Id
    public String code;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaOfActivity area;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_of_measure", nullable = false)
    public UnitOfMeasure unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    public PeriodType periodType;

    @Column(nullable = false)
    public boolean critical;

    @Column(nullable = false, precision = 6, scale = 3)
    public BigDecimal weight;

    @Column(name = "source_reference")
    public String sourceReference;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @OneToMany(mappedBy = "requirement", cascade = CascadeType.PERSIST)
    @OrderBy("version")
    public List<ThresholdVersion> versions = new ArrayList<>();

    /**
     * The threshold version in force on {@code day}, if the requirement applied then. A loop
     * rather than a stream: an import asks this for every row.
     */
    public Optional<ThresholdVersion> versionValidOn(LocalDate day) {
        ThresholdVersion valid = null;
        for (ThresholdVersion v : versions) {
            if (!v.validFrom.isAfter(day) && (v.validTo == null || v.validTo.isAfter(day)) && (valid == null || v.version > valid.version)) {
                valid = v;
            }
        }
        return Optional.ofNullable(valid);
    }

    public ThresholdVersion latestVersion() {
        return versions.get(versions.size() - 1);
    }

    /**
     * Adds a threshold version from {@code validFrom}; the previous one ends there, and results
     * judged under it keep their judgement.
     */
    public ThresholdVersion addVersion(BigDecimal threshold, int minimumSampleSize, LocalDate validFrom, String basis) {
        if (isRetired()) {
            throw new ConflictProblem("validFrom", "requirement " + code + " was retired from " + latestVersion().validTo
                    + " and takes no new threshold");
        }
        String problem = unitOfMeasure.problemWith(threshold);
        if (problem != null) {
            throw new InvalidInputException("threshold", problem);
        }
        ThresholdVersion next = new ThresholdVersion();
        next.requirement = this;
        next.version = versions.isEmpty() ? 1 : latestVersion().version + 1;
        next.threshold = threshold;
        next.minimumSampleSize = minimumSampleSize;
        next.validFrom = validFrom;
        next.basis = basis;
        if (!versions.isEmpty()) {
            ThresholdVersion previous = latestVersion();
            if (!validFrom.isAfter(previous.validFrom)) {
                throw new InvalidInputException("validFrom",
                        "must be after " + previous.validFrom + ", when version " + previous.version + " took effect");
            }
            previous.validTo = validFrom;
        }
        versions.add(next);
        return next;
    }

    /** Whether the requirement has a validity end: its latest version ends. */
    public boolean isRetired() {
        return !versions.isEmpty() && latestVersion().validTo != null;
    }

    /** From {@code validTo} on the requirement no longer applies; it is never deleted, and results before it stand. */
    public void retire(LocalDate validTo) {
        if (isRetired()) {
            throw new ConflictProblem("validTo", "requirement " + code + " is already retired from " + latestVersion().validTo);
        }
        ThresholdVersion latest = latestVersion();
        if (!validTo.isAfter(latest.validFrom)) {
            throw new InvalidInputException("validTo", "must be after " + latest.validFrom + ", when version " + latest.version + " took effect");
        }
        latest.validTo = validTo;
    }
}
