package nl.iat.measures.service;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter of the threat-level list; left out, it matches every edition. */
public class ThreatLevelFilter {

    @QueryParam("level")
    @Parameter(description = "Only editions that set this level (1-5)", example = "4")
    public String level;
}
