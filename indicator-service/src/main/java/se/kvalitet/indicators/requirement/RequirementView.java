package se.kvalitet.indicators.requirement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.kvalitet.platform.period.PeriodType;
import se.kvalitet.platform.unit.AreaOfActivity;

/** A requirement with all its threshold versions, as the API shows it and the audit trail records it. */
public record RequirementView(String code, String title, AreaOfActivity area, UnitOfMeasure unitOfMeasure, Direction direction,
        PeriodType periodType, boolean critical, BigDecimal weight, String sourceReference, LocalDate retiredFrom,
        List<VersionView> versions) {

    /** A threshold version: the figure, from when to when it applies, and where it comes from. */
    public record VersionView(int version, BigDecimal threshold, int minimumSampleSize, LocalDate validFrom, LocalDate validTo, String basis) {
        static VersionView of(ThresholdVersion v) {
            return new VersionView(v.version, v.threshold, v.minimumSampleSize, v.validFrom, v.validTo, v.basis);
        }
    }

    public static RequirementView of(Requirement r) {
        return new RequirementView(r.code, r.title, r.area, r.unitOfMeasure, r.direction, r.periodType, r.critical, r.weight,
                r.sourceReference, r.isRetired() ? r.latestVersion().validTo : null, r.versions.stream().map(VersionView::of).toList());
    }
}
