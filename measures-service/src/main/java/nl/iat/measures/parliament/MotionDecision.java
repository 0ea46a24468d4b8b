package nl.iat.measures.parliament;

/** What the Tweede Kamer decided on a motion; none while it is undecided. */
public enum MotionDecision {
    ADOPTED, REJECTED, HELD, WITHDRAWN
}
