package nl.iat.measures.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.measures.parliament.PortalRecords;
import nl.iat.measures.parliament.RecordKind;
import nl.iat.measures.parliament.PortalRecords.PortalCommitment;
import nl.iat.measures.parliament.PortalRecords.PortalMotion;
import nl.iat.measures.parliament.PortalRecords.PortalRecord;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;

/**
 * Imports the Tweede Kamer's records as the portal gives them ({@code {"value": [...]}}): an idempotent upsert
 * by the portal's Id. Each record is read, checked and written in a transaction of its own
 * ({@link ParliamentRecordImport}), so a refused record is listed with its reasons and leaves nothing behind,
 * while the valid ones are kept (ADR 0103). A body that is not such a list is refused whole (400), before
 * anything is written.
 */
@ApplicationScoped
public class ParliamentImportService {

    /** One portal page holds at most 250 records; four pages in one go is plenty, and bounds one request's work. */
    public static final int MAX_RECORDS = 1000;

    @Inject
    ParliamentRecordImport records;

    @Inject
    ParliamentChanges changes;

    public ImportResultView importRecords(JsonNode body) {
        changes.requireKeeper();
        JsonNode values = requireRecords(body);
        Optional<String> entitySet = requireEntitySet(body);
        List<ImportResultView.Imported> created = new ArrayList<>();
        List<ImportResultView.Imported> updated = new ArrayList<>();
        List<ImportResultView.Imported> unchanged = new ArrayList<>();
        List<ImportResultView.Refused> refused = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            try {
                PortalRecord record = PortalRecords.read(values.get(i), i, entitySet);
                ParliamentRecordImport.Outcome outcome = write(record, i);
                switch (outcome.result()) {
                    case CREATED -> created.add(outcome.record());
                    case UPDATED -> updated.add(outcome.record());
                    case UNCHANGED -> unchanged.add(outcome.record());
                }
            } catch (PortalRecords.Refused e) {
                refused.add(new ImportResultView.Refused(i, e.kind(), e.portalId(), e.number(), e.reasons()));
            }
        }
        return new ImportResultView(values.size(), created, updated, unchanged, refused);
    }

    /** A record the database refuses (its number taken, a concurrent import) is refused with the reason, not the import. */
    private ParliamentRecordImport.Outcome write(PortalRecord record, int index) {
        try {
            return record instanceof PortalCommitment commitment ? records.commitment(commitment, index)
                    : records.motion((PortalMotion) record, index);
        } catch (ProblemException e) {
            List<InvalidParam> reasons = e.toProblem().invalidParams() == null || e.toProblem().invalidParams().isEmpty()
                    ? List.of(new InvalidParam("value[" + index + "]", e.getMessage()))
                    : e.toProblem().invalidParams().stream()
                            .map(p -> new InvalidParam("value[" + index + "]." + p.name(), p.reason())).toList();
            throw new PortalRecords.Refused(record instanceof PortalCommitment ? RecordKind.COMMITMENT
                    : RecordKind.MOTION, record.portalId(), record.number(), reasons);
        }
    }

    private static JsonNode requireRecords(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("value", "the body must be the portal's answer: an object with a list value");
        }
        JsonNode values = body.path("value");
        if (!values.isArray()) {
            throw ProblemException.invalid("value", "must be a list of Toezegging or Zaak records");
        }
        if (values.isEmpty()) {
            throw ProblemException.invalid("value", "must hold at least one record");
        }
        if (values.size() > MAX_RECORDS) {
            throw ProblemException.invalid("value", "must hold at most " + MAX_RECORDS + " records; import in parts");
        }
        return values;
    }

    private static Optional<String> requireEntitySet(JsonNode body) {
        JsonNode context = body.path("@odata.context");
        Optional<String> entitySet = PortalRecords.entitySet(context.isTextual() ? context.asText() : null);
        if (entitySet.isPresent() && !entitySet.get().equals("Toezegging") && !entitySet.get().equals("Zaak")) {
            throw ProblemException.invalid("@odata.context", "must name the entity set Toezegging or Zaak");
        }
        return entitySet;
    }
}
