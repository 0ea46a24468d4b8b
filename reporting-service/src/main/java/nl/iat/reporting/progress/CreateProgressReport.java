package nl.iat.reporting.progress;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.iat.platform.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request to freeze a progress report. */
@Schema(description = "What to freeze: the reference date and the period the report covers")
public record CreateProgressReport(
        @Schema(example = "Voortgangsrapportage Integrale aanpak terrorisme 2019", maxLength = 200) @NotBlank @Size(max = 200) String title,
        @Schema(description = "The figures are as of the end of this day (Europe/Amsterdam); it must have ended", example = "2019-04-30") @NotNull LocalDate referenceDate,
        @Schema(example = "2017-12-31") @NotNull LocalDate periodStart,
        @Schema(description = "Not after the reference date", example = "2019-04-30") @NotNull LocalDate periodEnd,
        @Schema(description = "The clearance to freeze the figures for, at most your own; PUBLIC (for parliament) when"
                + " left out. Items classified above it count only in the overviews' confidential figures.", nullable = true)
        Classification classification) {

    /** The level the report is frozen at: PUBLIC unless asked otherwise. */
    public Classification level() {
        return classification == null ? Classification.PUBLIC : classification;
    }
}
