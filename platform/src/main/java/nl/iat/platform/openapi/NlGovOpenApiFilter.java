package nl.iat.platform.openapi;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Makes every service's OpenAPI document fit for its consumers (Swagger UI, client generators,
 * contract tests) and the NL GOV API Design Rules, so no resource has to repeat it: paths relative
 * to the server URL, the bearer scheme on every operation with its roles and organisation rule
 * stated, unique operation ids, optional filters not pre-filled, scalar types inline, the {@code API-Version} header on
 * every response and the problem+json responses each kind of operation can give.
 */
public class NlGovOpenApiFilter implements OASFilter {

    private static final String VERSION_HEADER = "API-Version";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addHeader(VERSION_HEADER, OASFactory.createHeader()
                .description("The full version of the API that answered")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example(apiVersion())));
        components.addSecurityScheme(OperationRoles.SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the identity provider (locally: the gateway's development tokens)"));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(OperationRoles.SCHEME)));
        addProblemSchemas(components);
        StandardProblems.addHeaders(components);
        if (openAPI.getPaths() == null) {
            return;
        }
        ServerRelativePaths.apply(openAPI);
        ScalarSchemas.apply(openAPI);
        Set<String> operationIds = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            requireUniqueId(operation, method + " " + path, operationIds);
            OperationRoles.state(operation);
            OrganisationScopes.state(operation);
            OptionalFilters.apply(operation);
            StandardProblems.apply(operation);
            addVersionHeader(operation);
        }));
    }

    /** Generated clients name their methods after operation ids: each must exist and be unique. */
    private static void requireUniqueId(Operation operation, String where, Set<String> seen) {
        if (operation.getOperationId() == null || !seen.add(operation.getOperationId())) {
            throw new IllegalStateException("Operation " + where + " needs a unique operationId (the resource method's"
                    + " name), has " + operation.getOperationId());
        }
    }

    private static void addVersionHeader(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            if (response.getRef() == null) {
                response.addHeader(VERSION_HEADER, OASFactory.createHeader().ref("#/components/headers/" + VERSION_HEADER));
            }
        });
    }

    private static void addProblemSchemas(Components components) {
        if (components.getSchemas() != null && components.getSchemas().containsKey("Problem")) {
            return;
        }
        components.addSchema("InvalidParam", object()
                .addProperty("name", text("Name of the parameter or JSON property"))
                .addProperty("reason", text("Why it is invalid")));
        components.addSchema("Problem", object()
                .description("RFC 9457 problem details")
                .addProperty("type", text("URI reference identifying the problem type"))
                .addProperty("title", text("Short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", text("Explanation specific to this occurrence"))
                .addProperty("instance", text("URI reference identifying this occurrence"))
                .addProperty("requestId", text("Id of the request, to find it in the logs"))
                .addProperty("traceId", text("W3C trace id of the request, to find its trace and its log lines in every service"))
                .addProperty("invalidParams", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/InvalidParam"))));
    }

    private static Schema object() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }

    private static String apiVersion() {
        return ConfigProvider.getConfig().getOptionalValue("iat.api.version", String.class).orElse("1.0.0");
    }
}
