package nl.iat.gateway.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;

/**
 * The id that follows one call through the gateway, the services and their logs, in the
 * {@code X-Request-Id} header. Same rule as the services' {@code nl.iat.platform.http.RequestIds}
 * (the gateway does not depend on the platform library, which brings a database and Kafka).
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    /** Accepts a client's id when it is short and plain, otherwise makes a new one. */
    public static String acceptOrCreate(String candidate) {
        if (candidate != null && ACCEPTABLE.matcher(candidate).matches()) {
            return candidate;
        }
        return create();
    }

    /**
     * A random (version 4) UUID. An id only has to be unique, not unguessable, so it comes from
     * ThreadLocalRandom rather than UUID.randomUUID()'s SecureRandom, which costs a lock and
     * more CPU on every call without a client id.
     */
    static String create() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The id of a request that has passed the {@link GatewayHeadersFilter}. */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
