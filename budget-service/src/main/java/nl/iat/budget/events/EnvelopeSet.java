package nl.iat.budget.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Data of {@code nl.iat.budget.envelopes.set.v1} (docs/events.md): {@code effectiveOn} is the business
 * date of this version, {@code changedAt} when it was recorded (ADR 0010).
 */
public record EnvelopeSet(int fiscalYear, long amountCents, String budgetArticle, Long previousAmountCents,
        LocalDate effectiveOn, String actor, OffsetDateTime changedAt) {
}
