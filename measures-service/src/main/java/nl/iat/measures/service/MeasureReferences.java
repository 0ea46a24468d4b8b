package nl.iat.measures.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.iat.measures.measure.Measure;
import nl.iat.measures.organisation.Organisation;
import nl.iat.measures.reference.InterventionArea;
import nl.iat.measures.reference.PriorityLine;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;

/**
 * Checks what a measure refers to (intervention area, priority line, organisations) and the order
 * of its dates, and copies the input onto the measure. Every problem is reported at once.
 */
@ApplicationScoped
public class MeasureReferences {

    public void apply(MeasureInput input, Measure measure) {
        if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate");
        }
        if (input.partners().contains(input.leadOrganisationId())) {
            throw ProblemException.invalid("partnerOrganisationIds", "must not contain the lead organisation");
        }
        List<InvalidParam> unknown = new ArrayList<>();
        if (InterventionArea.find(input.frameworkCode(), input.interventionAreaCode()).isEmpty()) {
            unknown.add(new InvalidParam("interventionAreaCode", "framework " + input.frameworkCode()
                    + " has no intervention area " + input.interventionAreaCode()));
        }
        if (input.priorityLineCode() != null && PriorityLine.findById(input.priorityLineCode()) == null) {
            unknown.add(new InvalidParam("priorityLineCode", "no priority line " + input.priorityLineCode()));
        }
        Organisation lead = Organisation.findById(input.leadOrganisationId());
        if (lead == null) {
            unknown.add(new InvalidParam("leadOrganisationId", "no organisation " + input.leadOrganisationId()));
        }
        Set<Organisation> partners = partners(input.partners(), unknown);
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("The measure refers to reference data that does not exist", unknown);
        }
        copy(input, measure, lead, partners);
    }

    private static Set<Organisation> partners(List<UUID> ids, List<InvalidParam> unknown) {
        Set<Organisation> partners = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Organisation partner = Organisation.findById(ids.get(i));
            if (partner == null) {
                unknown.add(new InvalidParam("partnerOrganisationIds[" + i + "]", "no organisation " + ids.get(i)));
            } else {
                partners.add(partner);
            }
        }
        return partners;
    }

    private static void copy(MeasureInput input, Measure measure, Organisation lead, Set<Organisation> partners) {
        measure.title = input.title().strip();
        measure.description = input.description().strip();
        measure.frameworkCode = input.frameworkCode();
        measure.interventionAreaCode = input.interventionAreaCode();
        measure.priorityLineCode = input.priorityLineCode();
        measure.approach = input.approach();
        measure.nature = input.nature();
        measure.leadOrganisation = lead;
        measure.partners.clear();
        measure.partners.addAll(partners);
        measure.startDate = input.startDate();
        measure.endDate = input.endDate();
        measure.parliamentaryPapers.clear();
        measure.parliamentaryPapers.addAll(input.papers());
        if (input.classification() != null) {
            // left out: a new measure stays PUBLIC, a replaced one keeps its own (a forgotten field must not declassify)
            measure.classification = input.classification();
        }
    }
}
