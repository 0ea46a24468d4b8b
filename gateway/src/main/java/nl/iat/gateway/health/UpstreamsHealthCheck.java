package nl.iat.gateway.health;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import nl.iat.gateway.proxy.UpstreamProxies;
import nl.iat.gateway.routing.Upstream;
import nl.iat.gateway.routing.Upstreams;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows each service's state in the gateway's readiness: its own readiness probe and its circuit.
 * The gateway stays ready while a service is down, because it still serves the other APIs and
 * answers for the missing one with a problem (ADR 0401).
 */
@Readiness
@ApplicationScoped
public class UpstreamsHealthCheck implements AsyncHealthCheck {

    private static final long PROBE_TIMEOUT_MILLIS = 1_000;

    private final Upstreams upstreams;
    private final UpstreamProxies proxies;

    UpstreamsHealthCheck(Upstreams upstreams, UpstreamProxies proxies) {
        this.upstreams = upstreams;
        this.proxies = proxies;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<String>> states = upstreams.all().stream().map(this::state).toList();
        return Uni.combine().all().unis(states).with(results -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
            for (int i = 0; i < results.size(); i++) {
                builder.withData(upstreams.all().get(i).name(), (String) results.get(i));
            }
            return builder.build();
        });
    }

    private Uni<String> state(Upstream upstream) {
        String circuit = ", circuit " + proxies.circuitState(upstream);
        return Uni.createFrom().completionStage(() -> probe(upstream).toCompletionStage())
                .map(status -> (status == 200 ? "UP" : "DOWN (readiness " + status + ")") + circuit)
                .onFailure().recoverWithItem(failure -> "DOWN (" + failure.getClass().getSimpleName() + ")" + circuit);
    }

    private Future<Integer> probe(Upstream upstream) {
        return proxies.client(upstream)
                .request(new RequestOptions().setMethod(HttpMethod.GET).setHost(upstream.host()).setPort(upstream.port())
                        .setURI("/q/health/ready").setIdleTimeout(PROBE_TIMEOUT_MILLIS)
                        .setConnectTimeout(PROBE_TIMEOUT_MILLIS))
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> response.statusCode()));
    }
}
