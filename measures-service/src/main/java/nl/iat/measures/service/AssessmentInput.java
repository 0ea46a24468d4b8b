package nl.iat.measures.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.iat.measures.measure.FundamentalRight;
import nl.iat.measures.measure.ImpactLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new revision of a measure's proportionality assessment. */
@Schema(name = "AssessmentInput", description = "The proportionality assessment to set; the previous one is kept as a revision")
public record AssessmentInput(
        @Schema(description = "How strongly fundamental rights are infringed", example = "HIGH") @NotNull ImpactLevel impactLevel,
        @Schema(description = "The rights touched", example = "[\"PRIVACY\"]", maxItems = 10)
        @NotNull @Size(max = 10) List<@NotNull FundamentalRight> fundamentalRights,
        @Schema(description = "Legal basis; required for HIGH before approval", example = "Wiv 2017", maxLength = 500, nullable = true)
        @Size(max = 500) String legalBasis,
        @Schema(description = "Why the infringement is justified; required for HIGH before approval",
                example = "Noodzakelijk en proportioneel gezien DTN 46", maxLength = 5000, nullable = true)
        @Size(max = 5000) String justification,
        @Schema(description = "Reference of the DPIA", example = "DPIA-2018-04", maxLength = 100, nullable = true)
        @Size(max = 100) String dpiaReference,
        @Schema(description = "Next review date (sunset / evaluation); required for HIGH before approval",
                example = "2020-01-01", format = "date", nullable = true)
        LocalDate reviewDate) {
}
