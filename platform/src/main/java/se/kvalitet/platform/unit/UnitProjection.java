package se.kvalitet.platform.unit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.EventCodec;
import se.kvalitet.platform.events.InvalidEventException;

/**
 * Decodes the registry's unit states and keeps a consuming service's {@code known_unit} table
 * in step with them, newest version winning: a state older than the one held changes nothing,
 * whatever order the events arrive in. Each applied state is audited, and the states applied
 * together are announced at once as {@link UnitStatesApplied}.
 */
@ApplicationScoped
public class UnitProjection {

    public static final String CONSUMER = "unit-projection";
    public static final String AUDITED_AS = "KnownUnit";

    private static final String COLUMNS = "id, name, principal_org_number, principal_name, principal_kind, principal_home_municipality,"
            + " municipality_code, area, permit_id, status, registry_version";
    private static final String UPSERT = "insert into known_unit (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (id) do update set name = excluded.name, principal_org_number = excluded.principal_org_number,"
            + " principal_name = excluded.principal_name, principal_kind = excluded.principal_kind,"
            + " principal_home_municipality = excluded.principal_home_municipality, municipality_code = excluded.municipality_code,"
            + " area = excluded.area, permit_id = excluded.permit_id, status = excluded.status,"
            + " registry_version = excluded.registry_version"
            + " where known_unit.registry_version < excluded.registry_version";

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final AuditTrail audit;
    private final Event<UnitStatesApplied> announced;

    public UnitProjection(EntityManager entityManager, EventCodec codec, AuditTrail audit, Event<UnitStatesApplied> announced) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.audit = audit;
        this.announced = announced;
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

    /** A unit state and the id of the event that carried it. */
    public record Delivered(UUID eventId, UnitState state) {
    }

    /**
     * Holds each state, in order, unless a state of its unit at least as new is held already
     * (or came earlier in the list), each audited as the consumer of its own event; the states
     * applied, if any, are then announced together as {@link UnitStatesApplied}. The units' locks
     * ({@link #lock}) are taken first; their states are read in one query and written in one JDBC
     * batch. known_unit is written here only, by SQL, so neither needs the entities pending in the
     * transaction flushed first. Returns the states applied.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UnitState> applyAll(List<Delivered> deliveries) {
        Set<UUID> unitIds = deliveries.stream().map(d -> d.state().unitId()).collect(Collectors.toSet());
        lock(unitIds);
        Map<UUID, UnitState> held = held(unitIds);
        List<UnitStateApplied> changes = new ArrayList<>();
        for (Delivered delivery : deliveries) {
            UnitState state = delivery.state();
            UnitState current = held.get(state.unitId());
            if (current == null || current.version() < state.version()) {
                changes.add(new UnitStateApplied(delivery.eventId(), current, state));
                held.put(state.unitId(), state);
            }
        }
        List<UnitState> applied = changes.stream().map(UnitStateApplied::after).toList();
        write(applied);
        AuditTrail.Batch audits = audit.batch();
        UnitStatesApplied announcement = new UnitStatesApplied(changes);
        announcement.forEach(change -> audits.record(AUDITED_AS, change.after().unitId(),
                change.before() == null ? "unit-first-seen" : "unit-state-changed", change.before(), change.after()));
        audits.write();
        if (!changes.isEmpty()) {
            announced.fire(announcement);
        }
        return applied;
    }

    private void write(List<UnitState> states) {
        if (states.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (UnitState state : states) {
                    UnitState.PrincipalRef principal = state.principal();
                    upsert.setObject(1, state.unitId());
                    upsert.setString(2, state.name());
                    upsert.setString(3, principal.orgNumber());
                    upsert.setString(4, principal.name());
                    upsert.setString(5, principal.kind().name());
                    upsert.setString(6, principal.homeMunicipalityCode());
                    upsert.setString(7, state.municipalityCode());
                    upsert.setString(8, state.area().name());
                    upsert.setString(9, state.permitId());
                    upsert.setString(10, state.status().name());
                    upsert.setLong(11, state.version());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }

    private Map<UUID, UnitState> held(Set<UUID> unitIds) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<UUID, UnitState> held = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from known_unit where id = any(?)")) {
                select.setArray(1, connection.createArrayOf("uuid", unitIds.toArray()));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        UnitState state = new UnitState(row.getObject(1, UUID.class), row.getString(2),
                                new UnitState.PrincipalRef(row.getString(3), row.getString(4), PrincipalKind.valueOf(row.getString(5)),
                                        row.getString(6)),
                                row.getString(7), AreaOfActivity.valueOf(row.getString(8)), row.getString(9),
                                UnitStatus.valueOf(row.getString(10)), row.getLong(11));
                        held.put(state.unitId(), state);
                    }
                }
            }
            return held;
        });
    }
}
