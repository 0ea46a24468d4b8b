package nl.iat.platform.http;

import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused by the HTTP layer before JAX-RS
 * sees it, with an empty 413. This answers the same refusal with the problem+json every other
 * error is: up front when the Content-Length announces it, and when a chunked body runs over.
 */
public class OversizedBodyProblems {

    // Compiled once: it is checked on every request.
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final String PROBLEM = """
            {"title":"Content Too Large","status":413,"detail":"The request body is too large"}""";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void announced(@Observes Filters filters) {
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && DIGITS.matcher(length).matches() && Long.parseLong(length) > maxBodySize.asLongValue()) {
                refuse(context);
            } else {
                context.next();
            }
        }, 90);
    }

    void streamed(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private static void refuse(RoutingContext context) {
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(PROBLEM);
    }
}
