package se.kvalitet.platform.unit;

import java.util.UUID;

/**
 * A unit's current state as the registry publishes it on {@code registry.units.v1} (a compacted
 * topic: the latest record per unit id is the truth), and as every consumer reads it. Schema:
 * api-specs/events/unit-state.schema.json.
 */
public record UnitState(
        UUID unitId,
        String name,
        PrincipalRef principal,
        String municipalityCode,
        AreaOfActivity area,
        String permitId,
        UnitStatus status,
        long version) {

    /** The unit's principal (huvudman), as far as consumers need it. */
    public record PrincipalRef(String orgNumber, String name, PrincipalKind kind, String homeMunicipalityCode) {
    }
}
