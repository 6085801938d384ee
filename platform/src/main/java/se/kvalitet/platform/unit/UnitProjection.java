package se.kvalitet.platform.unit;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.EventCodec;
import se.kvalitet.platform.events.InvalidEventException;

/**
 * Decodes the registry's unit states and keeps a consuming service's {@code known_unit} table
 * in step with them, newest version winning: a state older than the one held changes nothing,
 * whatever order the events arrive in. Each applied state is audited and announced as
 * {@link UnitStateApplied}.
 */
@ApplicationScoped
public class UnitProjection {

    public static final String CONSUMER = "unit-projection";
    public static final String AUDITED_AS = "KnownUnit";

    private static final String COLUMNS = "id, name, principal_org_number, principal_name, principal_kind, principal_home_municipality,"
            + " municipality_code, area, permit_id, status, registry_version";
    private static final String UPSERT = "insert into known_unit (" + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
            + " on conflict (id) do update set name = excluded.name, principal_org_number = excluded.principal_org_number,"
            + " principal_name = excluded.principal_name, principal_kind = excluded.principal_kind,"
            + " principal_home_municipality = excluded.principal_home_municipality, municipality_code = excluded.municipality_code,"
            + " area = excluded.area, permit_id = excluded.permit_id, status = excluded.status,"
            + " registry_version = excluded.registry_version"
            + " where known_unit.registry_version < excluded.registry_version";

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final AuditTrail audit;
    private final Event<UnitStateApplied> applied;

    public UnitProjection(EntityManager entityManager, EventCodec codec, AuditTrail audit, Event<UnitStateApplied> applied) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.audit = audit;
        this.applied = applied;
    }

    /** The unit state an event carries, or {@link InvalidEventException} when it lacks what every consumer relies on. */
    public UnitState decode(CloudEvent event) {
        UnitState state = codec.data(event, UnitState.class);
        UnitState.PrincipalRef principal = state.principal();
        if (state.unitId() == null || state.name() == null || principal == null || principal.orgNumber() == null
                || principal.name() == null || principal.kind() == null || state.municipalityCode() == null || state.area() == null
                || state.status() == null || !event.data().hasNonNull("version")) {
            throw new InvalidEventException("unit state " + event.id() + " lacks required fields");
        }
        return state;
    }

    /**
     * Takes each unit's transaction-scoped lock, always in the same order, so that this
     * projection writing a unit and a consumer assessing what it holds of the unit take turns:
     * whichever commits second sees what the first wrote. Without it, a result projected while
     * its unit is first being applied could be missed by both transactions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement locks = connection.prepareStatement("select count(pg_advisory_xact_lock(key)) from ("
                    + "select distinct hashtextextended(cast(id as text), 0) as key from unnest(?) as id order by key) as ordered")) {
                locks.setArray(1, connection.createArrayOf("uuid", unitIds.toArray()));
                locks.executeQuery().close();
            }
        });
    }

    /**
     * Holds {@code state} unless a state at least as new is held already; true if it was applied.
     * known_unit is written here only, by SQL: its queries need not flush the entities pending in
     * the transaction first, which with a poll's audit entries pending made each unit cost more
     * than the one before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(UnitState state) {
        Optional<UnitState> before = held(state.unitId());
        if (before.isPresent() && before.get().version() >= state.version()) {
            return false;
        }
        UnitState.PrincipalRef principal = state.principal();
        int written = entityManager.createNativeQuery(UPSERT)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, state.unitId())
                .setParameter(2, state.name())
                .setParameter(3, principal.orgNumber())
                .setParameter(4, principal.name())
                .setParameter(5, principal.kind().name())
                .setParameter(6, principal.homeMunicipalityCode())
                .setParameter(7, state.municipalityCode())
                .setParameter(8, state.area().name())
                .setParameter(9, state.permitId())
                .setParameter(10, state.status().name())
                .setParameter(11, state.version())
                .executeUpdate();
        if (written == 0) {
            return false;
        }
        audit.record(AUDITED_AS, state.unitId(), before.isEmpty() ? "unit-first-seen" : "unit-state-changed", before.orElse(null), state);
        applied.fire(new UnitStateApplied(before.orElse(null), state));
        return true;
    }

    private Optional<UnitState> held(UUID unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS + " from known_unit where id = ?1")
                .setFlushMode(FlushModeType.COMMIT).setParameter(1, unitId).getResultList();
        return rows.stream().findFirst().map(row -> new UnitState((UUID) row[0], (String) row[1],
                new UnitState.PrincipalRef((String) row[2], (String) row[3], PrincipalKind.valueOf((String) row[4]), (String) row[5]),
                (String) row[6], AreaOfActivity.valueOf((String) row[7]), (String) row[8], UnitStatus.valueOf((String) row[9]),
                ((Number) row[10]).longValue()));
    }
}
