package nl.iat.measures.service;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter of the intervention-area list; left out, it matches the areas of every framework. */
public class InterventionAreaFilter {

    @QueryParam("frameworkCode")
    @Parameter(description = "Only the areas of this framework", example = "NCTS-2016-2020")
    public String frameworkCode;
}
