package se.kvalitet.contracts.unit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.kvalitet.contracts.assessment.Assessor;
import se.kvalitet.contracts.assessment.JudgedResult;
import se.kvalitet.events.Inbox;
import se.kvalitet.events.InvalidEventException;

/** Keeps {@link KnownUnit} in step with the registry and re-assesses a unit when it changes. */
@ApplicationScoped
public class UnitProjection {

    record UnitState(UUID unitId, Principal principal, String municipalityCode, String area, String status, Long version) {
        record Principal(String orgNumber, String name, String kind, String homeMunicipalityCode) {
        }
    }

    private final Inbox inbox;
    private final Assessor assessor;

    public UnitProjection(Inbox inbox, Assessor assessor) {
        this.inbox = inbox;
        this.assessor = assessor;
    }

    @Incoming("registry-units")
    @Blocking
    public void apply(String message) {
        inbox.process(message, "unit-projection", event -> {
            UnitState state = inbox.data(event, UnitState.class);
            if (state.unitId() == null || state.principal() == null || state.principal().orgNumber() == null
                    || state.principal().kind() == null || state.municipalityCode() == null || state.area() == null
                    || state.status() == null || state.version() == null) {
                throw new InvalidEventException("unit state " + event.id() + " lacks required fields");
            }
            KnownUnit unit = KnownUnit.findById(state.unitId());
            if (unit == null) {
                unit = new KnownUnit();
                unit.id = state.unitId();
            } else if (unit.registryVersion > state.version()) {
                return;
            }
            unit.principalOrgNumber = state.principal().orgNumber();
            unit.principalName = state.principal().name() == null ? state.principal().orgNumber() : state.principal().name();
            unit.principalKind = state.principal().kind();
            unit.principalHomeMunicipality = state.principal().homeMunicipalityCode();
            unit.municipalityCode = state.municipalityCode();
            unit.area = state.area();
            unit.status = state.status();
            unit.registryVersion = state.version();
            unit.persist();
            List<String> periods = JudgedResult.find("select distinct period from JudgedResult where unitId = ?1", unit.id)
                    .project(String.class).list();
            for (String period : periods) {
                assessor.reassess(unit.id, period);
            }
        });
    }
}
