package nl.iat.measures.parliament;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.measures.measure.EffectiveOnRules;
import nl.iat.platform.problem.InvalidParam;

/**
 * Reads one record of the Tweede Kamer's open data portal (Gegevensmagazijn, OData v4 JSON) as it comes:
 * a {@code Toezegging} or a {@code Zaak} of {@code Soort} {@code Motie}, field names exactly as the portal
 * writes them, unknown fields ignored. What cannot be read (wrong type, malformed date, missing key field,
 * deleted or not a motion) refuses the record with every reason at once, named {@code value[i].<Field>}.
 * The field mapping is in measures-service/README.md and ADR 0103. Pure: no database.
 */
public final class PortalRecords {

    /** The entity set an OData context URL names: {@code ...$metadata#Zaak(Id,Nummer)} names Zaak. */
    private static final Pattern CONTEXT = Pattern.compile("#([A-Za-z]+)");
    /** The portal's empty date: DatumNakoming of a commitment without a due date is 0001-01-01. */
    private static final int NO_DATE_YEAR = 1;

    /** A record of the import, read. */
    public sealed interface PortalRecord permits PortalCommitment, PortalMotion {
        String portalId();

        String number();
    }

    /** A Toezegging. {@code changedOn}: its GewijzigdOp as a date, the import's business date. */
    public record PortalCommitment(String portalId, String number, String text, String portalStatus, LocalDate madeOn,
            LocalDate dueDate, String fulfilledBy, String ministry, String minister, String activityNumber,
            LocalDate changedOn) implements PortalRecord {
    }

    /** A Zaak of Soort Motie, with its expanded dossier, submitters (ZaakActor) and decisions (Besluit). */
    public record PortalMotion(String portalId, String number, String dossierNumber, Integer volgnummer, String title,
            String subject, LocalDate submittedOn, List<String> submitters, String cabinetAppreciation,
            MotionDecision decision, LocalDate decidedOn, LocalDate changedOn) implements PortalRecord {
    }

    /** A record that cannot be imported, and why (each reason names a field of the record). */
    public static final class Refused extends RuntimeException {

        private final transient RecordKind kind;
        private final String portalId;
        private final String number;
        private final List<InvalidParam> reasons;

        public Refused(RecordKind kind, String portalId, String number, List<InvalidParam> reasons) {
            super("refused", null, false, false);
            this.kind = kind;
            this.portalId = portalId;
            this.number = number;
            this.reasons = List.copyOf(reasons);
        }

        public RecordKind kind() {
            return kind;
        }

        public String portalId() {
            return portalId;
        }

        public String number() {
            return number;
        }

        public List<InvalidParam> reasons() {
            return reasons;
        }
    }

    private PortalRecords() {
    }

    /**
     * The entity set the body's {@code @odata.context} names (Toezegging, Zaak), empty when it has none, so
     * each record is then told by its shape; a context naming another entity set is refused by the caller.
     */
    public static Optional<String> entitySet(String odataContext) {
        if (odataContext == null) {
            return Optional.empty();
        }
        Matcher matcher = CONTEXT.matcher(odataContext);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.of("");
    }

    /**
     * @param record    one element of {@code value}
     * @param index     its position, for the names in the reasons
     * @param entitySet what the body's context names, or empty: a record with {@code Soort} is a Zaak, else a Toezegging
     */
    public static PortalRecord read(JsonNode record, int index, Optional<String> entitySet) {
        Fields fields = new Fields(record, "value[" + index + "].");
        if (!record.isObject()) {
            throw new Refused(null, null, null, List.of(new InvalidParam("value[" + index + "]", "must be an object")));
        }
        boolean zaak = entitySet.map("Zaak"::equals).orElse(record.has("Soort"));
        return zaak ? motion(fields) : commitment(fields);
    }

    private static PortalCommitment commitment(Fields f) {
        String portalId = f.text("Id", true, 100);
        String number = f.text("Nummer", true, 60);
        PortalCommitment commitment = new PortalCommitment(portalId, number, f.text("Tekst", true, 10_000),
                f.text("Status", false, 100), f.date("Aanmaakdatum", true), f.date("DatumNakoming", false),
                f.text("KamerbriefNakoming", false, 200), f.text("Ministerie", false, 200), minister(f),
                f.text("ActiviteitNummer", false, 60), f.date("GewijzigdOp", false));
        f.refuseIfDeleted();
        f.refuseIfAny(RecordKind.COMMITMENT, portalId, number);
        return commitment;
    }

    /** "H.G. Herbert" from Initialen (or Voornaam), Tussenvoegsel and Achternaam; else the portal's Naam as it is. */
    private static String minister(Fields f) {
        String surname = f.text("Achternaam", false, 100);
        String initials = f.text("Initialen", false, 50);
        String firstName = f.text("Voornaam", false, 100);
        String infix = f.text("Tussenvoegsel", false, 50);
        String name = f.text("Naam", false, 200);
        if (surname == null) {
            return name;
        }
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(initials != null ? initials : firstName).ifPresent(parts::add);
        Optional.ofNullable(infix).ifPresent(parts::add);
        parts.add(surname);
        return String.join(" ", parts);
    }

    private static PortalMotion motion(Fields f) {
        String portalId = f.text("Id", true, 100);
        String number = f.text("Nummer", true, 60);
        String soort = f.text("Soort", true, 60);
        if (soort != null && !"Motie".equals(soort)) {
            f.reason("Soort", "is " + soort + ": only a Zaak of Soort Motie is a motion");
        }
        List<Decided> decisions = decisions(f);
        Decided last = decisions.stream().max(Comparator.comparing(Decided::on, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
        PortalMotion motion = new PortalMotion(portalId, number, dossierNumber(f), f.integer("Volgnummer"),
                f.text("Titel", true, 1000), f.text("Onderwerp", false, 1000), f.date("GestartOp", false),
                submitters(f), f.text("Kabinetsappreciatie", false, 100),
                last == null ? null : last.decision(), last == null ? null : last.on(), f.date("GewijzigdOp", false));
        f.refuseIfDeleted();
        f.refuseIfAny(RecordKind.MOTION, portalId, number);
        return motion;
    }

    /** Kamerstukdossier (expanded, one or a list of one): its Nummer, with "-Toevoeging" when it has one. */
    private static String dossierNumber(Fields f) {
        JsonNode dossier = f.node.path("Kamerstukdossier");
        if (dossier.isArray()) {
            dossier = dossier.path(0);
        }
        if (!dossier.isObject()) {
            f.reason("Kamerstukdossier", "is required (expand Kamerstukdossier): the motion's dossier");
            return null;
        }
        Fields inner = f.inner(dossier, "Kamerstukdossier.");
        JsonNode nummer = dossier.path("Nummer");
        String number = nummer.isIntegralNumber() ? nummer.asText() : inner.text("Nummer", true, 20);
        String addition = inner.text("Toevoeging", false, 10);
        return number == null ? null : addition == null ? number : number + "-" + addition;
    }

    /** ZaakActor (expanded): the Indiener first, then the Medeindieners, by ActorNaam, in the portal's order. */
    private static List<String> submitters(Fields f) {
        List<String> first = new ArrayList<>();
        List<String> others = new ArrayList<>();
        JsonNode actors = f.node.path("ZaakActor");
        for (int i = 0; actors.isArray() && i < actors.size(); i++) {
            Fields actor = f.inner(actors.get(i), "ZaakActor[" + i + "].");
            String relation = actor.text("Relatie", false, 60);
            String name = actor.text("ActorNaam", false, 200);
            if (name != null && "Indiener".equals(relation)) {
                first.add(name);
            } else if (name != null && "Medeindiener".equals(relation)) {
                others.add(name);
            }
        }
        first.addAll(others);
        return first;
    }

    private record Decided(MotionDecision decision, LocalDate on) {
    }

    /** Besluit (expanded): those that decide (BesluitSoort), dated by their Agendapunt's Activiteit when expanded. */
    private static List<Decided> decisions(Fields f) {
        List<Decided> decided = new ArrayList<>();
        JsonNode besluiten = f.node.path("Besluit");
        for (int i = 0; besluiten.isArray() && i < besluiten.size(); i++) {
            JsonNode besluit = besluiten.get(i);
            Fields fields = f.inner(besluit, "Besluit[" + i + "].");
            MotionDecision decision = decisionOf(fields.text("BesluitSoort", false, 200));
            if (decision == null || besluit.path("Verwijderd").asBoolean(false)) {
                continue;
            }
            JsonNode activity = besluit.path("Agendapunt").path("Activiteit");
            LocalDate on = activity.isObject() ? fields.inner(activity, "Besluit[" + i + "].Agendapunt.Activiteit.")
                    .date("Datum", false) : null;
            decided.add(new Decided(decision, on));
        }
        return decided;
    }

    /**
     * The decision a BesluitSoort records: {@code Stemmen - aangenomen} (also {@code Stemmen - zonder stemming
     * aannemen}), {@code Stemmen - verworpen} ({@code Stemmen - niet aangenomen}), held ({@code aangehouden},
     * {@code Stemmen - uitstellen}), withdrawn ({@code ingetrokken}); null for a step that decides nothing
     * (Ingediend, Behandelen, ...).
     */
    public static MotionDecision decisionOf(String besluitSoort) {
        if (besluitSoort == null) {
            return null;
        }
        String kind = besluitSoort.strip().toLowerCase(Locale.ROOT);
        if (kind.startsWith("stemmen - aangenomen") || kind.startsWith("stemmen - zonder stemming aannemen")) {
            return MotionDecision.ADOPTED;
        }
        if (kind.startsWith("stemmen - verworpen") || kind.startsWith("stemmen - niet aangenomen")) {
            return MotionDecision.REJECTED;
        }
        if (kind.contains("aangehouden") || kind.startsWith("stemmen - uitstellen")) {
            return MotionDecision.HELD;
        }
        return kind.contains("ingetrokken") ? MotionDecision.WITHDRAWN : null;
    }

    /** Reads typed fields of one JSON object and collects what is wrong, named by the record's prefix. */
    private static final class Fields {

        private final JsonNode node;
        private final String prefix;
        private final List<InvalidParam> reasons;

        Fields(JsonNode node, String prefix) {
            this(node, prefix, new ArrayList<>());
        }

        private Fields(JsonNode node, String prefix, List<InvalidParam> reasons) {
            this.node = node;
            this.prefix = prefix;
            this.reasons = reasons;
        }

        /** Fields of a nested object, whose reasons count for the record. */
        Fields inner(JsonNode nested, String path) {
            return new Fields(nested, prefix + path, reasons);
        }

        void reason(String field, String reason) {
            reasons.add(new InvalidParam(prefix + field, reason));
        }

        String text(String field, boolean required, int maxLength) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isBlank()) {
                if (required) {
                    reason(field, "is required");
                }
                return null;
            }
            if (!value.isTextual()) {
                reason(field, "must be text");
                return null;
            }
            String text = value.asText().strip();
            if (text.length() > maxLength) {
                reason(field, "must be at most " + maxLength + " characters");
                return null;
            }
            return text;
        }

        Integer integer(String field) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
                reason(field, "must be a whole number, 0 or more");
                return null;
            }
            return value.asInt();
        }

        /**
         * A portal date: an Edm.DateTimeOffset (2018-03-27T10:15:00+02:00) as its date in Europe/Amsterdam,
         * a local date-time or a plain date as written; the portal's empty date (year 1) is none.
         */
        LocalDate date(String field, boolean required) {
            String text = text(field, required, 40);
            if (text == null) {
                return null;
            }
            LocalDate date = parseDate(text);
            if (date == null) {
                reason(field, "must be a date or date-time like 2018-03-27 or 2018-03-27T10:15:00+02:00");
                return null;
            }
            if (date.getYear() == NO_DATE_YEAR) {
                if (required) {
                    reason(field, "is required");
                }
                return null;
            }
            return date;
        }

        private static LocalDate parseDate(String text) {
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(EffectiveOnRules.ZONE).toLocalDate();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(text).toLocalDate();
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(text);
                    } catch (DateTimeParseException notDate) {
                        return null;
                    }
                }
            }
        }

        void refuseIfDeleted() {
            JsonNode deleted = node.path("Verwijderd");
            if (deleted.isBoolean() && deleted.asBoolean()) {
                reason("Verwijderd", "the portal marks the record deleted; it is not imported");
            } else if (!deleted.isMissingNode() && !deleted.isNull() && !deleted.isBoolean()) {
                reason("Verwijderd", "must be true or false");
            }
        }

        void refuseIfAny(RecordKind kind, String portalId, String number) {
            if (!reasons.isEmpty()) {
                throw new Refused(kind, portalId, number, reasons);
            }
        }
    }
}
