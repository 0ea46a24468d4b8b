package nl.iat.reporting.reports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/** The figures of one measure, from its versions and money facts (few rows per measure), now or as of a moment. */
@ApplicationScoped
public class MeasureFigures {

    private static final OffsetDateTime END_OF_TIME = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);


    @Inject
    EntityManager entityManager;

    @Inject
    MeasureVersions versions;

    public Optional<MeasureState> state(UUID measureId, OffsetDateTime asOf) {
        String sql = "select cast(state as text) from measure_version where measure_id = :id and "
                + (asOf == null ? "valid_to is null" : Figures.VALID_AS_OF);
        Query query = entityManager.createNativeQuery(sql).setParameter("id", measureId);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query.getResultList().stream().findFirst().map(json -> versions.read((String) json));
    }

    public List<MeasurePicture.StatusChange> statusHistory(UUID measureId, OffsetDateTime asOf) {
        List<?> rows = entityManager.createNativeQuery("""
                select valid_from, status, previous_status, status_reason, changed_by from measure_version
                where measure_id = :id and valid_from <= :asOf order by sequence""")
                .setParameter("id", measureId)
                .setParameter("asOf", upTo(asOf))
                .getResultList();
        List<MeasurePicture.StatusChange> history = new ArrayList<>();
        String previous = null;
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            String status = (String) c[1];
            if (!Objects.equals(status, previous)) {
                history.add(new MeasurePicture.StatusChange(time(c[0]), status, previous, (String) c[3], (String) c[4]));
            }
            previous = status;
        }
        return history;
    }

    public List<MeasurePicture.MoneyChange> moneyHistory(UUID measureId, OffsetDateTime asOf) {
        List<?> rows = entityManager.createNativeQuery("""
                select occurred_at, kind, allocation_id, fiscal_year, delta_cents, reason, actor, position, 0 as source
                from allocation_change where measure_id = :id and occurred_at <= :asOf
                union all
                select occurred_at, kind, allocation_id, fiscal_year, amount_cents, description, actor, position, 1
                from spending_change where measure_id = :id and occurred_at <= :asOf
                order by 1, 9, 8""")
                .setParameter("id", measureId)
                .setParameter("asOf", upTo(asOf))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new MeasurePicture.MoneyChange(time(c[0]), (String) c[1], (UUID) c[2], ((Number) c[3]).intValue(),
                    ((Number) c[4]).longValue(), (String) c[5], (String) c[6]);
        }).toList();
    }

    /** The allocations of the measure with their money, from its money history. */
    public List<MeasurePicture.AllocationFigures> allocations(UUID measureId, OffsetDateTime asOf) {
        List<?> rows = entityManager.createNativeQuery("""
                select allocation_id, budget_line_id, fiscal_year, priority_line_code,
                       sum(a) as allocated, sum(c) as committed, sum(s) as spent from (
                    select allocation_id, budget_line_id, fiscal_year, priority_line_code, delta_cents as a, 0 as c, 0 as s
                    from allocation_change where measure_id = :id and occurred_at <= :asOf
                    union all
                    select allocation_id, budget_line_id, fiscal_year, priority_line_code, 0,
                           case when kind = 'COMMITMENT' then amount_cents else 0 end,
                           case when kind = 'EXPENDITURE' then amount_cents else 0 end
                    from spending_change where measure_id = :id and occurred_at <= :asOf) f
                group by allocation_id, budget_line_id, fiscal_year, priority_line_code
                order by fiscal_year, priority_line_code, allocation_id""")
                .setParameter("id", measureId)
                .setParameter("asOf", upTo(asOf))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new MeasurePicture.AllocationFigures((UUID) c[0], (UUID) c[1], ((Number) c[2]).intValue(),
                    (String) c[3], Figures.cents(c[4]), Figures.cents(c[5]), Figures.cents(c[6]));
        }).toList();
    }

    /** Allocated, committed and spent money per measure, for the given measures. */
    public Map<UUID, MeasurePicture.MoneyTotals> totals(List<UUID> measureIds, OffsetDateTime asOf) {
        Map<UUID, MeasurePicture.MoneyTotals> totals = new LinkedHashMap<>();
        if (measureIds.isEmpty()) {
            return totals;
        }
        String sql = asOf == null ? """
                select measure_id, sum(allocated_cents), sum(committed_cents), sum(spent_cents)
                from allocation_current where measure_id in (:ids) group by measure_id"""
                : """
                select measure_id, sum(a), sum(c), sum(s) from (
                    select measure_id, delta_cents as a, 0 as c, 0 as s from allocation_change
                    where measure_id in (:ids) and occurred_at <= :asOf
                    union all
                    select measure_id, 0, case when kind = 'COMMITMENT' then amount_cents else 0 end,
                           case when kind = 'EXPENDITURE' then amount_cents else 0 end
                    from spending_change where measure_id in (:ids) and occurred_at <= :asOf) f
                group by measure_id""";
        Query query = entityManager.createNativeQuery(sql).setParameter("ids", measureIds);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            totals.put((UUID) c[0], new MeasurePicture.MoneyTotals(Figures.cents(c[1]), Figures.cents(c[2]),
                    Figures.cents(c[3])));
        }
        return totals;
    }

    /** Without asOf, every fact counts. */
    private static OffsetDateTime upTo(OffsetDateTime asOf) {
        return asOf == null ? END_OF_TIME : asOf;
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
