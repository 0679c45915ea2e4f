package fr.cctlint.sbom;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.Tool;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.Parser;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.SAXParseException;

/**
 * Reads one CycloneDX document (JSON or XML) with CycloneDX core-java, validates it against the schema of
 * its own spec version, and joins the model with the positions found by the streaming scan. When core-java
 * cannot bind a well-formed document (an unknown enum value, a 1.7 construct it does not know), the
 * components come from the scan instead, with a problem saying so: one bad field does not hide a whole SBOM.
 */
final class CycloneDxReader {
    /** Schema problems reported one by one; beyond, one summary problem. */
    static final int MAX_SCHEMA_PROBLEMS = 10;
    private static final int MAX_DETAIL = 300;
    private static final Pattern JSON_PATH = Pattern.compile("^\\$\\.?([^:\\s]*)");

    private final boolean validate;

    CycloneDxReader(boolean validate) {
        this.validate = validate;
    }

    Inventory read(String location, byte[] content, boolean json, String specVersion, String timestamp,
                   List<RawComponent> scanned) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        if (timestamp != null) {
            // from the file itself: core-java puts "now" in a BOM that has no timestamp
            details.put("timestamp", timestamp);
        }
        Parser parser = json ? new JsonParser() : new XmlParser();
        // Schema validation costs about twice as much as binding on a big SBOM: it runs on a second thread
        // while this one binds and maps the components (see Options.validate to turn it off).
        Version version = supportedVersion(specVersion);
        FutureTask<List<ParseException>> schemaCheck = null;
        if (validate && version != null) {
            Parser validator = json ? new JsonParser() : new XmlParser();
            schemaCheck = new FutureTask<>(() -> schemaErrors(validator, content, version));
            Thread thread = new Thread(schemaCheck, "cct-lint-schema-validation");
            thread.setDaemon(true);
            thread.start();
        }

        Bom bom = null;
        try {
            bom = parser.parse(content);
        } catch (ParseException | RuntimeException e) {
            problems.add(new Problem(location, 0, 0,
                    Message.of("sbom.boundLeniently", location, rootMessage(e)), false));
        }

        List<RawComponent> raws = bom == null ? scanned : fromBom(bom, scanned);
        ComponentMapper.Mapped mapped = new ComponentMapper(location).map(raws);

        if (!validate) {
            details.put("schemaValidation", "skipped");
        } else if (schemaCheck == null) {
            details.put("schemaValidation", "unavailable for CycloneDX " + specVersion);
        } else {
            List<Problem> schemaProblems = schemaProblems(await(schemaCheck), location, specVersion, scanned);
            details.put("schemaValidation", schemaProblems.isEmpty() ? "passed" : "failed");
            problems.addAll(schemaProblems);
        }
        problems.addAll(mapped.problems());

        String subject = null;
        if (bom != null) {
            describe(bom, details);
            Component main = bom.getMetadata() == null ? null : bom.getMetadata().getComponent();
            subject = main == null || main.getName() == null ? null
                    : ComponentMapper.quote(null, main.getName(), main.getVersion());
        } else {
            subject = scanned.stream().filter(r -> r.path().equals("metadata.component") && r.name() != null)
                    .map(r -> ComponentMapper.quote(null, r.name(), r.version())).findFirst().orElse(null);
        }
        String format = "CycloneDX " + specVersion + (json ? " JSON" : " XML");
        SourceInfo info = new SourceInfo(SourceKind.SBOM, location, format, subject, details);
        return new Inventory(info, mapped.components(), problems, mapped.excludedCount());
    }

    /** The core-java schema version for a spec version, or null when core-java has no schema for it. */
    static Version supportedVersion(String specVersion) {
        for (Version v : Version.values()) {
            if (v.getVersionString().equals(specVersion)) {
                return v;
            }
        }
        return null;
    }

    private static List<ParseException> await(FutureTask<List<ParseException>> schemaCheck) {
        try {
            return schemaCheck.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(new ParseException("schema validation interrupted"));
        } catch (ExecutionException e) {
            return List.of(new ParseException(rootMessage(e.getCause())));
        }
    }

    private static List<ParseException> schemaErrors(Parser parser, byte[] content, Version version) {
        try {
            return parser.validate(content, version);
        } catch (IOException | RuntimeException e) {
            return List.of(new ParseException(rootMessage(e)));
        }
    }

    private static List<Problem> schemaProblems(List<ParseException> errors, String location, String specVersion,
                                                List<RawComponent> scanned) {
        Map<String, Integer> lines = new HashMap<>();
        for (RawComponent raw : scanned) {
            lines.put(raw.path(), raw.line());
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < errors.size() && i < MAX_SCHEMA_PROBLEMS; i++) {
            ParseException error = errors.get(i);
            int line = 0;
            int column = 0;
            SAXParseException sax = saxCause(error);
            if (sax != null) {
                line = Math.max(0, sax.getLineNumber());
                column = Math.max(0, sax.getColumnNumber());
            } else if (error.getMessage() != null) {
                line = lineOfJsonPath(error.getMessage(), lines);
            }
            String text = shorten(sax != null ? sax.getMessage() : error.getMessage());
            problems.add(new Problem(location, line, column,
                    Message.of("sbom.schemaProblem", location, specVersion, text), false));
        }
        if (errors.size() > MAX_SCHEMA_PROBLEMS) {
            problems.add(new Problem(location, 0, 0, Message.of("sbom.schemaProblemsMore", location,
                    String.valueOf(errors.size() - MAX_SCHEMA_PROBLEMS), specVersion), false));
        }
        return problems;
    }

    /** Maps a validator message such as {@code $.components[2].scope: ...} to the line of the nearest component. */
    static int lineOfJsonPath(String message, Map<String, Integer> lines) {
        Matcher m = JSON_PATH.matcher(message);
        if (!m.find()) {
            return 0;
        }
        String path = m.group(1);
        while (!path.isEmpty()) {
            Integer line = lines.get(path);
            if (line != null) {
                return line;
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut <= 0 ? "" : path.substring(0, cut);
        }
        return 0;
    }

    private static SAXParseException saxCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SAXParseException sax) {
                return sax;
            }
        }
        return null;
    }

    /**
     * The entries of the scan, in its order, each with core-java's reading of its fields when core-java has
     * it at the same place. The scan decides which entries exist: core-java binds some foreign-namespace
     * or newer-spec XML elements as empty components, which are not in the document as components.
     */
    private static List<RawComponent> fromBom(Bom bom, List<RawComponent> scanned) {
        Map<String, Integer> lineByPath = new HashMap<>();
        for (RawComponent raw : scanned) {
            lineByPath.put(raw.path(), raw.line());
        }
        List<RawComponent> bound = new ArrayList<>();
        Walk walk = new Walk(lineByPath, bound);
        Metadata metadata = bom.getMetadata();
        if (metadata != null && metadata.getComponent() != null) {
            walk.component(metadata.getComponent(), "metadata.component");
        }
        walk.components(bom.getComponents(), "components");
        walk.services(bom.getServices(), "services");
        Map<String, RawComponent> boundByPath = new HashMap<>();
        for (RawComponent raw : bound) {
            boundByPath.put(raw.path(), raw);
        }
        return scanned.stream().map(raw -> boundByPath.getOrDefault(raw.path(), raw)).toList();
    }

    private record Walk(Map<String, Integer> lineByPath, List<RawComponent> out) {
        void components(List<Component> list, String prefix) {
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    component(list.get(i), prefix + "[" + i + "]");
                }
            }
        }

        void services(List<Service> list, String prefix) {
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    service(list.get(i), prefix + "[" + i + "]");
                }
            }
        }

        int line(String path) {
            return lineByPath.getOrDefault(path, 0);
        }

        // author and legacy tools are deprecated in CycloneDX 1.6, but older SBOMs carry them
        @SuppressWarnings("deprecation")
        void component(Component c, String path) {
            if (c == null) {
                return;
            }
            RawComponentBuilder b = new RawComponentBuilder(path, line(path), false);
            b.field("bom-ref", c.getBomRef());
            b.field("type", c.getType() == null ? null : c.getType().getTypeName());
            b.field("name", c.getName());
            b.field("group", c.getGroup());
            b.field("version", c.getVersion());
            b.field("purl", c.getPurl());
            b.field("cpe", c.getCpe());
            b.field("scope", c.getScope() == null ? null : c.getScope().getScopeName());
            b.field("publisher", c.getPublisher());
            b.field("author", c.getAuthor());
            b.field("description", c.getDescription());
            b.supplier(c.getSupplier() == null ? null : c.getSupplier().getName());
            properties(c.getProperties(), b);
            out.add(b.build());
            components(c.getComponents(), path + ".components");
        }

        void service(Service s, String path) {
            if (s == null) {
                return;
            }
            RawComponentBuilder b = new RawComponentBuilder(path, line(path), true);
            b.field("bom-ref", s.getBomRef());
            b.field("name", s.getName());
            b.field("group", s.getGroup());
            b.field("version", s.getVersion());
            b.field("description", s.getDescription());
            b.supplier(s.getProvider() == null ? null : s.getProvider().getName());
            properties(s.getProperties(), b);
            out.add(b.build());
            services(s.getServices(), path + ".services");
        }

        private static void properties(List<Property> properties, RawComponentBuilder b) {
            if (properties != null) {
                for (Property p : properties) {
                    b.property(p.getName(), p.getValue());
                }
            }
        }
    }

    @SuppressWarnings("deprecation")
    private static void describe(Bom bom, Map<String, String> details) {
        if (bom.getSerialNumber() != null) {
            details.put("serialNumber", bom.getSerialNumber());
        }
        details.put("version", String.valueOf(bom.getVersion()));
        Metadata metadata = bom.getMetadata();
        if (metadata == null) {
            return;
        }
        StringJoiner tools = new StringJoiner(", ");
        if (metadata.getTools() != null) {
            for (Tool t : metadata.getTools()) {
                addTool(tools, t.getName(), t.getVersion());
            }
        }
        if (metadata.getToolChoice() != null) {
            if (metadata.getToolChoice().getComponents() != null) {
                for (Component c : metadata.getToolChoice().getComponents()) {
                    addTool(tools, c.getName(), c.getVersion());
                }
            }
            if (metadata.getToolChoice().getServices() != null) {
                for (Service s : metadata.getToolChoice().getServices()) {
                    addTool(tools, s.getName(), s.getVersion());
                }
            }
        }
        if (tools.length() > 0) {
            details.put("tools", tools.toString());
        }
    }

    private static void addTool(StringJoiner tools, String name, String version) {
        if (name != null && !name.isBlank()) {
            tools.add(version == null || version.isBlank() ? name.strip() : name.strip() + " " + version.strip());
        }
    }

    /** The most specific message in a cause chain, on one line: what a user can act upon. */
    static String rootMessage(Throwable t) {
        String message = null;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                message = c.getMessage();
            }
        }
        return shorten(message == null ? t.getClass().getSimpleName() : message);
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        return firstLine.length() <= MAX_DETAIL ? firstLine : firstLine.substring(0, MAX_DETAIL - 1) + "…";
    }
}
