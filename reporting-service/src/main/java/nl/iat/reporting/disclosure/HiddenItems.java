package nl.iat.reporting.disclosure;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.RequestScoped;

import nl.iat.platform.security.Classification;

/**
 * Whether anything is classified above a clearance, asked of the database once per request: every figure
 * of a report asks it (an overview eight times), and the answer decides only whether to look further.
 */
@RequestScoped
public class HiddenItems {

    private final Map<Classification, Boolean> answers = new EnumMap<>(Classification.class);

    public boolean existAbove(Classification clearance, BooleanSupplier ask) {
        return answers.computeIfAbsent(clearance, level -> ask.getAsBoolean());
    }
}
