package nl.iat.measures.service;

import nl.iat.measures.reference.InterventionArea;
import nl.iat.measures.reference.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An intervention area, labelled in the requested language. */
@Schema(name = "InterventionArea", description = "An intervention area of a framework")
public record InterventionAreaView(
        @Schema(description = "Framework code", example = "NCTS-2016-2020") String frameworkCode,
        @Schema(description = "Code, unique within the framework", example = "VERWERVEN") String code,
        @Schema(description = "Number within the framework", example = "1") int number,
        @Schema(description = "Name in the requested language", example = "Verwerven") String name,
        @Schema(description = "Description in the requested language",
                example = "Het tijdig zicht krijgen op en duiden van (potentiële) dreigingen in of tegen Nederland en de Nederlandse belangen in het buitenland.")
        String description) {

    static InterventionAreaView of(InterventionArea a, Language language) {
        return new InterventionAreaView(a.frameworkCode, a.code, a.number, language.pick(a.nameNl, a.nameEn),
                language.pick(a.descriptionNl, a.descriptionEn));
    }
}
