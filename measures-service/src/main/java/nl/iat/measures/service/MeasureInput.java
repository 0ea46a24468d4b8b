package nl.iat.measures.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.iat.measures.measure.Approach;
import nl.iat.measures.measure.Nature;
import nl.iat.platform.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of a measure a client registers or replaces. Status, milestones and assessment have their own operations. */
@Schema(name = "MeasureInput", description = "The data of a measure to register or to replace")
public record MeasureInput(
        @Schema(description = "Unique code; generated as IAT-<start year>-<number> when left out", example = "IAT-2018-001",
                maxLength = 40, pattern = Patterns.CODE)
        @Size(max = 40) @Pattern(regexp = Patterns.CODE, message = "must be letters, digits and hyphens, starting with a letter")
        String code,

        @Schema(description = "Short title", example = "Uitbreiding capaciteit AIVD", maxLength = 300)
        @NotBlank @Size(max = 300) String title,

        @Schema(description = "What the measure does and why", example = "Intensivering van inlichtingenonderzoek naar radicalisering en salafisme.",
                maxLength = 10000)
        @NotBlank @Size(max = 10000) String description,

        @Schema(description = "Code of the framework (strategy) the intervention area belongs to", example = "NCTS-2016-2020")
        @NotBlank @Size(max = 60) String frameworkCode,

        @Schema(description = "Code of the intervention area within the framework", example = "VERWERVEN")
        @NotBlank @Size(max = 60) String interventionAreaCode,

        @Schema(description = "Code of the priority line; leave out for a continuation of an existing measure",
                example = "EARLY_DETECTION", nullable = true)
        @Size(max = 60) String priorityLineCode,

        @Schema(description = "Preventive, repressive or curative", example = "PREVENTIVE")
        @NotNull Approach approach,

        @Schema(description = "Continuation of an existing measure or intensification", example = "INTENSIFICATION")
        @NotNull Nature nature,

        @Schema(description = "Id of the organisation that leads the measure", example = "00000000-0000-4000-8000-000000000002")
        @NotNull UUID leadOrganisationId,

        @Schema(description = "Ids of the partner organisations", example = "[\"00000000-0000-4000-8000-000000000001\"]",
                maxItems = 50)
        @Size(max = 50) List<@NotNull UUID> partnerOrganisationIds,

        @Schema(description = "First day of the measure", example = "2018-01-01", format = "date")
        @NotNull LocalDate startDate,

        @Schema(description = "Last day of the measure, on or after the start date; empty when open-ended", example = "2021-12-31",
                format = "date", nullable = true)
        LocalDate endDate,

        @Schema(description = "References to parliamentary papers (Kamerstukken)", example = "[\"29 754, nr. 436\"]", maxItems = 50)
        @Size(max = 50) List<@NotNull @Pattern(regexp = Patterns.PARLIAMENTARY_PAPER,
                message = "must look like '29 754, nr. 436'") String> parliamentaryPapers,

        @Schema(description = "Business date (Europe/Amsterdam) this data took effect; not after today. Registering:"
                + " the date the measure was adopted, today when left out. Replacing: leave out to correct the record"
                + " as it stands (the measure keeps its effectiveOn); give it for a change that really takes effect on"
                + " a date (a new lead organisation), not before the measure's current effectiveOn",
                example = "2018-01-15", format = "date", nullable = true)
        LocalDate effectiveOn,

        @Schema(description = "How secret the measure is (ADR 0016), at most your own clearance (403 otherwise)."
                + " Registering: PUBLIC when left out. Replacing: leave out to keep the current classification",
                example = "PUBLIC", nullable = true)
        Classification classification) {

    public List<UUID> partners() {
        return partnerOrganisationIds == null ? List.of() : partnerOrganisationIds;
    }

    public List<String> papers() {
        return parliamentaryPapers == null ? List.of() : parliamentaryPapers;
    }
}
