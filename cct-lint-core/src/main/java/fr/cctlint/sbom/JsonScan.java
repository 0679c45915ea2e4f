package fr.cctlint.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One cheap streaming pass over a JSON document that says what it is (the top-level {@code bomFormat},
 * {@code specVersion}, {@code spdxVersion}) and where its components start: CycloneDX components and
 * services (nested too, and {@code metadata.component}) with their plain fields, SPDX packages by index.
 * It also proves the document is well-formed JSON: Jackson's exception carries the line and column.
 */
final class JsonScan {

    /** What the pass found. */
    record Result(String bomFormat, String specVersion, String spdxVersion, String timestamp,
                  List<RawComponent> components, List<Integer> spdxPackageLines) {
        Result {
            components = List.copyOf(components);
            spdxPackageLines = List.copyOf(spdxPackageLines);
        }
    }

    private final JsonFactory factory;

    JsonScan(JsonFactory factory) {
        this.factory = factory;
    }

    /** Scans the stream; a {@link com.fasterxml.jackson.core.JsonProcessingException} means it is not valid JSON. */
    Result scan(InputStream in) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                // a JSON array, a bare string...: valid JSON maybe, but not an SBOM
                skipRest(p, first);
                return new Result(null, null, null, null, List.of(), List.of());
            }
            State s = new State();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "bomFormat" -> s.bomFormat = scalar(p, value);
                    case "specVersion" -> s.specVersion = scalar(p, value);
                    case "spdxVersion" -> s.spdxVersion = scalar(p, value);
                    case "metadata" -> metadata(p, value, s);
                    case "components" -> componentArray(p, value, "components", false, s.components);
                    case "services" -> componentArray(p, value, "services", true, s.components);
                    case "packages" -> packageLines(p, value, s.packageLines);
                    default -> p.skipChildren();
                }
            }
            // read to the end so trailing garbage after the root object is reported as invalid JSON
            skipRest(p, null);
            return new Result(s.bomFormat, s.specVersion, s.spdxVersion, s.timestamp, s.components, s.packageLines);
        }
    }

    private static final class State {
        String bomFormat;
        String specVersion;
        String spdxVersion;
        String timestamp;
        final List<RawComponent> components = new ArrayList<>();
        final List<Integer> packageLines = new ArrayList<>();
    }

    private static void skipRest(JsonParser p, JsonToken current) throws IOException {
        if (current != null) {
            p.skipChildren();
        }
        while (p.nextToken() != null) {
            p.skipChildren();
        }
    }

    private static String scalar(JsonParser p, JsonToken token) throws IOException {
        if (token != null && token.isScalarValue()) {
            return token == JsonToken.VALUE_NULL ? null : p.getText();
        }
        p.skipChildren();
        return null;
    }

    private void metadata(JsonParser p, JsonToken token, State s) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("component".equals(field) && value == JsonToken.START_OBJECT) {
                component(p, "metadata.component", false, s.components);
            } else if ("timestamp".equals(field)) {
                s.timestamp = scalar(p, value);
            } else {
                p.skipChildren();
            }
        }
    }

    private void componentArray(JsonParser p, JsonToken token, String prefix, boolean service, List<RawComponent> out)
            throws IOException {
        if (token != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.START_OBJECT) {
                component(p, prefix + "[" + index + "]", service, out);
            } else {
                p.skipChildren();
            }
            index++;
        }
    }

    /** At the START_OBJECT of a component or service; leaves the parser on its END_OBJECT. */
    private void component(JsonParser p, String path, boolean service, List<RawComponent> out) throws IOException {
        RawComponentBuilder b = new RawComponentBuilder(path, p.currentTokenLocation().getLineNr(), service);
        int slot = out.size();
        out.add(null); // keep document (pre-)order: the parent before its nested components
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "components" -> componentArray(p, value, path + ".components", false, out);
                case "services" -> componentArray(p, value, path + ".services", true, out);
                case "supplier", "provider" -> b.supplier(nameOf(p, value));
                case "properties" -> properties(p, value, b);
                default -> {
                    if (value != null && value.isScalarValue()) {
                        b.field(field, value == JsonToken.VALUE_NULL ? null : p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
        out.set(slot, b.build());
    }

    private static String nameOf(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("name".equals(field) && value == JsonToken.VALUE_STRING) {
                name = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return name;
    }

    private static void properties(JsonParser p, JsonToken token, RawComponentBuilder b) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String name = null;
            String value = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.VALUE_STRING && "name".equals(field)) {
                    name = p.getText();
                } else if (v == JsonToken.VALUE_STRING && "value".equals(field)) {
                    value = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            b.property(name, value);
        }
    }

    private static void packageLines(JsonParser p, JsonToken token, List<Integer> out) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            out.add(t == JsonToken.START_OBJECT ? p.currentTokenLocation().getLineNr() : 0);
            p.skipChildren();
        }
    }
}
