package nl.iat.gateway.proxy;

import java.net.URI;

import io.vertx.core.Future;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import nl.iat.gateway.routing.Upstream;

/**
 * Points {@code Location} headers at the gateway's public address: a service only knows its own
 * address (or the Host it was sent), and clients must come back through the gateway. Locations on
 * other hosts are left alone.
 */
final class LocationRewriter implements ProxyInterceptor {

    private final Upstream upstream;
    private final String publicUrl;

    LocationRewriter(Upstream upstream, String publicUrl) {
        this.upstream = upstream;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        String location = response.headers().get("Location");
        if (location != null) {
            response.headers().set("Location", rewrite(location, context.request().proxiedRequest().authority()));
        }
        return context.sendResponse();
    }

    String rewrite(String location, HostAndPort requestAuthority) {
        if (location.startsWith("/") && !location.startsWith("//")) {
            return publicUrl + location;
        }
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (uri.getHost() == null || !(isUpstream(uri) || isRequestAuthority(uri, requestAuthority))) {
            return location;
        }
        return publicUrl + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private boolean isUpstream(URI uri) {
        return upstream.runsAt(uri.getHost(), port(uri));
    }

    private static boolean isRequestAuthority(URI uri, HostAndPort authority) {
        return authority != null && uri.getHost().equalsIgnoreCase(authority.host())
                && (authority.port() == -1 || port(uri) == authority.port());
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
