package fr.cctlint.collect.docker;

import java.util.List;

/**
 * One Dockerfile instruction once line continuations are joined: its keyword (upper case), its arguments, the
 * line it starts on and that first line as written, plus the heredoc bodies that follow it.
 *
 * @param keyword        {@code FROM}, {@code RUN}... as upper case
 * @param text           the logical instruction (continuations joined, escape characters removed)
 * @param argumentsStart offset in {@code text} where the arguments start
 * @param line           1-based line of the instruction start
 * @param firstLine      the first physical line, trimmed (evidence text)
 * @param lineStarts     offsets in {@code text} where each joined physical line starts, with its line number
 * @param heredocs       heredoc bodies, in order
 */
record Instruction(String keyword, String text, int argumentsStart, int line, String firstLine, List<LineStart> lineStarts,
        List<Heredoc> heredocs) {

    Instruction {
        lineStarts = List.copyOf(lineStarts);
        heredocs = List.copyOf(heredocs);
    }

    /** Where a physical line starts in the logical text. */
    record LineStart(int offset, int line) {
    }

    /**
     * A heredoc body ({@code RUN <<EOF ... EOF}).
     *
     * @param delimiter its delimiter word
     * @param body      the body lines joined by newlines
     * @param firstLine the line of the body's first line
     */
    record Heredoc(String delimiter, String body, int firstLine) {
        /** The line of an offset in the body. */
        int lineAt(int offset) {
            int line = firstLine;
            for (int i = 0; i < offset && i < body.length(); i++) {
                if (body.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** The arguments, trimmed at the start. */
    String arguments() {
        return text.substring(argumentsStart);
    }

    /** The physical line holding an offset of {@link #arguments()}. */
    int lineOfArgument(int offset) {
        int absolute = argumentsStart + offset;
        int line = this.line;
        for (LineStart start : lineStarts) {
            if (start.offset() <= absolute) {
                line = start.line();
            }
        }
        return line;
    }
}
