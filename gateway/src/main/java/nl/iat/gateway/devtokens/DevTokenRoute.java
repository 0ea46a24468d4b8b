package nl.iat.gateway.devtokens;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.iat.gateway.problem.Problems;
import nl.iat.gateway.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /dev/tokens?role=measure-editor&organisation=AIVD&clearance=RESTRICTED}: a signed token for any
 * role, of an organisation (its id, or its name as the measures-service lists it) or of none, with a
 * clearance or none (PUBLIC), for the local run only. The organisation goes in the {@code organisation}
 * claim, by id (ADR 0015), the clearance in {@code clearance} (ADR 0016). The
 * route is not registered at all unless {@code iat.dev-tokens.enabled=true} (env
 * {@code IAT_DEV_TOKENS}), so in production the path is a plain 404. It signs with the private key
 * at {@code IAT_JWT_PRIVATE_KEY}, which exists only on a developer's machine.
 */
@ApplicationScoped
public class DevTokenRoute {

    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final String ORGANISATION = "organisation";
    private static final String CLEARANCE = "clearance";
    private static final Set<String> CLEARANCES = Set.of("PUBLIC", "RESTRICTED", "SECRET");

    @Inject
    OrganisationNames organisationNames;

    @ConfigProperty(name = "iat.dev-tokens.enabled")
    boolean enabled;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Set<String> audiences;

    void register(@Observes Router router) {
        if (enabled) {
            requireSigningKey();
            // Signing reads the key file: keep it off the event loop.
            router.get("/dev/tokens").blockingHandler(this::issue);
        }
    }

    /** Fails the start when development tokens are on but cannot be signed: better than a 500 later. */
    private void requireSigningKey() {
        try {
            Jwt.subject("startup-check").sign();
        } catch (RuntimeException e) {
            throw new IllegalStateException("IAT_DEV_TOKENS is on, but no private key can be read from "
                    + "IAT_JWT_PRIVATE_KEY (smallrye.jwt.sign.key.location): " + e.getMessage(), e);
        }
    }

    private void issue(RoutingContext rc) {
        String role = rc.queryParams().get("role");
        if (role == null || !Roles.ALL.contains(role)) {
            Problems.send(rc, 400, "Bad Request", "Name one role with ?role=, one of " + Roles.ALL + ".");
            return;
        }
        String clearance = rc.queryParams().get(CLEARANCE);
        if (clearance != null && !CLEARANCES.contains(clearance)) {
            Problems.send(rc, 400, "Bad Request", "Name the clearance with ?clearance=, one of " + CLEARANCES
                    + ", or leave it out for PUBLIC.");
            return;
        }
        try {
            Optional<UUID> organisation = organisation(rc.queryParams().get(ORGANISATION));
            rc.response().putHeader("Content-Type", "application/json")
                    .end(answer(role, organisation, Optional.ofNullable(clearance)).encode());
        } catch (Refused refused) {
            Problems.send(rc, refused.status, refused.title, refused.getMessage());
        }
    }

    private JsonObject answer(String role, Optional<UUID> organisation, Optional<String> clearance) {
        String subject = "dev-" + role + organisation.map(id -> "-" + id).orElse("") + clearance.map(c -> "-" + c).orElse("");
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(audiences)
                .subject(subject)
                .upn(subject)
                .groups(role)
                .expiresIn(LIFETIME);
        organisation.ifPresent(id -> claims.claim(ORGANISATION, id.toString()));
        clearance.ifPresent(level -> claims.claim(CLEARANCE, level));
        JsonObject answer = new JsonObject()
                .put("accessToken", claims.sign())
                .put("tokenType", "Bearer")
                .put("expiresIn", LIFETIME.toSeconds())
                .put("role", role);
        organisation.ifPresent(id -> answer.put(ORGANISATION, id.toString()));
        clearance.ifPresent(level -> answer.put(CLEARANCE, level));
        return answer;
    }

    /** None when not asked for; an id as given; a name looked up at the measures-service. */
    private Optional<UUID> organisation(String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(given.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.of(idOf(given.strip()));
        }
    }

    private UUID idOf(String name) {
        try {
            return organisationNames.idOf(name).orElseThrow(() -> new Refused(400, "Bad Request", "No organisation is named '"
                    + name + "'; give an id or a name from GET /api/measures/v1/organisations."));
        } catch (IOException e) {
            throw new Refused(503, "Service Unavailable", "The measures-service could not be asked for organisation '"
                    + name + "' (" + e.getMessage() + "); give the organisation's id instead.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(503, "Service Unavailable", "Interrupted while looking up organisation '" + name + "'.");
        }
    }

    /** A request for a token that cannot be answered with one. */
    private static final class Refused extends RuntimeException {

        private final int status;
        private final String title;

        Refused(int status, String title, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.title = title;
        }
    }
}
