package nl.iat.measures.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.iat.measures.organisation.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation to add or to replace. */
@Schema(name = "OrganisationInput", description = "An organisation (actor) to add or to replace")
public record OrganisationInput(
        @Schema(description = "Name, unique", example = "Gemeente Arnhem", maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Kind of actor", example = "LOCAL_GOVERNMENT") @NotNull OrganisationKind kind) {
}
