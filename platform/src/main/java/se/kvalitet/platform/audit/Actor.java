package se.kvalitet.platform.audit;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.opentelemetry.context.Scope;
import io.quarkus.arc.Arc;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.tracing.EventTraces;
import se.kvalitet.platform.web.RequestId;

/**
 * Who made a change: a user (subject, name, roles, organisation) through a request, with its
 * request id; a consumer applying an event (its name and the event id); or a scheduled job.
 */
public record Actor(Kind kind, String id, String name, List<String> roles, String orgNumber, UUID eventId, String requestId) {

    @Schema(name = "ActorKind")
    public enum Kind {
        USER,
        EVENT,
        SCHEDULER
    }

    private static final ThreadLocal<Actor> BOUND = new ThreadLocal<>();

    public static Actor user(String subject, String name, List<String> roles, String orgNumber, String requestId) {
        return new Actor(Kind.USER, subject, name, List.copyOf(roles), orgNumber, null, requestId);
    }

    public static Actor consumer(String consumer, UUID eventId) {
        return new Actor(Kind.EVENT, consumer, consumer, List.of(), null, eventId, null);
    }

    public static Actor scheduler(String job) {
        return new Actor(Kind.SCHEDULER, job, job, List.of(), null, null, null);
    }

    /**
     * Runs {@code work} on this thread as this actor; what it changes is audited as this actor's
     * doing. A consumer's work runs in the trace of the event it applies, when the inbox knows it.
     */
    public <T> T act(Supplier<T> work) {
        Actor outer = BOUND.get();
        BOUND.set(this);
        try (Scope trace = kind == Kind.EVENT ? EventTraces.enter(eventId) : Scope.noop()) {
            return work.get();
        } finally {
            if (outer == null) {
                BOUND.remove();
            } else {
                BOUND.set(outer);
            }
        }
    }

    public void act(Runnable work) {
        act(() -> {
            work.run();
            return null;
        });
    }

    /** The consumer or job acting on this thread, if any. */
    static Actor bound() {
        return BOUND.get();
    }

    /** Who acts now: a bound consumer or job, else the user of the request being served (and its request id). */
    public static Actor current() {
        Actor bound = bound();
        if (bound != null) {
            return bound;
        }
        if (!Arc.container().requestContext().isActive()) {
            throw new IllegalStateException("A change outside a request must run as a consumer or job (Actor.act)");
        }
        Caller caller = Arc.container().instance(Caller.class).get();
        return user(caller.subject(), caller.name(), caller.roles(), caller.organisation().map(org -> org.digits()).orElse(null),
                Arc.container().instance(RequestId.class).get().value());
    }
}
