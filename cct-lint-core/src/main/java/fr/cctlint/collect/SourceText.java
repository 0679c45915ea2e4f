package fr.cctlint.collect;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A manifest's text with its line starts, so collectors can turn an offset into a line and quote a line as
 * evidence. Built from bytes with strict UTF-8 decoding (a leading byte order mark is dropped): a file that is
 * not UTF-8 gives a {@link Problem} naming the line of the first bad byte instead.
 */
public final class SourceText {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    private SourceText(String path, String text) {
        this.path = path;
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        this.lineStarts = starts;
    }

    /** The decoded text, or a problem when the bytes are not UTF-8. */
    public static Result decode(String path, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return new Result(new SourceText(path, text), null);
        } catch (CharacterCodingException e) {
            int line = 1 + countNewlines(bytes, firstBadByte(bytes, start));
            return new Result(null, Problems.at(path, line, 0, Message.of("collect.notUtf8")));
        }
    }

    /** Text already decoded (tests, generated content). */
    public static SourceText of(String path, String text) {
        return new SourceText(path, text);
    }

    /** Either the text or the problem. */
    public record Result(SourceText text, Problem problem) {
        public Optional<SourceText> ok() {
            return Optional.ofNullable(text);
        }
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding a character offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The text of a 1-based line, without its line break; empty when out of range. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    /** Evidence quoting a whole line (trimmed). */
    public Evidence evidence(int line) {
        return new Evidence(path, Math.max(0, line), line(line));
    }

    /** The first line (from {@code fromLine}) containing {@code needle}, or 0. For formats parsed without positions. */
    public int findLine(String needle, int fromLine) {
        int from = fromLine < 1 ? 0 : lineStarts[Math.min(fromLine, lineStarts.length) - 1];
        int at = text.indexOf(needle, from);
        return at < 0 ? 0 : lineOf(at);
    }

    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lo = start;
        int hi = bytes.length;
        while (hi - lo > 1) { // the longest prefix that decodes
            int mid = (lo + hi) >>> 1;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, start, mid - start));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid;
            }
        }
        return lo;
    }

    private static int countNewlines(byte[] bytes, int end) {
        int n = 0;
        for (int i = 0; i < end && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
