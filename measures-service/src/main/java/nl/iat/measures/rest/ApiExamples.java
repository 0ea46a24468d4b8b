package nl.iat.measures.rest;

/** Example bodies for the OpenAPI document, so Swagger UI shows what really comes back. */
final class ApiExamples {

    static final String BAD_REQUEST = """
            {"title": "Bad Request", "status": 400, "detail": "The request is not valid",
             "invalidParams": [{"name": "title", "reason": "must not be blank"}]}""";

    static final String FORBIDDEN_MEASURE = "Your role does not allow this operation, or your organisation does not lead"
            + " this measure: only its lead organisation's editors, admin and coordinating organisations write a measure"
            + " and its milestones and assessment; a token without an organisation writes none (ADR 0015)";

    static final String FORBIDDEN_LEAD = "Your role does not allow this operation, or `leadOrganisationId` names another"
            + " organisation than yours (`invalidParams` names it; only admin and coordinating organisations assign"
            + " measures to others), or your organisation does not lead the measure; a token without an organisation"
            + " writes none (ADR 0015)";

    static final String FORBIDDEN_PARLIAMENT = "Your role does not allow this operation, or you are not of a coordinating"
            + " organisation: only admin and coordinating organisations keep the register of commitments and motions (ADR 0015)";

    /** The rule of ADR 0016 for every operation on one measure or something under it. */
    static final String HIDDEN_MEASURE = " A measure above your clearance (its `classification`, ADR 0016) does not exist"
            + " for you: 404 as for an unknown id, also before any other check of a write.";

    /** The rule of ADR 0016 for every list that shows measures or parts of them. */
    static final String HIDDEN_IN_LISTS = " Measures above your clearance (their `classification`, ADR 0016) are left out,"
            + " and `totalItems` does not count them.";

    static final String CLASSIFICATION_NOT_YOURS = """
            {"title": "Forbidden", "status": 403, "detail": "You may not set classification to SECRET with clearance RESTRICTED",
             "invalidParams": [{"name": "classification", "reason": "must be at most your clearance RESTRICTED"}]}""";

    static final String OTHER_ORGANISATION = """
            {"title": "Forbidden", "status": 403,
             "detail": "Measure IAT-2018-001 belongs to organisation 00000000-0000-4000-8000-000000000002; your organisation 00000000-0000-4000-8000-000000000004 writes only its own records"}""";

    static final String LEAD_NOT_YOURS = """
            {"title": "Forbidden", "status": 403, "detail": "You may not set leadOrganisationId to another organisation",
             "invalidParams": [{"name": "leadOrganisationId",
                                "reason": "must be your own organisation 00000000-0000-4000-8000-000000000002; only a coordinating organisation assigns records to others"}]}""";

    static final String NOT_COORDINATING = """
            {"title": "Forbidden", "status": 403,
             "detail": "The register of commitments and motions to parliament may be written only by admin or by a coordinating organisation; your token's organisation is 00000000-0000-4000-8000-000000000002"}""";

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
             "parliamentaryPapers": ["29 754, nr. 436"], "classification": "PUBLIC", "effectiveOn": "2018-02-01", "version": 3,
             "createdAt": "2018-01-15T09:30:00Z", "createdBy": "editor-client",
             "changedAt": "2018-02-01T10:00:00Z", "changedBy": "editor-client"}""";

    static final String MEASURE_INPUT = """
            {"title": "Uitbreiding capaciteit AIVD",
             "description": "Intensivering van inlichtingenonderzoek naar radicalisering en salafisme.",
             "frameworkCode": "NCTS-2016-2020", "interventionAreaCode": "VERWERVEN",
             "priorityLineCode": "EARLY_DETECTION", "approach": "PREVENTIVE", "nature": "INTENSIFICATION",
             "leadOrganisationId": "00000000-0000-4000-8000-000000000002",
             "partnerOrganisationIds": ["00000000-0000-4000-8000-000000000001"],
             "startDate": "2018-01-01", "endDate": "2021-12-31", "parliamentaryPapers": ["29 754, nr. 436"],
             "classification": "PUBLIC"}""";

    /** A registration that names the date the measure was adopted; without it, it takes effect today. */
    static final String MEASURE_REGISTRATION = """
            {"title": "Uitbreiding capaciteit AIVD",
             "description": "Intensivering van inlichtingenonderzoek naar radicalisering en salafisme.",
             "frameworkCode": "NCTS-2016-2020", "interventionAreaCode": "VERWERVEN",
             "priorityLineCode": "EARLY_DETECTION", "approach": "PREVENTIVE", "nature": "INTENSIFICATION",
             "leadOrganisationId": "00000000-0000-4000-8000-000000000002",
             "partnerOrganisationIds": ["00000000-0000-4000-8000-000000000001"],
             "startDate": "2018-01-01", "endDate": "2021-12-31", "parliamentaryPapers": ["29 754, nr. 436"],
             "effectiveOn": "2018-01-15", "classification": "PUBLIC"}""";

    static final String MEASURE_PAGE = """
            {"items": [{"id": "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11", "code": "IAT-2018-001",
                        "title": "Uitbreiding capaciteit AIVD", "frameworkCode": "NCTS-2016-2020",
                        "interventionAreaCode": "VERWERVEN", "priorityLineCode": "EARLY_DETECTION",
                        "approach": "PREVENTIVE", "nature": "INTENSIFICATION",
                        "leadOrganisation": {"id": "00000000-0000-4000-8000-000000000002", "name": "AIVD",
                                             "kind": "NATIONAL_GOVERNMENT"},
                        "startDate": "2018-01-01", "endDate": "2021-12-31", "status": "APPROVED",
                        "impactLevel": "HIGH", "reviewDate": "2020-01-01", "classification": "PUBLIC", "version": 3}],
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

    static final String UNPROCESSABLE_MEASURE_LINK = """
            {"title": "Unprocessable Content", "status": 422,
             "detail": "The record links to measures that do not exist",
             "invalidParams": [{"name": "measureIds[0]", "reason": "no measure 3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11"}]}""";

    static final String CONFLICT_NUMBER = """
            {"title": "Conflict", "status": 409, "detail": "A commitment with number TZ201801-057 already exists"}""";

    static final String COMMITMENT = """
            {"id": "5c1f9d2e-8a3b-4c7d-9e0f-1a2b3c4d5e6f", "portalId": "0c6a3d0e-1f2b-4a5c-8d7e-9f0a1b2c3d4e",
             "number": "TZ201801-057",
             "text": "In het voorjaar van 2018 wordt uw Kamer geïnformeerd over de voortgang van de integrale aanpak terrorisme.",
             "status": "OPEN", "portalStatus": "Openstaand", "flagged": false, "overdue": false,
             "madeOn": "2017-12-20", "dueDate": "2018-06-30", "fulfilledBy": null, "ministry": "Justitie en Veiligheid",
             "minister": "F.B.J. Grapperhaus", "activityNumber": "2017A04123",
             "measureIds": ["3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11"], "illustrative": false, "effectiveOn": "2018-01-15",
             "version": 1, "createdAt": "2018-01-15T09:30:00Z", "createdBy": "editor-client",
             "changedAt": "2018-01-15T09:30:00Z", "changedBy": "editor-client"}""";

    static final String COMMITMENT_INPUT = """
            {"number": "TZ201712-901",
             "text": "In het voorjaar van 2018 wordt uw Kamer geïnformeerd over de voortgang van de integrale aanpak terrorisme.",
             "status": "OPEN", "madeOn": "2017-12-20", "dueDate": "2018-06-30", "ministry": "Justitie en Veiligheid",
             "minister": "F.B.J. Grapperhaus", "activityNumber": "2017A04123", "measureIds": [], "illustrative": true}""";

    static final String COMMITMENT_PAGE = "{\"items\": [" + COMMITMENT + "], \"page\": 1, \"pageSize\": 20,"
            + " \"totalItems\": 1, \"totalPages\": 1}";

    static final String MOTION = """
            {"id": "7d2e0f3a-9b4c-4d8e-8f1a-2b3c4d5e6f70", "portalId": "1d7b4e1f-2a3c-4b6d-9e8f-0a1b2c3d4e5f",
             "number": "2018Z05123", "dossierNumber": "29754", "volgnummer": 441,
             "title": "Motie van het lid Voorbeeld over deradicalisering in detentie", "subject": "Deradicalisering",
             "submittedOn": "2018-03-20", "submitters": ["Voorbeeld"], "cabinetAppreciation": "Oordeel Kamer",
             "decision": "ADOPTED", "decidedOn": "2018-03-27", "followUpStatus": "OPEN", "reportedIn": null,
             "measureIds": ["3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11"], "illustrative": false, "effectiveOn": "2018-03-27",
             "version": 1, "createdAt": "2018-03-28T09:00:00Z", "createdBy": "editor-client",
             "changedAt": "2018-03-28T09:00:00Z", "changedBy": "editor-client"}""";

    static final String MOTION_INPUT = """
            {"number": "2018Z90441", "dossierNumber": "29754", "volgnummer": 441,
             "title": "Motie van het lid Voorbeeld over deradicalisering in detentie", "subject": "Deradicalisering",
             "submittedOn": "2018-03-20", "submitters": ["Voorbeeld"], "cabinetAppreciation": "Oordeel Kamer",
             "decision": "ADOPTED", "decidedOn": "2018-03-27", "followUpStatus": "OPEN", "measureIds": [],
             "illustrative": true}""";

    static final String MOTION_PAGE = "{\"items\": [" + MOTION + "], \"page\": 1, \"pageSize\": 20,"
            + " \"totalItems\": 1, \"totalPages\": 1}";

    static final String PARLIAMENT_HISTORY_PAGE = """
            {"items": [{"version": 2, "action": "changed-by-import", "actor": "editor-client",
                        "changedAt": "2018-05-28T09:00:00Z", "effectiveOn": "2018-05-28",
                        "changes": [{"field": "status", "before": "OPEN", "after": "FULFILLED"},
                                    {"field": "portalStatus", "before": "Openstaand", "after": "Afgedaan"},
                                    {"field": "fulfilledBy", "before": null, "after": "29 754, nr. 460"}]}],
             "page": 1, "pageSize": 20, "totalItems": 2, "totalPages": 1}""";

    static final String PORTAL_COMMITMENTS = """
            {"@odata.context": "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Toezegging",
             "value": [{"Id": "0c6a3d0e-1f2b-4a5c-8d7e-9f0a1b2c3d4e", "Nummer": "TZ201801-057",
                        "Tekst": "In het voorjaar van 2018 wordt uw Kamer geïnformeerd over de voortgang van de integrale aanpak terrorisme.",
                        "Status": "Afgedaan", "Aanmaakdatum": "2017-12-20T15:12:00+01:00",
                        "DatumNakoming": "2018-06-30T00:00:00+02:00", "KamerbriefNakoming": "29 754, nr. 460",
                        "Ministerie": "Justitie en Veiligheid", "Naam": "Grapperhaus, F.B.J.", "Initialen": "F.B.J.",
                        "Voornaam": "Ferdinand", "Tussenvoegsel": null, "Achternaam": "Grapperhaus",
                        "Functie": "Minister van Justitie en Veiligheid", "ActiviteitNummer": "2017A04123",
                        "GewijzigdOp": "2018-05-28T09:00:00+02:00", "Verwijderd": false}]}""";

    static final String PORTAL_MOTIONS = """
            {"@odata.context": "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Zaak(Kamerstukdossier(),ZaakActor(),Besluit())",
             "value": [{"Id": "1d7b4e1f-2a3c-4b6d-9e8f-0a1b2c3d4e5f", "Nummer": "2018Z05123", "Soort": "Motie",
                        "Titel": "Motie van het lid Voorbeeld over deradicalisering in detentie",
                        "Onderwerp": "Deradicalisering", "Kabinetsappreciatie": "Oordeel Kamer",
                        "GestartOp": "2018-03-20T00:00:00+01:00", "Volgnummer": 441, "Vergaderjaar": "2017-2018",
                        "GewijzigdOp": "2018-03-28T09:00:00+02:00", "Verwijderd": false,
                        "Kamerstukdossier": [{"Nummer": 29754, "Toevoeging": null, "Titel": "Terroristische dreiging"}],
                        "ZaakActor": [{"Relatie": "Indiener", "ActorNaam": "Voorbeeld", "ActorFractie": "Voorbeeldpartij"}],
                        "Besluit": [{"BesluitSoort": "Stemmen - aangenomen", "BesluitTekst": "Aangenomen.",
                                     "Agendapunt": {"Activiteit": {"Datum": "2018-03-27T00:00:00+02:00"}}}]}]}""";

    static final String IMPORT_RESULT = """
            {"received": 2,
             "created": [{"index": 0, "kind": "COMMITMENT", "id": "5c1f9d2e-8a3b-4c7d-9e0f-1a2b3c4d5e6f",
                          "portalId": "0c6a3d0e-1f2b-4a5c-8d7e-9f0a1b2c3d4e", "number": "TZ201801-057", "version": 1,
                          "flagged": false}],
             "updated": [], "unchanged": [],
             "refused": [{"index": 1, "kind": "COMMITMENT", "portalId": "9a8b7c6d-1f2b-4a5c-8d7e-9f0a1b2c3d4e",
                          "number": "TZ201802-011",
                          "reasons": [{"name": "value[1].Aanmaakdatum",
                                       "reason": "must be a date or date-time like 2018-03-27 or 2018-03-27T10:15:00+02:00"}]}]}""";

    static final String BAD_IMPORT = """
            {"title": "Bad Request", "status": 400, "detail": "The request is not valid",
             "invalidParams": [{"name": "value", "reason": "must hold at least one record"}]}""";
}
