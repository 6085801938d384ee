package se.kvalitet.platform.unit;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import se.kvalitet.platform.audit.Actor;

/**
 * Fired (synchronously, in the consumer's transaction) once for every set of unit states applied
 * together, never for none, so that a service can react to them, e.g. re-assess the units, and
 * read what it needs of all of them at once rather than unit by unit.
 *
 * @param applied the states applied, in the order their events were delivered
 */
public record UnitStatesApplied(List<UnitStateApplied> applied) {

    public UnitStatesApplied {
        applied = List.copyOf(applied);
    }

    /** The units whose states were applied. */
    public Set<UUID> unitIds() {
        return applied.stream().map(change -> change.after().unitId()).collect(Collectors.toSet());
    }

    /** Runs the action for each state in order, as the consumer of the event that carried it. */
    public void forEach(Consumer<UnitStateApplied> action) {
        applied.forEach(change -> Actor.consumer(UnitProjection.CONSUMER, change.eventId()).act(() -> action.accept(change)));
    }
}
