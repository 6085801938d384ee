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

    /** The catalogue: every measure with the requirements it addresses, in code order, read at once. */
    public static List<Measure> catalogue() {
        return list("select distinct m from Measure m left join fetch m.requirements order by m.code");
    }

    /** Those of {@code catalogue} that address any of these requirements, in its order. */
    public static List<Measure> addressing(List<Measure> catalogue, Collection<String> requirementCodes) {
        return catalogue.stream().filter(measure -> measure.requirements.stream().anyMatch(requirementCodes::contains)).toList();
    }
}
