package nl.iat.reporting.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import nl.iat.platform.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.iat.reporting.progress.ProgressReport;

/** A progress report as the API shows it; the content is the stored JSON, byte for byte. */
@Schema(description = "A frozen progress report to parliament")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressReportView(
        @Schema(description = "Sequence number of the report, starting at 1", example = "3") int number,
        @Schema(example = "Voortgangsrapportage Integrale aanpak terrorisme 2019") String title,
        @Schema(description = "The reference date (peildatum): the figures are the state of affairs on this day", example = "2019-04-30") LocalDate referenceDate,
        @Schema(example = "2017-12-31") LocalDate periodStart,
        @Schema(example = "2019-04-30") LocalDate periodEnd,
        @Schema(description = "Business time the figures are taken on: the end of the reference date, Europe/Amsterdam", example = "2019-04-30T21:59:59.999999Z") OffsetDateTime asOf,
        @Schema(description = "Recording time the figures are taken on: the moment the report was frozen", example = "2019-05-02T09:00:00Z") OffsetDateTime knownAt,
        @Schema(description = "SHA-256 of the content exactly as it appears in this document, hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentSha256,
        @Schema(description = "The report the differences are from; absent for the first", example = "2") Integer previousNumber,
        @Schema(example = "2026-11-28T18:00:00Z") OffsetDateTime createdAt,
        @Schema(description = "Token subject of who created it", example = "admin-client") String createdBy,
        @Schema(description = "The clearance it was frozen for; readers without it do not see the report") Classification classification,
        @Schema(description = "The frozen reports; absent in lists", ref = "ProgressReportContent")
        @JsonRawValue String content) {

    public static ProgressReportView of(ProgressReport report, boolean withContent) {
        return new ProgressReportView(report.number, report.title, report.referenceDate, report.periodStart,
                report.periodEnd, report.asOf, report.knownAt, report.contentSha256, report.previousNumber, report.createdAt,
                report.createdBy, Classification.orPublic(report.classification), withContent ? report.content : null);
    }
}
