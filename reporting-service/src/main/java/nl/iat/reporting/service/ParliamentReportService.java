package nl.iat.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.persistence.ReadOnlyTransaction;
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

    @ReadOnlyTransaction
    public ParliamentItems list(String kind, ParliamentFilter filter, ReportTime time, PageRequest paging) {
        return new ParliamentItems(reports.metadata(time), parliament.list(kind, filter.criteria(), time, paging));
    }

    @ReadOnlyTransaction
    public ParliamentOverview overview(ReportTime time) {
        return parliament.overview(time, reports.metadata(time));
    }
}
