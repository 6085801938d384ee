package se.kvalitet.platform.web;

/** Client input that breaks a rule; answered with 400 naming the field. */
public class InvalidInputException extends FieldProblem {

    public InvalidInputException(String field, String reason) {
        super(field, reason);
    }
}
