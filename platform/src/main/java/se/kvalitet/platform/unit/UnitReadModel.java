package se.kvalitet.platform.unit;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A consuming service's copy of one registry unit, kept by {@link UnitProjection} in the service's
 * own table {@code known_unit} (migration {@code db/read-model}). A service maps its entity
 * onto it: {@code @Entity @Table(name = "known_unit") class KnownUnit extends UnitReadModel}.
 * Only the projection writes it.
 */
@MappedSuperclass
public abstract class UnitReadModel extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "principal_org_number", nullable = false)
    public String principalOrgNumber;

    @Column(name = "principal_name", nullable = false)
    public String principalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "principal_kind", nullable = false)
    public PrincipalKind principalKind;

    @Column(name = "principal_home_municipality")
    public String principalHomeMunicipality;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaOfActivity area;

    @Column(name = "permit_id")
    public String permitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitStatus status;

    @Column(name = "registry_version", nullable = false)
    public long registryVersion;

    public boolean isActive() {
        return status == UnitStatus.ACTIVE;
    }

    public boolean isMunicipal() {
        return principalKind == PrincipalKind.MUNICIPALITY;
    }
}
