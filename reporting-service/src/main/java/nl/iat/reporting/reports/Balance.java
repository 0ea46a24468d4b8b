package nl.iat.reporting.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The balance the letter promises to watch: measures against their infringement of fundamental rights. */
@Schema(description = "Money and measures per approach, measures per impact level, and the measures that need attention")
public record Balance(
        @Schema(description = "Left out inside a progress report, which has its own") @JsonInclude(JsonInclude.Include.NON_NULL)
        ReportMetadata metadata,
        @Schema(description = "Money of this fiscal year and measures whose period overlaps it; null for all years", example = "2018", nullable = true) Integer fiscalYear,
        @Schema(description = "The date reviews and milestones are overdue against (the date of asOf, or today, in Europe/Amsterdam)", example = "2019-04-30") LocalDate referenceDate,
        List<ApproachShare> approaches,
        List<ImpactLevelCount> impactLevels,
        @Schema(description = "Measures (not cancelled) with impact HIGH whose assessment lacks justification, legal basis or review date; list them with GET /measures?impactLevel=HIGH&assessmentComplete=false", example = "1") long unjustifiedHighImpactMeasures,
        @Schema(description = "Open measures whose assessment's review date has passed; list them with GET /measures?open=true&reviewDateBefore=<referenceDate>", example = "2") long overdueReviews,
        @Schema(description = "Milestones of open measures past their due date and not done; list them with GET /overdue-milestones", example = "3") long overdueMilestones)
        implements CsvTable.Tabular {

    @Schema(description = "Share of the money and of the measures of one approach")
    public record ApproachShare(
            @Schema(example = "PREVENTIVE") String approach,
            @Schema(example = "650000000") long allocatedCents,
            @Schema(description = "Percentage of all allocated money, two decimals", example = "56.52") BigDecimal allocatedSharePercent,
            @Schema(example = "12") long measureCount,
            @Schema(description = "Percentage of all measures, two decimals", example = "48.00") BigDecimal measureSharePercent) {
    }

    @Schema(description = "Number of measures with one fundamental-rights impact level (NONE: not assessed)")
    public record ImpactLevelCount(
            @Schema(example = "HIGH") String impactLevel,
            @Schema(example = "4") long measureCount) {
    }

    @Override
    public CsvTable table() {
        return new CsvTable(List.of("approach", "allocatedCents", "allocatedSharePercent", "measureCount",
                "measureSharePercent"), approaches.stream().map(a -> List.<Object>of(a.approach(), a.allocatedCents(),
                        a.allocatedSharePercent(), a.measureCount(), a.measureSharePercent())).toList());
    }
}
