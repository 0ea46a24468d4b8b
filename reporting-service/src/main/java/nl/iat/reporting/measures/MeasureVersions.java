package nl.iat.reporting.measures;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.events.BusinessDates;

/**
 * Every state a measure has had, with the date it took effect and the moment it was recorded; a
 * version is valid until its successor takes effect, as far as the successor is known (ADR 0304).
 */
@ApplicationScoped
public class MeasureVersions {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    /** The measure's current version: its sequence number and state. */
    public record Current(long sequence, MeasureState state) {
    }

    public Optional<Current> current(UUID measureId) {
        List<?> rows = entityManager.createNativeQuery("""
                select sequence, cast(state as text) from measure_version
                where measure_id = ?1 and next_recorded_at is null""")
                .setParameter(1, measureId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Current(((Number) columns[0]).longValue(), read((String) columns[1]));
        });
    }

    /**
     * Makes the event's state the current version, and ends the one before it where the new one takes
     * effect. Business time runs forward per measure (ADR 0010): a date before the current version's is
     * taken as the current version's.
     */
    public void append(MeasureState state, IncomingEvent event) {
        entityManager.createNativeQuery("""
                with closed as (
                    update measure_version set next_recorded_at = greatest(recorded_at, ?4),
                           next_effective_on = greatest(effective_on, ?23)
                    where measure_id = ?1 and next_recorded_at is null returning next_effective_on)
                insert into measure_version (measure_id, sequence, event_type, recorded_at, effective_on, code, title,
                    intervention_area_code, priority_line_code, approach, nature, lead_organisation_id,
                    lead_organisation_name, status, previous_status, status_reason, start_date, end_date,
                    impact_level, assessment_complete, review_date, changed_by, state, late)
                select ?1, ?2, ?3, ?4, e.effective_on, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                    ?19, ?20, ?21, cast(?22 as jsonb), cast(?4 as timestamptz) at time zone 'Europe/Amsterdam' >= e.effective_on + ?24
                from (select coalesce((select next_effective_on from closed), ?23) as effective_on) e""")
                .setParameter(1, state.measureId())
                .setParameter(2, event.sequence())
                .setParameter(3, event.type())
                .setParameter(4, event.time())
                .setParameter(5, state.code())
                .setParameter(6, state.title())
                .setParameter(7, state.interventionAreaCode())
                .setParameter(8, state.priorityLineCode())
                .setParameter(9, state.approach())
                .setParameter(10, state.nature())
                .setParameter(11, state.leadOrganisationId())
                .setParameter(12, state.leadOrganisationName() == null ? state.leadOrganisationId() : state.leadOrganisationName())
                .setParameter(13, state.status())
                .setParameter(14, state.previousStatus())
                .setParameter(15, state.statusReason())
                .setParameter(16, state.startDate())
                .setParameter(17, state.endDate())
                .setParameter(18, state.impactLevel())
                .setParameter(19, state.assessment() == null ? null : state.assessmentComplete())
                .setParameter(20, state.reviewDate())
                .setParameter(21, state.changedBy())
                .setParameter(22, write(state))
                .setParameter(23, BusinessDates.effectiveOn(state.effectiveOn(), event.time()))
                .setParameter(24, BusinessDates.LATE_AFTER_DAYS + 1)
                .executeUpdate();
    }

    public MeasureState read(String json) {
        try {
            return objectMapper.readValue(json, MeasureState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored measure state is not readable", e);
        }
    }

    /** The state as stored in {@code measure_version.state}. */
    public String write(MeasureState state) {
        try {
            return objectMapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A measure state cannot be stored", e);
        }
    }
}
