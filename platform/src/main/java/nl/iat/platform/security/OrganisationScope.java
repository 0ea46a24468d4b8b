package nl.iat.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which organisation's records the caller may write (ADR 0015). The token's {@code organisation}
 * claim holds the caller's organisation id; {@code admin} and callers of a coordinating
 * organisation ({@code iat.authorization.coordinating-organisations}) write across organisations.
 * Anyone else writes only what their own organisation leads or owns, and a token without an
 * organisation writes nothing that belongs to one. The roles themselves stay with
 * {@code @RolesAllowed}; this decides on the object and on the fields a write sets.
 */
@RequestScoped
public class OrganisationScope {

    public static final String CLAIM = "organisation";

    @Inject
    JsonWebToken token;

    @Inject
    CoordinatingOrganisations coordinatingOrganisations;

    /** The caller's organisation as the token names it; empty without a claim or with one that is no id. */
    public Optional<UUID> organisation() {
        Object claim = token.getClaim(CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String id = claim instanceof JsonString text ? text.getString() : claim.toString();
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Admins and callers of a coordinating organisation write across organisations. */
    public boolean coordinating() {
        return token.getGroups().contains(Roles.ADMIN)
                || organisation().filter(coordinatingOrganisations::contains).isPresent();
    }

    /**
     * Refuses (403) a write on a record the caller's organisation does not lead or own.
     *
     * @param record what is written, as the problem names it ("Measure IAT-2018-001")
     * @param owner the organisation that leads or owns it
     */
    public void requireOwnerOf(String record, UUID owner) {
        if (coordinating()) {
            return;
        }
        UUID own = requireOrganisation();
        if (!own.equals(owner)) {
            throw ProblemException.forbidden(record + " belongs to organisation " + owner
                    + "; your organisation " + own + " writes only its own records", List.of());
        }
    }

    /**
     * Refuses (403, naming the field) a value the caller may not set: an organisation other than their own.
     * Property-level authorization: the record may be the caller's, the field's new value must be too.
     */
    public void requireSettable(String field, UUID organisation) {
        if (coordinating()) {
            return;
        }
        UUID own = requireOrganisation();
        if (!own.equals(organisation)) {
            throw ProblemException.forbidden("You may not set " + field + " to another organisation",
                    List.of(new InvalidParam(field, "must be your own organisation " + own
                            + "; only a coordinating organisation assigns records to others")));
        }
    }

    /** Refuses (403) a write that only a coordinating caller may do, such as the register kept for the whole suite. */
    public void requireCoordinating(String what) {
        if (!coordinating()) {
            throw ProblemException.forbidden(what + " may be written only by admin or by a coordinating"
                    + " organisation; your token's organisation is " + organisation().map(UUID::toString).orElse("none"),
                    List.of());
        }
    }

    private UUID requireOrganisation() {
        return organisation().orElseThrow(() -> ProblemException.forbidden("Your token names no organisation"
                + " (claim '" + CLAIM + "'), so it writes nothing that belongs to one", List.of()));
    }
}
