package nl.iat.budget.service;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpendingRequest", description = "A commitment or an expenditure against an allocation")
public record SpendingRequest(
        @NotNull @Min(1) @Max(Money.MAX_CENTS)
        @Schema(description = "Amount in euro cents", example = "100000000", required = true) Long amountCents,
        @NotNull
        @Schema(description = """
                Date of the commitment or payment, also its business date (ADR 0010). Not after today
                (Europe/Amsterdam), nor before the establishedOn of the allocation's line or of its year's
                envelope.""", example = "2018-05-01", required = true) LocalDate date,
        @NotBlank @Size(max = 1000)
        @Schema(description = "What it is for", example = "Contract analysis capacity 2018", required = true)
        String description) {
}
