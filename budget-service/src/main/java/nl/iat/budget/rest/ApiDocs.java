package nl.iat.budget.rest;

/** Texts the OpenAPI annotations of several resources share. */
final class ApiDocs {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENCY_DESCRIPTION = "Client-chosen unique key (e.g. a UUID). A retry with the same key and"
            + " body returns the first response and changes nothing; the same key with another body gets 422.";
    static final String IF_MATCH_DESCRIPTION = "The ETag of the version you read; 428 when missing, 412 when stale";
    static final String SORT_DESCRIPTION = "Comma-separated fields to sort on, '-' before a field for descending";

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
