package se.kvalitet.contracts.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import se.kvalitet.contracts.contract.ContractTerms;
import se.kvalitet.contracts.contract.FinancingSplit;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.web.InvalidInputException;

/**
 * The assessment policy in force: the latest version an agency officer set, else version 1 from
 * configuration ({@code kvalitet.assessment.*}, {@code kvalitet.contracts.*}). A change applies to
 * later assessments and drafts; what was assessed or drafted before keeps the version it used.
 */
@ApplicationScoped
public class Policies {

    private static final Logger LOG = Logger.getLogger(Policies.class);
    /** Days, weeks, months and years only: deadlines are dates. */
    private static final Pattern DATE_PERIOD = Pattern.compile("P(?:\\d{1,4}Y)?(?:\\d{1,4}M)?(?:\\d{1,4}W)?(?:\\d{1,5}D)?");
    private static final String PERIOD_FORM = "must be an ISO-8601 period of years, months, weeks and days, such as P30D or P1Y6M";
    private static final LocalDate SOME_DAY = LocalDate.of(2025, 1, 31);

    private final AssessmentPolicy configured;
    private final AuditTrail audit;
    private final Clock clock;

    public Policies(@ConfigProperty(name = "kvalitet.assessment.minimum-not-met", defaultValue = "1") int minimumNotMet,
            @ConfigProperty(name = "kvalitet.contracts.state-percent", defaultValue = "50") int statePercent,
            @ConfigProperty(name = "kvalitet.contracts.signing-period", defaultValue = "P30D") String signingPeriod,
            @ConfigProperty(name = "kvalitet.contracts.milestone-period", defaultValue = "P3M") String milestonePeriod,
            @ConfigProperty(name = "kvalitet.contracts.grace-period", defaultValue = "P14D") String gracePeriod,
            @ConfigProperty(name = "kvalitet.contracts.contract-length", defaultValue = "P12M") String contractLength,
            AuditTrail audit, Clock clock) {
        this.configured = new AssessmentPolicy(minimumNotMet, new ContractTerms(1, new FinancingSplit(statePercent, 100 - statePercent),
                Period.parse(signingPeriod), Period.parse(milestonePeriod), Period.parse(gracePeriod), Period.parse(contractLength)));
        this.audit = audit;
        this.clock = clock;
    }

    /** The policy in force now. */
    public AssessmentPolicy current() {
        PolicyVersion latest = latest();
        return latest == null ? configured : latest.policy();
    }

    /** The policy of a given version (1: the configured one). */
    public AssessmentPolicy version(int version) {
        PolicyVersion stored = PolicyVersion.findById(version);
        return stored == null ? configured : stored.policy();
    }

    /** The version in force, or null while the configured policy (version 1) is. */
    public PolicyVersion latest() {
        return PolicyVersion.<PolicyVersion>find("order by version desc").firstResult();
    }

    /** A new version of the policy in force from now; two changes racing for one version number: the loser gets 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PolicyVersion change(int minimumNotMet, int statePercent, int principalPercent, String signingPeriod, String milestonePeriod,
            String gracePeriod, String contractLength, String setBy) {
        String splitProblem = FinancingSplit.problemWith(statePercent, principalPercent);
        if (splitProblem != null) {
            throw new InvalidInputException("financing", splitProblem);
        }
        Period milestones = period("milestonePeriod", milestonePeriod);
        Period length = period("contractLength", contractLength);
        period("signingPeriod", signingPeriod);
        period("gracePeriod", gracePeriod);
        if (SOME_DAY.plus(milestones).isAfter(SOME_DAY.plus(length))) {
            throw new InvalidInputException("milestonePeriod", "must not be longer than contractLength " + contractLength);
        }
        PolicyVersion previous = latest();
        AssessmentPolicy before = previous == null ? configured : previous.policy();
        PolicyVersion next = new PolicyVersion();
        next.version = before.version() + 1;
        next.minimumNotMet = minimumNotMet;
        next.statePercent = statePercent;
        next.principalPercent = principalPercent;
        next.signingPeriod = signingPeriod;
        next.milestonePeriod = milestonePeriod;
        next.gracePeriod = gracePeriod;
        next.contractLength = contractLength;
        next.effectiveFrom = clock.instant();
        next.setBy = setBy;
        next.persistAndFlush();
        audit.record("AssessmentPolicy", next.version, "change", PolicyView.of(before, previous), PolicyView.of(next));
        LOG.infof("Assessment policy version %d set by %s", next.version, setBy);
        return next;
    }

    /** A positive ISO-8601 date period; refused naming the field otherwise. */
    private static Period period(String field, String text) {
        if (text.startsWith("-") || text.contains("-")) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (!DATE_PERIOD.matcher(text).matches() || text.equals("P")) {
            throw new InvalidInputException(field, PERIOD_FORM);
        }
        Period period = Period.parse(text);
        if (period.isZero()) {
            throw new InvalidInputException(field, "must be longer than zero");
        }
        return period;
    }
}
