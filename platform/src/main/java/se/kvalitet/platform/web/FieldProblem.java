package se.kvalitet.platform.web;

/** A problem with one named field of what the client sent; its message is the reason. */
public abstract class FieldProblem extends RuntimeException {

    private final String field;

    protected FieldProblem(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
