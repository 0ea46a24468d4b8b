package nl.iat.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.platform.paging.PageRequest;
import nl.iat.reporting.parliament.ParliamentItems;
import nl.iat.reporting.parliament.ParliamentOverview;
import nl.iat.reporting.parliament.ParliamentQueries;
import nl.iat.reporting.reports.ReportTime;

/** Reports on commitments and motions to parliament. */
@ApplicationScoped
public class ParliamentReportService {

    @Inject
    ParliamentQueries parliament;

    @Inject
    ReportService reports;

    @Transactional
    public ParliamentItems list(String kind, ParliamentFilter filter, ReportTime time, PageRequest paging) {
        return new ParliamentItems(reports.metadata(time), parliament.list(kind, filter.criteria(), time, paging));
    }

    @Transactional
    public ParliamentOverview overview(ReportTime time) {
        return parliament.overview(time, reports.metadata(time));
    }
}
