package nl.iat.budget.service;

import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.iat.budget.allocation.LedgerEntryKind;
import nl.iat.budget.allocation.Refusal;
import nl.iat.budget.allocation.SpendingKind;
import nl.iat.platform.problem.ProblemException;

/**
 * The budget's business metrics: ledger entries recorded ({@code iat.ledger.entries.recorded}, by
 * {@code kind}) and refused ({@code iat.ledger.entries.refused}, by {@code kind} and {@code reason}),
 * and money refused for exceeding its line or allocation ({@code iat.budget.overspend.refused}, by
 * ledger or spending {@code kind}). The reason is the {@link Refusal} code, or the problem's status
 * class for other refusals: a bounded set, never an id or a detail text.
 * Counted around the use case, so only what committed counts as recorded.
 */
@ApplicationScoped
public class BudgetMetrics {

    @Inject
    MeterRegistry registry;

    /** Every kind's recorded counter and the overspend counters from the start, at 0. */
    @PostConstruct
    void register() {
        for (LedgerEntryKind kind : LedgerEntryKind.values()) {
            recorded(kind);
        }
        overspend(LedgerEntryKind.ALLOCATE.name());
        overspend(LedgerEntryKind.INCREASE.name());
        for (SpendingKind kind : SpendingKind.values()) {
            overspend(kind.name());
        }
    }

    /** Runs a ledger entry's use case and counts what came of it. */
    public <T> T ledgerEntry(LedgerEntryKind kind, Supplier<T> recording) {
        try {
            T entry = recording.get();
            recorded(kind).increment();
            return entry;
        } catch (ProblemException refused) {
            String reason = reasonOf(refused);
            Counter.builder("iat.ledger.entries.refused").description("Ledger entries refused, by kind and reason")
                    .tag("kind", kind.name()).tag("reason", reason).register(registry).increment();
            countOverspend(kind.name(), reason);
            throw refused;
        }
    }

    /** Runs a commitment's or expenditure's use case and counts an overspend refusal. */
    public <T> T spending(SpendingKind kind, Supplier<T> recording) {
        try {
            return recording.get();
        } catch (ProblemException refused) {
            countOverspend(kind.name(), reasonOf(refused));
            throw refused;
        }
    }

    static String reasonOf(ProblemException refused) {
        if (refused instanceof Refusal rule) {
            return rule.reason();
        }
        return switch (refused.status()) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 422 -> "unprocessable";
            default -> "status-" + refused.status();
        };
    }

    private void countOverspend(String kind, String reason) {
        if (Refusal.OVERSPEND.equals(reason)) {
            overspend(kind).increment();
        }
    }

    private Counter recorded(LedgerEntryKind kind) {
        return Counter.builder("iat.ledger.entries.recorded").description("Ledger entries recorded, by kind")
                .tag("kind", kind.name()).register(registry);
    }

    private Counter overspend(String kind) {
        return Counter.builder("iat.budget.overspend.refused")
                .description("Entries, commitments and expenditures refused for exceeding their line or allocation")
                .tag("kind", kind).register(registry);
    }
}
