package nl.iat.budget.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.iat.budget.allocation.LedgerChange;
import nl.iat.budget.allocation.LedgerEntry;
import nl.iat.budget.allocation.LedgerEntryKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LedgerEntry", description = "One append-only entry of a line's allocation ledger")
public record LedgerEntryView(
        @Schema(description = "Id", example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") UUID entryId,
        @Schema(description = "The line", example = "0b6f7c1e-8f5a-4c1b-9d3e-2a4b6c8d0e12") UUID budgetLineId,
        @Schema(description = "Position in the line's history; also the sequence number of its event", example = "2")
        long sequence,
        @Schema(description = "What the entry did", example = "ALLOCATE") LedgerEntryKind kind,
        @Schema(description = "Absolute size of the change in euro cents; for REALLOCATE the amount moved",
                example = "250000000") long amountCents,
        @Schema(description = "Each allocation touched; for REALLOCATE first the one the money left") List<Change> changes,
        @Schema(description = "Line's allocated total before, in euro cents", example = "0") long lineAllocatedBeforeCents,
        @Schema(description = "Line's allocated total after, in euro cents", example = "250000000") long lineAllocatedAfterCents,
        @Schema(description = "Why", example = "Initial allocation") String reason,
        @Schema(description = "Parliamentary paper; null when none was given", example = "29 754, nr. 436", nullable = true) String parliamentaryPaper,
        @Schema(description = "Business date (Europe/Amsterdam) of the decision; may be earlier than entries recorded before it",
                example = "2018-02-15") LocalDate effectiveOn,
        @Schema(description = "Who (token subject)", example = "controller-client") String actor,
        @Schema(description = "When (UTC)", example = "2018-03-01T09:00:00Z") OffsetDateTime recordedAt) {

    @Schema(name = "LedgerChange", description = "What an entry did to one allocation")
    public record Change(
            @Schema(description = "Allocation", example = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c") UUID allocationId,
            @Schema(description = "Its measure", example = "3f0c8a52-6d1e-4b7a-9c3f-5e2d1a0b9c8d") UUID measureId,
            @Schema(description = "Allocation amount before, in euro cents", example = "0") long beforeCents,
            @Schema(description = "Allocation amount after, in euro cents", example = "250000000") long afterCents) {

        static Change of(LedgerChange change) {
            return new Change(change.allocationId, change.measureId, change.beforeCents, change.afterCents);
        }
    }

    static LedgerEntryView of(LedgerEntry entry) {
        return new LedgerEntryView(entry.entryId, entry.budgetLineId, entry.sequence, entry.kind, entry.amountCents,
                entry.changes.stream().map(Change::of).toList(), entry.lineAllocatedBeforeCents,
                entry.lineAllocatedAfterCents, entry.reason, entry.parliamentaryPaper, entry.effectiveOn, entry.actor,
                entry.recordedAt);
    }
}
