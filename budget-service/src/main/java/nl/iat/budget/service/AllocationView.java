package nl.iat.budget.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.iat.budget.allocation.Allocation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Allocation", description = "The part of a budget line assigned to one measure")
public record AllocationView(
        @Schema(description = "Id", example = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c") UUID allocationId,
        @Schema(description = "The line", example = "0b6f7c1e-8f5a-4c1b-9d3e-2a4b6c8d0e12") UUID budgetLineId,
        @Schema(description = "Fiscal year of the line", example = "2018") int fiscalYear,
        @Schema(description = "Priority line of the line", example = "EARLY_DETECTION") String priorityLineCode,
        @Schema(description = "The measure", example = "3f0c8a52-6d1e-4b7a-9c3f-5e2d1a0b9c8d") UUID measureId,
        @Schema(description = "Current amount (the sum of its ledger changes), in euro cents", example = "250000000")
        long amountCents,
        @Schema(description = "Committed against it, in euro cents", example = "100000000") long committedCents,
        @Schema(description = "Spent against it, in euro cents", example = "40000000") long spentCents,
        @Schema(description = "When it was created (UTC)", example = "2018-03-01T09:00:00Z") OffsetDateTime createdAt,
        @Schema(description = "Who created it", example = "controller-client") String createdBy) {

    static AllocationView of(Allocation allocation) {
        return new AllocationView(allocation.allocationId, allocation.budgetLineId, allocation.fiscalYear,
                allocation.priorityLineCode, allocation.measureId, allocation.amountCents, allocation.committedCents,
                allocation.spentCents, allocation.createdAt, allocation.createdBy);
    }
}
