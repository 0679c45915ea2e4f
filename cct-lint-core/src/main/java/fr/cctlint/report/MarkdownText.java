package fr.cctlint.report;

/**
 * Project-controlled text made inert in Markdown (CommonMark, GitHub and GitLab flavours): what a scanned
 * project names (a component, a file, a message quoting them) must render as the same characters and never as
 * emphasis, a link, raw HTML, a table cell break, a heading, or a GitLab reference that notifies people
 * ({@code @all}, {@code #12}, {@code !3}). Stateless.
 */
final class MarkdownText {
    /**
     * Punctuation escaped with a backslash wherever it appears: CommonMark lets any ASCII punctuation be
     * escaped, and GitLab does not turn an escaped {@code #}, {@code !}, {@code $}, {@code %}, {@code &} or
     * {@code ~} into a reference.
     */
    private static final String ALWAYS = "\\`*_[]<>|#!$%&~{}";
    /** Longest message shown in a table cell, in code points, before it is cut with an ellipsis. */
    static final int SHORT = 160;

    private MarkdownText() {
    }

    /**
     * Plain text: on one line (line breaks and control characters replaced), Markdown punctuation escaped. An
     * {@code @} is escaped only where it could start a mention (not inside {@code rabbitmq@3.13}).
     */
    static String escape(String text) {
        String line = FindingDetail.oneLine(text == null ? "" : text);
        StringBuilder sb = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean mention = c == '@' && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)));
            if (ALWAYS.indexOf(c) >= 0 || mention) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * A code span outside tables: the text shown as-is in a monospace font, never autolinked nor read as a
     * reference. The fence is one backtick longer than the longest backtick run inside.
     */
    static String code(String text) {
        return span(FindingDetail.oneLine(text == null ? "" : text).strip());
    }

    /** A code span inside a table cell: the same, with pipes escaped, which tables require even inside code. */
    static String codeInCell(String text) {
        return span(FindingDetail.oneLine(text == null ? "" : text).strip().replace("|", "\\|"));
    }

    private static String span(String line) {
        if (line.isEmpty()) {
            return "";
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`");
        return pad ? fence + " " + line + " " + fence : fence + line + fence;
    }

    /** The text cut to {@link #SHORT} code points at most, with an ellipsis when cut. */
    static String shorten(String text) {
        return FindingDetail.cut(text, SHORT);
    }
}
