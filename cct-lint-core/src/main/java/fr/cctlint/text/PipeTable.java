package fr.cctlint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Markdown pipe table (GitHub flavour) as it is written: a run of consecutive lines starting with {@code |},
 * usually a header row, a delimiter row ({@code | --- | :-: |}) and body rows. Cells are split on the pipes
 * that are not escaped ({@code \|} is a pipe inside a cell) and trimmed; nothing else is interpreted (see
 * {@link #plain(String)} for the cell text without emphasis).
 *
 * @param rows every row of the table but the delimiter row, in file order
 * @param delimited whether the table has a delimiter row
 */
public record PipeTable(List<Row> rows, boolean delimited) {
    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    public PipeTable {
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param line  1-based line number in the file
     * @param cells the cells, trimmed, pipes unescaped
     * @param utf8  false when the line's bytes were not valid UTF-8
     */
    public record Row(int line, List<String> cells, boolean utf8) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Every table of the lines, in file order. */
    public static List<PipeTable> read(List<TextLines.Line> lines) {
        List<PipeTable> tables = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        boolean delimited = false;
        for (TextLines.Line line : lines) {
            String text = line.text().strip();
            if (!text.startsWith("|")) {
                if (!rows.isEmpty() || delimited) {
                    tables.add(new PipeTable(rows, delimited));
                    rows = new ArrayList<>();
                    delimited = false;
                }
                continue;
            }
            List<String> cells = cells(text);
            if (!cells.isEmpty() && cells.stream().allMatch(c -> DELIMITER_CELL.matcher(c).matches())) {
                delimited = true;
                continue;
            }
            rows.add(new Row(line.number(), cells, line.utf8()));
        }
        if (!rows.isEmpty() || delimited) {
            tables.add(new PipeTable(rows, delimited));
        }
        return List.copyOf(tables);
    }

    /** The cells of a row line: split on unescaped pipes, the outer pipes dropped, each cell trimmed. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        String last = cell.toString().strip();
        if (!last.isEmpty()) {
            cells.add(last); // a row that does not end with a pipe
        }
        if (!cells.isEmpty() && cells.get(0).isEmpty() && line.startsWith("|")) {
            cells.remove(0);
        }
        return cells;
    }

    /**
     * A cell's text as a reader sees it: strong emphasis markers ({@code **}) removed, runs of whitespace (no-break
     * spaces included) as one space, trimmed. Accents and punctuation are kept.
     */
    public static String plain(String cell) {
        return SPACES.matcher(cell.replace("**", "")).replaceAll(" ").strip();
    }
}
