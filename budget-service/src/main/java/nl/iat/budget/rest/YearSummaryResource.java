package nl.iat.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.iat.budget.service.YearSummaryService;
import nl.iat.budget.service.YearSummaryView;
import nl.iat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/year-summaries")
@Tag(name = "Year summaries", description = "Where a fiscal year's money stands")
@Produces(MediaType.APPLICATION_JSON)
public class YearSummaryResource {

    @Inject
    YearSummaryService summaries;

    @GET
    @Path("/{fiscalYear}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "The summary of a fiscal year",
            description = "Envelope, lined, allocated, committed, spent, unlined and free, in total and per priority line."
                    + " The sums hold only what you may see (ADR 0016): budget lines classified above your clearance,"
                    + " and allocations to measures above it, are left out with their money (amount, allocated,"
                    + " committed, spent), so unlined and free count it as not yet divided or allocated. The envelope"
                    + " stays whole: it is public in the budget law.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = YearSummaryView.class)))
    public YearSummaryView getYearSummary(@Parameter(description = "Fiscal year", example = "2018") @PathParam("fiscalYear") int fiscalYear) {
        return summaries.summary(fiscalYear);
    }
}
