package nl.iat.reporting.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Cuts the hidden facts of one fiscal year, in the order they were recorded, into release batches
 * (ADR 0016): a batch closes once it holds facts of at least k distinct hidden lines or k distinct
 * hidden measures, and of none or at least k of the other kind. A report's confidential figure sums
 * only whole batches it includes entirely, so any figure, any difference of two reports and any total
 * minus its parts is a sum over at least k items. The open last batch is pending: shown nowhere.
 */
public final class ReleaseBatches {

    private final List<List<HiddenFact>> closed = new ArrayList<>();
    private final List<HiddenFact> pending = new ArrayList<>();

    private ReleaseBatches() {
    }

    /** @param factsInRecordedOrder the hidden facts of one fiscal year, oldest recording first */
    public static ReleaseBatches of(List<HiddenFact> factsInRecordedOrder, int minimumItems) {
        ReleaseBatches batches = new ReleaseBatches();
        Set<UUID> lines = new HashSet<>();
        Set<UUID> measures = new HashSet<>();
        for (HiddenFact fact : factsInRecordedOrder) {
            batches.pending.add(fact);
            addIfPresent(lines, fact.hiddenLine());
            addIfPresent(measures, fact.hiddenMeasure());
            if (closes(lines.size(), measures.size(), minimumItems)) {
                batches.closed.add(List.copyOf(batches.pending));
                batches.pending.clear();
                lines.clear();
                measures.clear();
            }
        }
        return batches;
    }

    /** The confidential figure of a report on the business date as known at the moment. */
    public ConfidentialFigure.Part release(LocalDate asOf, OffsetDateTime knownAt) {
        ConfidentialAmounts released = ConfidentialAmounts.ZERO;
        boolean withheld = pending.stream().anyMatch(fact -> fact.includedAt(asOf, knownAt));
        for (List<HiddenFact> batch : closed) {
            long included = batch.stream().filter(fact -> fact.includedAt(asOf, knownAt)).count();
            if (included == batch.size()) {
                released = released.plus(sum(batch));
            } else if (included > 0) {
                withheld = true;
            }
        }
        return new ConfidentialFigure.Part(released, withheld);
    }

    private static boolean closes(int lines, int measures, int k) {
        return (lines >= k || measures >= k) && (lines == 0 || lines >= k) && (measures == 0 || measures >= k);
    }

    private static void addIfPresent(Set<UUID> items, UUID item) {
        if (item != null) {
            items.add(item);
        }
    }

    private static ConfidentialAmounts sum(List<HiddenFact> batch) {
        return batch.stream().map(HiddenFact::amounts).reduce(ConfidentialAmounts.ZERO, ConfidentialAmounts::plus);
    }
}
