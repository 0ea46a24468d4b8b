package nl.iat.reporting.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure in a list, with its money over all years. */
@Schema(description = "A measure with its status, assessment and money")
public record MeasureRow(
        @Schema(example = "3f0c8a52-5a1e-4c36-9f43-7f3c2a9b1d10") UUID measureId,
        @Schema(example = "IAT-2018-001") String code,
        @Schema(example = "Uitbreiding capaciteit AIVD") String title,
        @Schema(example = "VERWERVEN") String interventionAreaCode,
        @Schema(example = "EARLY_DETECTION", nullable = true) String priorityLineCode,
        @Schema(example = "PREVENTIVE") String approach,
        @Schema(example = "INTENSIFICATION") String nature,
        @Schema(example = "7d7f1f0e-2b55-4f0c-8d1e-2a1f4b3c5d6e") String leadOrganisationId,
        @Schema(example = "AIVD") String leadOrganisationName,
        @Schema(example = "IN_PROGRESS") String status,
        @Schema(example = "2018-01-01", nullable = true) LocalDate startDate,
        @Schema(example = "2021-12-31", nullable = true) LocalDate endDate,
        @Schema(example = "HIGH", nullable = true) String impactLevel,
        @Schema(description = "Whether the assessment has justification, legal basis and review date", example = "true", nullable = true) Boolean assessmentComplete,
        @Schema(example = "2020-01-01", nullable = true) LocalDate reviewDate,
        @Schema(example = "250000000") long allocatedCents,
        @Schema(example = "100000000") long committedCents,
        @Schema(example = "40000000") long spentCents) {

    public static final List<String> HEADER = List.of("measureId", "code", "title", "interventionAreaCode",
            "priorityLineCode", "approach", "nature", "leadOrganisationId", "leadOrganisationName", "status", "startDate",
            "endDate", "impactLevel", "assessmentComplete", "reviewDate", "allocatedCents", "committedCents", "spentCents");

    public List<Object> cells() {
        return java.util.Arrays.asList(measureId.toString(), code, title, interventionAreaCode, priorityLineCode, approach,
                nature, leadOrganisationId, leadOrganisationName, status, text(startDate), text(endDate), impactLevel,
                assessmentComplete, text(reviewDate), allocatedCents, committedCents, spentCents);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public MeasureRow withMoney(MeasurePicture.MoneyTotals money) {
        return new MeasureRow(measureId, code, title, interventionAreaCode, priorityLineCode, approach, nature,
                leadOrganisationId, leadOrganisationName, status, startDate, endDate, impactLevel, assessmentComplete,
                reviewDate, money.allocatedCents(), money.committedCents(), money.spentCents());
    }
}
