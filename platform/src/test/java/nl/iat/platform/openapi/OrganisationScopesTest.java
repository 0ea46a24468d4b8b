package nl.iat.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

class OrganisationScopesTest {

    @Test
    void anOperationThatStatesNoScopeIsCheckedByRoleOnly() {
        Operation operation = OASFactory.createOperation().operationId("addFramework");
        OrganisationScopes.state(operation);
        assertEquals(OrganisationScopes.NONE, operation.getExtensions().get(OrganisationScopes.EXTENSION));
    }

    @Test
    void aStatedScopeIsKeptAndExplainedOnce() {
        Operation operation = OASFactory.createOperation().operationId("updateMeasure").description("Roles: admin.")
                .addExtension(OrganisationScopes.EXTENSION, OrganisationScopes.LEAD);
        OrganisationScopes.state(operation);
        OrganisationScopes.state(operation);
        assertEquals(OrganisationScopes.LEAD, operation.getExtensions().get(OrganisationScopes.EXTENSION));
        assertEquals("Roles: admin.\n\nOrganisation: a measure-editor writes only measures its own organisation leads"
                + " (ADR 0015).", operation.getDescription());
    }

    @Test
    void anUnknownScopeStopsTheBuild() {
        Operation operation = OASFactory.createOperation().operationId("updateMeasure")
                .addExtension(OrganisationScopes.EXTENSION, "leader");
        assertThrows(IllegalStateException.class, () -> OrganisationScopes.state(operation));
    }
}
