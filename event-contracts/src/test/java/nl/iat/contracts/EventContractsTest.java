package nl.iat.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

/** The contracts themselves: well-formed draft-07 schemas, one per type, each with valid complete examples. */
class EventContractsTest {

    @Test
    void declaresTheEventTypesOfTheProducers() {
        assertEquals(Set.of("nl.iat.measures.registered.v1", "nl.iat.measures.changed.v1",
                "nl.iat.measures.status-changed.v1", "nl.iat.measures.assessment-revised.v1"),
                EventContracts.typesOf("measures"));
        assertEquals(Set.of("nl.iat.budget.envelopes.set.v1", "nl.iat.budget.budget-lines.set.v1",
                "nl.iat.budget.ledger-entries.recorded.v1", "nl.iat.budget.spending.recorded.v1"),
                EventContracts.typesOf("budget"));
        assertEquals(Set.of("nl.iat.parliament.commitments.set.v1", "nl.iat.parliament.motions.set.v1"),
                EventContracts.typesOf("parliament"));
        assertEquals(10, EventContracts.types().size(), "every declared type belongs to a producer's domain");
    }

    @Test
    void everySchemaFileIsADraft07SchemaAndEveryTypeIsNamedInItsTitle() {
        var metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        for (String file : EventContracts.fileNames()) {
            var document = EventContracts.document(file);
            assertEquals("http://json-schema.org/draft-07/schema#", document.path("$schema").asText(), file);
            List<Error> errors = metaSchema.validate(document);
            assertTrue(errors.isEmpty(), file + ": " + errors);
        }
        for (String type : EventContracts.types()) {
            assertEquals(type, EventContracts.schema(type).path("title").asText(), "the title of " + type + "'s schema");
        }
    }

    @Test
    void everyTypeHasAtLeastOneCompleteValidExample() {
        for (String type : EventContracts.types()) {
            List<ObjectNode> examples = EventContracts.examples(type);
            assertFalse(examples.isEmpty(), type + " has an example");
            for (ObjectNode example : examples) {
                assertEquals(List.of(), EventContracts.errors(type, example), type + ": " + example);
            }
        }
    }

    @Test
    void formatsAndRequiredFieldsAreAsserted() {
        ObjectNode line = EventContracts.example("nl.iat.budget.budget-lines.set.v1");
        assertTrue(EventContracts.isValid("nl.iat.budget.budget-lines.set.v1", line));
        assertFalse(EventContracts.isValid("nl.iat.budget.budget-lines.set.v1", line.deepCopy().put("budgetLineId", "line-1")),
                "uuid");
        assertFalse(EventContracts.isValid("nl.iat.budget.budget-lines.set.v1", line.deepCopy().put("changedAt", "2018-01-03T09:00Z")),
                "date-time has seconds");
        assertFalse(EventContracts.isValid("nl.iat.budget.budget-lines.set.v1", line.deepCopy().put("fiscalYear", "2018")),
                "integer, not text");
        ObjectNode withoutTitle = line.deepCopy();
        withoutTitle.remove("title");
        assertFalse(EventContracts.isValid("nl.iat.budget.budget-lines.set.v1", withoutTitle), "required");
        assertFalse(EventContracts.isValid("nl.iat.budget.budget-lines.set.v1", line.deepCopy().put("colour", "red")),
                "no fields beyond the contract");
        ObjectNode measure = EventContracts.example("nl.iat.measures.status-changed.v1");
        assertTrue(EventContracts.isValid("nl.iat.measures.status-changed.v1", measure));
        ((ObjectNode) measure.path("assessment")).put("reviewDate", "1 January 2020");
        assertFalse(EventContracts.isValid("nl.iat.measures.status-changed.v1", measure), "nested, through the shared state");
    }

    /** ADR 0010: every event carries the business date it took effect, a calendar date, never null. */
    @Test
    void everyEventCarriesItsBusinessDate() {
        for (String type : java.util.stream.Stream.of("measures", "budget", "parliament")
                .flatMap(domain -> EventContracts.typesOf(domain).stream()).toList()) {
            ObjectNode example = EventContracts.example(type);
            assertTrue(EventContracts.isValid(type, example), type);
            ObjectNode withoutDate = example.deepCopy();
            withoutDate.remove("effectiveOn");
            assertFalse(EventContracts.isValid(type, withoutDate), type + ": effectiveOn is required");
            assertFalse(EventContracts.isValid(type, example.deepCopy().putNull("effectiveOn")), type + ": never null");
            assertFalse(EventContracts.isValid(type, example.deepCopy().put("effectiveOn", "2018-02-15T09:00:00Z")),
                    type + ": a date, not a timestamp");
            assertFalse(EventContracts.isValid(type, example.deepCopy().put("effectiveOn", "15-02-2018")),
                    type + ": YYYY-MM-DD");
        }
    }
}
