package nl.iat.budget;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.iat.contracts.EventContracts;

/**
 * The data of measure events as the measures-service sends them, for the budget-service's tests: the
 * example of the type's contract (event-contracts) with the measure's id, code, status and version
 * set, checked against the type's schema.
 */
public final class MeasureEventData {

    private MeasureEventData() {
    }

    public static String of(String type, UUID measureId, String status, long version) {
        ObjectNode data = example(type, measureId, status, version);
        EventContracts.assertValid(type, data);
        return data.toString();
    }

    /** The same for a measure of the given classification (ADR 0016). */
    public static String classified(String type, UUID measureId, String status, long version, String classification) {
        ObjectNode data = example(type, measureId, status, version).put("classification", classification);
        EventContracts.assertValid(type, data);
        return data.toString();
    }

    private static ObjectNode example(String type, UUID measureId, String status, long version) {
        return EventContracts.example(type).put("measureId", measureId.toString())
                .put("code", "IAT-T-" + measureId.toString().substring(0, 8)).put("status", status).put("version", version);
    }
}
