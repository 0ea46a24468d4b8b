package nl.iat.e2e.harness;

import nl.iat.e2e.client.Api;

import java.util.List;

import nl.iat.testing.Waits;

/** Reads the report figures through the gateway, for before/after comparisons. */
public final class Reports {

    /** The report endpoints whose figures the scenarios compare. */
    public static final List<String> COMPARED = List.of(
            "/api/reports/v1/overviews/2018",
            "/api/reports/v1/overviews/2019",
            "/api/reports/v1/overviews/2020",
            "/api/reports/v1/breakdowns/intervention-areas",
            "/api/reports/v1/breakdowns/priority-lines",
            "/api/reports/v1/balances",
            "/api/reports/v1/allocation-series",
            "/api/reports/v1/measures?pageSize=100");

    private Reports() {
    }

    /** All compared reports as one text, once two reads a second apart agree (events have settled). */
    public static String settledSnapshot(Api api) {
        return settledSnapshot(api, COMPARED);
    }

    public static String settledSnapshot(Api api, List<String> paths) {
        String previous = snapshot(api, paths);
        for (int i = 0; i < 60; i++) {
            Waits.pause(1000);
            String current = snapshot(api, paths);
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        throw new IllegalStateException("Reports did not settle within a minute");
    }

    public static String snapshot(Api api, List<String> paths) {
        StringBuilder all = new StringBuilder();
        for (String path : paths) {
            Api.Reply reply = api.get(path);
            all.append(path).append(' ').append(reply.status()).append('\n').append(withoutVolatileFields(reply.body())).append('\n');
        }
        return all.toString();
    }

    /** Generation timestamps and lag differ between reads of the same figures. */
    private static String withoutVolatileFields(String body) {
        return body.replaceAll("\"(generatedAt|consumerLag)\"\\s*:\\s*(\"[^\"]*\"|[0-9.]+|null)", "\"$1\":\"-\"");
    }
}
