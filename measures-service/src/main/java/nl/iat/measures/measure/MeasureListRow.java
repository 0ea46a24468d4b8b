package nl.iat.measures.measure;

import java.time.LocalDate;
import java.util.UUID;

import nl.iat.measures.organisation.OrganisationKind;
import nl.iat.platform.security.Classification;

/**
 * The columns a list of measures shows, read as a projection: a page of rows costs no managed
 * entities, no snapshots and none of the columns the list leaves out (issue 19).
 */
public record MeasureListRow(UUID id, String code, String title, String frameworkCode, String interventionAreaCode,
        String priorityLineCode, Approach approach, Nature nature, UUID leadOrganisationId, String leadOrganisationName,
        OrganisationKind leadOrganisationKind, LocalDate startDate, LocalDate endDate, MeasureStatus status,
        ImpactLevel impactLevel, LocalDate reviewDate, Classification classification, long version) {

    /** The select list of this record for a query on the measure {@code m} joined with its lead organisation {@code o}. */
    static final String SELECT = "select new " + MeasureListRow.class.getName() + "(m.id, m.code, m.title, m.frameworkCode,"
            + " m.interventionAreaCode, m.priorityLineCode, m.approach, m.nature, o.id, o.name, o.kind, m.startDate,"
            + " m.endDate, m.status, m.impactLevel, m.reviewDate, m.classification, m.version)";
}
