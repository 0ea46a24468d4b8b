package nl.iat.gateway.health;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import nl.iat.gateway.proxy.Replica;
import nl.iat.gateway.proxy.UpstreamProxies;
import nl.iat.gateway.routing.Upstream;
import nl.iat.gateway.routing.Upstreams;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows each service's state in the gateway's readiness: each replica's own readiness probe and
 * circuit, under {@code <service>} for a single replica, else under {@code <service> <host:port>}
 * with {@code <service>} saying how many are up. The gateway stays ready while a service is down,
 * because it still serves the other APIs and answers for the missing one with a problem (ADR 0401).
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
        List<Uni<List<String>>> states = upstreams.all().stream().map(this::states).toList();
        return Uni.combine().all().unis(states).with(results -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
            for (int i = 0; i < results.size(); i++) {
                @SuppressWarnings("unchecked")
                List<String> replicaStates = (List<String>) results.get(i);
                describe(builder, upstreams.all().get(i), replicaStates);
            }
            return builder.build();
        });
    }

    private void describe(HealthCheckResponseBuilder builder, Upstream upstream, List<String> replicaStates) {
        List<Replica> replicas = proxies.replicas(upstream);
        if (replicas.size() == 1) {
            builder.withData(upstream.name(), replicaStates.get(0));
            return;
        }
        long up = replicaStates.stream().filter(s -> s.startsWith("UP")).count();
        builder.withData(upstream.name(), (up > 0 ? "UP" : "DOWN") + " (" + up + " of " + replicas.size() + " replicas)");
        for (int i = 0; i < replicas.size(); i++) {
            builder.withData(upstream.name() + " " + replicas.get(i).address(), replicaStates.get(i));
        }
    }

    private Uni<List<String>> states(Upstream upstream) {
        List<Uni<String>> states = proxies.replicas(upstream).stream().map(r -> state(upstream, r)).toList();
        return Uni.combine().all().unis(states).with(results -> results.stream().map(String.class::cast).toList());
    }

    private Uni<String> state(Upstream upstream, Replica replica) {
        String circuit = ", circuit " + replica.state();
        return Uni.createFrom().completionStage(() -> probe(upstream, replica).toCompletionStage())
                .map(status -> (status == 200 ? "UP" : "DOWN (readiness " + status + ")") + circuit)
                .onFailure().recoverWithItem(failure -> "DOWN (" + failure.getClass().getSimpleName() + ")" + circuit);
    }

    private Future<Integer> probe(Upstream upstream, Replica replica) {
        return proxies.client(upstream)
                .request(new RequestOptions().setMethod(HttpMethod.GET).setServer(replica.server())
                        .setHost(replica.server().host()).setPort(replica.server().port())
                        .setURI("/q/health/ready").setIdleTimeout(PROBE_TIMEOUT_MILLIS)
                        .setConnectTimeout(PROBE_TIMEOUT_MILLIS))
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> response.statusCode()));
    }
}
