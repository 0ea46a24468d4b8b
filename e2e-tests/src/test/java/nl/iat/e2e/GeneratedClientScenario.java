package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.iat.client.budget.api.AllocationLedgerApi;
import nl.iat.client.budget.api.BudgetLinesApi;
import nl.iat.client.budget.api.EnvelopesApi;
import nl.iat.client.budget.model.BudgetLine;
import nl.iat.client.budget.model.BudgetLineRequest;
import nl.iat.client.budget.model.BudgetLineRequest.PriorityLineCodeEnum;
import nl.iat.client.budget.model.Envelope;
import nl.iat.client.budget.model.EnvelopeRequest;
import nl.iat.client.budget.model.LedgerEntry;
import nl.iat.client.budget.model.LedgerEntryKind;
import nl.iat.client.budget.model.LedgerEntryRequest;
import nl.iat.client.measures.ApiResponse;
import nl.iat.client.measures.api.MeasuresApi;
import nl.iat.client.measures.api.OrganisationsApi;
import nl.iat.client.measures.model.Approach;
import nl.iat.client.measures.model.Measure;
import nl.iat.client.measures.model.MeasureInput;
import nl.iat.client.measures.model.MeasureStatus;
import nl.iat.client.measures.model.Nature;
import nl.iat.client.measures.model.Organisation;
import nl.iat.client.measures.model.StatusTransition;
import nl.iat.client.reports.model.MeasurePicture;
import nl.iat.client.reports.model.MoneyChange1;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.e2e.harness.Fixtures.Converged;
import nl.iat.e2e.harness.GeneratedClients;
import nl.iat.e2e.harness.Tokens;
import nl.iat.platform.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * Scenario 10: the story through nothing but the clients generated at build time from the committed
 * OpenAPI documents (docs/api), through the gateway: a measure is registered and approved (with the
 * ETag it was read with), the year's envelope is ensured, a budget line created, money allocated to
 * the measure with a ledger entry, and the measure's report shows the allocation to the cent once the
 * events have crossed Kafka. A document a generator cannot turn into a working client fails here.
 */
class GeneratedClientScenario {

    private static final int YEAR = 2025;
    private static final long LINE_CENTS = 40_000_000L;
    private static final long ALLOCATED_CENTS = 12_345_678L;

    @Test
    void theStoryThroughClientsGeneratedFromTheDocuments() throws Exception {
        nl.iat.client.measures.ApiClient editor = GeneratedClients.measures(Tokens.of(Roles.MEASURE_EDITOR));
        nl.iat.client.budget.ApiClient controller = GeneratedClients.budget(Tokens.of(Roles.BUDGET_CONTROLLER));
        MeasuresApi measures = new MeasuresApi(editor);

        Organisation nctv = new OrganisationsApi(editor).listOrganisations(null, "NCTV", null, null, null).getItems().get(0);
        assertTrue(nctv.getName().contains("NCTV"), nctv.getName());
        Measure registered = measures.registerMeasure(new MeasureInput()
                .title("Generated client measure")
                .description("Registered by the client generated from measures-v1.openapi.json")
                .frameworkCode("NCTS-2016-2020")
                .interventionAreaCode("VOORKOMEN")
                .priorityLineCode("DERADICALISATION")
                .approach(Approach.PREVENTIVE)
                .nature(Nature.INTENSIFICATION)
                .leadOrganisationId(nctv.getId())
                .startDate(LocalDate.of(YEAR, 1, 1))
                .endDate(LocalDate.of(YEAR, 12, 31))
                .parliamentaryPapers(List.of("29 754, nr. 436")), key());
        assertEquals(MeasureStatus.PROPOSED, registered.getStatus());
        assertEquals(nctv.getId(), registered.getLeadOrganisation().getId());
        String measureId = registered.getId().toString();

        ApiResponse<Measure> read = measures.getMeasureWithHttpInfo(measureId);
        String etag = read.getHeaders().get("ETag").get(0);
        assertEquals("\"" + read.getData().getVersion() + "\"", etag, "the ETag is the measure's version");
        Measure approved = measures.transitionMeasureStatus(measureId, etag,
                new StatusTransition().status(MeasureStatus.APPROVED).reason("Approved through the generated client"));
        assertEquals(MeasureStatus.APPROVED, approved.getStatus());
        assertEquals(MeasureStatus.PROPOSED.getValue(), approved.getPreviousStatus().getValue());
        assertEquals(read.getData().getVersion() + 1, approved.getVersion(), "the transition advanced the version");

        Envelope envelope = ensureEnvelope(new EnvelopesApi(GeneratedClients.budget(Tokens.of(Roles.ADMIN))));
        assertEquals(YEAR, envelope.getFiscalYear());
        assertTrue(envelope.getAmountCents() >= LINE_CENTS, "the envelope holds the line: " + envelope);

        BudgetLinesApi lines = new BudgetLinesApi(controller);
        BudgetLine line = lines.createBudgetLine(new BudgetLineRequest().fiscalYear(YEAR)
                .priorityLineCode(PriorityLineCodeEnum.DERADICALISATION).title("Generated client line " + YEAR)
                .ownerOrganisationId(nctv.getId()).amountCents(LINE_CENTS), key());
        assertEquals(LINE_CENTS, line.getAmountCents());
        assertEquals(0L, line.getAllocatedCents());
        assertEquals(LINE_CENTS, line.getFreeCents());

        LedgerEntry entry = allocate(new AllocationLedgerApi(controller), line.getBudgetLineId(), registered.getId());
        assertEquals(LedgerEntryKind.ALLOCATE, entry.getKind());
        assertEquals(ALLOCATED_CENTS, entry.getAmountCents());
        assertEquals(0L, entry.getLineAllocatedBeforeCents());
        assertEquals(ALLOCATED_CENTS, entry.getLineAllocatedAfterCents());
        assertEquals(registered.getId(), entry.getChanges().get(0).getMeasureId());
        BudgetLine after = lines.getBudgetLine(line.getBudgetLineId());
        assertEquals(ALLOCATED_CENTS, after.getAllocatedCents());
        assertEquals(LINE_CENTS - ALLOCATED_CENTS, after.getFreeCents());

        nl.iat.client.reports.api.MeasuresApi reports = new nl.iat.client.reports.api.MeasuresApi(
                GeneratedClients.reports(Tokens.of(Roles.VIEWER)));
        Converged<MeasurePicture> reported = Fixtures.converge(() -> report(reports, measureId),
                p -> p != null && p.getTotals() != null && p.getTotals().getAllocatedCents() == ALLOCATED_CENTS);
        assertTrue(reported.reached(), "the report shows the allocation: " + reported.value());
        MeasurePicture picture = reported.value();
        assertEquals(ALLOCATED_CENTS, picture.getTotals().getAllocatedCents());
        assertEquals(0L, picture.getTotals().getCommittedCents());
        assertEquals(0L, picture.getTotals().getSpentCents());
        assertEquals(registered.getId(), picture.getMeasure().getMeasureId());
        assertEquals("APPROVED", picture.getMeasure().getStatus());
        assertEquals(1, picture.getAllocations().size(), "one allocation: " + picture.getAllocations());
        assertEquals(line.getBudgetLineId(), picture.getAllocations().get(0).getBudgetLineId());
        assertEquals(ALLOCATED_CENTS, picture.getAllocations().get(0).getAllocatedCents());
        MoneyChange1 change = picture.getMoneyHistory().get(0);
        assertEquals(List.of("ALLOCATE", ALLOCATED_CENTS, YEAR),
                List.of(change.getKind(), change.getAmountCents(), change.getFiscalYear()), "the money history: " + change);

        Figures.record("10 generated clients", Map.of("allocated cents", ALLOCATED_CENTS,
                "reported cents", picture.getTotals().getAllocatedCents(),
                "seconds to converge", Math.round(reported.seconds() * 100) / 100.0));
    }

    /** The envelope of the year: read, or created when the e2e database has none (a concurrent creation is a 409). */
    private static Envelope ensureEnvelope(EnvelopesApi envelopes) throws nl.iat.client.budget.ApiException {
        try {
            return envelopes.getEnvelope(YEAR);
        } catch (nl.iat.client.budget.ApiException e) {
            assertEquals(404, e.getCode(), e.getResponseBody());
        }
        try {
            return envelopes.createEnvelope(new EnvelopeRequest().fiscalYear(YEAR).amountCents(Fixtures.ENVELOPE_CENTS)
                    .budgetArticle("VI.36 Contraterrorisme en Nationaal Veiligheidsbeleid"), key());
        } catch (nl.iat.client.budget.ApiException e) {
            assertEquals(409, e.getCode(), e.getResponseBody());
            return envelopes.getEnvelope(YEAR);
        }
    }

    /**
     * Allocates to the measure, retrying (with the same Idempotency-Key) while the budget-service has
     * not yet learnt of it: it learns of measures through their events.
     */
    private static LedgerEntry allocate(AllocationLedgerApi ledger, UUID budgetLineId, UUID measureId) {
        String key = key();
        LedgerEntryRequest request = new LedgerEntryRequest().kind(LedgerEntryKind.ALLOCATE).measureId(measureId)
                .amountCents(ALLOCATED_CENTS).reason("Allocated through the generated client");
        Converged<LedgerEntry> recorded = Fixtures.converge(() -> {
            try {
                return ledger.recordLedgerEntry(budgetLineId, request, key);
            } catch (nl.iat.client.budget.ApiException e) {
                if (e.getCode() == 422 && e.getResponseBody().contains("is not known")) {
                    return null;
                }
                throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
            }
        }, entry -> entry != null);
        assertNotNull(recorded.value(), "the budget-service learnt of the measure");
        return recorded.value();
    }

    /** The measure's report, or null while the reporting-service has not yet seen the measure. */
    private static MeasurePicture report(nl.iat.client.reports.api.MeasuresApi reports, String measureId) {
        try {
            return reports.getMeasureReport(measureId, null, null);
        } catch (nl.iat.client.reports.ApiException e) {
            if (e.getCode() == 404) {
                return null;
            }
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
