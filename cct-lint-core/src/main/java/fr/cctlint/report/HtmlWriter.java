package fr.cctlint.report;

import java.io.IOException;
import java.util.function.Function;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Writes HTML through a few methods that escape every text and attribute value, so that nothing read from the
 * scanned project or the referential can become markup. Tag and attribute names are the reporter's own
 * constants (checked); only {@link #trusted(String)} writes markup as is, for the reporter's constant style sheet
 * and script. Elements must be closed in order: a mismatch is a programming error.
 */
final class HtmlWriter {
    /** What a table cell shows for an absent value. */
    static final String DASH = "\u2014";

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    /** Control characters other than tab and line feed are invalid in HTML text: shown as U+FFFD. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();

    HtmlWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Text made safe for element content and double-quoted attribute values. */
    static String escape(String text) {
        return Entities.escape(CONTROL.matcher(text == null ? "" : text).replaceAll("\uFFFD"));
    }

    /** Opens an element: {@code start("td", "class", "num")}; attribute pairs whose value is null are left out. */
    HtmlWriter start(String tag, String... attributes) throws IOException {
        out.write('<');
        out.write(name(tag));
        attributes(attributes);
        out.write('>');
        open.push(tag);
        return this;
    }

    /** Opens an element and ends the line (block elements). */
    HtmlWriter open(String tag, String... attributes) throws IOException {
        start(tag, attributes);
        out.write('\n');
        return this;
    }

    /** Closes the innermost element. */
    HtmlWriter end(String tag) throws IOException {
        String expected = open.poll();
        if (!tag.equals(expected)) {
            throw new IllegalStateException("closing <" + tag + "> while <" + expected + "> is open");
        }
        out.write("</");
        out.write(tag);
        out.write('>');
        return this;
    }

    /** Closes the innermost element and ends the line. */
    HtmlWriter close(String tag) throws IOException {
        end(tag);
        out.write('\n');
        return this;
    }

    /** An element holding only text, on the current line. */
    HtmlWriter inline(String tag, String text, String... attributes) throws IOException {
        return start(tag, attributes).text(text).end(tag);
    }

    /** An element holding only text, followed by a line end. */
    HtmlWriter line(String tag, String text, String... attributes) throws IOException {
        inline(tag, text, attributes);
        out.write('\n');
        return this;
    }

    /** A void element ({@code meta}, {@code input}, {@code rect}...). */
    HtmlWriter empty(String tag, String... attributes) throws IOException {
        out.write('<');
        out.write(name(tag));
        attributes(attributes);
        out.write(">\n");
        return this;
    }

    /** The head row of a table: one column header ({@code th scope="col"}) per key, labelled by {@code label}. */
    HtmlWriter head(Function<String, String> label, String... keys) throws IOException {
        open("thead");
        open("tr");
        for (String key : keys) {
            line("th", label.apply(key), "scope", "col");
        }
        close("tr");
        return close("thead");
    }

    /** A cell quoting a location (or any code) as it is written, or a dash when there is none. */
    HtmlWriter codeCell(String code) throws IOException {
        start("td");
        if (code != null) {
            inline("code", code);
        } else {
            text(DASH);
        }
        return close("td");
    }

    /** The value, or a dash when it is absent or blank. */
    static String orDash(String value) {
        return value == null || value.isBlank() ? DASH : value;
    }

    /** Escaped text. */
    HtmlWriter text(String text) throws IOException {
        out.write(escape(text));
        return this;
    }

    HtmlWriter newline() throws IOException {
        out.write('\n');
        return this;
    }

    /** Markup written as is: only for the reporter's own constants (doctype, style sheet, script), never for data. */
    HtmlWriter trusted(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    /** Checks every element was closed and flushes. */
    void finish() throws IOException {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        out.flush();
    }

    private void attributes(String... attributes) throws IOException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.write(' ');
            out.write(name(attributes[i]));
            out.write("=\"");
            out.write(escape(attributes[i + 1]));
            out.write('"');
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
        return name;
    }
}
