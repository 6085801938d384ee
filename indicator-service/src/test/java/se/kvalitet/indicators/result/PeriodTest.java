package se.kvalitet.indicators.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.kvalitet.indicators.requirement.PeriodType;

class PeriodTest {

    @Test
    void eachPeriodFormStartsOnItsFirstDay() {
        assertThat(Period.parse("2025")).isEqualTo(new Period("2025", PeriodType.YEAR, LocalDate.of(2025, 1, 1)));
        assertThat(Period.parse("2025H2")).isEqualTo(new Period("2025H2", PeriodType.HALF_YEAR, LocalDate.of(2025, 7, 1)));
        assertThat(Period.parse("2025Q3")).isEqualTo(new Period("2025Q3", PeriodType.QUARTER, LocalDate.of(2025, 7, 1)));
        assertThat(Period.parse("2025-07")).isEqualTo(new Period("2025-07", PeriodType.MONTH, LocalDate.of(2025, 7, 1)));
    }

    @Test
    void otherFormsAreRejected() {
        for (String bad : new String[] { "25", "2025H3", "2025Q5", "2025-13", "2025-7", "2025 ", "" }) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
