package dev.collabinfra.lint.report;

/**
 * Makes text from a template safe for report files. Messages quote the template (keys, values),
 * and a hostile or broken template can hold characters XML 1.0 forbids (most control characters)
 * or, through JSON escapes, unpaired UTF-16 surrogates that no encoder can write. Both become
 * U+FFFD, so a report never fails to write or parse.
 */
final class ReportText {

    private static final char REPLACEMENT = '\uFFFD';

    private ReportText() {}

    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : REPLACEMENT);
            }
        }
        return out == null ? text : out.toString();
    }
}
