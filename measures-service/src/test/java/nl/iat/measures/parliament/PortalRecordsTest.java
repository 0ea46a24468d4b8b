package nl.iat.measures.parliament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.iat.measures.parliament.PortalRecords.PortalCommitment;
import nl.iat.measures.parliament.PortalRecords.PortalMotion;
import nl.iat.platform.problem.InvalidParam;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PortalRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aToezeggingIsReadAsThePortalWritesIt() throws Exception {
        PortalCommitment c = (PortalCommitment) PortalRecords.read(json("""
                {"Id": "0c6a3d0e-1f2b-4a5c-8d7e-9f0a1b2c3d4e", "Nummer": "TZ201801-057", "Tekst": " In het voorjaar ",
                 "Status": "Afgedaan", "Aanmaakdatum": "2017-12-20T23:30:00+01:00", "DatumNakoming": "2018-06-30T00:00:00+02:00",
                 "KamerbriefNakoming": "29 754, nr. 460", "Ministerie": "Justitie en Veiligheid", "Naam": "Grapperhaus, F.B.J.",
                 "Initialen": "F.B.J.", "Voornaam": "Ferdinand", "Tussenvoegsel": null, "Achternaam": "Grapperhaus",
                 "Functie": "Minister van Justitie en Veiligheid", "ActiviteitNummer": "2017A04123",
                 "GewijzigdOp": "2018-05-27T23:10:00Z", "Verwijderd": false, "SomethingNew": {"x": 1}}"""), 0, Optional.empty());
        assertEquals("0c6a3d0e-1f2b-4a5c-8d7e-9f0a1b2c3d4e", c.portalId());
        assertEquals("TZ201801-057", c.number());
        assertEquals("In het voorjaar", c.text());
        assertEquals("Afgedaan", c.portalStatus());
        assertEquals(LocalDate.of(2017, 12, 20), c.madeOn());
        assertEquals(LocalDate.of(2018, 6, 30), c.dueDate());
        assertEquals("F.B.J. Grapperhaus", c.minister());
        assertEquals(LocalDate.of(2018, 5, 28), c.changedOn(), "GewijzigdOp as a date in Europe/Amsterdam");
    }

    @Test
    void theMinistersNameFallsBackToNaamAndThePortalsEmptyDateIsNone() throws Exception {
        PortalCommitment c = (PortalCommitment) PortalRecords.read(json("""
                {"Id": "a", "Nummer": "TZ1", "Tekst": "t", "Aanmaakdatum": "2018-01-02",
                 "DatumNakoming": "0001-01-01T00:00:00Z", "Naam": "Herbert, H.G."}"""), 0, Optional.empty());
        assertEquals("Herbert, H.G.", c.minister());
        assertNull(c.dueDate());
        assertNull(c.portalStatus());
    }

    @Test
    void aMotieIsReadWithItsDossierSubmittersAndLatestDecision() throws Exception {
        PortalMotion m = (PortalMotion) PortalRecords.read(json("""
                {"Id": "1d7b", "Nummer": "2018Z05123", "Soort": "Motie", "Titel": "Motie van het lid Voorbeeld",
                 "Onderwerp": "Deradicalisering", "Kabinetsappreciatie": "Oordeel Kamer", "GestartOp": "2018-03-20T00:00:00+01:00",
                 "Volgnummer": 441, "Kamerstukdossier": [{"Nummer": 29754, "Toevoeging": null}],
                 "ZaakActor": [{"Relatie": "Medeindiener", "ActorNaam": "Tweede"}, {"Relatie": "Indiener", "ActorNaam": "Voorbeeld"},
                               {"Relatie": "Rapporteur", "ActorNaam": "Niet"}],
                 "Besluit": [{"BesluitSoort": "Stemmen - aangenomen", "Agendapunt": {"Activiteit": {"Datum": "2018-03-27T00:00:00+02:00"}}},
                             {"BesluitSoort": "Ingediend"},
                             {"BesluitSoort": "Aangehouden (tijdens vergadering)", "Agendapunt": {"Activiteit": {"Datum": "2018-03-20T00:00:00+01:00"}}}]}"""),
                3, Optional.of("Zaak"));
        assertEquals("29754", m.dossierNumber());
        assertEquals(441, m.volgnummer());
        assertEquals(List.of("Voorbeeld", "Tweede"), m.submitters());
        assertEquals(MotionDecision.ADOPTED, m.decision());
        assertEquals(LocalDate.of(2018, 3, 27), m.decidedOn());
        assertEquals(LocalDate.of(2018, 3, 20), m.submittedOn());
    }

    @Test
    void aRecordThatCannotBeReadIsRefusedWithEveryReason() {
        PortalRecords.Refused refused = assertThrows(PortalRecords.Refused.class, () -> PortalRecords.read(json("""
                {"Id": "z", "Nummer": "2018Z1", "Soort": "Motie", "Titel": 12, "Volgnummer": "vier",
                 "GestartOp": "27 maart 2018"}"""), 2, Optional.empty()));
        assertEquals(RecordKind.MOTION, refused.kind());
        assertEquals(List.of("value[2].Titel", "value[2].Volgnummer", "value[2].GestartOp", "value[2].Kamerstukdossier")
                .stream().sorted().toList(), refused.reasons().stream().map(InvalidParam::name).sorted().toList());
        assertThrows(PortalRecords.Refused.class, () -> PortalRecords.read(json("""
                {"Id": "z", "Nummer": "2018Z2", "Soort": "Amendement", "Titel": "x", "Kamerstukdossier": {"Nummer": 1}}"""),
                0, Optional.empty()));
        assertThrows(PortalRecords.Refused.class, () -> PortalRecords.read(json("""
                {"Id": "a", "Nummer": "TZ1", "Tekst": "t", "Aanmaakdatum": "2018-01-02", "Verwijderd": true}"""),
                0, Optional.empty()));
        assertThrows(PortalRecords.Refused.class, () -> PortalRecords.read(json("[1]"), 0, Optional.empty()));
    }

    @Test
    void decisionsAreReadFromTheBesluitSoort() {
        assertEquals(MotionDecision.ADOPTED, PortalRecords.decisionOf("Stemmen - zonder stemming aannemen"));
        assertEquals(MotionDecision.REJECTED, PortalRecords.decisionOf("Stemmen - verworpen"));
        assertEquals(MotionDecision.HELD, PortalRecords.decisionOf("Stemmen - uitstellen"));
        assertEquals(MotionDecision.WITHDRAWN, PortalRecords.decisionOf("Ingetrokken"));
        assertNull(PortalRecords.decisionOf("Behandelen"));
    }

    @Test
    void theContextNamesTheEntitySet() {
        assertEquals(Optional.of("Zaak"), PortalRecords.entitySet(
                "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Zaak(Kamerstukdossier(),ZaakActor())"));
        assertEquals(Optional.of("Toezegging"), PortalRecords.entitySet("$metadata#Toezegging"));
        assertEquals(Optional.empty(), PortalRecords.entitySet(null));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
