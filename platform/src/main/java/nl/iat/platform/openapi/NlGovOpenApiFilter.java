package nl.iat.platform.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import nl.iat.platform.problem.Problem;

/**
 * Gives every service's OpenAPI document what the NL GOV API Design Rules ask of all operations,
 * so no resource has to repeat it: the {@code API-Version} header on every response, the bearer
 * security scheme, and the problem+json responses every operation can give (401, 403, 500).
 */
public class NlGovOpenApiFilter implements OASFilter {

    private static final String VERSION_HEADER = "API-Version";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, String> COMMON_PROBLEMS = Map.of(
            "401", "No valid bearer token in the Authorization header",
            "403", "The token's role does not allow this operation",
            "500", "Unexpected error; quote the X-Request-Id when reporting it");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addHeader(VERSION_HEADER, OASFactory.createHeader()
                .description("The full version of the API that answered")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example(apiVersion())));
        components.addSecurityScheme("bearerAuth", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the identity provider (locally: the gateway's development tokens)"));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearerAuth")));
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
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
                    .addProperty("invalidParams", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                            .items(OASFactory.createSchema().ref("#/components/schemas/InvalidParam"))));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item ->
                item.getOperations().values().forEach(this::complete));
    }

    private void complete(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        COMMON_PROBLEMS.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, problemResponse(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null) {
                response.addHeader(VERSION_HEADER, OASFactory.createHeader().ref("#/components/headers/" + VERSION_HEADER));
            }
        });
    }

    private static APIResponse problemResponse(String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        return OASFactory.createAPIResponse().description(description).content(content);
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
