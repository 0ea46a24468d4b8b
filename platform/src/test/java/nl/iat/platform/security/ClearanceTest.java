package nl.iat.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import jakarta.json.Json;

import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a caller sees (ADR 0016): its clearance and everything below it; no or an unknown claim is PUBLIC. */
@Tag("unit")
class ClearanceTest {

    @Test
    void theClaimNamesTheClearanceAndAnythingElseIsPublic() {
        assertEquals(Classification.SECRET, clearance("SECRET").level());
        assertEquals(Classification.RESTRICTED, clearance(Json.createValue("restricted")).level());
        assertEquals(Classification.PUBLIC, clearance(null).level());
        assertEquals(Classification.PUBLIC, clearance("TOP-SECRET").level());
    }

    @Test
    void aClearanceCoversItsOwnLevelAndTheOnesBelow() {
        Clearance restricted = clearance("RESTRICTED");
        assertTrue(restricted.covers(Classification.PUBLIC));
        assertTrue(restricted.covers(Classification.RESTRICTED));
        assertFalse(restricted.covers(Classification.SECRET));
        assertFalse(clearance(null).covers(Classification.RESTRICTED));
        assertTrue(clearance("SECRET").covers(Classification.SECRET));
    }

    @Test
    void nobodyClassifiesAboveTheirClearance() {
        Clearance restricted = clearance("RESTRICTED");
        assertDoesNotThrow(() -> restricted.requireSettable("classification", Classification.RESTRICTED));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> restricted.requireSettable("classification", Classification.SECRET));
        assertEquals(403, refused.status());
        assertEquals(List.of("classification"), refused.toProblem().invalidParams().stream().map(InvalidParam::name).toList());
    }

    private static Clearance clearance(Object claim) {
        JsonWebToken token = mock(JsonWebToken.class);
        when(token.getClaim(Clearance.CLAIM)).thenReturn(claim);
        Clearance clearance = new Clearance();
        clearance.token = token;
        return clearance;
    }
}
