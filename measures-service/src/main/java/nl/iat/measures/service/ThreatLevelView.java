package nl.iat.measures.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.iat.measures.reference.Language;
import nl.iat.measures.reference.ThreatLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A threat level of one DTN edition, labelled in the requested language. */
@Schema(name = "ThreatLevel", description = "The threat level one edition of the DTN set")
public record ThreatLevelView(
        @Schema(description = "Id", example = "00000000-0000-4000-8000-000000000461") UUID id,
        @Schema(description = "DTN edition number", example = "46") int dtnEdition,
        @Schema(description = "Date the edition was published", example = "2017-11-20", format = "date") LocalDate publishedOn,
        @Schema(description = "Level 1 to 5", example = "4") int level,
        @Schema(description = "Name of the level in the requested language", example = "substantieel") String name,
        @Schema(description = "The parliamentary paper that offered it", example = "29 754, nr. 434", nullable = true) String parliamentaryPaper,
        @Schema(description = "When it was recorded", example = "2017-11-20T12:00:00Z") OffsetDateTime recordedAt,
        @Schema(description = "Who recorded it", example = "admin-client") String recordedBy) {

    static ThreatLevelView of(ThreatLevel t, Language language) {
        return new ThreatLevelView(t.id, t.dtnEdition, t.publishedOn, t.level.level,
                language.pick(t.level.nameNl, t.level.nameEn), t.parliamentaryPaper, t.recordedAt, t.recordedBy);
    }
}
