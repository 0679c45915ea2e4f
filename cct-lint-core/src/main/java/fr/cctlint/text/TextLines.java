package fr.cctlint.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text file decoded line by line, so that bytes that are not UTF-8 spoil only their own line: such a line is
 * kept (bad bytes replaced by U+FFFD) and marked, and the reader can report it with its number and go on.
 */
public final class TextLines {
    private TextLines() {
    }

    /**
     * One decoded line of a file.
     *
     * @param number  1-based line number
     * @param text    the line without its line end (bad bytes as U+FFFD)
     * @param utf8    false when the line's bytes are not valid UTF-8
     */
    public record Line(int number, String text, boolean utf8) {
    }

    /** The lines of the bytes ({@code \n} or {@code \r\n} ends; a leading byte order mark is dropped). */
    public static List<Line> decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        List<Line> lines = new ArrayList<>();
        int number = 1;
        int from = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i == bytes.length && from == i && i > start) {
                    break; // no empty line after the final line end
                }
                int end = i > from && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(line(number++, bytes, from, end));
                from = i + 1;
            }
        }
        return List.copyOf(lines);
    }

    private static Line line(int number, byte[] bytes, int from, int to) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Line(number, strict.decode(ByteBuffer.wrap(bytes, from, to - from)).toString(), true);
        } catch (CharacterCodingException e) {
            return new Line(number, new String(bytes, from, to - from, StandardCharsets.UTF_8), false);
        }
    }
}
