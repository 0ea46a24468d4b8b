package nl.iat.budget.service;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import nl.iat.platform.http.FilterPatterns;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of a line's ledger; a filter left out matches everything. */
public class LedgerEntryFilter {

    @QueryParam("kind")
    @Pattern(regexp = "ALLOCATE|INCREASE|DECREASE|WITHDRAW|REALLOCATE",
            message = "must be ALLOCATE, INCREASE, DECREASE, WITHDRAW or REALLOCATE")
    @Parameter(description = "Only entries of this kind", schema = @Schema(type = SchemaType.STRING, enumeration = { "ALLOCATE",
            "INCREASE", "DECREASE", "WITHDRAW", "REALLOCATE" }))
    public String kind;

    @QueryParam("measureId")
    @Pattern(regexp = FilterPatterns.UUID_PATTERN, message = FilterPatterns.UUID_MESSAGE)
    @Parameter(description = "Only entries that changed this measure's allocation",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String measureId;
}
