package se.kvalitet.platform.unit;

/** Closing a unit is a state change, never a delete, so its history stays resolvable. */
public enum UnitStatus {
    ACTIVE,
    CLOSED
}
