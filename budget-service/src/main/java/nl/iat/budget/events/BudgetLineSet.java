package nl.iat.budget.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code nl.iat.budget.budget-lines.set.v1} (docs/events.md): {@code effectiveOn} is the business
 * date of this version, {@code changedAt} when it was recorded (ADR 0010); {@code classification} how
 * secret the line is (ADR 0016), for the consumers to hide it from callers without the clearance.
 */
public record BudgetLineSet(UUID budgetLineId, int fiscalYear, String priorityLineCode, String title,
        UUID ownerOrganisationId, long amountCents, String classification, Long previousAmountCents, long allocatedCents, long version,
        LocalDate effectiveOn, String actor, OffsetDateTime changedAt) {
}
