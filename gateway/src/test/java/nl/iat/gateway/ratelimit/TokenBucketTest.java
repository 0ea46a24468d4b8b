package nl.iat.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The bucket arithmetic, with time passed in. */
@Tag("unit")
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void grantsTheBurstThenTellsHowLongToWait() {
        TokenBucket bucket = new TokenBucket(3, 120, 0);
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(SECOND / 2, bucket.take(0), "one token comes back every half second");
    }

    @Test
    void refillsAtTheRateButNeverAboveTheBurst() {
        TokenBucket bucket = new TokenBucket(2, 60, 0);
        bucket.take(0);
        bucket.take(0);
        assertEquals(0, bucket.take(SECOND), "one token after a second");
        assertTrue(bucket.take(SECOND) > 0);
        long later = 100 * SECOND;
        assertEquals(0, bucket.take(later));
        assertEquals(0, bucket.take(later));
        assertTrue(bucket.take(later) > 0, "a long pause refills to the burst, not beyond");
    }
}
