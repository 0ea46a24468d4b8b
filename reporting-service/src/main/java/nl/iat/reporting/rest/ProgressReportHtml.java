package nl.iat.reporting.rest;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.iat.reporting.reports.MeasureRow;
import nl.iat.reporting.reports.Overview;
import nl.iat.reporting.progress.ProgressReportContent;
import nl.iat.reporting.service.ProgressReportView;

/**
 * A printable HTML page of a progress report, organised by the five intervention areas as the real
 * reports to the Tweede Kamer are. Rendered from the frozen content only; every text is escaped.
 */
public final class ProgressReportHtml {

    /** Order of the intervention areas of the NCTS 2016-2020; areas of other frameworks follow by code. */
    private static final List<String> AREA_ORDER = List.of("VERWERVEN", "VOORKOMEN", "VERDEDIGEN", "VOORBEREIDEN",
            "VERVOLGEN");

    private ProgressReportHtml() {
    }

    public static String render(ProgressReportView report, ProgressReportContent content) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(content.title())).append("</title><style>")
                .append("body{font-family:serif;max-width:60em;margin:2em auto;color:#000}")
                .append("table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #999;padding:.2em .4em}")
                .append("td.n{text-align:right;white-space:nowrap}h2{page-break-before:always}h2.first{page-break-before:auto}")
                .append("@media print{body{margin:0}}</style></head><body>\n");
        html.append("<h1>").append(escape(content.title())).append("</h1>\n<p>Voortgangsrapportage nr. ")
                .append(content.number()).append(" &mdash; peildatum ").append(content.referenceDate())
                .append(", periode ").append(content.periodStart()).append(" t/m ").append(content.periodEnd())
                .append(".<br>Cijfers per ").append(content.asOf()).append(", zoals bekend op ")
                .append(content.knownAt() == null ? report.createdAt() : content.knownAt())
                .append("; gebeurtenissen verwerkt tot ")
                .append(content.eventsIncludedUpTo() == null ? "-" : content.eventsIncludedUpTo())
                .append(".<br>Vastgesteld ").append(report.createdAt()).append(" door ").append(escape(report.createdBy()))
                .append("; SHA-256 ").append(report.contentSha256()).append("</p>\n");
        overviews(html, content.overviews());
        for (ProgressReportContent.AreaSection area : ordered(content.interventionAreas())) {
            area(html, area);
        }
        parliament(html, content.parliament());
        differences(html, content.differences());
        return html.append("</body></html>\n").toString();
    }

    private static void overviews(StringBuilder html, List<Overview> overviews) {
        html.append("<h2 class=\"first\">Financieel overzicht</h2>\n<table><tr><th>Jaar</th><th>Envelop</th>")
                .append("<th>Begrotingsregels</th><th>Toegekend</th><th>Verplicht</th><th>Uitgegeven</th><th>Vrij</th></tr>\n");
        for (Overview o : overviews) {
            html.append("<tr><td>").append(o.fiscalYear()).append("</td>").append(money(o.envelopeCents()))
                    .append(money(o.linedCents())).append(money(o.allocatedCents())).append(money(o.committedCents()))
                    .append(money(o.spentCents())).append(money(o.freeCents())).append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void area(StringBuilder html, ProgressReportContent.AreaSection area) {
        html.append("<h2>Interventiegebied ").append(escape(area.interventionAreaCode())).append("</h2>\n")
                .append("<table><tr><th>Code</th><th>Maatregel</th><th>Status</th><th>Trekker</th><th>Toegekend</th>")
                .append("<th>Verplicht</th><th>Uitgegeven</th></tr>\n");
        for (MeasureRow m : area.measures()) {
            html.append("<tr><td>").append(escape(m.code())).append("</td><td>").append(escape(m.title()))
                    .append("</td><td>").append(escape(m.status())).append("</td><td>")
                    .append(escape(m.leadOrganisationName())).append("</td>").append(money(m.allocatedCents()))
                    .append(money(m.committedCents())).append(money(m.spentCents())).append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void differences(StringBuilder html, ProgressReportContent.Differences differences) {
        html.append("<h2>Wijzigingen sinds de vorige rapportage</h2>\n<h3>Nieuwe maatregelen</h3>\n<ul>\n");
        differences.newMeasures().forEach(m -> html.append("<li>").append(escape(m.code())).append(" ")
                .append(escape(m.title())).append(" (").append(escape(m.status())).append(")</li>\n"));
        html.append("</ul>\n<h3>Statuswijzigingen</h3>\n<ul>\n");
        differences.statusChanges().forEach(m -> html.append("<li>").append(escape(m.code())).append(" ")
                .append(escape(m.title())).append(": ").append(escape(m.previousStatus())).append(" &rarr; ")
                .append(escape(m.status())).append("</li>\n"));
        html.append("</ul>\n<h3>Verschoven geld</h3>\n<table><tr><th>Code</th><th>Maatregel</th>")
                .append("<th>Toegekend was</th><th>Toegekend</th><th>Verplicht</th><th>Uitgegeven</th></tr>\n");
        differences.moneyChanges().forEach(m -> html.append("<tr><td>").append(escape(m.code())).append("</td><td>")
                .append(escape(m.title())).append("</td>").append(money(m.previousAllocatedCents()))
                .append(money(m.allocatedCents())).append(money(m.committedCents())).append(money(m.spentCents()))
                .append("</tr>\n"));
        html.append("</table>\n");
        corrections(html, differences.corrections());
    }

    /** Stand van zaken moties en toezeggingen, as Kamerstuk 29 754, nr. 501 gave it beside nr. 500. */
    private static void parliament(StringBuilder html, ProgressReportContent.ParliamentSection parliament) {
        if (parliament == null) {
            return;
        }
        html.append("<h2>Stand van zaken moties en toezeggingen</h2>\n<h3>Toezeggingen</h3>\n<table><tr><th>Nummer</th>")
                .append("<th>Toezegging</th><th>Status</th><th>Termijn</th><th>Afgedaan met</th></tr>\n");
        parliament.commitments().forEach(c -> html.append("<tr><td>").append(escape(c.number())).append("</td><td>")
                .append(escape(c.title())).append("</td><td>").append(escape(c.status()))
                .append(c.overdue() ? " (termijn verstreken)" : "").append("</td><td>")
                .append(c.dueDate() == null ? "" : c.dueDate()).append("</td><td>").append(escape(c.letter()))
                .append("</td></tr>\n"));
        html.append("</table>\n<h3>Moties</h3>\n<table><tr><th>Nummer</th><th>Motie</th><th>Besluit</th>")
                .append("<th>Uitvoering</th><th>Gemeld in</th></tr>\n");
        parliament.motions().forEach(m -> html.append("<tr><td>").append(escape(m.number())).append("</td><td>")
                .append(escape(m.title())).append("</td><td>").append(escape(m.decision())).append("</td><td>")
                .append(escape(m.status())).append("</td><td>").append(escape(m.letter())).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    /** Late corrections: what the previous report would have shown had they been known. */
    private static void corrections(StringBuilder html, List<ProgressReportContent.Correction> corrections) {
        if (corrections == null) {
            return;
        }
        html.append("<h3>Correcties op de vorige rapportage</h3>\n<table><tr><th>Code</th><th>Maatregel</th>")
                .append("<th>Soort</th><th>Met ingang van</th><th>Geregistreerd</th><th>Bedrag</th><th>Toelichting</th></tr>\n");
        corrections.forEach(c -> html.append("<tr><td>").append(escape(c.code())).append("</td><td>")
                .append(escape(c.title())).append("</td><td>").append(escape(c.status() == null ? c.kind() : c.status()))
                .append("</td><td>").append(c.effectiveOn()).append("</td><td>").append(c.recordedAt()).append("</td>")
                .append(c.amountCents() == null ? "<td></td>" : money(c.amountCents())).append("<td>")
                .append(escape(c.reason())).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    private static List<ProgressReportContent.AreaSection> ordered(List<ProgressReportContent.AreaSection> areas) {
        List<ProgressReportContent.AreaSection> ordered = new ArrayList<>(areas);
        ordered.sort(Comparator.comparingInt((ProgressReportContent.AreaSection a) -> {
            int index = AREA_ORDER.indexOf(a.interventionAreaCode());
            return index < 0 ? AREA_ORDER.size() : index;
        }).thenComparing(ProgressReportContent.AreaSection::interventionAreaCode));
        return ordered;
    }

    /** Euro amount in Dutch notation, from exact cents. */
    private static String money(long cents) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));
        String sign = cents < 0 ? "-" : "";
        long absolute = Math.abs(cents);
        return "<td class=\"n\">" + sign + "&euro;&nbsp;" + format.format(absolute / 100) + ","
                + String.format("%02d", absolute % 100) + "</td>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
