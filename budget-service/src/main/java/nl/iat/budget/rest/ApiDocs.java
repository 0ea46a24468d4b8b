package nl.iat.budget.rest;

/** Texts the OpenAPI annotations of several resources share. */
final class ApiDocs {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENCY_DESCRIPTION = "Client-chosen unique key (e.g. a UUID). A retry with the same key and"
            + " body returns the first response and changes nothing; the same key with another body gets 422.";
    static final String IF_MATCH_DESCRIPTION = "The ETag of the version you read; 428 when missing, 412 when stale";
    static final String SORT_DESCRIPTION = "Comma-separated fields to sort on, '-' before a field for descending";

    static final String FORBIDDEN_LINE = "Your role does not allow this operation, or your organisation does not own the"
            + " budget line: only its owner's controllers, admin and coordinating organisations write a line, its ledger"
            + " and the spending on its allocations; a token without an organisation writes none (ADR 0015)";
    static final String FORBIDDEN_OWNER = "Your role does not allow this operation, or `ownerOrganisationId` names another"
            + " organisation than yours (`invalidParams` names it; only admin and coordinating organisations assign lines"
            + " to others), or your organisation does not own the line; a token without an organisation writes none (ADR 0015);"
            + " or `classification` is above your own clearance (ADR 0016)";
    static final String OTHER_ORGANISATION = """
            {"title":"Forbidden","status":403,"detail":"Budget line 6f1c2a7e-2d4b-4c55-9a0e-1b2c3d4e5f60 belongs to \
            organisation 00000000-0000-4000-8000-000000000002; your organisation 00000000-0000-4000-8000-000000000004 \
            writes only its own records"}""";
    static final String OWNER_NOT_YOURS = """
            {"title":"Forbidden","status":403,"detail":"You may not set ownerOrganisationId to another organisation",\
            "invalidParams":[{"name":"ownerOrganisationId","reason":"must be your own organisation \
            00000000-0000-4000-8000-000000000002; only a coordinating organisation assigns records to others"}]}""";

    static final String BAD_REQUEST = """
            {"title":"Bad Request","status":400,"detail":"The request is not valid",\
            "invalidParams":[{"name":"amountCents","reason":"must be greater than or equal to 0"}]}""";
    static final String LINE_FULL = """
            {"title":"Conflict","status":409,"detail":"The line has 50000000 cents free; 60000000 cents cannot be allocated"}""";
    static final String ENVELOPE_FULL = """
            {"title":"Conflict","status":409,"detail":"The lines of fiscal year 2018 would exceed its envelope: \
            100000000 cents are still free, 150000000 were asked"}""";
    static final String MEASURE_CLOSED = """
            {"title":"Unprocessable Content","status":422,"detail":"Measure IAT-2018-001 is CANCELLED: no money can be \
            allocated to it","invalidParams":[{"name":"measureId","reason":"measure is cancelled"}]}""";
    static final String ALLOCATE = """
            {"kind":"ALLOCATE","measureId":"3f0c8a52-6d1e-4b7a-9c3f-5e2d1a0b9c8d","amountCents":250000000,\
            "reason":"Initial allocation","parliamentaryPaper":"29 754, nr. 436"}""";
    static final String REALLOCATE = """
            {"kind":"REALLOCATE","measureId":"3f0c8a52-6d1e-4b7a-9c3f-5e2d1a0b9c8d",\
            "toMeasureId":"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","amountCents":50000000,"reason":"Reprioritised"}""";
    static final String WITHDRAW = """
            {"kind":"WITHDRAW","measureId":"3f0c8a52-6d1e-4b7a-9c3f-5e2d1a0b9c8d","reason":"Measure stopped"}""";
    static final String ENVELOPE_TOO_EARLY = """
            {"title":"Unprocessable Content","status":422,"detail":"The envelope of fiscal year 2022 cannot take effect \
            before 2021-01-01: a budget law is passed at the earliest in the year before its fiscal year; 2020-12-15 was \
            given","invalidParams":[{"name":"effectiveOn","reason":"must be on or after 2021-01-01"}]}""";
    static final String BEFORE_ENVELOPE = """
            {"title":"Unprocessable Content","status":422,"detail":"Money cannot be divided before it exists: the \
            envelope of fiscal year 2018 took effect on 2017-12-21; 2017-11-01 was given","invalidParams":[{"name":\
            "effectiveOn","reason":"must be on or after 2017-12-21, when the envelope of fiscal year 2018 took effect"}]}""";
    static final String BEFORE_CURRENT_VERSION = """
            {"title":"Unprocessable Content","status":422,"detail":"A change of the budget line cannot take effect \
            before its current version did (2018-04-01); 2018-03-15 was given","invalidParams":[{"name":"effectiveOn",\
            "reason":"must be on or after 2018-04-01, the date of the current version"}]}""";
    static final String BEFORE_LINE = """
            {"title":"Unprocessable Content","status":422,"detail":"Nothing on a budget line can take effect before the \
            line itself did (2018-01-03); 2018-01-02 was given","invalidParams":[{"name":"date","reason":\
            "must be on or after 2018-01-03, when the budget line took effect"}]}""";
    static final String KEY_REUSED = """
            {"title":"Unprocessable Content","status":422,"detail":"This Idempotency-Key was already used for a different request"}""";

    private ApiDocs() {
    }
}
