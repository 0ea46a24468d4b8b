package nl.iat.reporting.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.problem.ProblemException;
import nl.iat.reporting.disclosure.Disclosure;
import nl.iat.reporting.reports.Figures;
import nl.iat.reporting.reports.MeasureFigures;
import nl.iat.reporting.reports.MeasureList;
import nl.iat.reporting.reports.MeasurePicture;
import nl.iat.reporting.reports.MeasureQueries;
import nl.iat.reporting.reports.MeasureRow;
import nl.iat.reporting.reports.OverdueMilestones;
import nl.iat.reporting.reports.ReportTime;

/** Reports about individual measures: lists, one measure's picture, overdue milestones. */
@ApplicationScoped
public class MeasureReportService {

    @Inject
    MeasureQueries measures;

    @Inject
    MeasureFigures figures;

    @Inject
    ReportService reports;

    @Inject
    Disclosure disclosure;

    @ReadOnlyTransaction
    public MeasureList list(MeasureFilter filter, ReportTime time, String sort, PageRequest paging) {
        MeasureList list = new MeasureList(reports.metadata(time), measures.list(filter.criteria(), time, sort, paging));
        disclosure.recordReadsOfMeasures(list.measures().items().stream().map(MeasureRow::measureId).toList(), time);
        return list;
    }

    @Transactional
    public MeasurePicture picture(UUID measureId, ReportTime time) {
        var state = figures.state(measureId, time).orElseThrow(() -> ProblemException.notFound("Measure", measureId
                + (time.isLatest() ? "" : " as of " + time.businessDate())));
        disclosure.recordReadsOfMeasures(List.of(measureId), time);
        var allocations = figures.allocations(measureId, time);
        var totals = new MeasurePicture.MoneyTotals(
                allocations.stream().mapToLong(MeasurePicture.AllocationFigures::allocatedCents).sum(),
                allocations.stream().mapToLong(MeasurePicture.AllocationFigures::committedCents).sum(),
                allocations.stream().mapToLong(MeasurePicture.AllocationFigures::spentCents).sum());
        return new MeasurePicture(reports.metadata(time), state, figures.statusHistory(measureId, time), allocations,
                totals, figures.moneyHistory(measureId, time));
    }

    @Transactional
    public OverdueMilestones overdueMilestones(ReportTime time, PageRequest paging) {
        var items = measures.overdueMilestones(time, paging).stream()
                .map(c -> new OverdueMilestones.Item((UUID) c[0], (String) c[1], (String) c[2], (String) c[3],
                        (String) c[4], (String) c[5], Figures.date(c[6])))
                .toList();
        return new OverdueMilestones(reports.metadata(time), time.businessDate(),
                Page.of(items, paging, measures.countOverdueMilestones(time)));
    }
}
