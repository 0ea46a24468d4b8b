package nl.iat.reporting.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.persistence.Query;

import nl.iat.platform.security.Classification;

/**
 * The two axes a report is taken on (ADR 0304): {@code asOf}, business time, the state of affairs on
 * that date; {@code knownAt}, recording time, as the suite knew it at that moment. Null means today and
 * now, the latest figures, which the precomputed read models answer without reading any history.
 * And the clearance it is taken for (ADR 0016): items classified above it are left out of its rows.
 */
public record ReportTime(LocalDate asOf, OffsetDateTime knownAt, Classification clearance) {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Stands for "now" on the recording axis in SQL: later than every recorded fact. */
    static final OffsetDateTime END_OF_TIME = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

    /**
     * A fact (money change) that took effect by asOf and was recorded by knownAt. Facts are never dated
     * in the future (ADR 0010), so today's date stands for "every fact" on the business axis.
     */
    public static final String FACT_INCLUDED = "effective_on <= :asOf and recorded_at <= :knownAt";

    /** The version valid on asOf as known at knownAt: recorded and in effect, its successor not (yet). */
    public static final String VERSION_VALID = FACT_INCLUDED
            + " and (next_recorded_at is null or next_recorded_at > :knownAt or next_effective_on > :asOf)";

    /** The current version, for the latest figures. */
    public static final String VERSION_CURRENT = "next_recorded_at is null";

    private static final java.util.regex.Pattern VERSION_COLUMNS = java.util.regex.Pattern.compile(
            "\\b(effective_on|recorded_at|next_recorded_at|next_effective_on)\\b");

    /**
     * The business date as the moment v1 reports state it (the end of that day in Europe/Amsterdam,
     * the last microsecond PostgreSQL keeps); null for today.
     */
    public OffsetDateTime asOfMoment() {
        return asOf == null ? null : endOf(asOf);
    }

    public static OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(AMSTERDAM).minusNanos(1_000).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The classifications this report leaves out of its rows; empty when its reader is cleared for everything. */
    public List<String> hiddenClassifications() {
        return Arrays.stream(Classification.values()).filter(level -> !clearance.covers(level)).map(Enum::name).toList();
    }

    /** " and ..." leaving out the rows of measures classified above the clearance (by their current version); "" for none. */
    public String visibleMeasures() {
        return visible("measure_id", "measure_version");
    }

    /** " and ..." leaving out the rows of budget lines classified above the clearance; "" for none. */
    public String visibleLines() {
        return visible("budget_line_id", "budget_line_version");
    }

    // The classifications are the enum's own names, never a caller's text: safe to write into the statement.
    private String visible(String id, String versions) {
        List<String> hidden = hiddenClassifications();
        return hidden.isEmpty() ? "" : " and " + id + " not in (select " + id + " from " + versions
                + " where next_recorded_at is null and classification in ('" + String.join("', '", hidden) + "'))";
    }

    public boolean isLatest() {
        return asOf == null && knownAt == null;
    }

    /** The business date the figures are for: asOf, or today in the ministry's time zone. */
    public LocalDate businessDate() {
        return asOf != null ? asOf : today();
    }

    /** The recording moment the figures are known at, or the end of time for "now". */
    public OffsetDateTime knowledge() {
        return knownAt != null ? knownAt : END_OF_TIME;
    }

    public static LocalDate today() {
        return LocalDate.now(AMSTERDAM);
    }

    /** The version condition for this time: the current version for the latest figures. */
    public String versionCondition() {
        return isLatest() ? VERSION_CURRENT : VERSION_VALID;
    }

    /** The version condition on the table of the alias ({@code v}), in a statement that joins versions. */
    public String versionCondition(String alias) {
        return VERSION_COLUMNS.matcher(versionCondition()).replaceAll(alias + ".$1");
    }

    /** Binds :asOf and :knownAt where the statement has them (callers that use the time conditions). */
    public Query bind(Query query) {
        return query.setParameter("asOf", businessDate()).setParameter("knownAt", knowledge());
    }

    /** Binds the time unless these are the latest figures, whose statements have no time parameters. */
    public Query bindUnlessLatest(Query query) {
        return isLatest() ? query : bind(query);
    }
}
