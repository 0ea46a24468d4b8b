package nl.iat.budget.service;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnvelopeUpdate", description = "The new state of an envelope")
public record EnvelopeUpdate(
        @NotNull @Min(0) @Max(Money.MAX_CENTS)
        @Schema(description = "Amount available, in euro cents; never below the sum of the year's lines",
                example = "1300000000", required = true) Long amountCents,
        @NotBlank @Size(max = 200)
        @Schema(description = "Budget article the money is on", example = "VI.36 Contraterrorisme en Nationaal Veiligheidsbeleid", required = true)
        String budgetArticle,
        @Schema(description = """
                Business date (YYYY-MM-DD, Europe/Amsterdam) the amendment takes effect; today when absent.
                Not after today, nor before the envelope's current effectiveOn or 1 January of the year
                before the fiscal year (ADR 0010).""",
                example = "2018-06-15") LocalDate effectiveOn) {
}
