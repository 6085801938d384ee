package se.kvalitet.platform.principal;

import se.kvalitet.platform.unit.PrincipalKind;

/**
 * A principal's (huvudman's) current state as the registry publishes it on
 * {@code registry.principals.v1} (a compacted topic keyed by the organisation number: the latest
 * record per principal is the truth), and as every consumer reads it. Schema:
 * api-specs/events/principal-state.schema.json.
 *
 * @param orgNumber the organisation number, ten digits
 * @param homeMunicipalityCode the municipality a municipal principal governs; null for a private one
 */
public record PrincipalState(String orgNumber, String name, PrincipalKind kind, String homeMunicipalityCode) {
}
