package nl.iat.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The caller every service records in its audit trail: the token's subject, else its principal name. */
@Tag("unit")
class CurrentActorTest {

    @Test
    void theSubjectNamesTheCaller() {
        assertEquals("controller-client", actor("controller-client", "someone@example.nl").id());
    }

    @Test
    void withoutASubjectThePrincipalNameDoes() {
        assertEquals("someone@example.nl", actor(null, "someone@example.nl").id());
        assertEquals("someone@example.nl", actor(" ", "someone@example.nl").id());
    }

    private static CurrentActor actor(String subject, String name) {
        JsonWebToken token = mock(JsonWebToken.class);
        when(token.getSubject()).thenReturn(subject);
        when(token.getName()).thenReturn(name);
        CurrentActor actor = new CurrentActor();
        actor.token = token;
        return actor;
    }
}
