package se.kvalitet.indicators.requirement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.kvalitet.platform.period.PeriodType;
import se.kvalitet.platform.unit.AreaOfActivity;

/** A requirement with all its threshold versions, as the API shows it and the audit trail records it. */
public record RequirementView(String code, String title, AreaOfActivity area, UnitOfMeasure unitOfMeasure, Direction direction,
        PeriodType periodType, boolean critical, BigDecimal weight, String sourceReference, List<VersionView> versions) {

    public record VersionView(int version, BigDecimal threshold, int minimumSampleSize, LocalDate validFrom, LocalDate validTo) {
        static VersionView of(ThresholdVersion v) {
            return new VersionView(v.version, v.threshold, v.minimumSampleSize, v.validFrom, v.validTo);
        }
    }

    public static RequirementView of(Requirement r) {
        return new RequirementView(r.code, r.title, r.area, r.unitOfMeasure, r.direction, r.periodType, r.critical, r.weight,
                r.sourceReference, r.versions.stream().map(VersionView::of).toList());
    }
}
