package se.kvalitet.indicators.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.kvalitet.platform.id.TimeOrderedIds;

class RepeatFilterTest {

    private static final List<String> CODES = List.of("U21468", "U23471", "N00216", "CY-CASELOAD", "CY-INV-4-MONTHS");
    private static final List<String> PERIODS = List.of("2025", "2025H1", "2025H2");

    @Test
    void aNationalFileOfDistinctKeysMayNotRepeat() {
        List<Key> keys = distinctKeys(1_000_000, new Random(2025));
        RepeatFilter filter = new RepeatFilter(keys.size());
        keys.forEach(key -> filter.add(key.unitId(), key.code(), key.period()));
        assertThat(filter.mayRepeat()).isFalse();
    }

    @Test
    void anyKeyGivenAgainMayRepeatHoweverFullTheFilter() {
        Random random = new Random(7);
        for (int rows : new int[] { 0, 1, 50, 10_000, 2_000_000 }) {
            List<Key> keys = distinctKeys(Math.min(rows, 100_000), random);
            for (Key again : List.of(keys.get(0), keys.get(keys.size() / 2), keys.get(keys.size() - 1))) {
                RepeatFilter filter = new RepeatFilter(rows);
                keys.forEach(key -> filter.add(key.unitId(), key.code(), key.period()));
                assertThat(filter.mayRepeat()).as("%d distinct keys", keys.size()).isFalse();
                filter.add(again.unitId(), again.code(), again.period());
                assertThat(filter.mayRepeat()).as("a repeat after %d keys", keys.size()).isTrue();
            }
        }
    }

    @Test
    void keysDifferingInOnePartAreNotRepeats() {
        UUID unit = UUID.randomUUID();
        RepeatFilter filter = new RepeatFilter(4);
        filter.add(unit, "U21468", "2025");
        filter.add(unit, "U21468", "2025H1");
        filter.add(unit, "U23471", "2025");
        filter.add(UUID.randomUUID(), "U21468", "2025");
        assertThat(filter.mayRepeat()).isFalse();
    }

    private record Key(UUID unitId, String code, String period) {
    }

    /** Units (half with random ids, half with time-ordered ones, as the registry gives) with every code and period, as a national file gives them. */
    private static List<Key> distinctKeys(int count, Random random) {
        List<Key> keys = new ArrayList<>(count);
        while (keys.size() < Math.max(count, 3)) {
            UUID unit = random.nextBoolean() ? new UUID(random.nextLong(), random.nextLong()) : TimeOrderedIds.next();
            for (String code : CODES) {
                for (String period : PERIODS) {
                    keys.add(new Key(unit, code, period));
                }
            }
        }
        return keys.subList(0, Math.max(count, 3));
    }
}
