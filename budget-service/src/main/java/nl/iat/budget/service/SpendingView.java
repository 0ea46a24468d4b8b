package nl.iat.budget.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.iat.budget.allocation.Allocation;
import nl.iat.budget.allocation.Spending;
import nl.iat.budget.allocation.SpendingKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Spending", description = "A commitment or an expenditure recorded against an allocation")
public record SpendingView(
        @Schema(description = "Id", example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f") UUID spendingId,
        @Schema(description = "COMMITMENT or EXPENDITURE", example = "COMMITMENT") SpendingKind kind,
        @Schema(description = "The allocation", example = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c") UUID allocationId,
        @Schema(description = "Its line", example = "0b6f7c1e-8f5a-4c1b-9d3e-2a4b6c8d0e12") UUID budgetLineId,
        @Schema(description = "Its measure", example = "3f0c8a52-6d1e-4b7a-9c3f-5e2d1a0b9c8d") UUID measureId,
        @Schema(description = "Amount in euro cents", example = "100000000") long amountCents,
        @Schema(description = "Date of the commitment or payment", example = "2018-05-01") LocalDate date,
        @Schema(description = "What it is for", example = "Contract analysis capacity 2018") String description,
        @Schema(description = "Who (token subject)", example = "controller-client") String actor,
        @Schema(description = "When it was recorded (UTC)", example = "2018-05-02T10:00:00Z") OffsetDateTime recordedAt) {

    static SpendingView of(Spending spending, Allocation allocation) {
        return new SpendingView(spending.spendingId, spending.kind, spending.allocationId, allocation.budgetLineId,
                allocation.measureId, spending.amountCents, spending.date, spending.description, spending.actor,
                spending.recordedAt);
    }
}
