package nl.iat.budget.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code nl.iat.budget.budget-lines.set.v1} (docs/events.md). */
public record BudgetLineSet(UUID budgetLineId, int fiscalYear, String priorityLineCode, String title,
        UUID ownerOrganisationId, long amountCents, Long previousAmountCents, long allocatedCents, long version,
        String actor, OffsetDateTime changedAt) {
}
