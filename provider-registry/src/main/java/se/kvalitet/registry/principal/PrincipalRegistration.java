package se.kvalitet.registry.principal;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.organisation.OrganisationNumber;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.platform.web.ConflictProblem;
import se.kvalitet.platform.web.InvalidInputException;
import se.kvalitet.registry.municipality.Municipality;
import se.kvalitet.registry.principal.PrincipalResource.PrincipalView;
import se.kvalitet.registry.principal.PrincipalResource.RegisterPrincipal;

/**
 * Registering a principal: the rules that tie its kind, number and home municipality together.
 * The principal is announced, in the same transaction, on registry.principals.v1, so that every
 * service knows which municipality a municipal principal governs before any of its units exists.
 */
@ApplicationScoped
public class PrincipalRegistration {

    public static final String TOPIC = "registry.principals.v1";
    public static final String PRINCIPAL_REGISTERED = "se.kvalitet.registry.PrincipalRegistered";
    private static final Logger LOG = Logger.getLogger(PrincipalRegistration.class);

    private final Clock clock;
    private final AuditTrail audit;
    private final Outbox outbox;

    public PrincipalRegistration(Clock clock, AuditTrail audit, Outbox outbox) {
        this.clock = clock;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Principal register(RegisterPrincipal request, String registeredBy) {
        String problem = OrganisationNumber.problemWith(request.orgNumber());
        if (problem != null) {
            throw new InvalidInputException("orgNumber", problem);
        }
        OrganisationNumber orgNumber = OrganisationNumber.parse(request.orgNumber());
        Municipality home = null;
        if (request.kind() == PrincipalKind.MUNICIPALITY) {
            if (!orgNumber.isMunicipal()) {
                throw new InvalidInputException("orgNumber", "a municipal principal's number starts with 212000");
            }
            if (request.homeMunicipalityCode() == null) {
                throw new InvalidInputException("homeMunicipalityCode", "is required for a municipal principal");
            }
            home = Municipality.byCode(request.homeMunicipalityCode());
            if (home == null) {
                throw new InvalidInputException("homeMunicipalityCode", "is not a municipality code");
            }
            if (Principal.count("homeMunicipality", home) > 0) {
                throw new ConflictProblem("homeMunicipalityCode", "municipality " + home.code + " already has its principal");
            }
        } else {
            if (orgNumber.isMunicipal()) {
                throw new InvalidInputException("orgNumber", "numbers starting with 212000 belong to municipalities");
            }
            if (request.homeMunicipalityCode() != null) {
                throw new InvalidInputException("homeMunicipalityCode", "only a municipal principal has a home municipality");
            }
        }
        if (Principal.findById(orgNumber.digits()) != null) {
            throw new ConflictProblem("orgNumber", "principal " + orgNumber.formatted() + " is already registered");
        }
        Principal principal = new Principal();
        principal.orgNumber = orgNumber.digits();
        principal.name = request.name().trim();
        principal.kind = request.kind();
        principal.homeMunicipality = home;
        principal.registeredAt = clock.instant();
        principal.registeredBy = registeredBy;
        principal.persist();
        outbox.publish(TOPIC, PRINCIPAL_REGISTERED, principal.orgNumber, principal.state());
        audit.record("Principal", principal.orgNumber, "register", null, PrincipalView.of(principal));
        LOG.infof("Principal %s (%s) registered by %s", principal.orgNumber, principal.kind, registeredBy);
        return principal;
    }
}
