package se.kvalitet.contracts.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.kvalitet.contracts.measure.Measure;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.platform.unit.UnitReadModel;
import se.kvalitet.platform.unit.UnitStatus;
import se.kvalitet.platform.web.ConflictProblem;
import se.kvalitet.platform.web.ForbiddenProblem;
import se.kvalitet.platform.web.InvalidInputException;

/** The rules of each act on a contract, one test per rule, on plain domain objects. */
class ContractRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final ContractTerms TERMS = new ContractTerms(1, new FinancingSplit(60, 40), Period.ofDays(30), Period.ofMonths(3),
            Period.ofDays(14), Period.ofMonths(12));
    private static final String PROVIDER = "5591234561";
    private static final String MALMO = "2120001124";

    private static final Contract.Signatory PRINCIPAL = new Contract.Signatory(false, PROVIDER, "anna");
    private static final Contract.Signatory COUNTERPARTY = new Contract.Signatory(false, MALMO, "bertil");
    private static final Contract.Signatory AGENCY = new Contract.Signatory(true, null, "officer");

    @Test
    void aDraftIsPreFilledWithTheMeasuresOneMilestoneEachAndTheSplitOfEveryCost() {
        Contract draft = draft();
        assertThat(draft.measures).extracting(m -> m.measureCode).containsExactly("A", "B");
        assertThat(draft.measures.get(0).stateShare).isEqualByComparingTo("60000.01");
        assertThat(draft.measures.get(0).principalShare).isEqualByComparingTo("40000.01");
        assertThat(draft.milestones).extracting(m -> m.dueDate).containsOnly(TODAY.plusMonths(3));
        assertThat(draft.endDate).isEqualTo(TODAY.plusMonths(12));
        assertThat(draft.counterpartyOrgNumber).isEqualTo(MALMO);
    }

    @Test
    void theSharesOfACostAlwaysAddUpToIt() {
        FinancingSplit split = new FinancingSplit(33, 67);
        for (String cost : List.of("0.01", "0.03", "100000.02", "99999.99", "1.00")) {
            FinancingSplit.Shares shares = split.of(new BigDecimal(cost));
            assertThat(shares.state().add(shares.principal())).isEqualByComparingTo(cost);
            assertThat(shares.state().scale()).isEqualTo(2);
        }
    }

    @Test
    void aSplitMustSumToAHundredPercent() {
        assertThat(FinancingSplit.problemWith(50, 40)).contains("sum to 100");
        assertThat(FinancingSplit.problemWith(-10, 110)).contains("between 0 and 100");
        assertThat(FinancingSplit.problemWith(100, 0)).isNull();
    }

    @Test
    void issuingANonDraftIsRejected() {
        Contract contract = issued();
        assertThatThrownBy(() -> contract.issue(TODAY, Period.ofDays(30), NOW)).isInstanceOf(ConflictProblem.class)
                .hasMessageContaining("only a DRAFT contract is issued");
    }

    @Test
    void aContractIsIssuedWithMeasures() {
        Contract contract = draft();
        contract.measures.clear();
        assertThatThrownBy(() -> contract.issue(TODAY, Period.ofDays(30), NOW)).isInstanceOf(ConflictProblem.class)
                .hasMessageContaining("at least one measure");
    }

    @Test
    void aContractIsIssuedOnlyOnceTheCounterpartyMunicipalityIsKnown() {
        Contract contract = draft();
        contract.counterpartyOrgNumber = null;
        assertThatThrownBy(() -> contract.issue(TODAY, Period.ofDays(30), NOW)).isInstanceOf(ConflictProblem.class)
                .hasMessageContaining("not yet known");
    }

    @Test
    void aContractEndingBeforeItsSigningDeadlineIsNotIssued() {
        Contract contract = draft();
        contract.endDate = TODAY.plusDays(20);
        assertThatThrownBy(() -> contract.issue(TODAY, Period.ofDays(30), NOW)).isInstanceOf(ConflictProblem.class)
                .hasMessageContaining("signing deadline");
    }

    @Test
    void signingADraftIsRejected() {
        assertThatThrownBy(() -> draft().sign(PRINCIPAL, TODAY, NOW)).isInstanceOf(ConflictProblem.class)
                .hasMessageContaining("after the agency has issued it");
    }

    @Test
    void signingTwiceIsRejected() {
        Contract contract = issued();
        contract.sign(PRINCIPAL, TODAY, NOW);
        assertThatThrownBy(() -> contract.sign(PRINCIPAL, TODAY, NOW)).isInstanceOf(ConflictProblem.class)
                .hasMessageContaining("the principal has already signed");
    }

    @Test
    void aNonPartyCannotSign() {
        assertThatThrownBy(() -> issued().sign(new Contract.Signatory(false, "2120000142", "x"), TODAY, NOW))
                .isInstanceOf(ForbiddenProblem.class).hasMessageContaining("not a party");
    }

    @Test
    void theAgencyIsNoPartyOfAContractWithAPrivatePrincipal() {
        assertThatThrownBy(() -> issued().sign(AGENCY, TODAY, NOW)).isInstanceOf(ForbiddenProblem.class)
                .hasMessageContaining("the agency is not a party");
    }

    @Test
    void signingAfterTheDeadlineIsRejected() {
        assertThatThrownBy(() -> issued().sign(PRINCIPAL, TODAY.plusDays(31), NOW)).isInstanceOf(ConflictProblem.class)
                .hasMessageContaining("has passed");
    }

    @Test
    void bothSignaturesMakeItSignedAndItsStartDateMakesItDueToStart() {
        Contract contract = issued();
        contract.sign(PRINCIPAL, TODAY, NOW);
        assertThat(contract.status).isEqualTo(ContractStatus.ISSUED);
        contract.sign(COUNTERPARTY, TODAY, NOW);
        assertThat(contract.status).isEqualTo(ContractStatus.SIGNED);
        assertThat(contract.isDueToStart(TODAY)).isTrue();
        assertThat(contract.isDueToStart(TODAY.minusDays(1))).isFalse();
    }

    @Test
    void editingAnIssuedContractIsRejected() {
        Contract contract = issued();
        assertThatThrownBy(() -> contract.revise(edit(contract, contract.version, 50, 50), NOW)).isInstanceOf(ConflictProblem.class)
                .hasMessageContaining("only a DRAFT contract is edited");
    }

    @Test
    void editingAStaleVersionIsAConflict() {
        Contract contract = draft();
        assertThatThrownBy(() -> contract.revise(edit(contract, contract.version + 1, 50, 50), NOW)).isInstanceOf(ConflictProblem.class)
                .satisfies(e -> assertThat(((ConflictProblem) e).field()).isEqualTo("version"));
    }

    @Test
    void anEditedSplitMustSumToAHundred() {
        Contract contract = draft();
        assertThatThrownBy(() -> contract.revise(edit(contract, contract.version, 50, 40), NOW)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("financing"));
    }

    @Test
    void anEditReSplitsEveryCost() {
        Contract contract = draft();
        contract.revise(edit(contract, contract.version, 100, 0), NOW);
        assertThat(contract.measures).allSatisfy(m -> assertThat(m.principalShare).isEqualByComparingTo("0"));
    }

    @Test
    void reportingOnAContractNotYoursIsForbidden() {
        Contract contract = active();
        assertThatThrownBy(() -> contract.report(reporting(contract, MALMO, "A"), TODAY, NOW)).isInstanceOf(ForbiddenProblem.class);
    }

    @Test
    void reportingBeforeSigningIsRejected() {
        Contract contract = issued();
        assertThatThrownBy(() -> contract.report(reporting(contract, PROVIDER, "A"), TODAY, NOW)).isInstanceOf(ConflictProblem.class);
    }

    @Test
    void aReportForAMeasureNotInTheContractIsRejected() {
        Contract contract = active();
        assertThatThrownBy(() -> contract.report(reporting(contract, PROVIDER, "Z"), TODAY, NOW)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("measures[0].measureCode"));
    }

    @Test
    void aMilestoneReportedDoneTwiceIsAConflict() {
        Contract contract = active();
        UUID milestone = contract.milestones.get(0).milestoneId;
        contract.report(new ContractRules.Reporting(contract, PROVIDER, List.of(), List.of(milestone)), TODAY, NOW);
        assertThatThrownBy(() -> contract.report(new ContractRules.Reporting(contract, PROVIDER, List.of(), List.of(milestone)), TODAY, NOW))
                .isInstanceOf(ConflictProblem.class).satisfies(e -> assertThat(((ConflictProblem) e).field()).isEqualTo("milestonesDone[0]"));
    }

    @Test
    void fulfilledOnlyWithEveryMilestoneDoneAndEveryBreachedRequirementMetLater() {
        Contract contract = active();
        assertThat(contract.verify((code, period) -> true).isFulfilled()).isFalse();
        contract.report(new ContractRules.Reporting(contract, PROVIDER, List.of(),
                contract.milestones.stream().map(m -> m.milestoneId).toList()), TODAY, NOW);
        assertThat(contract.verify((code, period) -> false).requirementsNotYetMet()).containsExactly("U21468");
        assertThat(contract.verify((code, period) -> true).isFulfilled()).isTrue();
    }

    @Test
    void aMilestoneIsOverdueOnlyOnceItsGraceIsOver() {
        Contract contract = active();
        LocalDate due = contract.milestones.get(0).dueDate;
        assertThat(contract.overdueMilestones(due.plusDays(14), Period.ofDays(14))).isEmpty();
        assertThat(contract.overdueMilestones(due.plusDays(15), Period.ofDays(14))).hasSize(2);
    }

    private static ContractRules.Reporting reporting(Contract contract, String reporter, String measure) {
        return new ContractRules.Reporting(contract, reporter,
                List.of(new ContractRules.ReportedMeasure(measure, MeasureStatus.IN_PROGRESS, new BigDecimal("10.00"), "started")), List.of());
    }

    private static ContractRules.Editing edit(Contract contract, long version, int state, int principal) {
        return new ContractRules.Editing(contract, version, state, principal, TODAY, TODAY.plusMonths(6),
                List.of(new ContractRules.EditedMeasure("A", "Measure A", new BigDecimal("1000.00"))),
                List.of(new ContractRules.EditedMilestone("A", "A done", TODAY.plusMonths(2))));
    }

    private static Contract active() {
        Contract contract = issued();
        contract.sign(PRINCIPAL, TODAY, NOW);
        contract.sign(COUNTERPARTY, TODAY, NOW);
        contract.activate(NOW);
        return contract;
    }

    private static Contract issued() {
        Contract contract = draft();
        contract.issue(TODAY, Period.ofDays(30), NOW);
        return contract;
    }

    private static Contract draft() {
        UnitReadModel unit = new UnitReadModel() {
        };
        unit.id = UUID.randomUUID();
        unit.name = "Enheten";
        unit.principalOrgNumber = PROVIDER;
        unit.principalName = "Omsorg AB";
        unit.principalKind = PrincipalKind.PRIVATE;
        unit.municipalityCode = "1280";
        unit.area = AreaOfActivity.ELDERLY_CARE;
        unit.status = UnitStatus.ACTIVE;
        return Contract.draftFor(unit, "2025", List.of("U21468"), List.of(measure("A", "100000.02"), measure("B", "5000.00")), TERMS,
                new Counterparty(Counterparty.Kind.MUNICIPALITY, "Malmö kommun", "1280", MALMO), TODAY, NOW);
    }

    private static Measure measure(String code, String cost) {
        Measure measure = new Measure();
        measure.code = code;
        measure.title = "Measure " + code;
        measure.estimatedCost = new BigDecimal(cost);
        return measure;
    }
}
