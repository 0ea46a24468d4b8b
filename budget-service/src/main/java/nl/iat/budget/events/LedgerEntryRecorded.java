package nl.iat.budget.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code nl.iat.budget.ledger-entries.recorded.v1} (docs/events.md): one event per ledger
 * entry, so a reallocation is one event with two changes. {@code effectiveOn} is the decision date,
 * {@code recordedAt} when it was recorded (ADR 0010).
 */
public record LedgerEntryRecorded(UUID entryId, UUID budgetLineId, int fiscalYear, String priorityLineCode,
        String kind, long amountCents, List<Change> changes, long lineAllocatedBeforeCents,
        long lineAllocatedAfterCents, String reason, String parliamentaryPaper, LocalDate effectiveOn, String actor,
        OffsetDateTime recordedAt) {

    public record Change(UUID allocationId, UUID measureId, long beforeCents, long afterCents) {
    }
}
