package se.kvalitet.indicators.imports;

import java.util.UUID;

/**
 * Tells whether a file's rows may give one unit, requirement and period more than once, without
 * holding the keys: a Bloom filter of the keys read, its size fixed before the first (about 128
 * bits for each row the file can hold, at most 16 MiB). It never misses a repeat. It may report
 * one that is not, rarely for a national file (about once in a thousand) and more often for a far
 * larger one; the file's repeats are then settled as they would be anyway.
 */
final class RepeatFilter {

    private static final int MIN_BITS = 1 << 12;
    private static final int MAX_BITS = 1 << 27;
    private static final int BITS_PER_ROW = 128;
    private static final int PROBES = 6;

    private final long[] words;
    private final int shift;
    private boolean repeats;

    /** A filter for about {@code rows} keys. */
    RepeatFilter(long rows) {
        long wanted = Math.max(MIN_BITS, Math.min(MAX_BITS, rows * BITS_PER_ROW));
        int bits = Long.numberOfTrailingZeros(Long.highestOneBit(wanted - 1) << 1);
        this.words = new long[1 << (bits - 6)];
        this.shift = 64 - bits;
    }

    /** Adds a row's key; from then on {@link #mayRepeat} is true if the key may have been added before. */
    void add(UUID unitId, String requirementCode, String period) {
        long first = mix(mix(mix(unitId.getMostSignificantBits()) ^ unitId.getLeastSignificantBits()) ^ requirementCode.hashCode()
                ^ (long) period.hashCode() << 32);
        long step = mix(first ^ 0x9E3779B97F4A7C15L) | 1;
        boolean seen = true;
        for (int probe = 0; probe < PROBES; probe++) {
            int bit = (int) ((first + probe * step) >>> shift);
            long mask = 1L << bit;
            if ((words[bit >>> 6] & mask) == 0) {
                seen = false;
                words[bit >>> 6] |= mask;
            }
        }
        repeats |= seen;
    }

    boolean mayRepeat() {
        return repeats;
    }

    /** MurmurHash3's 64-bit finaliser: every bit of the input moves about half the bits of the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }
}
