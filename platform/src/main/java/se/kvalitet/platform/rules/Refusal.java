package se.kvalitet.platform.rules;

import java.util.List;
import java.util.Optional;

import se.kvalitet.platform.web.ConflictProblem;
import se.kvalitet.platform.web.ForbiddenProblem;
import se.kvalitet.platform.web.InvalidInputException;

/**
 * Why a rule refuses an act on a domain object (signing a contract, deciding a case): the request
 * was invalid (400), the caller may not do it (403), or the object's state does not allow it
 * (409). Its field and reason become the problem+json violation. A domain type lists the rules of
 * each act by name, in the order they are checked, and {@link #enforce}s them.
 */
public record Refusal(Kind kind, String field, String reason) {

    public enum Kind {
        INVALID,
        FORBIDDEN,
        CONFLICT
    }

    /** One named rule of an act: it allows the act (empty) or refuses it. */
    @FunctionalInterface
    public interface Rule<A> {
        Optional<Refusal> check(A act);
    }

    public static Optional<Refusal> invalid(String field, String reason) {
        return Optional.of(new Refusal(Kind.INVALID, field, reason));
    }

    public static Optional<Refusal> forbidden(String reason) {
        return Optional.of(new Refusal(Kind.FORBIDDEN, null, reason));
    }

    public static Optional<Refusal> conflict(String field, String reason) {
        return Optional.of(new Refusal(Kind.CONFLICT, field, reason));
    }

    public static Optional<Refusal> allowed() {
        return Optional.empty();
    }

    /** The first refusal of {@code rules}, in their order, thrown as its problem; nothing if every rule allows the act. */
    public static <A> void enforce(A act, List<Rule<A>> rules) {
        for (Rule<A> rule : rules) {
            Optional<Refusal> refusal = rule.check(act);
            if (refusal.isPresent()) {
                throw refusal.get().asProblem();
            }
        }
    }

    public RuntimeException asProblem() {
        return switch (kind) {
            case INVALID -> new InvalidInputException(field, reason);
            case FORBIDDEN -> new ForbiddenProblem(reason);
            case CONFLICT -> new ConflictProblem(field, reason);
        };
    }
}
