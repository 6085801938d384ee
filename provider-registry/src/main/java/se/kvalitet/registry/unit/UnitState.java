package se.kvalitet.registry.unit;

import java.util.UUID;

import se.kvalitet.registry.principal.PrincipalKind;

/**
 * The unit's current state as published on {@code registry.units.v1} (a compacted topic: the
 * latest record per unit id is the truth). Schema: api-specs/events/unit-state.schema.json.
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

    public record PrincipalRef(String orgNumber, String name, PrincipalKind kind, String homeMunicipalityCode) {
    }

    public static UnitState of(Unit unit) {
        return new UnitState(unit.id, unit.name,
                new PrincipalRef(unit.principal.orgNumber, unit.principal.name, unit.principal.kind,
                        unit.principal.homeMunicipality == null ? null : unit.principal.homeMunicipality.code),
                unit.municipality.code, unit.area, unit.permitId, unit.status, unit.version);
    }
}
