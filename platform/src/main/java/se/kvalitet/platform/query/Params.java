package se.kvalitet.platform.query;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import se.kvalitet.platform.input.TextRules;
import se.kvalitet.platform.organisation.MunicipalityCode;
import se.kvalitet.platform.organisation.OrganisationNumber;
import se.kvalitet.platform.web.InvalidInputException;

/**
 * Reads path and query parameters, which may be anything, into typed values or a 400 naming
 * them. An absent (null) parameter stays null, so optional filters pass straight through.
 */
public final class Params {

    private Params() {
    }

    public static UUID uuid(String field, String value) {
        if (value == null) {
            return null;
        }
        // Only the canonical form names a record: UUID.fromString also reads shortened groups ("1-1-1-1-1") and signs.
        if (!canonicalUuid(value)) {
            throw new InvalidInputException(field, "must be a UUID");
        }
        return UUID.fromString(value);
    }

    private static boolean canonicalUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean valid = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : Character.digit(c, 16) >= 0 && c < 128;
            if (!valid) {
                return false;
            }
        }
        return true;
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    /** An organisation number, with or without its hyphen, as its ten digits. */
    public static String orgNumber(String field, String value) {
        if (value == null) {
            return null;
        }
        String problem = OrganisationNumber.problemWith(value);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
        return OrganisationNumber.parse(value).digits();
    }

    public static String municipalityCode(String field, String value) {
        if (value != null && !MunicipalityCode.isWellFormed(value)) {
            throw new InvalidInputException(field, "must be a four-digit municipality code");
        }
        return value;
    }

    /** A value that must match {@code form}; {@code reason} says what the form is. */
    public static String matching(String field, String value, Pattern form, String reason) {
        if (value != null && !form.matcher(value).matches()) {
            throw new InvalidInputException(field, reason);
        }
        return value;
    }

    /** Free text of at most {@code maxLength} characters that passes the text rules. */
    public static String text(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String problem = TextRules.problemWith(value);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
        if (value.isBlank() || value.length() > maxLength) {
            throw new InvalidInputException(field, "must be 1 to " + maxLength + " characters");
        }
        return value;
    }
}
