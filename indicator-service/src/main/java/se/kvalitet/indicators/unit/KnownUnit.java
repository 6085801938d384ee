package se.kvalitet.indicators.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.kvalitet.platform.unit.UnitReadModel;

/** This service's copy of a registry unit, kept current from registry.units.v1 by the platform's projection. */
@Entity
@Table(name = "known_unit")
public class KnownUnit extends UnitReadModel {
}
