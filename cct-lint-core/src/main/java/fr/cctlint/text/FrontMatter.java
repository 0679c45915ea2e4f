package fr.cctlint.text;

import java.util.Arrays;
import java.util.List;

/** The YAML front matter ({@code ---} ... {@code ---}) that starts the CCT's published Markdown pages. */
public final class FrontMatter {
    private FrontMatter() {
    }

    /**
     * How many lines the front matter takes, closing {@code ---} included; 0 when the lines do not start with
     * one (or it is never closed).
     */
    public static int lineCount(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).startsWith("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The text with its front matter replaced by as many empty lines (and a leading byte order mark dropped), so
     * that lines counted in the result are the lines of the file. A text without front matter is returned as is.
     */
    public static String blank(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = t.split("\n", -1);
        int count = lineCount(Arrays.asList(lines));
        if (count == 0) {
            return t;
        }
        StringBuilder out = new StringBuilder("\n".repeat(count));
        for (int j = count; j < lines.length; j++) {
            out.append(lines[j]);
            if (j < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
