package nl.iat.reporting.events;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.testing.ConsumedEventContracts;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;
import nl.iat.reporting.readmodel.ReadModelProjector;

/**
 * For every event type the reports handle: every field the reports read is required by the type's
 * schema, and the reports accept every example of it and refuse nothing the schema accepts. So a
 * producer cannot drop, rename or loosen a field the reports read without failing its own schema
 * check, and a schema cannot be loosened beyond what the reports can apply. Reads through the live
 * consumer's own code ({@link ReadModelProjector#decode}), with the service's JSON mapper.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ConsumedEventsContractTest {

    @Inject
    ReadModelProjector projector;

    @Test
    void whatTheReportsReadIsWhatTheContractsRequire() {
        ConsumedEventContracts.assertHeldTo(ConsumedEventTypes.REGISTRY, projector::decode);
    }
}
