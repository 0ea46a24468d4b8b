package nl.iat.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;

/**
 * Makes a POST safe to retry with an {@code Idempotency-Key}: the key is claimed in the same
 * transaction as the effect, so of two concurrent requests with one key exactly one has an effect
 * and the other waits and gets the first one's response. A key reused for a different request is
 * refused (422).
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Transactional
    public Response execute(String key, String actor, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        validate(key);
        String fingerprint = fingerprint(operation, request);
        if (!claim(key, actor, fingerprint)) {
            return replay(key, actor, fingerprint);
        }
        Response response = action.get();
        store(key, actor, response);
        return response;
    }

    private static void validate(String key) {
        if (key.isBlank() || key.length() > 255) {
            throw new ProblemException(400, "Bad Request", "The Idempotency-Key header is not valid",
                    List.of(new InvalidParam(HEADER, "must be 1 to 255 characters")), List.of());
        }
    }

    private boolean claim(String key, String actor, String fingerprint) {
        return entityManager.createNativeQuery("""
                insert into idempotency_key (actor, key, fingerprint, created_at)
                values (?1, ?2, ?3, now()) on conflict do nothing""")
                .setParameter(1, actor)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .executeUpdate() == 1;
    }

    private void store(String key, String actor, Response response) {
        Object location = response.getHeaders().getFirst("Location");
        Object etag = response.getHeaders().getFirst("ETag");
        entityManager.createNativeQuery("""
                update idempotency_key set status = ?3, body = ?4, location = ?5, etag = ?6
                where actor = ?1 and key = ?2""")
                .setParameter(1, actor)
                .setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, toJson(response.getEntity()))
                .setParameter(5, location == null ? null : location.toString())
                .setParameter(6, etag == null ? null : etag.toString())
                .executeUpdate();
    }

    private Response replay(String key, String actor, String fingerprint) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select fingerprint, status, body, location, etag from idempotency_key
                where actor = ?1 and key = ?2""")
                .setParameter(1, actor)
                .setParameter(2, key)
                .getSingleResult();
        if (!fingerprint.equals(row[0])) {
            throw new ProblemException(422, "Unprocessable Content",
                    "This Idempotency-Key was already used for a different request");
        }
        Response.ResponseBuilder builder = Response.status(((Number) row[1]).intValue())
                .entity(fromJson((String) row[2]))
                .header("Idempotent-Replayed", "true");
        if (row[3] != null) {
            // Set verbatim: Response.location would resolve a path-absolute Location against the base URI.
            builder.header("Location", row[3]);
        }
        if (row[4] != null) {
            builder.header("ETag", row[4]);
        }
        return builder.build();
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update(toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return value == null ? null : objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be stored for idempotent replay", e);
        }
    }

    private JsonNode fromJson(String json) {
        try {
            return json == null ? null : objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response is not JSON", e);
        }
    }
}
