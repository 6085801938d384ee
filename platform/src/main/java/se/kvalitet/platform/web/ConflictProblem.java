package se.kvalitet.platform.web;

/** A request that contradicts what is stored; answered with 409 naming the field. */
public class ConflictProblem extends FieldProblem {

    public ConflictProblem(String field, String reason) {
        super(field, reason);
    }
}
