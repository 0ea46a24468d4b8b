package nl.iat.measures.rest;

/** Example bodies for the OpenAPI document, so Swagger UI shows what really comes back. */
final class ApiExamples {

    static final String BAD_REQUEST = """
            {"title": "Bad Request", "status": 400, "detail": "The request is not valid",
             "invalidParams": [{"name": "title", "reason": "must not be blank"}]}""";

    static final String NOT_FOUND = """
            {"title": "Not Found", "status": 404,
             "detail": "Measure 3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11 does not exist"}""";

    static final String CONFLICT_CODE = """
            {"title": "Conflict", "status": 409, "detail": "A measure with code IAT-2018-001 already exists"}""";

    static final String CONFLICT_TRANSITION = """
            {"title": "Conflict", "status": 409,
             "detail": "A measure in status PROPOSED cannot become COMPLETED; allowed: [APPROVED, CANCELLED]",
             "allowed": ["APPROVED", "CANCELLED"]}""";

    static final String CONFLICT_ENDED = """
            {"title": "Conflict", "status": 409,
             "detail": "Measure IAT-2018-001 is CANCELLED; the data and milestones of an ended measure cannot change"}""";

    static final String CONFLICT_EXISTS = """
            {"title": "Conflict", "status": 409, "detail": "Framework NCTS-2022-2026 already exists"}""";

    static final String UNPROCESSABLE_REFERENCE = """
            {"title": "Unprocessable Content", "status": 422,
             "detail": "The measure refers to reference data that does not exist",
             "invalidParams": [{"name": "interventionAreaCode",
                                "reason": "framework NCTS-2016-2020 has no intervention area VERWERVING"}]}""";

    static final String UNPROCESSABLE_APPROVAL = """
            {"title": "Unprocessable Content", "status": 422,
             "detail": "A measure with a HIGH impact assessment needs legalBasis, reviewDate before it can be approved",
             "invalidParams": [{"name": "assessment.legalBasis", "reason": "is required for a HIGH impact assessment"},
                               {"name": "assessment.reviewDate", "reason": "is required for a HIGH impact assessment"}]}""";

    static final String UNPROCESSABLE_FUTURE = """
            {"title": "Unprocessable Content", "status": 422,
             "detail": "A change cannot take effect in the future: effectiveOn 2030-01-01 is after today (2018-02-01 in Europe/Amsterdam)",
             "invalidParams": [{"name": "effectiveOn", "reason": "must not be after today (2018-02-01 in Europe/Amsterdam)"}]}""";

    static final String UNPROCESSABLE_BACKDATED = """
            {"title": "Unprocessable Content", "status": 422,
             "detail": "A measure's business time runs forward: effectiveOn 2018-01-10 is before the date its current state took effect (2018-01-15)",
             "invalidParams": [{"name": "effectiveOn", "reason": "must not be before the measure's current effectiveOn (2018-01-15)"}]}""";

    static final String MEASURE = """
            {"id": "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11", "code": "IAT-2018-001",
             "title": "Uitbreiding capaciteit AIVD",
             "description": "Intensivering van inlichtingenonderzoek naar radicalisering en salafisme.",
             "frameworkCode": "NCTS-2016-2020", "interventionAreaCode": "VERWERVEN",
             "priorityLineCode": "EARLY_DETECTION", "approach": "PREVENTIVE", "nature": "INTENSIFICATION",
             "leadOrganisation": {"id": "00000000-0000-4000-8000-000000000002", "name": "AIVD", "kind": "NATIONAL_GOVERNMENT"},
             "partnerOrganisations": [{"id": "00000000-0000-4000-8000-000000000001", "name": "NCTV", "kind": "NATIONAL_GOVERNMENT"}],
             "startDate": "2018-01-01", "endDate": "2021-12-31", "status": "APPROVED", "previousStatus": "PROPOSED",
             "statusReason": "Approved by the steering group", "allowedTransitions": ["IN_PROGRESS", "CANCELLED"],
             "assessment": {"revision": 1, "impactLevel": "HIGH", "fundamentalRights": ["PRIVACY"],
                            "legalBasis": "Wiv 2017", "justification": "Noodzakelijk en proportioneel gezien DTN 46",
                            "dpiaReference": "DPIA-2018-04", "reviewDate": "2020-01-01", "complete": true,
                            "assessedAt": "2018-01-20T09:00:00Z", "assessedBy": "editor-client"},
             "milestones": [{"id": "6a1e0a55-7a53-4c4e-9d0e-2b7f4c1d9e01",
                             "measureId": "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11",
                             "title": "Werving 20 extra analisten afgerond", "dueDate": "2018-06-30",
                             "done": false, "overdue": false}],
             "parliamentaryPapers": ["29 754, nr. 436"], "effectiveOn": "2018-02-01", "version": 3,
             "createdAt": "2018-01-15T09:30:00Z", "createdBy": "editor-client",
             "changedAt": "2018-02-01T10:00:00Z", "changedBy": "editor-client"}""";

    static final String MEASURE_INPUT = """
            {"title": "Uitbreiding capaciteit AIVD",
             "description": "Intensivering van inlichtingenonderzoek naar radicalisering en salafisme.",
             "frameworkCode": "NCTS-2016-2020", "interventionAreaCode": "VERWERVEN",
             "priorityLineCode": "EARLY_DETECTION", "approach": "PREVENTIVE", "nature": "INTENSIFICATION",
             "leadOrganisationId": "00000000-0000-4000-8000-000000000002",
             "partnerOrganisationIds": ["00000000-0000-4000-8000-000000000001"],
             "startDate": "2018-01-01", "endDate": "2021-12-31", "parliamentaryPapers": ["29 754, nr. 436"]}""";

    /** A registration that names the date the measure was adopted; without it, it takes effect today. */
    static final String MEASURE_REGISTRATION = """
            {"title": "Uitbreiding capaciteit AIVD",
             "description": "Intensivering van inlichtingenonderzoek naar radicalisering en salafisme.",
             "frameworkCode": "NCTS-2016-2020", "interventionAreaCode": "VERWERVEN",
             "priorityLineCode": "EARLY_DETECTION", "approach": "PREVENTIVE", "nature": "INTENSIFICATION",
             "leadOrganisationId": "00000000-0000-4000-8000-000000000002",
             "partnerOrganisationIds": ["00000000-0000-4000-8000-000000000001"],
             "startDate": "2018-01-01", "endDate": "2021-12-31", "parliamentaryPapers": ["29 754, nr. 436"],
             "effectiveOn": "2018-01-15"}""";

    static final String MEASURE_PAGE = """
            {"items": [{"id": "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11", "code": "IAT-2018-001",
                        "title": "Uitbreiding capaciteit AIVD", "frameworkCode": "NCTS-2016-2020",
                        "interventionAreaCode": "VERWERVEN", "priorityLineCode": "EARLY_DETECTION",
                        "approach": "PREVENTIVE", "nature": "INTENSIFICATION",
                        "leadOrganisation": {"id": "00000000-0000-4000-8000-000000000002", "name": "AIVD",
                                             "kind": "NATIONAL_GOVERNMENT"},
                        "startDate": "2018-01-01", "endDate": "2021-12-31", "status": "APPROVED",
                        "impactLevel": "HIGH", "reviewDate": "2020-01-01", "version": 3}],
             "page": 1, "pageSize": 20, "totalItems": 1, "totalPages": 1}""";

    static final String TRANSITION = """
            {"status": "APPROVED", "reason": "Approved by the steering group"}""";

    static final String TRANSITION_DATED = """
            {"status": "APPROVED", "reason": "Approved by the steering group", "effectiveOn": "2018-02-01"}""";

    static final String HISTORY_PAGE = """
            {"items": [{"version": 2, "action": "status-changed", "actor": "editor-client",
                        "changedAt": "2018-02-01T10:00:00Z", "effectiveOn": "2018-02-01",
                        "changes": [{"field": "status", "before": "PROPOSED", "after": "APPROVED"}]}],
             "page": 1, "pageSize": 20, "totalItems": 1, "totalPages": 1}""";

    static final String MILESTONE = """
            {"id": "6a1e0a55-7a53-4c4e-9d0e-2b7f4c1d9e01", "measureId": "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11",
             "title": "Werving 20 extra analisten afgerond", "dueDate": "2018-06-30", "done": true,
             "doneOn": "2018-06-15", "overdue": false}""";

    static final String MILESTONE_INPUT = """
            {"title": "Werving 20 extra analisten afgerond", "dueDate": "2018-06-30", "doneOn": "2018-06-15"}""";

    static final String MILESTONE_PAGE = """
            {"items": [{"id": "6a1e0a55-7a53-4c4e-9d0e-2b7f4c1d9e01", "measureId": "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11",
                        "title": "Werving 20 extra analisten afgerond", "dueDate": "2018-06-30", "done": false,
                        "overdue": true}],
             "page": 1, "pageSize": 20, "totalItems": 1, "totalPages": 1}""";

    static final String ASSESSMENT = """
            {"revision": 2, "impactLevel": "HIGH", "fundamentalRights": ["PRIVACY", "FREEDOM_OF_RELIGION"],
             "legalBasis": "Wiv 2017", "justification": "Noodzakelijk en proportioneel gezien DTN 46",
             "dpiaReference": "DPIA-2018-04", "reviewDate": "2020-01-01", "complete": true,
             "assessedAt": "2018-02-01T10:00:00Z", "assessedBy": "editor-client"}""";

    static final String ASSESSMENT_INPUT = """
            {"impactLevel": "HIGH", "fundamentalRights": ["PRIVACY", "FREEDOM_OF_RELIGION"], "legalBasis": "Wiv 2017",
             "justification": "Noodzakelijk en proportioneel gezien DTN 46", "dpiaReference": "DPIA-2018-04",
             "reviewDate": "2020-01-01"}""";

    static final String ASSESSMENT_PAGE = """
            {"items": [{"revision": 1, "impactLevel": "MEDIUM", "fundamentalRights": ["PRIVACY"], "justification": "Beperkte gegevensverwerking", "reviewDate": "2019-06-30", "complete": true, "assessedAt": "2018-01-20T09:00:00Z", "assessedBy": "editor-client"}],
             "page": 1, "pageSize": 20, "totalItems": 1, "totalPages": 1}""";

    static final String ORGANISATION = """
            {"id": "00000000-0000-4000-8000-000000000002", "name": "AIVD", "kind": "NATIONAL_GOVERNMENT", "version": 1,
             "createdAt": "2017-11-24T09:00:00Z", "createdBy": "migration",
             "changedAt": "2017-11-24T09:00:00Z", "changedBy": "migration"}""";

    static final String ORGANISATION_INPUT = """
            {"name": "Gemeente Arnhem", "kind": "LOCAL_GOVERNMENT"}""";

    static final String ORGANISATION_PAGE = "{\"items\": [" + ORGANISATION + "], \"page\": 1, \"pageSize\": 20,"
            + " \"totalItems\": 1, \"totalPages\": 1}";

    static final String FRAMEWORK = """
            {"code": "NCTS-2016-2020", "name": "Nationale Contraterrorisme-Strategie 2016-2020",
             "description": "De brede CT-strategie met vijf interventiegebieden.", "validFrom": "2016-01-01",
             "validUntil": "2020-12-31", "parliamentaryPaper": "29 754, nr. 391",
             "interventionAreas": [{"frameworkCode": "NCTS-2016-2020", "code": "VERWERVEN", "number": 1,
                                    "name": "Verwerven",
                                    "description": "Het tijdig zicht krijgen op en duiden van (potentiële) dreigingen."}]}""";

    static final String FRAMEWORK_PAGE = "{\"items\": [" + FRAMEWORK + "], \"page\": 1, \"pageSize\": 20,"
            + " \"totalItems\": 1, \"totalPages\": 1}";

    static final String FRAMEWORK_INPUT = """
            {"code": "NCTS-2022-2026",
             "labels": {"nameNl": "Nationale Contraterrorisme-Strategie 2022-2026",
                        "nameEn": "National Counterterrorism Strategy 2022-2026",
                        "descriptionNl": "De strategie met vier doelen.", "descriptionEn": "The strategy with four goals."},
             "validFrom": "2022-01-01", "validUntil": "2026-12-31",
             "interventionAreas": [{"code": "VOORKOMEN", "number": 1,
                                    "labels": {"nameNl": "Voorkomen", "nameEn": "Prevent",
                                               "descriptionNl": "Voorkomen van extremisme en terrorisme.",
                                               "descriptionEn": "Preventing extremism and terrorism."}}]}""";

    static final String AREA_PAGE = """
            {"items": [{"frameworkCode": "NCTS-2016-2020", "code": "VERWERVEN", "number": 1, "name": "Procure",
                        "description": "Gaining timely insight into and interpreting (potential) threats."}],
             "page": 1, "pageSize": 20, "totalItems": 1, "totalPages": 1}""";

    static final String PRIORITY_LINE = """
            {"code": "EARLY_DETECTION", "number": 1, "name": "Vroegtijdige onderkenning van dreiging",
             "description": "Vroegtijdige onderkenning van dreiging door intensivering van inlichtingenonderzoek."}""";

    static final String PRIORITY_LINE_PAGE = "{\"items\": [" + PRIORITY_LINE + "], \"page\": 1, \"pageSize\": 20,"
            + " \"totalItems\": 1, \"totalPages\": 1}";

    static final String PRIORITY_LINE_INPUT = """
            {"code": "RESILIENCE", "number": 6,
             "labels": {"nameNl": "Weerbaarheid", "nameEn": "Resilience",
                        "descriptionNl": "Versterking van maatschappelijke weerbaarheid.",
                        "descriptionEn": "Strengthening societal resilience."}}""";

    static final String THREAT_LEVEL = """
            {"id": "00000000-0000-4000-8000-000000000461", "dtnEdition": 46, "publishedOn": "2017-11-20", "level": 4,
             "name": "substantieel", "parliamentaryPaper": "29 754, nr. 434",
             "recordedAt": "2017-11-20T12:00:00Z", "recordedBy": "migration"}""";

    static final String THREAT_LEVEL_PAGE = "{\"items\": [" + THREAT_LEVEL + "], \"page\": 1, \"pageSize\": 20,"
            + " \"totalItems\": 1, \"totalPages\": 1}";

    static final String THREAT_LEVEL_INPUT = """
            {"dtnEdition": 47, "publishedOn": "2018-04-05", "level": 4, "parliamentaryPaper": "29 754, nr. 458"}""";

    private ApiExamples() {
    }
}
