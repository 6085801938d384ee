package se.kvalitet.contracts.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A remediation measure (åtgärd) of the catalogue: what a unit does, the research or proven
 * experience it rests on, what it is estimated to cost in SEK, and the requirements it addresses.
 */
@Entity
public class Measure extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String evidence;

    @Column(name = "estimated_cost", nullable = false)
    public BigDecimal estimatedCost;

    @ElementCollection
    @CollectionTable(name = "measure_requirement", joinColumns = @JoinColumn(name = "measure_code"))
    @Column(name = "requirement_code")
    @OrderBy
    public List<String> requirements = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The catalogue's measures for any of these requirements, in code order. */
    public static List<Measure> addressing(Collection<String> requirementCodes) {
        if (requirementCodes.isEmpty()) {
            return List.of();
        }
        return list("select distinct m from Measure m join m.requirements r where r in ?1 order by m.code", requirementCodes);
    }
}
