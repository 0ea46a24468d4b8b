package nl.iat.gateway.proxy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.circuitbreaker.CircuitBreakerState;

/**
 * The replicas of one service in round-robin order, skipping those whose circuit is open. The
 * service counts as down (its circuit OPEN) only when every replica's circuit is open.
 */
final class ReplicaSet {

    private final List<Replica> replicas;
    private final AtomicInteger turn = new AtomicInteger();

    ReplicaSet(List<Replica> replicas) {
        this.replicas = List.copyOf(replicas);
    }

    List<Replica> all() {
        return replicas;
    }

    /** The next replica in turn that is not ejected; when all are, the next one (its circuit answers 503). */
    Replica next() {
        return other(null).orElseGet(() -> replicas.get(Math.floorMod(turn.get(), replicas.size())));
    }

    /** A replica other than {@code tried} (null: any) that is not ejected, next in turn. */
    Optional<Replica> other(Replica tried) {
        int start = Math.floorMod(turn.getAndIncrement(), replicas.size());
        for (int i = 0; i < replicas.size(); i++) {
            Replica candidate = replicas.get((start + i) % replicas.size());
            if (candidate != tried && !candidate.ejected()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** OPEN only when all replicas are ejected; otherwise CLOSED if any replica is, else HALF_OPEN. */
    CircuitBreakerState state() {
        if (replicas.stream().allMatch(Replica::ejected)) {
            return CircuitBreakerState.OPEN;
        }
        return replicas.stream().anyMatch(r -> r.state() == CircuitBreakerState.CLOSED)
                ? CircuitBreakerState.CLOSED : CircuitBreakerState.HALF_OPEN;
    }
}
