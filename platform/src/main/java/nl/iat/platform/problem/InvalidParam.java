package nl.iat.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One input that failed validation: which one and why. */
@Schema(name = "InvalidParam")
public record InvalidParam(
        @Schema(description = "Name of the parameter or JSON property", example = "title") String name,
        @Schema(description = "Why it is invalid", example = "must not be blank") String reason) {
}
