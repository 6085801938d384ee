package se.kvalitet.contracts.contract;

import static se.kvalitet.platform.rules.Refusal.allowed;
import static se.kvalitet.platform.rules.Refusal.conflict;
import static se.kvalitet.platform.rules.Refusal.forbidden;
import static se.kvalitet.platform.rules.Refusal.invalid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import se.kvalitet.platform.rules.Refusal;
import se.kvalitet.platform.rules.Refusal.Rule;

/**
 * Every rule that guards an act on a contract, named and listed per act in the order they are
 * checked: editing a draft, issuing it, signing it, reporting remediation. Each allows the act or
 * refuses it with the field and reason the client is told.
 */
public final class ContractRules {

    private ContractRules() {
    }

    // ---- editing a draft

    public record EditedMeasure(String measureCode, String title, BigDecimal estimatedCost) {

        /** Whether the catalogue knows the measure (it then gave its title). */
        boolean isCatalogued() {
            return title != null;
        }
    }

    public record EditedMilestone(String measureCode, String description, LocalDate dueDate) {
    }

    public record Editing(Contract contract, long readVersion, int statePercent, int principalPercent, LocalDate startDate,
            LocalDate endDate, List<EditedMeasure> measures, List<EditedMilestone> milestones) {

        FinancingSplit financing() {
            return new FinancingSplit(statePercent, principalPercent);
        }
    }

    static final Rule<Editing> ONLY_A_DRAFT_IS_EDITED = e -> e.contract().status == ContractStatus.DRAFT ? allowed()
            : conflict("status", "only a DRAFT contract is edited; this one is " + e.contract().status);

    static final Rule<Editing> EDITS_THE_VERSION_READ = e -> e.readVersion() == e.contract().version ? allowed()
            : conflict("version", "the contract changed after version " + e.readVersion() + " was read; it is now at version "
                    + e.contract().version);

    static final Rule<Editing> SHARES_SUM_TO_A_HUNDRED = e -> Optional.ofNullable(FinancingSplit.problemWith(e.statePercent(),
            e.principalPercent())).flatMap(problem -> invalid("financing", problem));

    static final Rule<Editing> MEASURES_COME_FROM_THE_CATALOGUE = e -> firstIndex(e.measures(), m -> !m.isCatalogued())
            .flatMap(i -> invalid("measures[" + i + "].measureCode", "is not in the measures catalogue"));

    static final Rule<Editing> EACH_MEASURE_ONCE = e -> firstRepeat(e.measures(), EditedMeasure::measureCode)
            .flatMap(i -> invalid("measures[" + i + "].measureCode", "is named twice"));

    static final Rule<Editing> ENDS_AFTER_IT_STARTS = e -> e.endDate().isAfter(e.startDate()) ? allowed()
            : invalid("endDate", "must come after startDate " + e.startDate());

    static final Rule<Editing> MILESTONES_BELONG_TO_ITS_MEASURES = e -> firstIndex(e.milestones(),
            m -> m.measureCode() != null && e.measures().stream().noneMatch(measure -> measure.measureCode().equals(m.measureCode())))
            .flatMap(i -> invalid("milestones[" + i + "].measureCode", "is not one of the contract's measures"));

    static final Rule<Editing> MILESTONES_FALL_WITHIN_THE_CONTRACT = e -> firstIndex(e.milestones(),
            m -> m.dueDate().isBefore(e.startDate()) || m.dueDate().isAfter(e.endDate()))
            .flatMap(i -> invalid("milestones[" + i + "].dueDate", "must lie between startDate " + e.startDate() + " and endDate "
                    + e.endDate()));

    public static final List<Rule<Editing>> EDITING = List.of(ONLY_A_DRAFT_IS_EDITED, EDITS_THE_VERSION_READ, SHARES_SUM_TO_A_HUNDRED,
            MEASURES_COME_FROM_THE_CATALOGUE, EACH_MEASURE_ONCE, ENDS_AFTER_IT_STARTS, MILESTONES_BELONG_TO_ITS_MEASURES,
            MILESTONES_FALL_WITHIN_THE_CONTRACT);

    // ---- issuing

    public record Issuing(Contract contract, LocalDate signingDeadline) {
    }

    static final Rule<Issuing> ONLY_A_DRAFT_IS_ISSUED = i -> i.contract().status == ContractStatus.DRAFT ? allowed()
            : conflict("status", "only a DRAFT contract is issued; this one is " + i.contract().status);

    static final Rule<Issuing> ISSUED_WITH_MEASURES = i -> !i.contract().measures.isEmpty() ? allowed()
            : conflict("measures", "a contract is issued with at least one measure");

    static final Rule<Issuing> BOTH_PARTIES_KNOWN = i -> i.contract().counterpartyOrgNumber != null ? allowed()
            : conflict("counterparty", "the organisation number of municipality " + i.contract().counterpartyMunicipalityCode
                    + " is not yet known: the registry has not announced its principal");

    static final Rule<Issuing> ENDS_AFTER_THE_SIGNING_DEADLINE = i -> i.contract().endDate.isAfter(i.signingDeadline()) ? allowed()
            : conflict("endDate", "the contract ends on " + i.contract().endDate + ", not after its signing deadline "
                    + i.signingDeadline());

    public static final List<Rule<Issuing>> ISSUING = List.of(ONLY_A_DRAFT_IS_ISSUED, ISSUED_WITH_MEASURES, BOTH_PARTIES_KNOWN,
            ENDS_AFTER_THE_SIGNING_DEADLINE);

    // ---- signing

    public record Signing(Contract contract, Contract.Signatory signatory, LocalDate today) {
    }

    static final Rule<Signing> ONLY_A_PARTY_SIGNS = s -> s.contract().partyOf(s.signatory()).isPresent() ? allowed()
            : forbidden(s.signatory().agencyOfficer() ? "the agency is not a party of a contract with a private principal"
                    : "organisation " + s.signatory().orgNumber() + " is not a party of this contract");

    static final Rule<Signing> ONLY_AN_ISSUED_CONTRACT_IS_SIGNED = s -> switch (s.contract().status) {
        case ISSUED -> allowed();
        case DRAFT -> conflict("status", "a DRAFT contract is signed only after the agency has issued it");
        default -> conflict("status", "the contract is " + s.contract().status + " and takes no more signatures");
    };

    static final Rule<Signing> EACH_PARTY_SIGNS_ONCE = s -> {
        Party party = s.contract().partyOf(s.signatory()).orElseThrow();
        return s.contract().hasSigned(party) ? conflict("party", "the " + party.name().toLowerCase() + " has already signed") : allowed();
    };

    static final Rule<Signing> SIGNED_BY_THE_DEADLINE = s -> s.today().isAfter(s.contract().signingDeadline)
            ? conflict("signingDeadline", "the signing deadline " + s.contract().signingDeadline + " has passed")
            : allowed();

    public static final List<Rule<Signing>> SIGNING = List.of(ONLY_A_PARTY_SIGNS, ONLY_AN_ISSUED_CONTRACT_IS_SIGNED, EACH_PARTY_SIGNS_ONCE,
            SIGNED_BY_THE_DEADLINE);

    // ---- reporting remediation

    public record ReportedMeasure(String measureCode, MeasureStatus status, BigDecimal spentToDate, String narrative) {
    }

    public record Reporting(Contract contract, String reporterOrgNumber, List<ReportedMeasure> measures, List<UUID> milestonesDone) {
    }

    static final Rule<Reporting> ONLY_THE_PRINCIPAL_REPORTS = r -> r.contract().principalOrgNumber.equals(r.reporterOrgNumber())
            ? allowed()
            : forbidden("only the unit's principal reports remediation on this contract");

    static final Rule<Reporting> ONLY_A_SIGNED_CONTRACT_IS_REPORTED_ON = r -> r.contract().status.isSigned() ? allowed()
            : conflict("status", "remediation is reported on a SIGNED or ACTIVE contract; this one is " + r.contract().status);

    static final Rule<Reporting> A_REPORT_SAYS_SOMETHING = r -> !r.measures().isEmpty() || !r.milestonesDone().isEmpty() ? allowed()
            : invalid("measures", "a report names at least one measure or milestone");

    static final Rule<Reporting> MEASURES_OF_THE_CONTRACT = r -> firstIndex(r.measures(),
            m -> r.contract().measure(m.measureCode()).isEmpty())
            .flatMap(i -> invalid("measures[" + i + "].measureCode", "is not one of the contract's measures"));

    static final Rule<Reporting> EACH_MEASURE_REPORTED_ONCE = r -> firstRepeat(r.measures(), ReportedMeasure::measureCode)
            .flatMap(i -> invalid("measures[" + i + "].measureCode", "is reported twice"));

    static final Rule<Reporting> MILESTONES_OF_THE_CONTRACT = r -> firstIndex(r.milestonesDone(),
            id -> r.contract().milestone(id).isEmpty())
            .flatMap(i -> invalid("milestonesDone[" + i + "]", "is not one of the contract's milestones"));

    static final Rule<Reporting> EACH_MILESTONE_REPORTED_ONCE = r -> firstRepeat(r.milestonesDone(), Function.identity())
            .flatMap(i -> invalid("milestonesDone[" + i + "]", "is reported twice"));

    static final Rule<Reporting> A_MILESTONE_IS_DONE_ONCE = r -> firstIndex(r.milestonesDone(),
            id -> r.contract().milestone(id).orElseThrow().isDone())
            .flatMap(i -> conflict("milestonesDone[" + i + "]", "was reported done on "
                    + r.contract().milestone(r.milestonesDone().get(i)).orElseThrow().doneOn));

    public static final List<Rule<Reporting>> REPORTING = List.of(ONLY_THE_PRINCIPAL_REPORTS, ONLY_A_SIGNED_CONTRACT_IS_REPORTED_ON,
            A_REPORT_SAYS_SOMETHING, MEASURES_OF_THE_CONTRACT, EACH_MEASURE_REPORTED_ONCE, MILESTONES_OF_THE_CONTRACT,
            EACH_MILESTONE_REPORTED_ONCE, A_MILESTONE_IS_DONE_ONCE);

    private static <T> Optional<Integer> firstIndex(List<T> items, java.util.function.Predicate<T> wrong) {
        for (int i = 0; i < items.size(); i++) {
            if (wrong.test(items.get(i))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static <T, K> Optional<Integer> firstRepeat(List<T> items, Function<T, K> key) {
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(key.apply(items.get(i)))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
