package nl.iat.platform.events;

/**
 * The data of an event type as a consumer reads it: a record of the fields it uses (unknown fields
 * ignored, so producers may add fields), checked before anything is applied. The record is the
 * consumer's side of the type's contract (event-contracts); its tests hold the two together.
 */
public interface EventData {

    /** Throws IllegalArgumentException when the event lacks what the consumer needs: it is then dead-lettered. */
    void requireComplete();
}
