package nl.iat.reporting.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.ProblemException;
import nl.iat.reporting.reports.MeasureFigures;
import nl.iat.reporting.reports.MeasureFilter;
import nl.iat.reporting.reports.MeasureList;
import nl.iat.reporting.reports.MeasurePicture;
import nl.iat.reporting.reports.MeasureQueries;
import nl.iat.reporting.reports.OverdueMilestones;

/** Reports about individual measures: lists, one measure's picture, overdue milestones. */
@ApplicationScoped
public class MeasureReportService {

    @Inject
    MeasureQueries measures;

    @Inject
    MeasureFigures figures;

    @Inject
    ReportService reports;

    @Transactional
    public MeasureList list(MeasureFilter filter, OffsetDateTime asOf, String sortField, boolean descending,
            PageRequest paging) {
        return new MeasureList(reports.metadata(asOf), measures.list(filter, asOf, sortField, descending, paging));
    }

    @Transactional
    public MeasurePicture picture(UUID measureId, OffsetDateTime asOf) {
        var state = figures.state(measureId, asOf).orElseThrow(() -> ProblemException.notFound("Measure", measureId
                + (asOf == null ? "" : " as of " + asOf)));
        var allocations = figures.allocations(measureId, asOf);
        var totals = new MeasurePicture.MoneyTotals(
                allocations.stream().mapToLong(MeasurePicture.AllocationFigures::allocatedCents).sum(),
                allocations.stream().mapToLong(MeasurePicture.AllocationFigures::committedCents).sum(),
                allocations.stream().mapToLong(MeasurePicture.AllocationFigures::spentCents).sum());
        return new MeasurePicture(reports.metadata(asOf), state, figures.statusHistory(measureId, asOf), allocations,
                totals, figures.moneyHistory(measureId, asOf));
    }

    @Transactional
    public OverdueMilestones overdueMilestones(OffsetDateTime asOf, PageRequest paging) {
        LocalDate referenceDate = ReportService.referenceDate(asOf);
        var items = measures.overdueMilestones(referenceDate, asOf, paging).stream()
                .map(c -> new OverdueMilestones.Item((UUID) c[0], (String) c[1], (String) c[2], (String) c[3],
                        (String) c[4], (String) c[5], toDate(c[6])))
                .toList();
        return new OverdueMilestones(reports.metadata(asOf), referenceDate,
                Page.of(items, paging, measures.countOverdueMilestones(referenceDate, asOf)));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
