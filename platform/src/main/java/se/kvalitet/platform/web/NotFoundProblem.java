package se.kvalitet.platform.web;

/** A named resource that does not exist, or that the caller may not see; answered with 404. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String what) {
        super(what + " not found");
    }
}
