package se.kvalitet.indicators.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.kvalitet.indicators.result.Outcome;
import se.kvalitet.platform.web.InvalidInputException;

class ThresholdVersionTest {

    private static Requirement requirement(Direction direction) {
        Requirement requirement = new Requirement();
        requirement.code = "U21468";
        requirement.direction = direction;
        requirement.unitOfMeasure = UnitOfMeasure.PERCENT;
        requirement.addVersion(new BigDecimal("80"), 30, LocalDate.of(2024, 1, 1), null);
        return requirement;
    }

    @Test
    void higherIsBetterMeetsAtOrAboveTheThreshold() {
        ThresholdVersion v = requirement(Direction.HIGHER_IS_BETTER).latestVersion();
        assertThat(v.judge(new BigDecimal("80"), 50)).isEqualTo(Outcome.MET);
        assertThat(v.judge(new BigDecimal("79.9"), 50)).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void lowerIsBetterMeetsAtOrBelowTheThreshold() {
        ThresholdVersion v = requirement(Direction.LOWER_IS_BETTER).latestVersion();
        assertThat(v.judge(new BigDecimal("80"), 50)).isEqualTo(Outcome.MET);
        assertThat(v.judge(new BigDecimal("80.1"), 50)).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aSampleBelowTheMinimumIsInsufficientData() {
        ThresholdVersion v = requirement(Direction.HIGHER_IS_BETTER).latestVersion();
        assertThat(v.judge(new BigDecimal("10"), 29)).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(v.judge(new BigDecimal("10"), null)).isEqualTo(Outcome.INSUFFICIENT_DATA);
    }

    @Test
    void aNewVersionAppliesFromItsDateAndLeavesEarlierPeriodsToTheOld() {
        Requirement requirement = requirement(Direction.HIGHER_IS_BETTER);
        requirement.addVersion(new BigDecimal("90"), 30, LocalDate.of(2026, 1, 1), null);
        assertThat(requirement.versionValidOn(LocalDate.of(2025, 7, 1))).get().extracting(v -> v.version).isEqualTo(1);
        assertThat(requirement.versionValidOn(LocalDate.of(2026, 1, 1))).get().extracting(v -> v.version).isEqualTo(2);
        assertThat(requirement.versionValidOn(LocalDate.of(2023, 12, 31))).isEmpty();
    }

    @Test
    void aNewVersionMustStartAfterThePrevious() {
        Requirement requirement = requirement(Direction.HIGHER_IS_BETTER);
        assertThatThrownBy(() -> requirement.addVersion(BigDecimal.TEN, 0, LocalDate.of(2024, 1, 1), null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("validFrom");
    }

    @Test
    void aPercentageThresholdLiesFromZeroToAHundred() {
        Requirement requirement = requirement(Direction.HIGHER_IS_BETTER);
        assertThatThrownBy(() -> requirement.addVersion(new BigDecimal("100.001"), 0, LocalDate.of(2026, 1, 1), null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("threshold");
        assertThat(UnitOfMeasure.PERCENT.problemWith(BigDecimal.valueOf(100))).isNull();
        assertThat(UnitOfMeasure.DAYS.problemWith(BigDecimal.valueOf(400))).isNull();
        assertThat(UnitOfMeasure.DAYS.problemWith(BigDecimal.valueOf(-1))).isEqualTo("must not be negative");
    }
}
