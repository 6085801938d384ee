package se.kvalitet.platform.organisation;

import java.util.regex.Pattern;

/** A municipality's four-digit code from Statistics Sweden (SCB); the first two digits are its county. */
public final class MunicipalityCode {

    private static final Pattern FORM = Pattern.compile("\\d{4}");

    private MunicipalityCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }
}
