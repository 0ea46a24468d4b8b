package nl.iat.gateway.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.iat.gateway.problem.Problems;
import org.jboss.logging.Logger;

/**
 * What no route serves is a 404 problem document, and a failure no handler foresaw is a problem
 * document too: never an HTML page or a stack trace.
 */
@ApplicationScoped
public class FallbackRoutes {

    private static final Logger LOG = Logger.getLogger(FallbackRoutes.class);

    void register(@Observes Router router) {
        router.route().last().handler(rc -> Problems.send(rc, 404, "Not Found",
                "Nothing at " + rc.normalizedPath() + ". The APIs are under /api, their documentation at /docs."));
        router.route().failureHandler(this::failed);
    }

    private void failed(RoutingContext rc) {
        int status = rc.statusCode() == -1 ? 500 : rc.statusCode();
        if (status >= 500) {
            LOG.errorf(rc.failure(), "Request %s %s failed", rc.request().method(), rc.normalizedPath());
        }
        Problems.send(rc, status, HttpResponseStatus.valueOf(status).reasonPhrase(),
                status >= 500 ? "The gateway failed to handle this request; quote the request id when reporting it."
                        : "The request could not be handled.");
    }
}
