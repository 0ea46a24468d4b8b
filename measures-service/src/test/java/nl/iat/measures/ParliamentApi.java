package nl.iat.measures;

import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;

/** Builds the Tweede Kamer portal's records and the suite's own commitment and motion bodies, as tests need them. */
public final class ParliamentApi {

    public static final String TOEZEGGING_CONTEXT = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Toezegging";
    public static final String ZAAK_CONTEXT =
            "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Zaak(Kamerstukdossier(),ZaakActor(),Besluit())";

    private ParliamentApi() {
    }

    public static String portalId() {
        return UUID.randomUUID().toString();
    }

    /** A unique number in the portal's shape (TZ<yyyymm>-<n>, <yyyy>Z<n>). */
    public static String number(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A Toezegging as the portal writes it, with fields the suite does not read. */
    public static Map<String, Object> toezegging(String portalId, String number, String status) {
        Map<String, Object> record = new HashMap<>();
        record.put("Id", portalId);
        record.put("Nummer", number);
        record.put("Tekst", "In het voorjaar van 2018 wordt uw Kamer geïnformeerd over de voortgang.");
        record.put("Status", status);
        record.put("Aanmaakdatum", "2017-12-20T15:12:00+01:00");
        record.put("DatumNakoming", "2018-06-30T00:00:00+02:00");
        record.put("KamerbriefNakoming", null);
        record.put("Ministerie", "Justitie en Veiligheid");
        record.put("Naam", "Grapperhaus, F.B.J.");
        record.put("Initialen", "F.B.J.");
        record.put("Voornaam", "Ferdinand");
        record.put("Tussenvoegsel", null);
        record.put("Achternaam", "Grapperhaus");
        record.put("Functie", "Minister van Justitie en Veiligheid");
        record.put("ActiviteitNummer", "2017A04123");
        record.put("GewijzigdOp", "2018-01-10T09:00:00+01:00");
        record.put("ApiGewijzigdOp", "2018-01-10T08:00:00Z");
        record.put("Verwijderd", false);
        return record;
    }

    /** A Zaak of Soort Motie with its dossier, submitters and decision expanded. */
    public static Map<String, Object> motie(String portalId, String number) {
        Map<String, Object> record = new HashMap<>();
        record.put("Id", portalId);
        record.put("Nummer", number);
        record.put("Soort", "Motie");
        record.put("Titel", "Motie van het lid Voorbeeld over deradicalisering in detentie");
        record.put("Onderwerp", "Deradicalisering");
        record.put("Kabinetsappreciatie", "Oordeel Kamer");
        record.put("GestartOp", "2018-03-20T00:00:00+01:00");
        record.put("Volgnummer", 441);
        record.put("Vergaderjaar", "2017-2018");
        record.put("GewijzigdOp", "2018-03-28T09:00:00+02:00");
        record.put("Verwijderd", false);
        record.put("Kamerstukdossier", List.of(Map.of("Nummer", 29754, "Titel", "Terroristische dreiging")));
        record.put("ZaakActor", List.of(Map.of("Relatie", "Indiener", "ActorNaam", "Voorbeeld", "ActorFractie", "VP"),
                Map.of("Relatie", "Medeindiener", "ActorNaam", "Tweede", "ActorFractie", "TP")));
        record.put("Besluit", List.of(Map.of("BesluitSoort", "Stemmen - aangenomen", "BesluitTekst", "Aangenomen.",
                "Agendapunt", Map.of("Activiteit", Map.of("Datum", "2018-03-27T00:00:00+02:00")))));
        return record;
    }

    /** The portal's answer around the records. */
    public static Map<String, Object> portal(String context, List<Map<String, Object>> records) {
        Map<String, Object> body = new HashMap<>();
        body.put("@odata.context", context);
        body.put("value", new ArrayList<>(records));
        return body;
    }

    public static ValidatableResponse importRecords(Map<String, Object> body) {
        return editor().body(body).post(BASE + "/parliament-imports").then();
    }

    /** A valid commitment body entered by hand; change what a test needs. */
    public static Map<String, Object> commitment(String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("text", "De Kamer wordt voor de zomer geïnformeerd.");
        body.put("status", "OPEN");
        body.put("madeOn", "2018-01-10");
        body.put("dueDate", "2018-06-30");
        body.put("ministry", "Justitie en Veiligheid");
        body.put("minister", "F.B.J. Grapperhaus");
        body.put("activityNumber", "2018A00001");
        body.put("measureIds", new ArrayList<>());
        return body;
    }

    /** A valid motion body entered by hand. */
    public static Map<String, Object> motion(String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("dossierNumber", "29754");
        body.put("volgnummer", 450);
        body.put("title", "Motie van het lid Voorbeeld over re-integratie");
        body.put("submitters", new ArrayList<>(List.of("Voorbeeld")));
        body.put("cabinetAppreciation", "Ontraden");
        body.put("followUpStatus", "OPEN");
        body.put("measureIds", new ArrayList<>());
        return body;
    }
}
