package se.kvalitet.indicators.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The CSV check tells whether a file may repeat a key, which decides whether its rows are streamed or staged. */
class CsvResultFileTest {

    private static final String HEADER = "unitId,requirementCode,period,value,sampleSize,source\n";
    private static final UUID UNIT = UUID.fromString("6ba7b810-9dad-41d1-80b4-00c04fd430c8");

    @Test
    void rowsOfDistinctKeysCannotRepeat() {
        ImportJobs.Checked checked = check(HEADER + row(UNIT, "U21468", "2025", "80") + row(UNIT, "U21468", "2024", "80")
                + row(UNIT, "U23471", "2025", "80") + row(UUID.randomUUID(), "U21468", "2025", "80"));
        assertThat(checked).isEqualTo(new ImportJobs.Checked(4, false));
    }

    @Test
    void aKeyGivenTwiceMayRepeatWhateverItsValues() {
        assertThat(check(HEADER + row(UNIT, "U21468", "2025", "80") + row(UNIT, "U21468", "2025", "80")).mayRepeat()).isTrue();
        assertThat(check(HEADER + row(UNIT, "U21468", "2025", "80") + row(UNIT, "U21468", "2025", "81")).mayRepeat()).isTrue();
    }

    /** A unit id is read as a UUID, so its upper-case spelling names the same unit and the same key. */
    @Test
    void aUnitIdSpelledInUpperCaseRepeatsTheSameKey() {
        String upper = UNIT.toString().toUpperCase();
        assertThat(check(HEADER + row(UNIT, "U21468", "2025", "80") + upper + ",U21468,2025,80,,\n").mayRepeat()).isTrue();
    }

    /** Rows that will be refused as read (no unit id, the wrong number of cells) repeat nothing. */
    @Test
    void rowsRefusedAsReadAreNoRepeats() {
        ImportJobs.Checked checked = check(HEADER + "not-a-unit,U21468,2025,80,,\nnot-a-unit,U21468,2025,80,,\n"
                + UNIT + ",U21468,2025\n" + row(UNIT, "U21468", "2025", "80"));
        assertThat(checked).isEqualTo(new ImportJobs.Checked(4, false));
    }

    private static ImportJobs.Checked check(String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return CsvResultFile.check(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static String row(UUID unit, String code, String period, String value) {
        return unit + "," + code + "," + period + "," + value + ",,\n";
    }
}
