package se.kvalitet.contracts.contract;

/** How far a principal reports it has come with one measure of its contract. */
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
