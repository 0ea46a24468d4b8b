package nl.iat.measures.service;

import java.time.LocalDate;
import java.util.List;

import nl.iat.measures.reference.Framework;
import nl.iat.measures.reference.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A framework with its intervention areas, labelled in the requested language. */
@Schema(name = "Framework", description = "A counter-terrorism strategy with its intervention areas")
public record FrameworkView(
        @Schema(description = "Code", example = "NCTS-2016-2020") String code,
        @Schema(description = "Name in the requested language", example = "Nationale Contraterrorisme-Strategie 2016-2020") String name,
        @Schema(description = "Description in the requested language", example = "De brede CT-strategie met vijf interventiegebieden.") String description,
        @Schema(description = "First day it applies", example = "2016-01-01", format = "date") LocalDate validFrom,
        @Schema(description = "Last day it applies", example = "2020-12-31", format = "date", nullable = true) LocalDate validUntil,
        @Schema(description = "The parliamentary paper that set it", example = "29 754, nr. 391", nullable = true) String parliamentaryPaper,
        @Schema(description = "Its intervention areas by number") List<InterventionAreaView> interventionAreas) {

    static FrameworkView of(Framework f, List<InterventionAreaView> areas, Language language) {
        return new FrameworkView(f.code, language.pick(f.nameNl, f.nameEn), language.pick(f.descriptionNl, f.descriptionEn),
                f.validFrom, f.validUntil, f.parliamentaryPaper, areas);
    }
}
