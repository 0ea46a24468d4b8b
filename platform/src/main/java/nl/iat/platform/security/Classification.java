package nl.iat.platform.security;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How secret a measure or a budget line is (ADR 0016), from low to high: {@code PUBLIC} (the default),
 * {@code RESTRICTED} (departementaal vertrouwelijk), {@code SECRET} (staatsgeheim). A caller sees an item
 * only with a clearance at least its classification.
 */
@Schema(description = "How secret the item is: PUBLIC (default), RESTRICTED (departementaal vertrouwelijk),"
        + " SECRET (staatsgeheim). Callers without the clearance do not see the item.", example = "PUBLIC")
public enum Classification {
    PUBLIC, RESTRICTED, SECRET;

    /** Whether a caller with this clearance may see an item of the given classification. */
    public boolean covers(Classification item) {
        return item == null || item.ordinal() <= ordinal();
    }

    /** The classification a name stands for, ignoring case; empty for null or an unknown name. */
    public static Optional<Classification> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The classification stored or carried as text; PUBLIC when absent (records from before classification). */
    public static Classification orPublic(String name) {
        return named(name).orElse(PUBLIC);
    }
}
