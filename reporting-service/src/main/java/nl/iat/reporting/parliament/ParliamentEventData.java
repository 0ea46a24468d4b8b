package nl.iat.reporting.parliament;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.iat.platform.events.EventData;

/**
 * The data of the parliament events as the reports read them: the fields they use, of the contracts in
 * event-contracts ({@code nl.iat.parliament.*.schema.json}); unknown fields are ignored.
 */
public final class ParliamentEventData {

    private ParliamentEventData() {
    }

    /** What the reports keep of a commitment or a motion. */
    public interface Item extends EventData {
        UUID id();

        String number();

        String title();

        String status();

        List<UUID> measureIds();

        boolean illustrative();

        LocalDate effectiveOn();

        String kind();

        default LocalDate dueDate() {
            return null;
        }

        default String decision() {
            return null;
        }

        @Override
        default void requireComplete() {
            if (id() == null || number() == null || title() == null || status() == null || measureIds() == null) {
                throw new IllegalArgumentException("The parliament event lacks its id, number, title, status or measures");
            }
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CommitmentSet(UUID commitmentId, String number, String text, String status, LocalDate dueDate,
            List<UUID> measureIds, boolean illustrative, LocalDate effectiveOn) implements Item {

        @Override
        public UUID id() {
            return commitmentId;
        }

        @Override
        public String title() {
            return text;
        }

        @Override
        public String kind() {
            return "COMMITMENT";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MotionSet(UUID motionId, String number, String title, String followUpStatus, String decision,
            List<UUID> measureIds, boolean illustrative, LocalDate effectiveOn) implements Item {

        @Override
        public UUID id() {
            return motionId;
        }

        @Override
        public String status() {
            return followUpStatus;
        }

        @Override
        public String kind() {
            return "MOTION";
        }
    }
}
