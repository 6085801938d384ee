package se.kvalitet.contracts.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import se.kvalitet.platform.principal.PrincipalState;
import se.kvalitet.platform.principal.PrincipalStateApplied;
import se.kvalitet.platform.unit.PrincipalKind;

/** When the registry announces a municipality, the open contracts it is counterparty to learn its organisation number and name. */
@ApplicationScoped
public class MunicipalityAnnouncements {

    private final ContractLifecycle lifecycle;

    public MunicipalityAnnouncements(ContractLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    void principalApplied(@Observes PrincipalStateApplied applied) {
        PrincipalState municipality = applied.after();
        if (municipality.kind() == PrincipalKind.MUNICIPALITY && municipality.homeMunicipalityCode() != null) {
            lifecycle.municipalityKnown(municipality.homeMunicipalityCode(),
                    new Counterparties.Municipality(municipality.orgNumber(), municipality.name()));
        }
    }
}
