package nl.iat.measures.service;

import java.util.List;
import java.util.UUID;

import nl.iat.measures.parliament.RecordKind;
import nl.iat.platform.problem.InvalidParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of the portal's records did, record by record. */
@Schema(name = "ParliamentImportResult", description = "What an import did with each record of `value`: created, updated,"
        + " unchanged (nothing written, no event) or refused (nothing written, with the reasons)")
public record ImportResultView(
        @Schema(description = "Number of records in `value`", example = "2") int received,
        @Schema(description = "Records new to the suite, at version 1") List<Imported> created,
        @Schema(description = "Records whose portal data changed: a new version, a history entry and an event") List<Imported> updated,
        @Schema(description = "Records as the suite already had them: nothing written") List<Imported> unchanged,
        @Schema(description = "Records not imported, and why; the others are kept") List<Refused> refused) {

    @Schema(name = "ParliamentImportedRecord", description = "A record the import created, updated or found unchanged")
    public record Imported(
            @Schema(description = "Its position in `value`, from 0", example = "0") int index,
            @Schema(description = "Commitment (Toezegging) or motion (Zaak of Soort Motie)", example = "COMMITMENT") RecordKind kind,
            @Schema(description = "Its id in the suite", example = "5c1f9d2e-8a3b-4c7d-9e0f-1a2b3c4d5e6f") UUID id,
            @Schema(description = "The portal's Id", example = "0c6a3d0e-1f2b-4a5c-8d7e-9f0a1b2c3d4e") String portalId,
            @Schema(description = "Its number", example = "TZ201801-057") String number,
            @Schema(description = "Its version after the import, also its ETag", example = "1") long version,
            @Schema(description = "true when its status is UNKNOWN: the portal's status is not one the suite knows",
                    example = "false") boolean flagged) {
    }

    @Schema(name = "ParliamentRefusedRecord", description = "A record the import did not write, and why")
    public record Refused(
            @Schema(description = "Its position in `value`, from 0", example = "1") int index,
            @Schema(description = "What it was read as, when that could be told", example = "MOTION", nullable = true)
            RecordKind kind,
            @Schema(description = "The portal's Id, when it could be read", example = "1d7b4e1f-2a3c-4b6d-9e8f-0a1b2c3d4e5f",
                    nullable = true) String portalId,
            @Schema(description = "Its number, when it could be read", example = "2018Z05123", nullable = true) String number,
            @Schema(description = "Why, each naming a field of the record as value[index].Field") List<InvalidParam> reasons) {
    }
}
