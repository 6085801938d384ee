package se.kvalitet.platform.id;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids for rows written by the thousand (results, their events, judged results): version 7 UUIDs
 * (RFC 9562), whose first 48 bits are the time in milliseconds and the remaining 74 free bits
 * random. Ids made one after another sort close together, so each lands at the right-hand end of
 * its primary-key index instead of on a random page of it, which a million inserts would otherwise
 * dirty and log page by page. They say when they were made, to the millisecond, and are not
 * secrets: the random bits come from {@link ThreadLocalRandom}, and no access rests on an id
 * being unguessable.
 */
public final class TimeOrderedIds {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC_9562 = 0x8000_0000_0000_0000L;

    private TimeOrderedIds() {
    }

    public static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = System.currentTimeMillis() << 16 | VERSION_7 | random.nextLong() & 0x0FFFL;
        long leastSignificant = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | VARIANT_RFC_9562;
        return new UUID(mostSignificant, leastSignificant);
    }
}
