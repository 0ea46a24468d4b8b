package nl.iat.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The checker the consumers' tests use, on small consumers of its own: it finds what they read that the contract does not promise. */
class ConsumerContractTest {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    private static final String LEDGER = "nl.iat.budget.ledger-entries.recorded.v1";

    record Change(UUID allocationId, UUID measureId, Long beforeCents, Long afterCents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(UUID entryId, Integer fiscalYear, String kind, List<Change> changes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntryWithColour(UUID entryId, String colour) {
    }

    @Test
    void aConsumerThatReadsOnlyWhatTheContractRequiresHoldsToIt() {
        assertEquals(List.of("entryId", "fiscalYear", "kind", "changes", "changes[].allocationId", "changes[].measureId",
                "changes[].beforeCents", "changes[].afterCents"), ConsumerContract.fieldsRead(Entry.class));
        ConsumerContract.assertHeldTo(LEDGER, Entry.class, decoder(Entry.class, entry -> require(entry.kind() != null)));
    }

    @Test
    void aFieldTheContractDoesNotHaveIsFound() {
        assertEquals(List.of("colour is read by the consumer, but the schema has no field colour"),
                ConsumerContract.notRequired(LEDGER, EntryWithColour.class));
        assertEquals(List.of("changes[].colour is read by the consumer, but the schema has no field changes[].colour"),
                ConsumerContract.notRequired(LEDGER, Nested.class));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Nested(List<Colour> changes) {
    }

    record Colour(String colour) {
    }

    @Test
    void aConsumerThatRefusesWhatTheContractAllowsIsFound() {
        // refuses a reason the schema allows: any text that is not blank
        List<String> failures = ConsumerContract.acceptedButRefused(LEDGER, decoder(Entry.class, entry -> { }).andThen(json -> {
            require(!json.contains("\"reason\":\"x\""));
        }));
        assertEquals(List.of("example 1 with reason text is valid by the schema but refused by the consumer: refused"), failures);
        AssertionError error = assertThrows(AssertionError.class, () -> ConsumerContract.assertHeldTo(LEDGER, Entry.class,
                json -> require(!json.contains("REALLOCATE"))));
        assertTrue(error.getMessage().contains("example 1 is refused by the consumer"), error.getMessage());
    }

    private static <T> Consumer<String> decoder(Class<T> type, Consumer<T> check) {
        return json -> {
            try {
                check.accept(JSON.readValue(json, type));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        };
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw new IllegalArgumentException("refused");
        }
    }
}
