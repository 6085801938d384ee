package se.kvalitet.indicators.result;

/** How one result stands against its requirement's threshold. */
public enum Outcome {
    MET,
    NOT_MET,
    /** The sample is smaller than the requirement's minimum: no judgement either way. */
    INSUFFICIENT_DATA
}
