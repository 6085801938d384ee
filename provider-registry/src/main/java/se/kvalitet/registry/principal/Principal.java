package se.kvalitet.registry.principal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.principal.PrincipalState;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.registry.municipality.Municipality;

/** The principal (huvudman) responsible for provider units. */
@Entity
public class Principal extends PanacheEntityBase {

    @Id
    @Column(name = "org_number", length = 10)
    public String orgNumber;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PrincipalKind kind;

    @ManyToOne
    @JoinColumn(name = "home_municipality_code")
    public Municipality homeMunicipality;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    /** The principal's current state, as published on registry.principals.v1. */
    public PrincipalState state() {
        return new PrincipalState(orgNumber, name, kind, homeMunicipality == null ? null : homeMunicipality.code);
    }
}
