package nl.iat.reporting.readmodel;

import java.time.LocalDate;

/**
 * The data of an event whose facts feed the as-of snapshots (money and measure versions): applying it
 * changes the snapshots from its business date on (ADR 0304).
 */
public interface SnapshotFact {

    /** The business date it took effect; null in events written before they carried one. */
    LocalDate businessDate();
}
