package se.kvalitet.platform.events;

/** An event that can never be processed as sent; its consumer dead-letters it and carries on. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
