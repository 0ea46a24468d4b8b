package nl.iat.measures.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A name and description in both languages, for new reference data. */
@Schema(name = "Labels", description = "Name and description in Dutch and English")
public record LabelledInput(
        @Schema(description = "Dutch name", example = "Voorkomen", maxLength = 200) @NotBlank @Size(max = 200) String nameNl,
        @Schema(description = "English name", example = "Prevent", maxLength = 200) @NotBlank @Size(max = 200) String nameEn,
        @Schema(description = "Dutch description", example = "Het voorkomen en verstoren van extremisme en terrorisme.", maxLength = 2000)
        @NotBlank @Size(max = 2000) String descriptionNl,
        @Schema(description = "English description", example = "Preventing and disrupting extremism and terrorism.", maxLength = 2000)
        @NotBlank @Size(max = 2000) String descriptionEn) {
}
