package nl.iat.gateway.routing;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import nl.iat.gateway.config.GatewayConfig;

/** The services behind the gateway, read once from configuration; a URL may list several replicas. */
@ApplicationScoped
public class Upstreams {

    private final List<Upstream> all;

    Upstreams(GatewayConfig config) {
        all = config.routes().entrySet().stream()
                .map(e -> new Upstream(e.getKey(), e.getValue().prefix(), origins(e.getValue().url()),
                        Set.copyOf(e.getValue().writeRoles())))
                .toList();
    }

    /** {@code http://a:8081,http://b:8081}: one address per replica, commas between them. */
    static List<URI> origins(String urls) {
        return Arrays.stream(urls.split(",")).map(String::strip).filter(u -> !u.isEmpty()).map(URI::create).toList();
    }

    public List<Upstream> all() {
        return all;
    }
}
