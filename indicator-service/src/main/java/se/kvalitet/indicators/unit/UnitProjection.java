package se.kvalitet.indicators.unit;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.kvalitet.events.InvalidEventException;
import se.kvalitet.events.Inbox;

/** Keeps {@link KnownUnit} in step with the registry's unit states. */
@ApplicationScoped
public class UnitProjection {

    record UnitState(UUID unitId, Principal principal, String municipalityCode, String area, String status, Long version) {
        record Principal(String orgNumber, String homeMunicipalityCode) {
        }
    }

    private final Inbox inbox;

    public UnitProjection(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("registry-units")
    @Blocking
    public void apply(String message) {
        inbox.process(message, "unit-projection", event -> {
            UnitState state = inbox.data(event, UnitState.class);
            if (state.unitId() == null || state.principal() == null || state.principal().orgNumber() == null
                    || state.municipalityCode() == null || state.area() == null || state.status() == null || state.version() == null) {
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
            unit.principalHomeMunicipality = state.principal().homeMunicipalityCode();
            unit.municipalityCode = state.municipalityCode();
            unit.area = state.area();
            unit.status = state.status();
            unit.registryVersion = state.version();
            unit.persist();
        });
    }
}
