package se.kvalitet.indicators.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.kvalitet.platform.principal.PrincipalReadModel;

/** This service's copy of a registry principal, kept current from registry.principals.v1 by the platform's projection. */
@Entity
@Table(name = "known_principal")
public class KnownPrincipal extends PrincipalReadModel {
}
