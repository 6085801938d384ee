package se.kvalitet.platform.unit;

/**
 * Fired (synchronously, in the consumer's transaction) when a newer unit state replaced what a
 * service held, so a service can react, e.g. re-assess the unit.
 *
 * @param before the state held until now, or null for a unit first seen
 * @param after the state now held
 */
public record UnitStateApplied(UnitState before, UnitState after) {
}
