package se.kvalitet.registry.unit;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.id.TimeOrderedIds;
import se.kvalitet.platform.organisation.OrganisationNumber;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.platform.unit.UnitState;
import se.kvalitet.platform.unit.UnitStatus;
import se.kvalitet.platform.web.ConflictProblem;
import se.kvalitet.platform.web.FieldProblem;
import se.kvalitet.platform.web.ForbiddenProblem;
import se.kvalitet.platform.web.InvalidInputException;
import se.kvalitet.registry.municipality.Municipality;
import se.kvalitet.registry.principal.Principal;
import se.kvalitet.registry.unit.UnitResource.RegisterUnit;
import se.kvalitet.registry.unit.UnitResource.ReviseUnit;

/** Registering, changing and closing a provider unit, each announced in its own transaction on registry.units.v1. */
@ApplicationScoped
@Startup // registers its metrics at start, so they read 0 rather than being absent
public class UnitRegistration {

    public static final String TOPIC = "registry.units.v1";
    public static final String UNIT_REGISTERED = "se.kvalitet.registry.UnitRegistered";
    public static final String UNIT_UPDATED = "se.kvalitet.registry.UnitUpdated";
    public static final String UNIT_CLOSED = "se.kvalitet.registry.UnitClosed";
    public static final String UNIT_REPUBLISHED = "se.kvalitet.registry.UnitRepublished";
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

    /** Refuses before it writes anything, so a refused row of a bulk registration leaves the others' transaction intact. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = { FieldProblem.class, ForbiddenProblem.class })
    public Unit register(RegisterUnit request, Caller caller) {
        Unit unit = registered(request, caller);
        UnitState registered = unit.state();
        outbox.publish(TOPIC, UNIT_REGISTERED, unit.id.toString(), registered);
        audit.record("Unit", unit.id, "register", null, registered);
        return unit;
    }

    /**
     * As {@link #register(RegisterUnit, Caller)}, for one row of a bulk registration: the unit's
     * audit entry goes to {@code audits} and its announcement to {@code announcements}, for the
     * caller to write with the others at once. An event written alone is numbered by the database
     * as it is inserted, so each one made Hibernate send every insert waiting before it, one unit
     * at a time.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = { FieldProblem.class, ForbiddenProblem.class })
    public Unit register(RegisterUnit request, Caller caller, AuditTrail.Batch audits, List<Outbox.Publication> announcements) {
        Unit unit = registered(request, caller);
        UnitState registered = unit.state();
        announcements.add(new Outbox.Publication(TOPIC, UNIT_REGISTERED, unit.id.toString(), registered));
        audits.record("Unit", unit.id, "register", null, registered);
        return unit;
    }

    /** The unit checked and stored, not yet announced or audited. */
    private Unit registered(RegisterUnit request, Caller caller) {
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
        requirePermitFitting(principal, request.permitId());
        if (!caller.is(Roles.AGENCY_OFFICER)) {
            requireOwnMunicipality(caller, municipality);
        }
        Unit unit = new Unit();
        unit.id = TimeOrderedIds.next();
        unit.name = request.name().trim();
        unit.principal = principal;
        unit.municipality = municipality;
        unit.area = request.area();
        unit.permitId = request.permitId() == null ? null : request.permitId().trim();
        unit.status = UnitStatus.ACTIVE;
        unit.registeredAt = clock.instant();
        unit.registeredBy = caller.name();
        unit.persist();
        registered.increment();
        LOG.infof("Unit %s registered for principal %s in %s by %s", unit.id, principal.orgNumber, municipality.code, caller.name());
        return unit;
    }

    /**
     * An edit of a unit's name, municipality, area and permit, of the version the client read; a
     * municipality edits only units operating in it, and moves them only within it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Unit revise(Unit unit, ReviseUnit request, Caller caller) {
        UnitState before = unit.state();
        requireOpen(unit);
        if (request.version() != unit.version) {
            throw new ConflictProblem("version", "the unit changed after version " + request.version() + " was read; it is now at version "
                    + unit.version);
        }
        Municipality municipality = Municipality.byCode(request.municipalityCode());
        if (municipality == null) {
            throw new InvalidInputException("municipalityCode", "is not a municipality code");
        }
        requirePermitFitting(unit.principal, request.permitId());
        if (!caller.is(Roles.AGENCY_OFFICER)) {
            requireOwnMunicipality(caller, unit.municipality);
            requireOwnMunicipality(caller, municipality);
        }
        unit.name = request.name().trim();
        unit.municipality = municipality;
        unit.area = request.area();
        unit.permitId = request.permitId() == null ? null : request.permitId().trim();
        unit.persistAndFlush();
        UnitState after = unit.state();
        outbox.publish(TOPIC, UNIT_UPDATED, unit.id.toString(), after);
        audit.record("Unit", unit.id, "update", before, after);
        LOG.infof("Unit %s updated by %s", unit.id, caller.name());
        return unit;
    }

    /** Closing is a state change, never a delete: the unit's history stays resolvable, and its open contract ends downstream. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Unit close(Unit unit, Caller caller) {
        UnitState before = unit.state();
        if (!caller.is(Roles.AGENCY_OFFICER)) {
            requireOwnMunicipality(caller, unit.municipality);
        }
        requireOpen(unit);
        unit.status = UnitStatus.CLOSED;
        unit.persistAndFlush();
        UnitState after = unit.state();
        outbox.publish(TOPIC, UNIT_CLOSED, unit.id.toString(), after);
        audit.record("Unit", unit.id, "close", before, after);
        LOG.infof("Unit %s closed by %s", unit.id, caller.name());
        return unit;
    }

    /** Every unit's current state again, for a consumer that joins late; consumers holding a state as new change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long republish() {
        long units = 0;
        try (Stream<Unit> all = Unit.<Unit>find("order by registeredAt, id").stream()) {
            for (Unit unit : (Iterable<Unit>) all::iterator) {
                outbox.publish(TOPIC, UNIT_REPUBLISHED, unit.id.toString(), unit.state());
                units++;
            }
        }
        LOG.infof("%d unit states republished", units);
        return units;
    }

    private static void requireOpen(Unit unit) {
        if (unit.status == UnitStatus.CLOSED) {
            throw new ConflictProblem("status", "the unit is CLOSED and is not changed any more");
        }
    }

    private static void requirePermitFitting(Principal principal, String permitId) {
        if (principal.kind == PrincipalKind.PRIVATE && (permitId == null || permitId.isBlank())) {
            throw new InvalidInputException("permitId", "is required for a private provider's unit (IVO permit)");
        }
        if (principal.kind == PrincipalKind.MUNICIPALITY && permitId != null) {
            throw new InvalidInputException("permitId", "a municipal unit has no IVO permit");
        }
    }

    /** A municipality registers and changes units only in its own municipality. */
    private static void requireOwnMunicipality(Caller caller, Municipality municipality) {
        Principal own = Principal.findById(caller.requiredOrganisation().digits());
        if (own == null || own.homeMunicipality == null || !own.homeMunicipality.code.equals(municipality.code)) {
            throw new ForbiddenProblem("a municipality registers and changes units only in its own municipality");
        }
    }
}
