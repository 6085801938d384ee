package se.kvalitet.indicators.kolada;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.indicators.requirement.Requirement;
import se.kvalitet.indicators.unit.KnownUnit;
import se.kvalitet.platform.organisation.MunicipalityCode;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.web.InvalidInputException;

/**
 * One entry of the Kolada mapping the agency keeps: a KPI onto a requirement, an organisational
 * unit onto a unit, or a municipality's figures in one area onto the unit that stands for the
 * municipality's own service there.
 */
@Entity
@Table(name = "kolada_mapping")
public class KoladaMapping extends PanacheEntityBase {

    public enum Kind {
        KPI,
        OU,
        MUNICIPALITY
    }

    /** Kind, Kolada id and (for a municipality) area; the area is empty for the other kinds. */
    @Embeddable
    public static class Key implements Serializable {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Kind kind;

        @Column(name = "kolada_id", nullable = false)
        public String koladaId;

        @Column(nullable = false)
        public String area;

        public Key() {
        }

        public Key(Kind kind, String koladaId, String area) {
            this.kind = kind;
            this.koladaId = koladaId;
            this.area = area == null ? "" : area;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && kind == key.kind && koladaId.equals(key.koladaId) && area.equals(key.area);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, koladaId, area);
        }

        @Override
        public String toString() {
            return kind + ":" + koladaId + (area.isEmpty() ? "" : ":" + area);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(name = "requirement_code")
    public String requirementCode;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    static final Pattern KPI_ID = Pattern.compile("[A-Z]\\d{5}");
    static final Pattern OU_ID = Pattern.compile("[A-Z][A-Z0-9]{1,39}");

    /**
     * The key a mapping of {@code kind} for {@code koladaId} (and a municipality's {@code area})
     * has, once what it maps onto is checked: a KPI onto a requirement that exists, an
     * organisational unit onto a unit the registry knows, a municipality's figures in one area onto
     * a unit operating in that municipality and area.
     *
     * @throws InvalidInputException naming the field and why the mapping cannot be
     */
    static Key checked(Kind kind, String koladaId, AreaOfActivity area, String requirementCode, UUID unitId) {
        switch (kind) {
            case KPI -> {
                require(KPI_ID.matcher(koladaId).matches(), "koladaId", "must be a Kolada KPI id such as U21468");
                require(requirementCode != null, "requirementCode", "is required for a KPI");
                require(unitId == null, "unitId", "must be absent for a KPI");
                require(area == null, "area", "must be absent for a KPI");
                require(Requirement.findById(requirementCode) != null, "requirementCode", "no such requirement");
            }
            case OU -> {
                require(OU_ID.matcher(koladaId).matches(), "koladaId", "must be a Kolada organisational unit id such as V15E144001301");
                require(unitId != null, "unitId", "is required for an organisational unit");
                require(requirementCode == null, "requirementCode", "must be absent for an organisational unit");
                require(area == null, "area", "must be absent for an organisational unit");
                require(KnownUnit.findById(unitId) != null, "unitId", "no such unit in the registry");
            }
            case MUNICIPALITY -> {
                require(MunicipalityCode.isWellFormed(koladaId), "koladaId", "must be a municipality code such as 0180");
                require(area != null, "area", "is required for a municipality");
                require(unitId != null, "unitId", "is required for a municipality");
                require(requirementCode == null, "requirementCode", "must be absent for a municipality");
                KnownUnit unit = KnownUnit.findById(unitId);
                require(unit != null, "unitId", "no such unit in the registry");
                require(unit.municipalityCode.equals(koladaId) && unit.area == area, "unitId",
                        "the unit operates in " + unit.municipalityCode + " in " + unit.area + ", not in " + koladaId + " in " + area);
            }
        }
        return new Key(kind, koladaId, area == null ? null : area.name());
    }

    private static void require(boolean holds, String field, String reason) {
        if (!holds) {
            throw new InvalidInputException(field, reason);
        }
    }
}
