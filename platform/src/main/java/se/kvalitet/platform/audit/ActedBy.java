package se.kvalitet.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who made a step of a domain object's own history happen (a contract's timeline, a case's
 * history), embedded in the entry: the {@link Actor} acting now, as its kind, id, name and the
 * organisation a user acts for. Columns {@code actor_kind}, {@code actor}, {@code actor_name},
 * {@code actor_org_number}.
 */
@Embeddable
public class ActedBy {

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false)
    public Actor.Kind kind;

    @Column(name = "actor", nullable = false)
    public String id;

    @Column(name = "actor_name")
    public String name;

    @Column(name = "actor_org_number")
    public String orgNumber;

    /** The user of the request being served, or the consumer or job acting on this thread. */
    public static ActedBy now() {
        Actor actor = Actor.current();
        ActedBy by = new ActedBy();
        by.kind = actor.kind();
        by.id = actor.id();
        by.name = actor.name();
        by.orgNumber = actor.orgNumber();
        return by;
    }
}
