package nl.iat.measures.service;

import nl.iat.measures.reference.Language;
import nl.iat.measures.reference.PriorityLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A priority line, labelled in the requested language. */
@Schema(name = "PriorityLine", description = "A line along which the extra counter-terrorism money is spent")
public record PriorityLineView(
        @Schema(description = "Code", example = "EARLY_DETECTION") String code,
        @Schema(description = "Number", example = "1") int number,
        @Schema(description = "Name in the requested language", example = "Vroegtijdige onderkenning van dreiging") String name,
        @Schema(description = "Description in the requested language",
                example = "Vroegtijdige onderkenning van dreiging door intensivering van inlichtingenonderzoek naar radicalisering en salafisme, in het kader van contraterrorisme.")
        String description) {

    static PriorityLineView of(PriorityLine p, Language language) {
        return new PriorityLineView(p.code, p.number, language.pick(p.nameNl, p.nameEn),
                language.pick(p.descriptionNl, p.descriptionEn));
    }
}
