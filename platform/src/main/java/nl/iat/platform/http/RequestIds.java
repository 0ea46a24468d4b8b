package nl.iat.platform.http;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The id that follows one call through the gateway, the services and their logs. It travels in
 * the {@code X-Request-Id} header and sits in the logging MDC while the request is handled.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    // Compiled once: it is checked on every request.
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** Accepts a client's id when it is short and plain, otherwise makes a new one. */
    public static String acceptOrCreate(String candidate) {
        if (candidate != null && PLAIN_ID.matcher(candidate).matches()) {
            return candidate;
        }
        return UUID.randomUUID().toString();
    }
}
