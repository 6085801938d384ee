package se.kvalitet.platform.principal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.unit.PrincipalKind;

/**
 * A consuming service's copy of one registry principal, kept by {@link PrincipalProjection} in the
 * service's own table {@code known_principal} (migration {@code db/read-model}). A service maps
 * its entity onto it: {@code @Entity @Table(name = "known_principal") class KnownPrincipal extends
 * PrincipalReadModel}. Only the projection writes it.
 */
@MappedSuperclass
public abstract class PrincipalReadModel extends PanacheEntityBase {

    @Id
    @Column(name = "org_number")
    public String orgNumber;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PrincipalKind kind;

    /** The municipality a municipal principal governs; null for a private one. */
    @Column(name = "home_municipality")
    public String homeMunicipality;
}
