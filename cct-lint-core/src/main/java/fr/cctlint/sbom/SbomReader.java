package fr.cctlint.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * Reads one SBOM file into an {@link Inventory}: CycloneDX JSON or XML (spec 1.0 to 1.7; schema validation
 * from 1.0 to 1.6, the versions CycloneDX core-java ships schemas for) or SPDX 2.2 / 2.3 JSON. The format
 * comes from the content, never from the file name. Nothing here throws on bad input: a file that cannot
 * be read gives an inventory holding one fatal {@link Problem} (see {@link Inventory#unreadable()}); a
 * partly broken one gives its components plus non-fatal problems.
 */
public final class SbomReader {
    /** Default largest SBOM read, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    private static final Set<String> CYCLONEDX_VERSIONS = Set.of("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7");
    private static final int SNIFF_BYTES = 8192;

    /**
     * How to read.
     *
     * @param validate validate CycloneDX documents against the schema of their spec version (costly on big SBOMs)
     * @param maxBytes files larger than this are refused with a clear problem, before being loaded
     */
    public record Options(boolean validate, long maxBytes) {
        public Options {
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be > 0: " + maxBytes);
            }
        }

        public static Options defaults() {
            return new Options(true, DEFAULT_MAX_BYTES);
        }

        public Options withValidate(boolean value) {
            return new Options(value, maxBytes);
        }

        public Options withMaxBytes(long value) {
            return new Options(validate, value);
        }
    }

    private final Options options;
    private final JsonScan jsonScan;
    private final XmlScan xmlScan;
    private final CycloneDxReader cycloneDx;
    private final SpdxReader spdx;

    public SbomReader() {
        this(Options.defaults());
    }

    public SbomReader(Options options) {
        this.options = options;
        ObjectMapper mapper = new ObjectMapper();
        JsonFactory jsonFactory = mapper.getFactory();
        this.jsonScan = new JsonScan(jsonFactory);
        this.xmlScan = new XmlScan(XmlScan.safeFactory());
        this.cycloneDx = new CycloneDxReader(options.validate());
        this.spdx = new SpdxReader(mapper);
    }

    public Options options() {
        return options;
    }

    /** Reads the file; never throws for bad input. */
    public Inventory read(Path file) {
        String location = file.toString();
        try {
            return readChecked(file, location);
        } catch (AccessDeniedException e) {
            return fatal(location, 0, 0, Message.of("sbom.unreadable", location, "permission denied"));
        } catch (NoSuchFileException e) {
            return fatal(location, 0, 0, Message.of("sbom.missing", location));
        } catch (IOException | RuntimeException e) {
            return fatal(location, 0, 0, Message.of("sbom.unreadable", location, CycloneDxReader.rootMessage(e)));
        }
    }

    private Inventory readChecked(Path file, String location) throws IOException {
        if (!Files.exists(file)) {
            return fatal(location, 0, 0, Message.of("sbom.missing", location));
        }
        if (Files.isDirectory(file)) {
            return fatal(location, 0, 0, Message.of("sbom.directory", location));
        }
        if (!Files.isRegularFile(file)) {
            return fatal(location, 0, 0, Message.of("sbom.notRegularFile", location));
        }
        if (!Files.isReadable(file)) {
            return fatal(location, 0, 0, Message.of("sbom.unreadable", location, "permission denied"));
        }
        long size = Files.size(file);
        if (size > options.maxBytes()) {
            return fatal(location, 0, 0, Message.of("sbom.tooLarge", location, megabytes(size), megabytes(options.maxBytes())));
        }
        byte[] content = Files.readAllBytes(file);
        if (content.length > options.maxBytes()) { // grew while we looked
            return fatal(location, 0, 0, Message.of("sbom.tooLarge", location, megabytes(content.length), megabytes(options.maxBytes())));
        }
        return readContent(location, content);
    }

    private Inventory readContent(String location, byte[] content) throws IOException {
        int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            return fatal(location, 1, 1, Message.of("sbom.notUtf8", location, "1"));
        }
        for (int i = start; i < Math.min(content.length, SNIFF_BYTES); i++) {
            if (content[i] == 0) {
                return fatal(location, 0, 0, Message.of("sbom.binary", location));
            }
        }
        int first = start;
        while (first < content.length && isWhitespace(content[first])) {
            first++;
        }
        if (first >= content.length) {
            return fatal(location, 0, 0, Message.of("sbom.empty", location));
        }
        // core-java's validators read the bytes as a string and would choke on the byte order mark
        byte[] body = start == 0 ? content : Arrays.copyOfRange(content, start, content.length);
        return switch (content[first]) {
            case '{' -> readJson(location, body);
            case '<' -> readXml(location, body);
            default -> {
                String head = new String(content, first, Math.min(32, content.length - first), StandardCharsets.UTF_8);
                yield fatal(location, 0, 0, head.startsWith("SPDXVersion:")
                        ? Message.of("sbom.spdxTagValue", location) : Message.of("sbom.notSbom", location));
            }
        };
    }

    private Inventory readJson(String location, byte[] content) throws IOException {
        JsonScan.Result scan;
        try {
            scan = jsonScan.scan(new ByteArrayInputStream(content));
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null ? 0 : Math.max(0, at.getColumnNr());
            if (isEncodingError(e)) {
                return fatal(location, line, column, Message.of("sbom.notUtf8", location, String.valueOf(line)));
            }
            return fatal(location, line, column, Message.of("sbom.invalidJson", location, String.valueOf(line),
                    String.valueOf(column), CycloneDxReader.shorten(e.getOriginalMessage())));
        } catch (CharConversionException e) {
            return fatal(location, 0, 0, Message.of("sbom.notUtf8", location, "?"));
        }
        if ("CycloneDX".equals(scan.bomFormat())) {
            String spec = scan.specVersion();
            if (spec == null) {
                return fatal(location, 0, 0, Message.of("sbom.noSpecVersion", location));
            }
            if (!CYCLONEDX_VERSIONS.contains(spec)) {
                return fatal(location, 0, 0, Message.of("sbom.unsupportedCycloneDx", location, spec));
            }
            return cycloneDx.read(location, content, true, spec, scan.timestamp(), scan.components());
        }
        if (scan.spdxVersion() != null) {
            if (!SpdxReader.SUPPORTED.contains(scan.spdxVersion())) {
                return fatal(location, 0, 0, Message.of("sbom.unsupportedSpdx", location, scan.spdxVersion()));
            }
            return spdx.read(location, content, scan.spdxVersion(), scan.spdxPackageLines());
        }
        return fatal(location, 0, 0, Message.of("sbom.notSbomJson", location));
    }

    private Inventory readXml(String location, byte[] content) {
        XmlScan.Result scan;
        try {
            scan = xmlScan.scan(new ByteArrayInputStream(content));
        } catch (XmlScan.DtdRefused e) {
            return fatal(location, e.line, 0, Message.of("sbom.dtdRefused", location, String.valueOf(e.line)));
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNumber());
            int column = at == null ? 0 : Math.max(0, at.getColumnNumber());
            return fatal(location, line, column, Message.of("sbom.invalidXml", location, String.valueOf(line),
                    String.valueOf(column), xmlReason(e)));
        }
        if (scan.rootName() == null) {
            return fatal(location, 0, 0, Message.of("sbom.notSbom", location));
        }
        if (scan.specVersion() == null) {
            return fatal(location, 0, 0, Message.of("sbom.notSbomXml", location, scan.rootName()));
        }
        if (!CYCLONEDX_VERSIONS.contains(scan.specVersion())) {
            return fatal(location, 0, 0, Message.of("sbom.unsupportedCycloneDx", location, scan.specVersion()));
        }
        return cycloneDx.read(location, content, false, scan.specVersion(), scan.timestamp(), scan.components());
    }

    /** The parser's own words without the location prefix StAX implementations put in front. */
    private static String xmlReason(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        if (firstLine.startsWith("ParseError at")) { // JDK's SJSXP puts the location on the first line
            firstLine = message.strip().lines().skip(1).findFirst().orElse(firstLine).replaceFirst("^Message: ", "");
        }
        return CycloneDxReader.shorten(firstLine);
    }

    private static boolean isEncodingError(StreamReadException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CharConversionException) {
                return true;
            }
        }
        String m = e.getOriginalMessage();
        return m != null && m.contains("Invalid UTF-8");
    }

    private static Inventory fatal(String location, int line, int column, Message message) {
        SourceInfo info = new SourceInfo(SourceKind.SBOM, location, null, null, Map.of());
        return new Inventory(info, List.of(), List.of(new Problem(location, line, column, message, true)), 0);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static String megabytes(long bytes) {
        return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }
}
