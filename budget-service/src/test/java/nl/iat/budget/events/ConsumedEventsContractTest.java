package nl.iat.budget.events;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.testing.ConsumedEventContracts;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/**
 * For every measure event type the budget-service handles: every field its copy reads is required by
 * the type's schema, and it accepts every example and refuses nothing the schema accepts. Reads with
 * the live consumer's own registry and the service's JSON mapper.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ConsumedEventsContractTest {

    @Inject
    ObjectMapper objectMapper;

    @Test
    void whatTheCopyReadsIsWhatTheContractsRequire() {
        ConsumedEventContracts.assertHeldTo(ConsumedEventTypes.REGISTRY,
                event -> ConsumedEventTypes.REGISTRY.read(event, objectMapper));
    }
}
