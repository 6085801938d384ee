package se.kvalitet.platform.web;

/** An authenticated caller acting outside its organisation; answered with 403. */
public class ForbiddenProblem extends RuntimeException {

    public ForbiddenProblem(String reason) {
        super(reason);
    }
}
