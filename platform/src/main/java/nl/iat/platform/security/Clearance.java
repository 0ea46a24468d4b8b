package nl.iat.platform.security;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the caller may see (ADR 0016): the token's {@code clearance} claim, one of the classifications.
 * A token without the claim, or with a value that is none of them, is cleared for PUBLIC only (deny by
 * default); the role does not raise it, an admin sees classified items only with the clearance.
 */
@RequestScoped
public class Clearance {

    public static final String CLAIM = "clearance";

    @Inject
    JsonWebToken token;

    public Classification level() {
        Object claim = token.getClaim(CLAIM);
        if (claim == null) {
            return Classification.PUBLIC;
        }
        return Classification.orPublic(claim instanceof JsonString text ? text.getString() : claim.toString());
    }

    public boolean covers(Classification item) {
        return level().covers(item);
    }

    /**
     * Refuses (403, naming the field) a classification above the caller's clearance: nobody classifies
     * what they could not read back.
     */
    public void requireSettable(String field, Classification classification) {
        if (!covers(classification)) {
            throw ProblemException.forbidden("You may not set " + field + " to " + classification
                    + " with clearance " + level(), List.of(new InvalidParam(field,
                            "must be at most your clearance " + level())));
        }
    }
}
