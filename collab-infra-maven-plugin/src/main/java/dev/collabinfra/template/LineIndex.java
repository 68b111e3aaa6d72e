package dev.collabinfra.template;

import java.util.Arrays;

/**
 * Line and column of a character offset, counted the way editors count them: a line ends at
 * {@code \n}, {@code \r\n} or a lone {@code \r} (old Mac files), and a column is a count of
 * characters (code points), so an emoji is one column, not two UTF-16 units. U+2028, U+2029 and
 * NEL are characters inside a line here, as in editors and JSON parsers (SnakeYAML's own marks
 * count them as line ends, which put findings past the last line).
 */
public final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    private LineIndex(String text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }

    /** Indexes {@code text} in one pass. */
    public static LineIndex of(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(text, Arrays.copyOf(starts, count));
    }

    /** The number of lines (a file ending in a line break has an empty last line). */
    public int lines() {
        return lineStarts.length;
    }

    /** The 1-based line and column of a char offset (clamped into the text). */
    public Position position(int charIndex) {
        int index = Math.max(0, Math.min(charIndex, text.length()));
        int line = Arrays.binarySearch(lineStarts, index);
        if (line < 0) {
            line = -line - 2;
        }
        int lineStart = lineStarts[line];
        // inside a \r\n pair the column is that of the \r
        int end = index;
        if (end > lineStart && end < text.length() && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
            end--;
        }
        return new Position(line + 1, text.codePointCount(lineStart, Math.max(lineStart, end)) + 1);
    }

    /** The largest valid column of a line: its characters plus one (the position after the last one). */
    public int lastColumn(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.codePointCount(start, end) + 1;
    }
}
