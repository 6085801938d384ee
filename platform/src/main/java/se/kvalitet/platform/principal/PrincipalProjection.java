package se.kvalitet.platform.principal;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.EventCodec;
import se.kvalitet.platform.events.InvalidEventException;
import se.kvalitet.platform.unit.PrincipalKind;

/**
 * Decodes the registry's principal states and keeps a consuming service's {@code known_principal}
 * table in step with them. The topic is keyed by organisation number, so the states of one
 * principal arrive in the order the registry published them and the latest one wins. A state
 * that differs from the one held is audited and announced as {@link PrincipalStateApplied}; an
 * unchanged one changes nothing.
 */
@ApplicationScoped
public class PrincipalProjection {

    public static final String CONSUMER = "principal-projection";
    public static final String AUDITED_AS = "KnownPrincipal";

    private static final String UPSERT = "insert into known_principal (org_number, name, kind, home_municipality)"
            + " values (?1, ?2, ?3, ?4) on conflict (org_number) do update set name = excluded.name, kind = excluded.kind,"
            + " home_municipality = excluded.home_municipality";

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final AuditTrail audit;
    private final Event<PrincipalStateApplied> applied;

    public PrincipalProjection(EntityManager entityManager, EventCodec codec, AuditTrail audit, Event<PrincipalStateApplied> applied) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.audit = audit;
        this.applied = applied;
    }

    /**
     * The principal state an event carries, or {@link InvalidEventException} when it lacks what
     * every consumer relies on (a municipal principal without its home municipality included).
     */
    public PrincipalState decode(CloudEvent event) {
        PrincipalState state = codec.data(event, PrincipalState.class);
        if (state.orgNumber() == null || state.name() == null || state.kind() == null
                || (state.kind() == PrincipalKind.MUNICIPALITY && state.homeMunicipalityCode() == null)) {
            throw new InvalidEventException("principal state " + event.id() + " lacks required fields");
        }
        return state;
    }

    /** Holds {@code state} unless it is what is held already; true if it changed anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(PrincipalState state) {
        Optional<PrincipalState> before = held(state.orgNumber());
        if (before.isPresent() && before.get().equals(state)) {
            return false;
        }
        entityManager.createNativeQuery(UPSERT)
                .setParameter(1, state.orgNumber())
                .setParameter(2, state.name())
                .setParameter(3, state.kind().name())
                .setParameter(4, state.homeMunicipalityCode())
                .executeUpdate();
        audit.record(AUDITED_AS, state.orgNumber(), before.isEmpty() ? "principal-first-seen" : "principal-changed",
                before.orElse(null), state);
        applied.fire(new PrincipalStateApplied(before.orElse(null), state));
        return true;
    }

    private Optional<PrincipalState> held(String orgNumber) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select org_number, name, kind, home_municipality from known_principal where org_number = ?1")
                .setParameter(1, orgNumber).getResultList();
        return rows.stream().findFirst().map(row -> new PrincipalState((String) row[0], (String) row[1],
                PrincipalKind.valueOf((String) row[2]), (String) row[3]));
    }
}
