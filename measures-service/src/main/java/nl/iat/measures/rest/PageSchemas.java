package nl.iat.measures.rest;

import java.util.List;

import nl.iat.measures.service.AssessmentView;
import nl.iat.measures.service.CommitmentView;
import nl.iat.measures.service.FrameworkView;
import nl.iat.measures.service.HistoryEntryView;
import nl.iat.measures.service.InterventionAreaView;
import nl.iat.measures.service.MeasureSummaryView;
import nl.iat.measures.service.MilestoneView;
import nl.iat.measures.service.MotionView;
import nl.iat.measures.service.OrganisationView;
import nl.iat.measures.service.ParliamentHistoryEntryView;
import nl.iat.measures.service.PriorityLineView;
import nl.iat.measures.service.ThreatLevelView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of each paged list for the OpenAPI document: the generic {@code Page<T>} loses its
 * item type there, so every list names its page schema here. Same fields as {@code Page}.
 */
final class PageSchemas {

    private static final String PAGE = "The page number, starting at 1";
    private static final String SIZE = "Items per page";
    private static final String TOTAL = "Number of items over all pages";
    private static final String PAGES = "Number of pages";

    private PageSchemas() {
    }

    @Schema(name = "MeasurePage", description = "One page of measures")
    record MeasurePage(List<MeasureSummaryView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }

    @Schema(name = "HistoryPage", description = "One page of a measure's history")
    record HistoryPage(List<HistoryEntryView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }

    @Schema(name = "MilestonePage", description = "One page of milestones")
    record MilestonePage(List<MilestoneView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }

    @Schema(name = "AssessmentPage", description = "One page of assessment revisions")
    record AssessmentPage(List<AssessmentView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }

    @Schema(name = "OrganisationPage", description = "One page of organisations")
    record OrganisationPage(List<OrganisationView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }

    @Schema(name = "FrameworkPage", description = "One page of frameworks")
    record FrameworkPage(List<FrameworkView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }

    @Schema(name = "InterventionAreaPage", description = "One page of intervention areas")
    record InterventionAreaPage(List<InterventionAreaView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }

    @Schema(name = "PriorityLinePage", description = "One page of priority lines")
    record PriorityLinePage(List<PriorityLineView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }

    @Schema(name = "ThreatLevelPage", description = "One page of threat levels")
    record ThreatLevelPage(List<ThreatLevelView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }

    @Schema(name = "CommitmentPage", description = "One page of commitments to parliament")
    record CommitmentPage(List<CommitmentView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }

    @Schema(name = "MotionPage", description = "One page of motions")
    record MotionPage(List<MotionView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }

    @Schema(name = "ParliamentHistoryPage", description = "One page of a commitment's or motion's history")
    record ParliamentHistoryPage(List<ParliamentHistoryEntryView> items, @Schema(description = PAGE, example = "1") int page,
            @Schema(description = SIZE, example = "20") int pageSize, @Schema(description = TOTAL, example = "1") long totalItems,
            @Schema(description = PAGES, example = "1") long totalPages) {
    }
}
