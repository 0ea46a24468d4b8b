package nl.iat.reporting.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.iat.reporting.reports.Balance;
import nl.iat.reporting.reports.BreakdownRow;
import nl.iat.reporting.reports.MeasureRow;
import nl.iat.reporting.reports.Overview;
import nl.iat.platform.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The frozen content of a progress report: the reports as of its reference date, and the differences. */
@Schema(description = "The reports as of the reference date, frozen, and the differences from the previous progress report")
public record ProgressReportContent(
        @Schema(example = "3") int number,
        @Schema(example = "Voortgangsrapportage Integrale aanpak terrorisme 2019") String title,
        @Schema(example = "2019-04-30") LocalDate referenceDate,
        @Schema(example = "2017-12-31") LocalDate periodStart,
        @Schema(example = "2019-04-30") LocalDate periodEnd,
        @Schema(description = "The clearance the figures were frozen for (ADR 0016): items classified above it are in the"
                + " overviews' confidential figures only, in no other table; null in reports frozen before classification"
                + " existed, which hid nothing", nullable = true) Classification classification,
        @Schema(description = "Business time: the figures are the state of affairs at the end of the reference date, Europe/Amsterdam", example = "2019-04-30T21:59:59.999999Z") OffsetDateTime asOf,
        @Schema(description = "Recording time: the figures as known at this moment, when the report was frozen; null in reports frozen before it was pinned",
                example = "2019-05-02T09:00:00Z", nullable = true) OffsetDateTime knownAt,
        @Schema(description = "The figures include the events up to this time", example = "2019-04-12T09:30:00Z", nullable = true) OffsetDateTime eventsIncludedUpTo,
        @Schema(description = "The progress report the differences are from; null for the first", example = "2", nullable = true) Integer previousNumber,
        @Schema(description = "One overview per fiscal year that has an envelope or budget lines") List<Overview> overviews,
        @Schema(description = "Breakdowns over all years, by dimension (intervention-areas, priority-lines, ...)") Map<String, List<BreakdownRow>> breakdowns,
        Balance balance,
        @Schema(description = "The measures by intervention area, the way the reports to the Tweede Kamer are organised") List<AreaSection> interventionAreas,
        Differences differences,
        @Schema(description = "Stand van zaken moties en toezeggingen: every commitment and motion on the reference date; null in reports frozen before it was included",
                nullable = true) ParliamentSection parliament) {

    @Schema(description = "The commitments and motions to parliament on the reference date, as known when the report was frozen")
    public record ParliamentSection(
            List<nl.iat.reporting.parliament.ParliamentItem> commitments,
            List<nl.iat.reporting.parliament.ParliamentItem> motions) {
    }

    @Schema(description = "The measures of one intervention area")
    public record AreaSection(
            @Schema(example = "VERWERVEN") String interventionAreaCode,
            List<MeasureRow> measures) {
    }

    @Schema(description = "What changed since the previous progress report")
    public record Differences(
            List<MeasureRef> newMeasures,
            List<StatusChange> statusChanges,
            List<MoneyChange> moneyChanges,
            @Schema(description = "Facts recorded after the previous report was frozen but dated on or before its reference "
                    + "date: what that report would have shown had they been known; null in reports frozen before corrections were listed",
                    nullable = true)
            List<Correction> corrections) {
    }

    @Schema(description = "A late correction: recorded after the previous report was frozen, taking effect on or before its reference date")
    public record Correction(
            @Schema(description = "The ledger entry kind (ALLOCATE, INCREASE, DECREASE, WITHDRAW, REALLOCATE), COMMITMENT, EXPENDITURE or STATUS", example = "DECREASE") String kind,
            @Schema(example = "3f0c8a52-5a1e-4c36-9f43-7f3c2a9b1d10") UUID measureId,
            @Schema(example = "IAT-2018-001", nullable = true) String code,
            @Schema(example = "Uitbreiding capaciteit AIVD", nullable = true) String title,
            @Schema(description = "Null for a status", example = "2019", nullable = true) Integer fiscalYear,
            @Schema(description = "The business date it took effect", example = "2019-02-15") LocalDate effectiveOn,
            @Schema(description = "When it was recorded", example = "2019-06-03T10:00:00Z") OffsetDateTime recordedAt,
            @Schema(description = "Signed change of the allocation, or the amount committed or spent; null for a status", example = "-5000000", nullable = true) Long amountCents,
            @Schema(description = "The status entered; null for money", example = "COMPLETED", nullable = true) String status,
            @Schema(example = "Correctie: verkeerd bedrag geboekt", nullable = true) String reason) {
    }

    @Schema(description = "A measure that is new since the previous report")
    public record MeasureRef(
            @Schema(example = "3f0c8a52-5a1e-4c36-9f43-7f3c2a9b1d10") UUID measureId,
            @Schema(example = "IAT-2018-001") String code,
            @Schema(example = "Uitbreiding capaciteit AIVD") String title,
            @Schema(example = "APPROVED") String status) {
    }

    @Schema(description = "A measure whose status changed since the previous report")
    public record StatusChange(
            @Schema(example = "3f0c8a52-5a1e-4c36-9f43-7f3c2a9b1d10") UUID measureId,
            @Schema(example = "IAT-2018-001") String code,
            @Schema(example = "Uitbreiding capaciteit AIVD") String title,
            @Schema(example = "APPROVED") String previousStatus,
            @Schema(example = "IN_PROGRESS") String status) {
    }

    @Schema(description = "A measure whose money changed since the previous report (new measures included)")
    public record MoneyChange(
            @Schema(example = "3f0c8a52-5a1e-4c36-9f43-7f3c2a9b1d10") UUID measureId,
            @Schema(example = "IAT-2018-001") String code,
            @Schema(example = "Uitbreiding capaciteit AIVD") String title,
            @Schema(example = "200000000") long previousAllocatedCents,
            @Schema(example = "250000000") long allocatedCents,
            @Schema(example = "50000000") long previousCommittedCents,
            @Schema(example = "100000000") long committedCents,
            @Schema(example = "0") long previousSpentCents,
            @Schema(example = "40000000") long spentCents) {
    }
}
