package nl.iat.measures.rest;

import java.util.UUID;

import nl.iat.platform.problem.ProblemException;

/** Ids in request paths: a malformed one is a 400 naming the path parameter, not a 404. */
final class PathIds {

    private PathIds() {
    }

    static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }
}
