package se.kvalitet.contracts.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.contracts.unit.KnownUnit;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;

/** A quality contract (kvalitetskontrakt) between a unit's principal and its counterparty. */
@Entity
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "principal_org_number", nullable = false)
    public String principalOrgNumber;

    @Column(name = "principal_name", nullable = false)
    public String principalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "principal_kind", nullable = false)
    public PrincipalKind principalKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "counterparty_kind", nullable = false)
    public Counterparty.Kind counterpartyKind;

    @Column(name = "counterparty_name")
    public String counterpartyName;

    @Column(name = "counterparty_municipality_code")
    public String counterpartyMunicipalityCode;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaOfActivity area;

    @ElementCollection
    @CollectionTable(name = "contract_breached_requirement", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    @Column(name = "requirement_code")
    public List<String> breachedRequirements = new ArrayList<>();

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** A pre-filled draft for a breach, with the counterparty the principal's kind calls for. */
    public static Contract draftFor(KnownUnit unit, String period, List<String> breachedRequirements, Instant now) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.unitId = unit.id;
        contract.period = period;
        contract.status = ContractStatus.DRAFT;
        contract.principalOrgNumber = unit.principalOrgNumber;
        contract.principalName = unit.principalName;
        contract.principalKind = unit.principalKind;
        Counterparty counterparty = Counterparty.forUnit(unit.isMunicipal(), unit.municipalityCode);
        contract.counterpartyKind = counterparty.kind();
        contract.counterpartyName = counterparty.name();
        contract.counterpartyMunicipalityCode = counterparty.municipalityCode();
        contract.municipalityCode = unit.municipalityCode;
        contract.area = unit.area;
        contract.breachedRequirements.addAll(breachedRequirements);
        contract.createdAt = now;
        contract.updatedAt = now;
        return contract;
    }

    public Counterparty counterparty() {
        return new Counterparty(counterpartyKind, counterpartyName, counterpartyMunicipalityCode);
    }

    public void cancel(String reason, Instant now) {
        status = status.moveTo(ContractStatus.CANCELLED);
        cancellationReason = reason;
        updatedAt = now;
    }
}
