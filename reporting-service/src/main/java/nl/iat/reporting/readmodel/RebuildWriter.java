package nl.iat.reporting.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.budget.BudgetEventData.AllocationChange;
import nl.iat.reporting.budget.BudgetEventData.LedgerEntryRecorded;
import nl.iat.reporting.budget.BudgetEventData.SpendingRecorded;
import nl.iat.reporting.measures.MeasureState;
import nl.iat.reporting.measures.MeasureVersions;
import org.hibernate.Session;
import nl.iat.reporting.events.BusinessDates;

/**
 * Writes the facts of a rebuild one poll at a time (ADR 0302): the history in one statement that
 * answers which events are new, then each new event through its handler's {@code rebuild}, which
 * adds its measure versions and money changes here; they are written as arrays unnested in one
 * statement per table, instead of a statement per event. The rules are those of the live projection
 * (stale measure versions do not overwrite, a version ends where the next begins on both axes). A rebuild starts
 * from empty read models, so the current version of every measure is known here and is never read
 * back. Envelopes and budget lines are rare and their handlers apply them as live.
 */
final class RebuildWriter implements RebuildFacts {

    private static final String HISTORY = """
            insert into event_history (event_id, source, type, subject, sequence, occurred_at, data)
            select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::timestamptz[], ?::text[])
            on conflict (source, event_id) do nothing returning source, event_id""";
    private static final String CLOSE_VERSIONS = """
            update measure_version v set next_recorded_at = c.next_recorded_at, next_effective_on = c.next_effective_on
            from unnest(?::uuid[], ?::timestamptz[], ?::date[]) c(measure_id, next_recorded_at, next_effective_on)
            where v.measure_id = c.measure_id and v.next_recorded_at is null""";
    private static final String INSERT_VERSIONS = """
            insert into measure_version (measure_id, sequence, event_type, recorded_at, next_recorded_at, effective_on,
                next_effective_on, code, title, intervention_area_code, priority_line_code, approach, nature,
                lead_organisation_id, lead_organisation_name, status, previous_status, status_reason, start_date,
                end_date, impact_level, assessment_complete, review_date, changed_by, state, late)
            select * from unnest(?::uuid[], ?::bigint[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::date[],
                ?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::date[], ?::date[], ?::text[], ?::boolean[], ?::date[], ?::text[],
                ?::jsonb[], ?::boolean[])""";
    private static final String INSERT_ALLOCATION_CHANGES = """
            insert into allocation_change (entry_id, kind, recorded_at, effective_on, allocation_id, measure_id,
                budget_line_id, fiscal_year, priority_line_code, delta_cents, reason, actor, late)
            select * from unnest(?::uuid[], ?::text[], ?::timestamptz[], ?::date[], ?::uuid[], ?::uuid[], ?::uuid[],
                ?::integer[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::boolean[])""";
    private static final String INSERT_SPENDING = """
            insert into spending_change (spending_id, kind, recorded_at, effective_on, spending_date, allocation_id,
                measure_id, budget_line_id, fiscal_year, priority_line_code, amount_cents, description, actor, late)
            select * from unnest(?::uuid[], ?::text[], ?::timestamptz[], ?::date[], ?::date[], ?::uuid[], ?::uuid[],
                ?::uuid[], ?::integer[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::boolean[])""";

    /** What one poll did: events applied, and events that were in the history already. */
    record Written(long applied, long repeats) {
    }

    /** A measure's latest version; {@code row} is set while the version is not yet written. */
    private static final class Version {
        final long sequence;
        final OffsetDateTime recordedAt;
        final LocalDate effectiveOn;
        Object[] row;

        Version(long sequence, OffsetDateTime recordedAt, LocalDate effectiveOn, Object[] row) {
            this.sequence = sequence;
            this.recordedAt = recordedAt;
            this.effectiveOn = effectiveOn;
            this.row = row;
        }
    }

    private static final int NEXT_RECORDED_AT = 4;
    private static final int NEXT_EFFECTIVE_ON = 6;

    private final EntityManager entityManager;
    private final MeasureVersions measureVersions;
    private final Map<UUID, Version> currentVersions = new HashMap<>();

    private final List<Version> pending = new ArrayList<>();

    /** The rows of the poll being written. */
    private Rows closes;
    private Rows versions;
    private Rows allocations;
    private Rows spending;

    RebuildWriter(EntityManager entityManager, MeasureVersions measureVersions) {
        this.entityManager = entityManager;
        this.measureVersions = measureVersions;
    }

    /** Writes a poll's checked events, in their order, in the caller's transaction. */
    Written write(List<ReadModelProjector.Decoded> events) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> write(connection, events));
    }

    private Written write(Connection connection, List<ReadModelProjector.Decoded> events) throws SQLException {
        Set<String> fresh = appendHistory(connection, events);
        closes = new Rows(3);
        versions = new Rows(26);
        allocations = new Rows(13);
        spending = new Rows(14);
        long applied = 0;
        for (ReadModelProjector.Decoded decoded : events) {
            if (!fresh.remove(key(decoded.event()))) {
                continue; // in the history already: applied before, or a repeat within this poll
            }
            applied++;
            decoded.rebuild(this);
        }
        closes.execute(connection, CLOSE_VERSIONS);
        versions.execute(connection, INSERT_VERSIONS);
        pending.forEach(version -> version.row = null); // written now
        pending.clear();
        allocations.execute(connection, INSERT_ALLOCATION_CHANGES);
        spending.execute(connection, INSERT_SPENDING);
        return new Written(applied, events.size() - applied);
    }

    @Override
    public void allocationChange(LedgerEntryRecorded entry, AllocationChange change, IncomingEvent event) {
        LocalDate effectiveOn = BusinessDates.effectiveOn(entry.effectiveOn(), event.time());
        allocations.add(entry.entryId(), entry.kind(), event.time(), effectiveOn, change.allocationId(), change.measureId(),
                entry.budgetLineId(), entry.fiscalYear(), entry.priorityLineCode(), change.deltaCents(),
                entry.reason(), entry.actor(), BusinessDates.late(effectiveOn, event.time()));
    }

    @Override
    public void spending(SpendingRecorded s, IncomingEvent event) {
        LocalDate effectiveOn = BusinessDates.effectiveOn(s.businessDate(), event.time());
        spending.add(s.spendingId(), s.kind(), event.time(), effectiveOn, s.date(), s.allocationId(), s.measureId(),
                s.budgetLineId(), s.fiscalYear(), s.priorityLineCode(), s.amountCents(), s.description(), s.actor(),
                BusinessDates.late(effectiveOn, event.time()));
    }

    /** Appends the poll's events to the history; the keys of those that were not in it yet. */
    private Set<String> appendHistory(Connection connection, List<ReadModelProjector.Decoded> events) throws SQLException {
        Rows history = new Rows(7);
        for (ReadModelProjector.Decoded decoded : events) {
            IncomingEvent e = decoded.event();
            history.add(e.id(), e.source(), e.type(), e.subject(), e.sequence(), e.time(), e.data());
        }
        Set<String> fresh = new HashSet<>();
        try (PreparedStatement statement = history.prepare(connection, HISTORY); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                fresh.add(rows.getString(1) + '\n' + rows.getString(2));
            }
        }
        return fresh;
    }

    /** The rules of MeasureProjection without totals: an older state never overwrites a newer one. */
    @Override
    public void measureVersion(MeasureState state, IncomingEvent event) {
        Version current = currentVersions.get(state.measureId());
        if (current != null && current.sequence >= event.sequence()) {
            return;
        }
        LocalDate effectiveOn = BusinessDates.effectiveOn(state.effectiveOn(), event.time());
        if (current != null) {
            OffsetDateTime end = event.time().isBefore(current.recordedAt) ? current.recordedAt : event.time();
            effectiveOn = effectiveOn.isBefore(current.effectiveOn) ? current.effectiveOn : effectiveOn;
            if (current.row != null) {
                current.row[NEXT_RECORDED_AT] = end;
                current.row[NEXT_EFFECTIVE_ON] = effectiveOn;
            } else {
                closes.add(state.measureId(), end, effectiveOn);
            }
        }
        Object[] row = versions.add(state.measureId(), event.sequence(), event.type(), event.time(), null, effectiveOn,
                null, state.code(), state.title(), state.interventionAreaCode(), state.priorityLineCode(),
                state.approach(), state.nature(), state.leadOrganisationId(),
                state.leadOrganisationName() == null ? state.leadOrganisationId() : state.leadOrganisationName(),
                state.status(), state.previousStatus(), state.statusReason(), state.startDate(), state.endDate(),
                state.impactLevel(), state.assessment() == null ? null : state.assessmentComplete(), state.reviewDate(),
                state.changedBy(), measureVersions.write(state), BusinessDates.late(effectiveOn, event.time()));
        Version version = new Version(event.sequence(), event.time(), effectiveOn, row);
        currentVersions.put(state.measureId(), version);
        pending.add(version);
    }

    private static String key(IncomingEvent event) {
        return event.source() + '\n' + event.id();
    }

    /** Rows of one statement, sent as one text array per column and cast by the statement. */
    private static final class Rows {
        private final int columns;
        private final List<Object[]> rows = new ArrayList<>();

        Rows(int columns) {
            this.columns = columns;
        }

        Object[] add(Object... values) {
            if (values.length != columns) {
                throw new IllegalArgumentException("Expected " + columns + " columns, got " + values.length);
            }
            rows.add(values);
            return values;
        }

        void execute(Connection connection, String sql) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = prepare(connection, sql)) {
                statement.executeUpdate();
            }
        }

        PreparedStatement prepare(Connection connection, String sql) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int c = 0; c < columns; c++) {
                String[] column = new String[rows.size()];
                for (int r = 0; r < column.length; r++) {
                    Object value = rows.get(r)[c];
                    column[r] = value == null ? null : value.toString();
                }
                statement.setArray(c + 1, connection.createArrayOf("text", column));
            }
            return statement;
        }
    }
}
