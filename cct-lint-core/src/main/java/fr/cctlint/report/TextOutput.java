package fr.cctlint.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** How the line-based reports (text, Markdown, grid) are written: UTF-8, one {@code \n} per line, stream left open. */
final class TextOutput {
    private TextOutput() {
    }

    static void writeLines(List<String> lines, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String line : lines) {
            writer.write(line);
            writer.write('\n');
        }
        writer.flush();
    }
}
