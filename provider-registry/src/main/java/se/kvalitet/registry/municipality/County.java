package se.kvalitet.registry.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A county (län), the first two digits of its municipalities' codes. */
@Entity
public class County extends PanacheEntityBase {

    @Id
    @Column(length = 2)
    public String code;

    @Column(nullable = false)
    public String name;
}
