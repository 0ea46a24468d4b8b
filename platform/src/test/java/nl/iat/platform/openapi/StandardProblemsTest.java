package nl.iat.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class StandardProblemsTest {

    @Test
    void aBusyServiceTellsWhenToSendAgain() {
        Operation operation = OASFactory.createOperation().operationId("getMeasure")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("The measure")));
        StandardProblems.apply(operation);

        assertEquals("#/components/headers/Retry-After",
                operation.getResponses().getAPIResponse("503").getHeaders().get("Retry-After").getRef());
        assertNull(operation.getResponses().getAPIResponse("500").getHeaders(), "only the 503 says when to come back");
    }

    @Test
    void retryAfterIsAWholeNumberOfSeconds() {
        Components components = OASFactory.createComponents();
        StandardProblems.addHeaders(components);

        Schema schema = components.getHeaders().get("Retry-After").getSchema();
        assertEquals(List.of(Schema.SchemaType.INTEGER), schema.getType());
        assertEquals(1, schema.getMinimum().intValue());
    }
}
