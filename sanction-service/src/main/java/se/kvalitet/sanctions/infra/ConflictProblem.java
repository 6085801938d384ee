package se.kvalitet.sanctions.infra;

/** A request that contradicts what is stored; answered with 409 naming the field. */
public class ConflictProblem extends RuntimeException {

    private final String field;

    public ConflictProblem(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
