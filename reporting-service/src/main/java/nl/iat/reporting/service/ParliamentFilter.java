package nl.iat.reporting.service;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import nl.iat.platform.http.FilterPatterns;
import nl.iat.platform.http.QueryParams;
import nl.iat.reporting.parliament.ParliamentQueries;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the commitment and motion lists; a filter left out matches everything. {@code overdue}
 * is text parsed by {@code QueryParams.bool}: a {@code Boolean} would take "yes" for false without a word.
 */
public class ParliamentFilter {

    @QueryParam("status")
    @Pattern(regexp = "OPEN|FULFILLED|PARTLY_FULFILLED|LAPSED|UNKNOWN", message = "must be OPEN, FULFILLED, PARTLY_FULFILLED, LAPSED or UNKNOWN")
    @Parameter(description = "Only this status (a motion's follow-up)",
            schema = @Schema(enumeration = { "OPEN", "FULFILLED", "PARTLY_FULFILLED", "LAPSED", "UNKNOWN" }))
    public String status;

    @QueryParam("overdue")
    @Parameter(description = "Only those open with their due date passed on the business date (true), or the others (false)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;

    @QueryParam("measureId")
    @Pattern(regexp = FilterPatterns.UUID_PATTERN, message = FilterPatterns.UUID_MESSAGE)
    @Parameter(description = "Only those linked to this measure")
    public String measureId;

    @QueryParam("interventionAreaCode")
    @Pattern(regexp = "[A-Z_]{1,50}", message = "must be an intervention area code")
    @Parameter(description = "Only those linked to a measure of this intervention area (on the business date)",
            schema = @Schema(enumeration = { "VERWERVEN", "VOORKOMEN", "VERDEDIGEN", "VOORBEREIDEN", "VERVOLGEN" }))
    public String interventionAreaCode;

    ParliamentQueries.Criteria criteria() {
        return new ParliamentQueries.Criteria(status, QueryParams.bool("overdue", overdue),
                QueryParams.uuid("measureId", measureId), interventionAreaCode);
    }
}
