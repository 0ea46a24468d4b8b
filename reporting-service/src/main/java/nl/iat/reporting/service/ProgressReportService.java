package nl.iat.reporting.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.paging.SortOrder;
import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.totals.Dimension;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.parliament.ParliamentQueries;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.progress.CreateProgressReport;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.progress.ProgressReport;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.progress.ProgressReportContent;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.progress.ProgressReportCorrections;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.Figures;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.MeasureQueries;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.MeasureRow;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.Overview;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.ReportTime;

/**
 * Freezes progress reports to parliament: the reports on the reference date as known at the moment
 * of freezing, rendered to JSON once, numbered, hashed (SHA-256) and compared with the previous
 * report, late corrections of it included. Later events never change a stored report.
 */
@ApplicationScoped
public class ProgressReportService {

    /** Advisory lock key that numbers progress reports one at a time ("IATPRGRS"). */
    private static final long NUMBERING_LOCK = 0x4941545052475253L;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    ReportService reports;

    @Inject
    Figures figures;

    @Inject
    MeasureQueries measures;

    @Inject
    ProgressReportCorrections corrections;

    @Inject
    ParliamentQueries parliament;

    @Inject
    Clearance clearance;

    @Transactional
    public ProgressReportView create(CreateProgressReport request, String actor) {
        check(request);
        clearance.requireSettable("classification", request.level());
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, NUMBERING_LOCK)
                .getSingleResult();
        ProgressReport previous = ProgressReport.<ProgressReport>findAll(Sort.descending("number")).firstResult();
        int number = previous == null ? 1 : previous.number + 1;
        // Both axes pinned: the state of affairs on the reference date, as known now (ADR 0304).
        // Both axes pinned, and the clearance: a report for parliament is PUBLIC unless frozen at another level (ADR 0016).
        ReportTime time = new ReportTime(request.referenceDate(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), request.level()); // as stored
        ProgressReportContent content = content(number, request, time, previous);
        ProgressReport report = new ProgressReport();
        report.number = number;
        report.title = request.title();
        report.referenceDate = request.referenceDate();
        report.periodStart = request.periodStart();
        report.periodEnd = request.periodEnd();
        report.asOf = time.asOfMoment();
        report.knownAt = time.knownAt();
        report.content = json(content);
        report.contentSha256 = sha256(report.content);
        report.previousNumber = previous == null ? null : previous.number;
        report.createdAt = time.knownAt();
        report.createdBy = actor;
        report.classification = time.clearance().name();
        report.persist();
        return ProgressReportView.of(report, true);
    }

    @ReadOnlyTransaction
    public ProgressReportView get(int number) {
        return ProgressReportView.of(find(number), true);
    }

    @Transactional
    public ProgressReportContent content(int number) {
        return read(find(number).content);
    }

    @ReadOnlyTransaction
    public Page<ProgressReportView> list(ProgressReportFilter filter, String sort, PageRequest paging) {
        QueryFilter where = new QueryFilter()
                .matching("classification in :visible", "visible", visibleLevels())
                .atLeast("referenceDate", "from", QueryParams.date("referenceDateFrom", filter.referenceDateFrom))
                .atMost("referenceDate", "to", QueryParams.date("referenceDateTo", filter.referenceDateTo));
        return PanachePaging.page(ProgressReport.<ProgressReport>find(where.query(),
                SortOrder.parse(sort, Map.of("number", "number"), "number", null), where.parameters()), paging,
                r -> ProgressReportView.of(r, false));
    }

    /** A report frozen above the caller's clearance is as unknown as one never frozen. */
    private List<String> visibleLevels() {
        return Arrays.stream(Classification.values()).filter(clearance::covers).map(Enum::name).toList();
    }

    private ProgressReport find(int number) {
        ProgressReport report = ProgressReport.findById(number);
        if (report == null || !clearance.covers(Classification.orPublic(report.classification))) {
            throw ProblemException.notFound("Progress report", number);
        }
        return report;
    }

    private static void check(CreateProgressReport request) {
        List<InvalidParam> problems = new ArrayList<>();
        if (request.periodStart().isAfter(request.periodEnd())) {
            problems.add(new InvalidParam("periodStart", "must not be after periodEnd"));
        }
        if (request.periodEnd().isAfter(request.referenceDate())) {
            problems.add(new InvalidParam("periodEnd", "must not be after referenceDate"));
        }
        if (!request.referenceDate().isBefore(ReportTime.today())) {
            problems.add(new InvalidParam("referenceDate", "must have ended: figures of a day still running could change"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("The progress report cannot be frozen as asked", problems);
        }
    }

    private ProgressReportContent content(int number, CreateProgressReport request, ReportTime time,
            ProgressReport previous) {
        List<Overview> overviews = figures.fiscalYears(time).stream()
                .map(year -> withoutMetadata(reports.overview(year, time))).toList();
        Map<String, List<nl.iat.reporting.reports.BreakdownRow>> breakdowns = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.breakdowns()) {
            breakdowns.put(dimension.pathName(), reports.breakdownRows(dimension, null, time));
        }
        var balance = reports.balance(null, time);
        balance = new nl.iat.reporting.reports.Balance(null, balance.fiscalYear(), balance.referenceDate(),
                balance.approaches(), balance.impactLevels(), balance.unjustifiedHighImpactMeasures(),
                balance.overdueReviews(), balance.overdueMilestones());
        List<MeasureRow> all = measures.all(time);
        List<ProgressReportContent.AreaSection> areas = all.stream()
                .collect(Collectors.groupingBy(MeasureRow::interventionAreaCode, LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> new ProgressReportContent.AreaSection(e.getKey(), e.getValue()))
                .toList();
        List<MeasureRow> before = previous == null ? List.of() : read(previous.content).interventionAreas().stream()
                .flatMap(a -> a.measures().stream()).toList();
        var differences = Differences.between(before, all,
                previous == null ? List.of() : corrections.since(previous, time.knownAt()));
        return new ProgressReportContent(number, request.title(), request.referenceDate(), request.periodStart(),
                request.periodEnd(), time.clearance(), time.asOfMoment(), time.knownAt(), figures.eventsIncludedUpTo(time),
                previous == null ? null : previous.number, overviews, breakdowns, balance, areas, differences,
                new ProgressReportContent.ParliamentSection(parliament.all(ParliamentQueries.COMMITMENT, time),
                        parliament.all(ParliamentQueries.MOTION, time)));
    }

    private static Overview withoutMetadata(Overview o) {
        return new Overview(null, o.fiscalYear(), o.envelopeCents(), o.linedCents(), o.allocatedCents(),
                o.committedCents(), o.spentCents(), o.unlinedCents(), o.freeCents(), o.measuresByStatus(), o.confidential());
    }

    /** The differences between the measures of two reports. */
    static final class Differences {

        private Differences() {
        }

        static ProgressReportContent.Differences between(List<MeasureRow> before, List<MeasureRow> after,
                List<ProgressReportContent.Correction> corrections) {
            Map<java.util.UUID, MeasureRow> old = before.stream()
                    .collect(Collectors.toMap(MeasureRow::measureId, Function.identity()));
            List<ProgressReportContent.MeasureRef> added = new ArrayList<>();
            List<ProgressReportContent.StatusChange> statuses = new ArrayList<>();
            List<ProgressReportContent.MoneyChange> money = new ArrayList<>();
            for (MeasureRow now : after) {
                MeasureRow then = old.get(now.measureId());
                if (then == null) {
                    added.add(new ProgressReportContent.MeasureRef(now.measureId(), now.code(), now.title(), now.status()));
                } else if (!then.status().equals(now.status())) {
                    statuses.add(new ProgressReportContent.StatusChange(now.measureId(), now.code(), now.title(),
                            then.status(), now.status()));
                }
                long allocated = then == null ? 0 : then.allocatedCents();
                long committed = then == null ? 0 : then.committedCents();
                long spent = then == null ? 0 : then.spentCents();
                if (allocated != now.allocatedCents() || committed != now.committedCents() || spent != now.spentCents()) {
                    money.add(new ProgressReportContent.MoneyChange(now.measureId(), now.code(), now.title(), allocated,
                            now.allocatedCents(), committed, now.committedCents(), spent, now.spentCents()));
                }
            }
            return new ProgressReportContent.Differences(added, statuses, money, corrections);
        }
    }

    private String json(ProgressReportContent content) {
        try {
            return objectMapper.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The progress report cannot be rendered", e);
        }
    }

    private ProgressReportContent read(String content) {
        try {
            return objectMapper.readValue(content, ProgressReportContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored progress report is not readable", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
