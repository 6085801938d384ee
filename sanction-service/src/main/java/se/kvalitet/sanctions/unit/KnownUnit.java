package se.kvalitet.sanctions.unit;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** This service's copy of a registry unit, kept current from registry.units.v1. */
@Entity
@Table(name = "known_unit")
public class KnownUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "principal_org_number", nullable = false)
    public String principalOrgNumber;

    @Column(name = "principal_home_municipality")
    public String principalHomeMunicipality;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Column(nullable = false)
    public String area;

    @Column(nullable = false)
    public String status;

    @Column(name = "registry_version", nullable = false)
    public long registryVersion;
}
