package nl.iat.measures.events;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.OutboxRoundTripContract;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class OutboxRoundTripTest extends OutboxRoundTripContract {

    @Override
    protected String topic() {
        return "iat.measures.events";
    }

    @Override
    protected String source() {
        return "urn:nld:iat:measures";
    }
}
