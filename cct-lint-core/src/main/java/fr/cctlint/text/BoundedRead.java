package fr.cctlint.text;

import java.io.IOException;
import java.io.InputStream;

/** Reading a data file under a size limit without reading more than the limit. */
public final class BoundedRead {
    private BoundedRead() {
    }

    /** At most {@code maxBytes + 1} bytes of the stream: enough to tell that it is over the limit. */
    public static byte[] upTo(InputStream in, long maxBytes) throws IOException {
        return in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    }
}
