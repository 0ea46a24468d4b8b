package nl.iat.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Puts the request id in the logging context while JAX-RS handles the request. */
public class RequestIdLogging {

    @ServerRequestFilter(preMatching = true)
    public void enter(ContainerRequestContext request) {
        MDC.put(RequestIds.MDC_KEY, RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER)));
    }

    @ServerResponseFilter
    public void leave() {
        MDC.remove(RequestIds.MDC_KEY);
    }
}
