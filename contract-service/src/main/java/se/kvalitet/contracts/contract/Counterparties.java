package se.kvalitet.contracts.contract;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.kvalitet.platform.unit.UnitReadModel;

/**
 * Who a unit's contract is with (DESIGN.md §1.3): the agency, whose organisation number is
 * configured, or the affected municipality, whose number this service knows once the registry has
 * announced the municipality as a principal on registry.principals.v1.
 */
@ApplicationScoped
public class Counterparties {

    private final EntityManager entityManager;
    private final String agencyOrgNumber;

    public Counterparties(EntityManager entityManager, @ConfigProperty(name = "kvalitet.agency.org-number") String agencyOrgNumber) {
        this.entityManager = entityManager;
        this.agencyOrgNumber = agencyOrgNumber;
    }

    public Counterparty forUnit(UnitReadModel unit) {
        if (unit.isMunicipal()) {
            return new Counterparty(Counterparty.Kind.AGENCY, Counterparty.AGENCY_NAME, null, agencyOrgNumber);
        }
        Optional<Municipality> municipality = municipality(unit.municipalityCode);
        return new Counterparty(Counterparty.Kind.MUNICIPALITY, municipality.map(Municipality::name).orElse(null), unit.municipalityCode,
                municipality.map(Municipality::orgNumber).orElse(null));
    }

    /** A municipality as a party: its organisation number and name. */
    public record Municipality(String orgNumber, String name) {
    }

    /** The municipality with this code, once the registry has announced it as a principal. */
    public Optional<Municipality> municipality(String municipalityCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select org_number, name from known_principal where kind = 'MUNICIPALITY' and home_municipality = ?1")
                .setParameter(1, municipalityCode).getResultList();
        return rows.stream().findFirst().map(row -> new Municipality((String) row[0], (String) row[1]));
    }
}
