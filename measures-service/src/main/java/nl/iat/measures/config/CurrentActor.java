package nl.iat.measures.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is making the current request: the subject of the verified bearer token, for the audit trail. */
@RequestScoped
public class CurrentActor {

    @Inject
    JsonWebToken token;

    public String id() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new IllegalStateException("A write reached the service without an authenticated subject");
        }
        return subject;
    }
}
