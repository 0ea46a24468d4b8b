package nl.iat.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import nl.iat.gateway.config.GatewayConfig;

/** The services behind the gateway, read once from configuration. */
@ApplicationScoped
public class Upstreams {

    private final List<Upstream> all;

    Upstreams(GatewayConfig config) {
        all = config.routes().entrySet().stream()
                .map(e -> new Upstream(e.getKey(), e.getValue().prefix(), URI.create(e.getValue().url()),
                        Set.copyOf(e.getValue().writeRoles())))
                .toList();
    }

    public List<Upstream> all() {
        return all;
    }
}
