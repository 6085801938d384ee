package se.kvalitet.platform.organisation;

/**
 * A Swedish organisation number: ten digits (written NNNNNN-NNNN), the third at least 2 and
 * the last a Luhn check digit. Municipalities are 212000-xxxx.
 */
public record OrganisationNumber(String digits) {

    public static OrganisationNumber parse(String text) {
        String problem = problemWith(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new OrganisationNumber(text.replace("-", ""));
    }

    /** Why the text is not an organisation number, or null if it is one. */
    public static String problemWith(String text) {
        if (text == null || !text.matches("\\d{6}-?\\d{4}")) {
            return "must be ten digits, written NNNNNNNNNN or NNNNNN-NNNN";
        }
        String digits = text.replace("-", "");
        if (digits.charAt(2) < '2') {
            return "third digit must be at least 2";
        }
        if (!luhnValid(digits)) {
            return "check digit does not match";
        }
        return null;
    }

    public boolean isMunicipal() {
        return digits.startsWith("212000");
    }

    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
            }
            sum += d / 10 + d % 10;
        }
        return sum % 10 == 0;
    }
}
