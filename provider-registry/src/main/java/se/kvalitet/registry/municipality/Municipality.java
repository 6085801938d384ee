package se.kvalitet.registry.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.organisation.MunicipalityCode;

/** One of Sweden's 290 municipalities (kommuner), by its SCB code; seeded and read-only. */
@Entity
public class Municipality extends PanacheEntityBase {

    @Id
    @Column(length = 4)
    public String code;

    @Column(nullable = false)
    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "county_code")
    public County county;

    /** The municipality of a four-digit code, or null when the text is no such code or names none. */
    public static Municipality byCode(String code) {
        return MunicipalityCode.isWellFormed(code) ? findById(code) : null;
    }
}
