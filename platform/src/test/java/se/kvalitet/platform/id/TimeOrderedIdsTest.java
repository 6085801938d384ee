package se.kvalitet.platform.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void anIdIsAVersion7UuidOfTheRfcVariantCarryingTheTimeItWasMade() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void idsMadeLaterSortLaterAsTheDatabaseComparesThemAndNeverRepeat() {
        UUID first = TimeOrderedIds.next();
        long made = System.currentTimeMillis();
        while (System.currentTimeMillis() == made) {
            Thread.onSpinWait();
        }
        UUID later = TimeOrderedIds.next();
        // PostgreSQL orders uuids byte by byte, as unsigned numbers: the time comes first.
        assertThat(Long.compareUnsigned(later.getMostSignificantBits(), first.getMostSignificantBits())).isPositive();

        List<UUID> many = IntStream.range(0, 100_000).mapToObj(i -> TimeOrderedIds.next()).toList();
        Set<UUID> distinct = new HashSet<>(many);
        assertThat(distinct).hasSize(many.size());
    }
}
