package nl.iat.platform.openapi;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Moves the roles that Quarkus reads from {@code @RolesAllowed} out of the security requirement
 * (where an HTTP bearer scheme may not carry them, and where Swagger UI would then send no token)
 * into the operation's description and its {@code x-roles} extension, and points the operation at
 * the one defined scheme, {@code bearerAuth}.
 */
final class OperationRoles {

    static final String SCHEME = "bearerAuth";
    static final String EXTENSION = "x-roles";

    private OperationRoles() {
    }

    static void state(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
        }
        TreeSet<String> roles = new TreeSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            requirement.getSchemes().values().forEach(roles::addAll);
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        if (roles.isEmpty()) {
            return;
        }
        operation.addExtension(EXTENSION, List.copyOf(roles));
        String sentence = "Roles: " + String.join(", ", roles) + ".";
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? sentence : description + "\n\n" + sentence);
    }
}
