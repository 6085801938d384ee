package se.kvalitet.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value of the right type that breaks an input rule; Jackson adds the path to the field. */
public class InvalidValueException extends JsonMappingException {

    private final String reason;

    public InvalidValueException(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
