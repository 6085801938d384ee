package se.kvalitet.platform.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.kvalitet.platform.web.InvalidInputException;

class PeriodTest {

    @Test
    void eachPeriodFormRunsFromItsFirstDayToTheFirstDayAfter() {
        assertThat(Period.parse("2025")).isEqualTo(new Period("2025", PeriodType.YEAR, LocalDate.of(2025, 1, 1)));
        assertThat(Period.parse("2025").end()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Period.parse("2025H2")).isEqualTo(new Period("2025H2", PeriodType.HALF_YEAR, LocalDate.of(2025, 7, 1)));
        assertThat(Period.parse("2025H2").end()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Period.parse("2025Q3")).isEqualTo(new Period("2025Q3", PeriodType.QUARTER, LocalDate.of(2025, 7, 1)));
        assertThat(Period.parse("2025Q3").end()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(Period.parse("2025-07")).isEqualTo(new Period("2025-07", PeriodType.MONTH, LocalDate.of(2025, 7, 1)));
        assertThat(Period.parse("2025-12").end()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void otherFormsAreRejected() {
        for (String bad : new String[] { "25", "2025H3", "2025Q5", "2025-13", "2025-7", "2025 ", "", "0000", "9999Q1", "1899" }) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRangeHoldsThePeriodsLyingWhollyBetweenItsEnds() {
        PeriodRange range = PeriodRange.of("2025H1", "2025Q3");
        assertThat(range).isEqualTo(new PeriodRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 1)));
        assertThat(PeriodRange.of(null, "2025")).isEqualTo(new PeriodRange(null, LocalDate.of(2026, 1, 1)));
        assertThat(PeriodRange.of("2025Q4", "2025")).isEqualTo(new PeriodRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1)));
        assertThat(PeriodRange.of("2025-12", "2025Q4")).isEqualTo(new PeriodRange(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefusedNamingFrom() {
        assertThatThrownBy(() -> PeriodRange.of("2026", "2025")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("from"));
        assertThatThrownBy(() -> PeriodRange.of("2026-01", "2025H2")).isInstanceOf(InvalidInputException.class)
                .hasMessage("must begin before to ends");
        assertThatThrownBy(() -> PeriodRange.of("2025", "next year")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("to"));
    }
}
