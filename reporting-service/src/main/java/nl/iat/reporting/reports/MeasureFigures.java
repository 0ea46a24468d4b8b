package nl.iat.reporting.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.iat.reporting.measures.MeasureState;
import nl.iat.reporting.measures.MeasureVersions;

/** The figures of one measure, from its versions and money facts (few rows per measure), now or on a date as known at a moment. */
@ApplicationScoped
public class MeasureFigures {

    @Inject
    EntityManager entityManager;

    @Inject
    MeasureVersions versions;

    public Optional<MeasureState> state(UUID measureId, ReportTime time) {
        String sql = "select cast(state as text) from measure_version where measure_id = :id and "
                + time.versionCondition() + time.visibleMeasures();
        Query query = time.bindUnlessLatest(entityManager.createNativeQuery(sql).setParameter("id", measureId));
        return query.getResultList().stream().findFirst().map(json -> versions.read((String) json));
    }

    /** The statuses the measure entered by the date, as known at the moment, in the order they were recorded. */
    public List<MeasurePicture.StatusChange> statusHistory(UUID measureId, ReportTime time) {
        List<?> rows = time.bind(entityManager.createNativeQuery("""
                select recorded_at, status, previous_status, status_reason, changed_by, effective_on from measure_version
                where measure_id = :id and %s order by sequence""".formatted(ReportTime.FACT_INCLUDED))
                .setParameter("id", measureId))
                .getResultList();
        List<MeasurePicture.StatusChange> history = new ArrayList<>();
        String previous = null;
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            String status = (String) c[1];
            if (!Objects.equals(status, previous)) {
                history.add(new MeasurePicture.StatusChange(Figures.time(c[0]), status, previous, (String) c[3], (String) c[4],
                        Figures.date(c[5])));
            }
            previous = status;
        }
        return history;
    }

    /** Every money change that took effect by the date, as known at the moment, in business order. */
    public List<MeasurePicture.MoneyChange> moneyHistory(UUID measureId, ReportTime time) {
        List<?> rows = time.bind(entityManager.createNativeQuery("""
                select recorded_at, kind, allocation_id, fiscal_year, delta_cents, reason, actor, effective_on,
                       position, 0 as source
                from allocation_change where measure_id = :id and %1$s
                union all
                select recorded_at, kind, allocation_id, fiscal_year, amount_cents, description, actor, effective_on,
                       position, 1
                from spending_change where measure_id = :id and %1$s
                order by 8, 1, 10, 9""".formatted(ReportTime.FACT_INCLUDED + time.visibleLines()))
                .setParameter("id", measureId))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new MeasurePicture.MoneyChange(Figures.time(c[0]), (String) c[1], (UUID) c[2], ((Number) c[3]).intValue(),
                    ((Number) c[4]).longValue(), (String) c[5], (String) c[6], Figures.date(c[7]));
        }).toList();
    }

    /** The allocations of the measure with their money, from its money history. */
    public List<MeasurePicture.AllocationFigures> allocations(UUID measureId, ReportTime time) {
        List<?> rows = time.bind(entityManager.createNativeQuery("""
                select allocation_id, budget_line_id, fiscal_year, priority_line_code,
                       sum(a) as allocated, sum(c) as committed, sum(s) as spent from (
                    select allocation_id, budget_line_id, fiscal_year, priority_line_code, delta_cents as a, 0 as c, 0 as s
                    from allocation_change where measure_id = :id and %1$s
                    union all
                    select allocation_id, budget_line_id, fiscal_year, priority_line_code, 0,
                           case when kind = 'COMMITMENT' then amount_cents else 0 end,
                           case when kind = 'EXPENDITURE' then amount_cents else 0 end
                    from spending_change where measure_id = :id and %1$s) f
                group by allocation_id, budget_line_id, fiscal_year, priority_line_code
                order by fiscal_year, priority_line_code, allocation_id""".formatted(ReportTime.FACT_INCLUDED + time.visibleLines()))
                .setParameter("id", measureId))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new MeasurePicture.AllocationFigures((UUID) c[0], (UUID) c[1], ((Number) c[2]).intValue(),
                    (String) c[3], Figures.cents(c[4]), Figures.cents(c[5]), Figures.cents(c[6]));
        }).toList();
    }

    /** Allocated, committed and spent money per measure, for the given measures. */
    public Map<UUID, MeasurePicture.MoneyTotals> totals(List<UUID> measureIds, ReportTime time) {
        Map<UUID, MeasurePicture.MoneyTotals> totals = new LinkedHashMap<>();
        if (measureIds.isEmpty()) {
            return totals;
        }
        String sql = time.isLatest() ? """
                select measure_id, sum(allocated_cents), sum(committed_cents), sum(spent_cents)
                from allocation_current where measure_id in (:ids)%1$s group by measure_id""".formatted(time.visibleLines())
                : """
                select measure_id, sum(a), sum(c), sum(s) from (
                    select measure_id, delta_cents as a, 0 as c, 0 as s from allocation_change
                    where measure_id in (:ids) and %1$s
                    union all
                    select measure_id, 0, case when kind = 'COMMITMENT' then amount_cents else 0 end,
                           case when kind = 'EXPENDITURE' then amount_cents else 0 end
                    from spending_change where measure_id in (:ids) and %1$s) f
                group by measure_id""".formatted(ReportTime.FACT_INCLUDED + time.visibleLines());
        Query query = time.bindUnlessLatest(entityManager.createNativeQuery(sql).setParameter("ids", measureIds));
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            totals.put((UUID) c[0], new MeasurePicture.MoneyTotals(Figures.cents(c[1]), Figures.cents(c[2]),
                    Figures.cents(c[3])));
        }
        return totals;
    }
}
