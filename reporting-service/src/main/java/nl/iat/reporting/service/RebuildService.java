package nl.iat.reporting.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.problem.ProblemException;
import nl.iat.reporting.readmodel.ReadModelGate;
import nl.iat.reporting.readmodel.RebuildWatch;
import nl.iat.reporting.readmodel.ReadModelRebuild;
import nl.iat.reporting.rebuilds.Rebuild;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds the read models from the topics in the background, one rebuild at a time, in one
 * transaction: a failed rebuild leaves the old figures in place.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    @Inject
    EntityManager entityManager;

    @Inject
    ReadModelRebuild readModels;

    @Inject
    ReadModelGate gate;

    @ConfigProperty(name = "iat.reports.rebuild-timeout", defaultValue = "PT2H")
    Duration timeout;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));

    /**
     * A rebuild that was running when its process stopped did not finish; its transaction was rolled
     * back. With several replicas, one that starts must not fail a rebuild another replica is running:
     * that one holds the read-model lock, so the rebuild is marked only when the lock is free.
     */
    void interrupted(@Observes StartupEvent started) {
        boolean marked = readModels.whenNoRebuildRuns(() -> entityManager.createNativeQuery("""
                update rebuild set status = 'FAILED', finished_at = now(), failure = 'Interrupted by a restart'
                where status = 'RUNNING'""").executeUpdate());
        if (!marked) {
            LOG.info("A rebuild is running in another replica; its status is left to it");
        }
    }

    @Transactional
    public RebuildView request(String actor) {
        UUID id = UUID.randomUUID();
        int inserted = entityManager.createNativeQuery("""
                insert into rebuild (id, status, requested_by, requested_at) values (?1, 'RUNNING', ?2, ?3)
                on conflict (status) where status = 'RUNNING' do nothing""")
                .setParameter(1, id)
                .setParameter(2, actor)
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("A rebuild is running already; wait until it has finished");
        }
        return RebuildView.of(Rebuild.findById(id));
    }

    /** Starts the requested rebuild after the request's transaction has committed. */
    public void start(UUID id) {
        worker.submit(() -> run(id));
    }

    private void run(UUID id) {
        long started = System.nanoTime();
        settle();
        gate.close();
        try {
            ReadModelRebuild.Result result = QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds())
                    .call(() -> {
                        ReadModelRebuild.Result rebuilt = readModels.wipeAndRebuild();
                        finish(id, Rebuild.COMPLETED, rebuilt, started, null);
                        return rebuilt;
                    });
            LOG.infof("Rebuild %s applied %d events (%d skipped)", id, result.applied(), result.skipped());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rebuild %s failed; the read models are unchanged", id);
            QuarkusTransaction.requiringNew().run(() -> finish(id, Rebuild.FAILED, new ReadModelRebuild.Result(0, 0), started,
                    String.valueOf(e.getMessage())));
        } finally {
            gate.open();
        }
    }

    /** Gives the other replicas' watches time to close their gates before the read models are locked. */
    private static void settle() {
        try {
            Thread.sleep(RebuildWatch.SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void finish(UUID id, String status, ReadModelRebuild.Result result, long started, String failure) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        Rebuild rebuild = Rebuild.findById(id);
        rebuild.status = status;
        rebuild.finishedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        rebuild.eventsApplied = result.applied();
        rebuild.eventsSkipped = result.skipped();
        rebuild.eventsPerSecond = failure == null ? Math.round(result.applied() / seconds) : null;
        rebuild.failure = failure;
    }

    @ReadOnlyTransaction
    public RebuildView get(UUID id) {
        Rebuild rebuild = Rebuild.findById(id);
        if (rebuild == null) {
            throw ProblemException.notFound("Rebuild", id);
        }
        return RebuildView.of(rebuild);
    }

    @ReadOnlyTransaction
    public Page<RebuildView> list(RebuildFilter filter, PageRequest paging) {
        QueryFilter where = new QueryFilter().equal("status", "status", filter.status);
        return PanachePaging.page(Rebuild.<Rebuild>find(where.query(), Sort.descending("requestedAt"), where.parameters()),
                paging, RebuildView::of);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
