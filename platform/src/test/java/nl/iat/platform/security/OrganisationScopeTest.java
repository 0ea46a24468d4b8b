package nl.iat.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;

import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who writes which organisation's records (ADR 0015): own only, coordinating across, no organisation nothing. */
@Tag("unit")
class OrganisationScopeTest {

    private static final UUID NCTV = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID AIVD = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID POLITIE = UUID.fromString("00000000-0000-4000-8000-000000000004");

    @Test
    void theClaimNamesTheOrganisationAsTextOrAsAJsonString() {
        assertEquals(Optional.of(AIVD), scope(AIVD.toString(), Roles.MEASURE_EDITOR).organisation());
        assertEquals(Optional.of(AIVD), scope(Json.createValue(AIVD.toString()), Roles.MEASURE_EDITOR).organisation());
        assertEquals(Optional.empty(), scope(null, Roles.MEASURE_EDITOR).organisation());
        assertEquals(Optional.empty(), scope("AIVD", Roles.MEASURE_EDITOR).organisation());
    }

    @Test
    void anEditorWritesOnlyWhatItsOwnOrganisationLeads() {
        OrganisationScope aivd = scope(AIVD.toString(), Roles.MEASURE_EDITOR);
        assertDoesNotThrow(() -> aivd.requireOwnerOf("Measure IAT-2018-001", AIVD));
        ProblemException refused = assertThrows(ProblemException.class, () -> aivd.requireOwnerOf("Measure IAT-2018-001", POLITIE));
        assertEquals(403, refused.status());
        assertTrue(refused.getMessage().contains("Measure IAT-2018-001 belongs to organisation " + POLITIE), refused.getMessage());
    }

    @Test
    void aFieldSetToAnotherOrganisationIsRefusedByName() {
        OrganisationScope aivd = scope(AIVD.toString(), Roles.BUDGET_CONTROLLER);
        assertDoesNotThrow(() -> aivd.requireSettable("ownerOrganisationId", AIVD));
        ProblemException refused = assertThrows(ProblemException.class, () -> aivd.requireSettable("ownerOrganisationId", POLITIE));
        assertEquals(403, refused.status());
        assertEquals(List.of("ownerOrganisationId"), refused.toProblem().invalidParams().stream().map(InvalidParam::name).toList());
    }

    @Test
    void adminAndTheCoordinatingOrganisationWriteAcross() {
        for (OrganisationScope coordinating : List.of(scope(NCTV.toString(), Roles.MEASURE_EDITOR), scope(null, Roles.ADMIN))) {
            assertTrue(coordinating.coordinating());
            assertDoesNotThrow(() -> coordinating.requireOwnerOf("Budget line x", POLITIE));
            assertDoesNotThrow(() -> coordinating.requireSettable("leadOrganisationId", POLITIE));
            assertDoesNotThrow(() -> coordinating.requireCoordinating("A commitment to parliament"));
        }
        assertFalse(scope(AIVD.toString(), Roles.MEASURE_EDITOR).coordinating());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> scope(AIVD.toString(), Roles.MEASURE_EDITOR).requireCoordinating("A motion")).status());
    }

    @Test
    void withoutAnOrganisationNothingOrganisationScopedIsWritten() {
        OrganisationScope none = scope(null, Roles.MEASURE_EDITOR);
        ProblemException refused = assertThrows(ProblemException.class, () -> none.requireOwnerOf("Measure x", AIVD));
        assertEquals(403, refused.status());
        assertTrue(refused.getMessage().contains("names no organisation"), refused.getMessage());
        assertEquals(403, assertThrows(ProblemException.class, () -> none.requireSettable("leadOrganisationId", AIVD)).status());
    }

    @Test
    void aCoordinatingOrganisationThatIsNoIdStopsTheStartWithTheReason() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new CoordinatingOrganisations(List.of(NCTV.toString(), "NCTV")));
        assertTrue(refused.getMessage().contains("must list organisation ids (UUIDs, comma separated), not ["),
                refused.getMessage());
    }

    private static OrganisationScope scope(Object organisationClaim, String role) {
        JsonWebToken token = mock(JsonWebToken.class);
        when(token.getClaim(OrganisationScope.CLAIM)).thenReturn(organisationClaim);
        when(token.getGroups()).thenReturn(Set.of(role));
        OrganisationScope scope = new OrganisationScope();
        scope.token = token;
        scope.coordinatingOrganisations = new CoordinatingOrganisations(List.of(" " + NCTV));
        return scope;
    }
}
