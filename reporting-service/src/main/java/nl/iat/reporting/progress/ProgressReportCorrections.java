package nl.iat.reporting.progress;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.reporting.reports.Figures;

/**
 * The late corrections of a frozen report: money changes and status transitions recorded after it was
 * frozen (its knownAt) but taking effect on or before its reference date (its asOf), as known when
 * the next report is frozen. They are why the two reports' figures for the same date differ.
 */
@ApplicationScoped
public class ProgressReportCorrections {

    private static final String CORRECTED = "effective_on <= :previousAsOf and recorded_at > :previousKnownAt"
            + " and recorded_at <= :knownAt";

    @Inject
    EntityManager entityManager;

    public List<ProgressReportContent.Correction> since(ProgressReport previous, OffsetDateTime knownAt) {
        List<?> rows = entityManager.createNativeQuery("""
                select x.kind, x.measure_id, m.code, m.title, x.fiscal_year, x.effective_on, x.recorded_at, x.amount,
                       x.status, x.reason from (
                    select kind, measure_id, fiscal_year, effective_on, recorded_at, delta_cents amount,
                           cast(null as text) status, reason, position, 0 source
                    from allocation_change where %1$s
                    union all
                    select kind, measure_id, fiscal_year, effective_on, recorded_at, amount_cents, null, description,
                           position, 1
                    from spending_change where %1$s
                    union all
                    select 'STATUS', measure_id, null, effective_on, recorded_at, null, status, status_reason, sequence, 2
                    from measure_version where %1$s and previous_status is distinct from status
                      and event_type like '%%status-changed%%') x
                left join lateral (select code, title from measure_version v where v.measure_id = x.measure_id
                    and v.recorded_at <= :knownAt order by sequence desc limit 1) m on true
                order by x.effective_on, x.recorded_at, x.source, x.position""".formatted(CORRECTED))
                .setParameter("previousAsOf", previous.referenceDate)
                .setParameter("previousKnownAt", previous.knownAt)
                .setParameter("knownAt", knownAt)
                .getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new ProgressReportContent.Correction((String) c[0], (UUID) c[1], (String) c[2], (String) c[3],
                    c[4] == null ? null : ((Number) c[4]).intValue(), Figures.date(c[5]), Figures.time(c[6]),
                    c[7] == null ? null : ((Number) c[7]).longValue(), (String) c[8], (String) c[9]);
        }).toList();
    }
}
