package nl.iat.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the gateway is told from outside: its address, the upstreams, and its limits. */
@ConfigMapping(prefix = "iat.gateway")
public interface GatewayConfig {

    /** The address clients use; upstream {@code Location} headers are rewritten to it. */
    String publicUrl();

    /** The gateway's own API version, on the responses it makes itself. */
    String apiVersion();

    /** Largest request body passed on, in bytes. */
    long maxBodySize();

    /** One entry per service, keyed by a short name (measures, budget, reports). */
    Map<String, Route> routes();

    Resilience resilience();

    RateLimit rateLimit();

    interface Route {

        /** Path prefix owned by the service, e.g. /api/measures/v1; passed on unchanged. */
        String prefix();

        /** Base URL of the service, e.g. http://127.0.0.1:8081, or its replicas' URLs separated by commas. */
        String url();

        /** Roles allowed to write (POST, PUT, PATCH, DELETE); reading needs any known role. */
        List<String> writeRoles();
    }

    interface Resilience {

        /** How long to wait for a TCP connection to the service. */
        @WithDefault("500ms")
        Duration connectTimeout();

        /**
         * How long a call may wait for a free pooled connection when all are busy (a burst), on
         * top of the connect timeout. The circuit breaker, not this wait, protects a slow service.
         */
        @WithDefault("500ms")
        Duration poolWait();

        /** How long the service may stay silent while answering before the call gives a 504. */
        @WithDefault("1500ms")
        Duration responseTimeout();

        /** Pooled connections per service, shared out over the event loops. */
        @WithDefault("256")
        int maxConnections();

        /** Connection failures or timeouts within 10 s that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit refuses calls before letting one trial call through. */
        @WithDefault("1s")
        Duration openDuration();
    }

    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Requests a client may make in one burst. */
        @WithDefault("100")
        int burst();

        /** Requests per minute a client regains after a burst. */
        @WithDefault("1200")
        int perMinute();

        /** Clients tracked at once; beyond this the idlest are forgotten, so memory stays bounded. */
        @WithDefault("100000")
        int maxClients();

        /** Whether the buckets are shared by all gateway replicas, in Redis; false: each limits on its own. */
        @WithDefault("true")
        boolean shared();

        /** The Redis holding the shared buckets. */
        @WithDefault("redis://127.0.0.1:6379")
        String redisUrl();

        /** Prefix of the bucket keys in Redis, so several suites (or test runs) can share one Redis. */
        @WithDefault("iat:rate-limit:")
        String keyPrefix();

        /** How long a call to Redis may take before this request is limited in memory instead. */
        @WithDefault("200ms")
        Duration redisTimeout();
    }
}
