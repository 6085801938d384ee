package se.kvalitet.platform.web;

import java.util.Optional;

/** A problem with one named field of what the client sent; its message is the reason. */
public abstract class FieldProblem extends RuntimeException {

    private final String field;

    protected FieldProblem(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The problem among {@code failure}'s causes, if any: a check that refused input from inside a reader the failure wraps. */
    public static Optional<FieldProblem> among(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FieldProblem problem) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    public String field() {
        return field;
    }
}
