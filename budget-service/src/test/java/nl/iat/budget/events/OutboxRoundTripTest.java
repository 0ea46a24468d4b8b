package nl.iat.budget.events;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.OutboxRoundTripContract;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class OutboxRoundTripTest extends OutboxRoundTripContract {

    @Override
    protected String topic() {
        return "iat.budget.events";
    }

    @Override
    protected String source() {
        return "urn:nld:iat:budget";
    }
}
