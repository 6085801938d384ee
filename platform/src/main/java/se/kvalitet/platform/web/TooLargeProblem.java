package se.kvalitet.platform.web;

/** A request body above the endpoint's documented maximum; answered with 413 naming the field. */
public class TooLargeProblem extends FieldProblem {

    public TooLargeProblem(String field, String reason) {
        super(field, reason);
    }
}
