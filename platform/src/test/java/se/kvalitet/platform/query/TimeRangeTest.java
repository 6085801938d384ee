package se.kvalitet.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.kvalitet.platform.web.InvalidInputException;

class TimeRangeTest {

    @Test
    void datesSpanWholeDaysWithTheLastOneIncluded() {
        assertThat(TimeRange.of("2025-03-01", "2025-03-01"))
                .isEqualTo(new TimeRange(Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-02T00:00:00Z")));
    }

    @Test
    void instantsKeepTheirOffset() {
        assertThat(TimeRange.of("2025-03-01T08:00:00+01:00", null).from()).isEqualTo(Instant.parse("2025-03-01T07:00:00Z"));
    }

    @Test
    void aRangeThatEndsBeforeItStartsOrAnUnreadableEndIsRefusedNamingIt() {
        assertThatThrownBy(() -> TimeRange.of("2025-03-02", "2025-03-01")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("from");
        assertThatThrownBy(() -> TimeRange.of(null, "2025-03-01T08:00:00")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> TimeRange.of("1899-12-31", null)).isInstanceOf(InvalidInputException.class);
    }
}
