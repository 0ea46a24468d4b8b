package nl.iat.platform.openapi;

import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Keeps Swagger UI from pre-filling optional query parameters: it fills a parameter with its
 * example, so "Try it out" on a list would send every filter and return a filtered, often empty,
 * page. The example moves into the description, where a reader still finds it.
 */
final class OptionalFilters {

    private OptionalFilters() {
    }

    static void apply(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.QUERY && !Boolean.TRUE.equals(p.getRequired()))
                .forEach(OptionalFilters::withoutPrefill);
    }

    private static void withoutPrefill(Parameter parameter) {
        Object example = parameter.getExample();
        if (example == null && parameter.getSchema() != null) {
            example = parameter.getSchema().getExample();
        }
        parameter.setExample(null);
        parameter.setExamples(null);
        if (parameter.getSchema() != null) {
            parameter.getSchema().setExample(null);
        }
        if (example != null) {
            String description = parameter.getDescription() == null ? "" : parameter.getDescription().replaceAll("\\.?$", ". ");
            parameter.setDescription(description + "For example `" + example + "`.");
        }
    }
}
