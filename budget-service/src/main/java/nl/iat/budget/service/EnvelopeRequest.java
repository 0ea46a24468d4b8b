package nl.iat.budget.service;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnvelopeRequest", description = "A new funding envelope")
public record EnvelopeRequest(
        @NotNull @Min(2000) @Max(2100)
        @Schema(description = "The fiscal year the money is for", example = "2022", required = true) Integer fiscalYear,
        @NotNull @Min(0) @Max(Money.MAX_CENTS)
        @Schema(description = "Amount available, in euro cents", example = "1300000000", required = true) Long amountCents,
        @NotBlank @Size(max = 200)
        @Schema(description = "Budget article the money is on", example = "VI.36 Contraterrorisme en Nationaal Veiligheidsbeleid", required = true)
        String budgetArticle,
        @Schema(description = """
                Business date (YYYY-MM-DD, Europe/Amsterdam) the budget law took effect; today when absent.
                Not after today, nor before 1 January of the year before the fiscal year. The year's lines,
                ledger entries, commitments and expenditures take effect no earlier (ADR 0010).""",
                example = "2021-12-16") LocalDate effectiveOn) {
}
