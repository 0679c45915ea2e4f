package fr.cctlint.source;

import fr.cctlint.i18n.Message;
import java.io.IOException;
import java.io.InputStream;

/**
 * The read-time checks both trees share: the size limit and the binary sniff. They run when a file is read, not
 * when the tree is listed, so listing stays a walk over names (no file is opened) and only files a collector
 * asks for are checked: a picture or a wrapper jar that no collector reads never becomes a problem.
 */
final class FileContents {
    /** Like git: a NUL byte in the first 8 KiB makes a file binary. */
    static final int SNIFF_BYTES = 8 * 1024;

    private FileContents() {
    }

    /** Reads at most {@code maxBytes} from the stream, refusing a larger or binary file. */
    static byte[] read(InputStream in, long maxBytes) throws IOException {
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16L);
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw tooLarge(limit + 1L, maxBytes, true);
        }
        return checkText(bytes);
    }

    static SkippedFileException tooLarge(long size, long maxBytes, boolean atLeast) {
        return new SkippedFileException(Message.of(atLeast ? "source.tooLargeAtLeast" : "source.tooLarge",
                Long.toString(size), Long.toString(maxBytes)));
    }

    /**
     * Refuses binary content. A file opening with a UTF-16 or UTF-32 byte order mark is text in another encoding,
     * not binary: it is returned so that the collector says it is not UTF-8.
     */
    static byte[] checkText(byte[] bytes) throws SkippedFileException {
        if (hasUnicodeBom(bytes)) {
            return bytes;
        }
        int end = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                throw new SkippedFileException(Message.of("source.binary"));
            }
        }
        return bytes;
    }

    private static boolean hasUnicodeBom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
                || (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF));
    }
}
