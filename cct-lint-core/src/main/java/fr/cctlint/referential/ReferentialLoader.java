package fr.cctlint.referential;

import fr.cctlint.text.BoundedRead;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads referential files (format: {@code rules/referential/README.md}). Every problem of a file is collected with
 * its file and line, and all of them are thrown together in one {@link ReferentialException}.
 *
 * <ul>
 *   <li>{@link #bundled()}: the referential shipped in the jar ({@value #BUNDLED}, with the selector overlay
 *       {@value #BUNDLED_SELECTORS} when present);</li>
 *   <li>{@link #load(Path)}: one user file used on its own; status letters it does not define are taken from the
 *       bundled definitions;</li>
 *   <li>{@link #layered(List)}: the bundled referential with each file laid on top, by reference id;
 *       {@link #layered(List, List)} lays files read elsewhere (from a git revision) first.</li>
 * </ul>
 */
public final class ReferentialLoader {

    /** Classpath location of the bundled referential. */
    public static final String BUNDLED = "cct-rules/referential/cct-mi.yaml";
    /** Classpath location of the bundled selector overlay (hand-written match selectors). */
    public static final String BUNDLED_SELECTORS = "cct-rules/referential/cct-mi.selectors.yaml";
    /** Largest referential file accepted, in bytes. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private final long maxBytes;

    public ReferentialLoader() {
        this(MAX_BYTES);
    }

    public ReferentialLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The bundled referential. @throws ReferentialException when the bundled files are broken */
    public static Referential bundled() {
        return new ReferentialLoader().loadBundled();
    }

    /** One user file, on its own. @throws ReferentialException listing every problem of the file */
    public static Referential load(Path file) {
        return new ReferentialLoader().loadFile(file);
    }

    /** The bundled referential with each file laid on top in order. @throws ReferentialException */
    public static Referential layered(List<Path> files) {
        return new ReferentialLoader().loadLayered(files);
    }

    /**
     * The bundled referential, then each source in order, then each file in order. A source is read exactly as a
     * file, and a source that could not be read is one more problem. @throws ReferentialException
     */
    public static Referential layered(List<ReferentialSource> sources, List<Path> files) {
        return new ReferentialLoader().loadLayered(sources, files);
    }

    public Referential loadBundled() {
        List<Problem> problems = new ArrayList<>();
        Referential result = bundledReferential(problems);
        throwIfAny(problems);
        return result;
    }

    public Referential loadFile(Path file) {
        List<Problem> problems = new ArrayList<>();
        Referential result = standalone(file, problems);
        throwIfAny(problems);
        return result;
    }

    public Referential loadLayered(List<Path> files) {
        return loadLayered(List.of(), files);
    }

    public Referential loadLayered(List<ReferentialSource> sources, List<Path> files) {
        List<ReferentialDocument> docs = new ArrayList<>();
        sources.forEach(source -> docs.add(readSource(source)));
        files.forEach(file -> docs.add(readFile(file)));
        List<Problem> problems = new ArrayList<>();
        Referential result = layer(docs, problems);
        throwIfAny(problems);
        return result;
    }

    /** Every problem of a file laid on the bundled referential, without throwing. */
    public List<Problem> validateLayer(Path file) {
        List<Problem> problems = new ArrayList<>();
        layer(List.of(readFile(file)), problems);
        return List.copyOf(problems);
    }

    /** Every problem of a file used on its own, without throwing. */
    public List<Problem> validateStandalone(Path file) {
        List<Problem> problems = new ArrayList<>();
        standalone(file, problems);
        return List.copyOf(problems);
    }

    // ---- steps

    private Referential bundledReferential(List<Problem> problems) {
        ReferentialDocument base = readResource(BUNDLED, true);
        problems.addAll(base.problems());
        Referential referential = toReferential(base, base.statuses(), base.statuses(), problems);
        ReferentialDocument overlay = readResource(BUNDLED_SELECTORS, false);
        if (overlay != null) {
            problems.addAll(overlay.problems());
            referential = applySelectors(referential, overlay.selectors(), problems);
        }
        return referential;
    }

    private Referential standalone(Path file, List<Problem> problems) {
        ReferentialDocument doc = readFile(file);
        problems.addAll(doc.problems());
        Map<String, StatusDefinition> statuses = new LinkedHashMap<>();
        if (doc.products().stream().anyMatch(p -> !doc.statuses().containsKey(p.status()))) {
            List<Problem> ignored = new ArrayList<>();
            statuses.putAll(bundledReferential(ignored).statuses());
        }
        statuses.putAll(doc.statuses());
        Referential referential = toReferential(doc, statuses, statuses, problems);
        return applySelectors(referential, doc.selectors(), problems);
    }

    private Referential layer(List<ReferentialDocument> docs, List<Problem> problems) {
        Referential result = bundledReferential(problems);
        for (ReferentialDocument doc : docs) {
            problems.addAll(doc.problems());
            Map<String, StatusDefinition> statuses = new LinkedHashMap<>(result.statuses());
            statuses.putAll(doc.statuses());
            Referential top = toReferential(doc, statuses, doc.statuses(), problems);
            result = result.layer(inheritSelectors(top, result));
            result = applySelectors(result, doc.selectors(), problems);
        }
        return result;
    }

    /** A row of a layer that names no selectors keeps those of the row it replaces. */
    private static Referential inheritSelectors(Referential top, Referential base) {
        List<Product> products = top.products().stream()
                .map(p -> p.selectors().isEmpty()
                        ? base.find(p.ref()).map(old -> p.withSelectors(old.selectors())).orElse(p)
                        : p)
                .toList();
        return new Referential(top.editions(), top.statuses(), products);
    }

    /** Builds the referential of a document; reports rows whose status letter has no definition. */
    private static Referential toReferential(ReferentialDocument doc, Map<String, StatusDefinition> statuses,
            Map<String, StatusDefinition> ownStatuses, List<Problem> problems) {
        for (Product p : doc.products()) {
            if (!statuses.containsKey(p.status())) {
                problems.add(new Problem(doc.file(), p.origin().line(), 0, Message.of("referential.load.undefinedStatus",
                        p.status(), p.ref(), String.join(", ", statuses.keySet().stream().sorted().toList())), false));
            }
        }
        Provenance provenance = doc.provenance() != null ? doc.provenance()
                : new Provenance(fileName(doc.file()), doc.file(), doc.file(), null, null, null, null);
        return new Referential(List.of(provenance), ownStatuses, doc.products());
    }

    /** Adds each entry's selectors to the rows it lists; an unknown reference id is a problem. */
    static Referential applySelectors(Referential referential, List<SelectorEntry> entries, List<Problem> problems) {
        if (entries.isEmpty()) {
            return referential;
        }
        Map<String, Product> byRef = new LinkedHashMap<>();
        for (Product p : referential.products()) {
            byRef.put(p.ref().toUpperCase(Locale.ROOT), p);
        }
        for (SelectorEntry entry : entries) {
            for (String ref : entry.refs()) {
                String key = ref.toUpperCase(Locale.ROOT);
                Product p = byRef.get(key);
                if (p == null) {
                    problems.add(new Problem(entry.origin().file(), entry.origin().line(), 0,
                            Message.of("referential.load.unknownRef", ref), false));
                    continue;
                }
                byRef.put(key, p.withSelectors(p.selectors().plus(entry.selectors())));
            }
        }
        return new Referential(referential.editions(), referential.statuses(), new ArrayList<>(byRef.values()));
    }

    // ---- reading bytes

    ReferentialDocument readFile(Path file) {
        String label = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return tooLarge(label, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readBytes(label, BoundedRead.upTo(in, maxBytes));
            }
        } catch (IOException e) {
            return ReferentialDocument.failed(label, List.of(new Problem(label, 0, 0,
                    Message.of("referential.load.unreadable", String.valueOf(e.getMessage())), true)));
        }
    }

    private ReferentialDocument readSource(ReferentialSource source) {
        return source.problem() != null ? ReferentialDocument.failed(source.label(), List.of(source.problem()))
                : readBytes(source.label(), source.bytes());
    }

    private ReferentialDocument readResource(String resource, boolean required) {
        ClassLoader loader = ReferentialLoader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return required ? ReferentialDocument.failed(resource, List.of(new Problem(resource, 0, 0,
                        Message.of("referential.load.missingBundled", resource), true))) : null;
            }
            return readBytes(resource, BoundedRead.upTo(in, maxBytes));
        } catch (IOException e) {
            return ReferentialDocument.failed(resource, List.of(new Problem(resource, 0, 0,
                    Message.of("referential.load.unreadable", String.valueOf(e.getMessage())), true)));
        }
    }

    /** Reads a resource of this module (e.g. the importer profile) as a document. */
    ReferentialDocument readResource(String resource) {
        return readResource(resource, true);
    }

    private ReferentialDocument readBytes(String label, byte[] bytes) {
        if (bytes.length > maxBytes) {
            return tooLarge(label, bytes.length);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            return ReferentialDocument.failed(label, List.of(new Problem(label, lineAt(bytes, offset), 0,
                    Message.of("referential.load.notUtf8", String.valueOf(offset)), true)));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new ReferentialYamlReader(label, (int) Math.min(maxBytes, Integer.MAX_VALUE)).read(text);
    }

    private ReferentialDocument tooLarge(String label, long size) {
        return ReferentialDocument.failed(label, List.of(new Problem(label, 0, 0,
                Message.of("referential.load.tooLarge", String.valueOf(size), String.valueOf(maxBytes)), true)));
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ReferentialException(problems);
        }
    }
}
