package nl.iat.measures.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.iat.contracts.EventContracts;
import org.junit.jupiter.api.Test;

/**
 * The build check on the producer side (a plain unit test): the measures-service emits exactly the
 * declared types of its two domains (event-contracts), measures and parliament, no undeclared one, and
 * every declared one.
 */
class EventTypesTest {

    @Test
    void theMeasuresServiceEmitsExactlyTheDeclaredMeasureEventTypes() {
        assertEquals(EventContracts.typesOf("measures"), Arrays.stream(MeasureEventType.values())
                .map(MeasureEventType::cloudEventType).collect(Collectors.toCollection(TreeSet::new)),
                "MeasureEventType against the nl.iat.measures.* schemas in event-contracts");
    }

    @Test
    void theMeasuresServiceEmitsExactlyTheDeclaredParliamentEventTypes() {
        assertEquals(EventContracts.typesOf("parliament"), Arrays.stream(ParliamentEventType.values())
                .map(ParliamentEventType::cloudEventType).collect(Collectors.toCollection(TreeSet::new)),
                "ParliamentEventType against the nl.iat.parliament.* schemas in event-contracts");
    }
}
