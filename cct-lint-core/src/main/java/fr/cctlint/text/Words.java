package fr.cctlint.text;

import java.util.ArrayList;
import java.util.List;

/** Text laid out in lines of words, for file headers and terminal output. */
public final class Words {
    private Words() {
    }

    /** The words of a text in lines of at most {@code width} characters (a longer word stays whole). */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return List.copyOf(lines);
    }
}
