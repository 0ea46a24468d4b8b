package nl.iat.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.iat.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class EntityTagsTest {

    @Test
    void aHeaderListsATagInAnyFormOrByWildcard() {
        assertTrue(EntityTags.listed("\"7\"", "\"7\""));
        assertTrue(EntityTags.listed("W/\"7\"", "\"7\""));
        assertTrue(EntityTags.listed("\"3\", W/\"7\"", "\"7\""));
        assertTrue(EntityTags.listed(" * ", "\"7\""));
        assertFalse(EntityTags.listed("\"70\"", "\"7\""));
        assertFalse(EntityTags.listed("7", "\"7\""));
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        EntityTags.requireMatch("\"4\"", 4);
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.requireMatch(" ", 4)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.requireMatch("\"3\"", 4)).status());
    }
}
