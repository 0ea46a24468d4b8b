package nl.iat.reporting.service;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the progress-report list: a range of reference dates, both ends inclusive. */
public class ProgressReportFilter {

    @QueryParam("referenceDateFrom")
    @Parameter(description = "Only reports with a reference date on or after this date", example = "2018-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String referenceDateFrom;

    @QueryParam("referenceDateTo")
    @Parameter(description = "Only reports with a reference date on or before this date", example = "2022-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String referenceDateTo;
}
