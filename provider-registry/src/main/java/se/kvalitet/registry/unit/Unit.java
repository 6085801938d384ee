package se.kvalitet.registry.unit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.UnitState;
import se.kvalitet.platform.unit.UnitStatus;
import se.kvalitet.registry.municipality.Municipality;
import se.kvalitet.registry.principal.Principal;

/** A provider unit (enhet): where a principal delivers a social service in a municipality. */
@Entity
@Table(name = "provider_unit")
public class Unit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "principal_org_number")
    public Principal principal;

    @ManyToOne(optional = false)
    @JoinColumn(name = "municipality_code")
    public Municipality municipality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaOfActivity area;

    @Column(name = "permit_id")
    public String permitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitStatus status;

    @Version
    public long version;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    /** The unit's current state, as published on registry.units.v1 and answered by the API. */
    public UnitState state() {
        return new UnitState(id, name,
                new UnitState.PrincipalRef(principal.orgNumber, principal.name, principal.kind,
                        principal.homeMunicipality == null ? null : principal.homeMunicipality.code),
                municipality.code, area, permitId, status, version);
    }
}
