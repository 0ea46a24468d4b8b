package nl.iat.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is making the current request: the subject of the verified bearer token, for the audit trail; the one way every service names its caller. */
@RequestScoped
public class CurrentActor {

    @Inject
    JsonWebToken token;

    /** The token's subject, or its principal name (upn, preferred_username) when it has no subject. */
    public String id() {
        String subject = token.getSubject();
        return subject == null || subject.isBlank() ? token.getName() : subject;
    }
}
