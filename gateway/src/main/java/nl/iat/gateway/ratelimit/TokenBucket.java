package nl.iat.gateway.ratelimit;

/**
 * A classic token bucket: holds at most {@code capacity} requests, refilled at a steady rate.
 * Time is passed in (nanoseconds) so the arithmetic is testable without sleeping.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / 60e9;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes one token; returns 0 when granted, otherwise the nanoseconds until one is available. */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }
}
