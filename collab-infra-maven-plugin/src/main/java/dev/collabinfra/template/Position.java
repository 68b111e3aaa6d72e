package dev.collabinfra.template;

/** A 1-based line and column in a template file. */
public record Position(int line, int column) implements Comparable<Position> {

    /** The position used for findings that concern a whole file. */
    public static final Position START = new Position(1, 1);

    @Override
    public int compareTo(Position other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
