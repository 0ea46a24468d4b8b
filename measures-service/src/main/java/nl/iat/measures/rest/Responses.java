package nl.iat.measures.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import nl.iat.measures.reference.Language;
import nl.iat.platform.http.EntityTags;

/** The shapes of successful responses the resources share. */
final class Responses {

    static final String BASE = "/api/measures/v1";

    private Responses() {
    }

    /** 201 with the new resource's path (as the gateway exposes it) and its ETag. */
    static Response created(String path, long version, Object entity) {
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, BASE + path)
                .header(HttpHeaders.ETAG, EntityTags.of(version))
                .entity(entity)
                .build();
    }

    /** 201 for reference data, which has no ETag. */
    static Response created(String path, Object entity, Language language) {
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, BASE + path)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .entity(entity)
                .build();
    }

    static Response ok(long version, Object entity) {
        return Response.ok(entity).header(HttpHeaders.ETAG, EntityTags.of(version)).build();
    }

    /** 200 labelled in one language; caches must key on Accept-Language. */
    static Response labelled(Language language, Object entity) {
        return Response.ok(entity)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
