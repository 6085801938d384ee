package se.kvalitet.platform.input;

/**
 * What a piece of text a client sends may hold: readable characters on one line. Control
 * characters (NUL, ESC, CR, LF, ...) cannot be stored faithfully or shown safely, bidirectional
 * overrides can make a name read differently from what it is, and an unpaired surrogate is not
 * a character at all; each is refused, never stripped.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The text itself, if it may be stored; else an IllegalArgumentException saying why not. */
    public static String require(String text) {
        String problem = problemWith(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return text;
    }

    /** Why the text may not be stored, or null if it may. */
    public static String problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < '\u007F') {
                continue; // printable ASCII, nearly every character of every file: none of the rules below can refuse it
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return "must not contain control characters or line breaks (found U+%04X)".formatted((int) c);
            }
            if (isBidiControl(c)) {
                return "must not contain bidirectional control characters (found U+%04X)".formatted((int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return "must contain only Unicode characters (found U+%04X)".formatted((int) c);
            }
        }
        return null;
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
