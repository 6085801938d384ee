package se.kvalitet.registry.unit;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.organisation.OrganisationNumber;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.platform.unit.UnitStatus;
import se.kvalitet.platform.web.ForbiddenProblem;
import se.kvalitet.platform.web.InvalidInputException;
import se.kvalitet.registry.municipality.Municipality;
import se.kvalitet.registry.principal.Principal;
import se.kvalitet.registry.unit.UnitResource.RegisterUnit;

/** Registering a provider unit and announcing it, in one transaction, on registry.units.v1. */
@ApplicationScoped
@Startup // registers its metrics at start, so they read 0 rather than being absent
public class UnitRegistration {

    public static final String TOPIC = "registry.units.v1";
    public static final String UNIT_REGISTERED = "se.kvalitet.registry.UnitRegistered";
    private static final Logger LOG = Logger.getLogger(UnitRegistration.class);

    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final Counter registered;

    public UnitRegistration(Outbox outbox, AuditTrail audit, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.registered = meters.counter("kvalitet.units.registered");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Unit register(RegisterUnit request, Caller caller) {
        String problem = OrganisationNumber.problemWith(request.principalOrgNumber());
        if (problem != null) {
            throw new InvalidInputException("principalOrgNumber", problem);
        }
        Principal principal = Principal.findById(OrganisationNumber.parse(request.principalOrgNumber()).digits());
        if (principal == null) {
            throw new InvalidInputException("principalOrgNumber", "no principal is registered with this number");
        }
        Municipality municipality = Municipality.byCode(request.municipalityCode());
        if (municipality == null) {
            throw new InvalidInputException("municipalityCode", "is not a municipality code");
        }
        if (principal.kind == PrincipalKind.PRIVATE && (request.permitId() == null || request.permitId().isBlank())) {
            throw new InvalidInputException("permitId", "is required for a private provider's unit (IVO permit)");
        }
        if (principal.kind == PrincipalKind.MUNICIPALITY && request.permitId() != null) {
            throw new InvalidInputException("permitId", "a municipal unit has no IVO permit");
        }
        if (!caller.is(Roles.AGENCY_OFFICER)) {
            requireOwnMunicipality(caller, municipality);
        }
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.name = request.name().trim();
        unit.principal = principal;
        unit.municipality = municipality;
        unit.area = request.area();
        unit.permitId = request.permitId() == null ? null : request.permitId().trim();
        unit.status = UnitStatus.ACTIVE;
        unit.registeredAt = clock.instant();
        unit.registeredBy = caller.name();
        unit.persistAndFlush();
        outbox.publish(TOPIC, UNIT_REGISTERED, unit.id.toString(), unit.state());
        audit.record("Unit", unit.id, "register", null, unit.state());
        registered.increment();
        LOG.infof("Unit %s registered for principal %s in %s by %s", unit.id, principal.orgNumber, municipality.code, caller.name());
        return unit;
    }

    /** A municipality registers units only in its own municipality. */
    private static void requireOwnMunicipality(Caller caller, Municipality municipality) {
        Principal own = Principal.findById(caller.requiredOrganisation().digits());
        if (own == null || own.homeMunicipality == null || !own.homeMunicipality.code.equals(municipality.code)) {
            throw new ForbiddenProblem("a municipality registers units only in its own municipality");
        }
    }
}
