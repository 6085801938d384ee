package se.kvalitet.platform.unit;

import java.util.UUID;

/**
 * A newer unit state that replaced what a service held, and the event that carried it.
 *
 * @param eventId the registry event that carried the state; whatever is done about it is done as that event's consumer
 * @param before the state held until now, or null for a unit first seen
 * @param after the state now held
 */
public record UnitStateApplied(UUID eventId, UnitState before, UnitState after) {
}
