package nl.iat.platform.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes scalar types ({@code UUID}, {@code LocalDate}, {@code OffsetDateTime}) inline instead of
 * as {@code allOf: [$ref]} or {@code anyOf: [$ref, null]}, and inlines a copy of an enum or object
 * that a property references and may be null. In OpenAPI 3.0, {@code nullable: true} next to an
 * {@code allOf} whose target is not nullable reads as "never null" to validators and generated
 * clients; inline, the schema says what the service sends.
 */
final class ScalarSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private ScalarSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> scalars = openAPI.getComponents().getSchemas().entrySet().stream()
                .filter(e -> isScalar(e.getValue()))
                .collect(Collectors.toMap(e -> PREFIX + e.getKey(), Map.Entry::getValue));
        if (scalars.isEmpty()) {
            return;
        }
        List<Schema> roots = new ArrayList<>();
        openAPI.getComponents().getSchemas().values().stream().filter(s -> !isScalar(s)).forEach(roots::add);
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item ->
                    item.getOperations().values().forEach(operation -> roots.addAll(schemasOf(operation))));
        }
        Map<String, Schema> all = openAPI.getComponents().getSchemas().entrySet().stream()
                .collect(Collectors.toMap(e -> PREFIX + e.getKey(), Map.Entry::getValue));
        Set<Schema> inlined = Collections.newSetFromMap(new IdentityHashMap<>());
        roots.forEach(schema -> inline(schema, scalars, all, inlined));
        Set<String> referenced = new HashSet<>();
        roots.forEach(schema -> collectReferences(schema, referenced));
        // A component that was only referenced where it may be null is now inlined everywhere: drop it.
        all.keySet().stream().filter(ref -> scalars.containsKey(ref) || !referenced.contains(ref) && inlined.contains(all.get(ref)))
                .forEach(ref -> openAPI.getComponents().removeSchema(ref.substring(PREFIX.length())));
    }

    private static boolean isScalar(Schema schema) {
        return schema.getProperties() == null && schema.getEnumeration() == null && schema.getType() != null
                && schema.getType().stream().noneMatch(t -> t == Schema.SchemaType.OBJECT || t == Schema.SchemaType.ARRAY);
    }

    private static List<Schema> schemasOf(Operation operation) {
        List<Schema> schemas = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream().map(Parameter::getSchema).filter(Objects::nonNull).forEach(schemas::add);
        }
        if (operation.getRequestBody() != null) {
            schemas.addAll(schemasOf(operation.getRequestBody().getContent()));
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(r -> schemas.addAll(schemasOf(r.getContent())));
        }
        return schemas;
    }

    private static List<Schema> schemasOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull).toList();
    }

    private static void inline(Schema schema, Map<String, Schema> scalars, Map<String, Schema> all, Set<Schema> inlined) {
        Schema target = scalarTarget(schema, scalars);
        Schema nullableTarget = target == null && isNullable(schema) ? scalarTarget(schema, all) : null;
        if (nullableTarget != null) {
            inlineNullable(schema, nullableTarget);
            inlined.add(nullableTarget);
        } else if (target != null) {
            List<Schema.SchemaType> type = new ArrayList<>(target.getType());
            if (schema.getAnyOf() != null) {
                type.add(Schema.SchemaType.NULL);
            }
            schema.setRef(null);
            schema.setAllOf(null);
            schema.setAnyOf(null);
            schema.setType(type);
            schema.setFormat(target.getFormat());
            if (schema.getPattern() == null) {
                schema.setPattern(target.getPattern());
            }
        }
        children(schema).forEach(child -> inline(child, scalars, all, inlined));
    }

    private static void collectReferences(Schema schema, Set<String> references) {
        if (schema.getRef() != null) {
            references.add(schema.getRef());
        }
        children(schema).forEach(child -> collectReferences(child, references));
    }

    private static boolean isNullable(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                || schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(ScalarSchemas::isNullOnly);
    }

    /** A copy of the referenced enum or object, that also allows null. */
    private static void inlineNullable(Schema schema, Schema target) {
        List<Schema.SchemaType> type = new ArrayList<>(target.getType() == null ? List.of() : target.getType());
        type.add(Schema.SchemaType.NULL);
        schema.setRef(null);
        schema.setAllOf(null);
        schema.setAnyOf(null);
        schema.setType(type);
        if (target.getEnumeration() != null) {
            List<Object> values = new ArrayList<>(target.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        schema.setProperties(target.getProperties());
        schema.setRequired(target.getRequired());
        if (schema.getDescription() == null) {
            schema.setDescription(target.getDescription());
        }
    }

    private static Schema scalarTarget(Schema schema, Map<String, Schema> scalars) {
        if (schema.getRef() != null) {
            return scalars.get(schema.getRef());
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            return scalars.get(schema.getAllOf().get(0).getRef());
        }
        if (schema.getAnyOf() != null) {
            List<Schema> notNull = schema.getAnyOf().stream().filter(s -> !isNullOnly(s)).toList();
            return notNull.size() == 1 && notNull.get(0).getRef() != null ? scalars.get(notNull.get(0).getRef()) : null;
        }
        return null;
    }

    /** SmallRye models a nullable reference as {@code anyOf: [$ref, {type: null}]}. */
    private static boolean isNullOnly(Schema schema) {
        return schema.getRef() == null && List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }

    private static Stream<Schema> children(Schema schema) {
        Stream<Schema> properties = schema.getProperties() == null ? Stream.empty() : schema.getProperties().values().stream();
        Stream<Schema> composed = Stream.of(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())
                .filter(Objects::nonNull).flatMap(Collection::stream);
        Stream<Schema> single = Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema()).filter(Objects::nonNull);
        return Stream.of(properties, composed, single).flatMap(s -> s);
    }
}
