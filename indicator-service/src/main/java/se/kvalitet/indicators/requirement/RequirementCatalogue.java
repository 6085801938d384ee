package se.kvalitet.indicators.requirement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.period.PeriodType;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.web.ConflictProblem;
import se.kvalitet.platform.web.NotFoundProblem;

/** Keeping the requirement catalogue: defining a requirement and changing its threshold from a date. */
@ApplicationScoped
public class RequirementCatalogue {

    private static final Logger LOG = Logger.getLogger(RequirementCatalogue.class);

    /** What defines a requirement; a missing sample size, weight or critical flag takes its default. */
    public record Definition(String code, String title, AreaOfActivity area, UnitOfMeasure unitOfMeasure,
            Direction direction, PeriodType periodType, Boolean critical, BigDecimal weight,
            String sourceReference, Threshold threshold) {
    }

    /** A threshold from a day on, judged only with at least {@code minimumSampleSize} observations. */
    public record Threshold(BigDecimal value, Integer minimumSampleSize, LocalDate validFrom, String basis) {
        int minimumSampleSizeOrNone() {
            return minimumSampleSize == null ? 0 : minimumSampleSize;
        }
    }

    private final Clock clock;
    private final AuditTrail audit;

    public RequirementCatalogue(Clock clock, AuditTrail audit) {
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Requirement define(Definition definition, String definedBy) {
        if (Requirement.findById(definition.code()) != null) {
            throw new ConflictProblem("code", "requirement " + definition.code() + " already exists");
        }
        Requirement requirement = new Requirement();
        requirement.code = definition.code();
        requirement.title = definition.title().trim();
        requirement.area = definition.area();
        requirement.unitOfMeasure = definition.unitOfMeasure();
        requirement.direction = definition.direction();
        requirement.periodType = definition.periodType();
        requirement.critical = Boolean.TRUE.equals(definition.critical());
        requirement.weight = definition.weight() == null ? BigDecimal.ONE : definition.weight();
        requirement.sourceReference = definition.sourceReference();
        requirement.createdAt = clock.instant();
        requirement.createdBy = definedBy;
        Threshold threshold = definition.threshold();
        requirement.addVersion(threshold.value(), threshold.minimumSampleSizeOrNone(), threshold.validFrom(), threshold.basis());
        requirement.persist();
        audit.record("Requirement", requirement.code, "define", null, RequirementView.of(requirement));
        LOG.infof("Requirement %s defined by %s", requirement.code, definedBy);
        return requirement;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Requirement changeThreshold(String code, Threshold threshold, String changedBy) {
        Requirement requirement = find(code);
        RequirementView before = RequirementView.of(requirement);
        ThresholdVersion version = requirement.addVersion(threshold.value(), threshold.minimumSampleSizeOrNone(), threshold.validFrom(),
                threshold.basis());
        version.persist();
        audit.record("Requirement", code, "change-threshold", before, RequirementView.of(requirement));
        LOG.infof("Requirement %s threshold version %d from %s by %s", code, version.version, version.validFrom, changedBy);
        return requirement;
    }

    /** Retires a requirement: from {@code validTo} on it no longer applies, so no result for a later period is accepted; nothing is deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Requirement retire(String code, LocalDate validTo, String retiredBy) {
        Requirement requirement = find(code);
        RequirementView before = RequirementView.of(requirement);
        requirement.retire(validTo);
        audit.record("Requirement", code, "retire", before, RequirementView.of(requirement));
        LOG.infof("Requirement %s retired from %s by %s", code, validTo, retiredBy);
        return requirement;
    }

    public static Requirement find(String code) {
        Requirement requirement = Requirement.findById(code);
        if (requirement == null) {
            throw new NotFoundProblem("Requirement " + code);
        }
        return requirement;
    }
}
