package fr.cctlint.sbom;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Collects the fields of one component while a streaming pass walks over it. */
final class RawComponentBuilder {
    /** Longest description kept, in characters. */
    static final int MAX_DESCRIPTION = 200;
    /** Most cct:/cdx: properties kept per component. */
    static final int MAX_PROPERTIES = 16;

    private final String path;
    private final int line;
    private final boolean service;
    private String bomRef;
    private String type;
    private String name;
    private String group;
    private String version;
    private String purl;
    private String cpe;
    private String scope;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private int keptProperties;

    RawComponentBuilder(String path, int line, boolean service) {
        this.path = path;
        this.line = line;
        this.service = service;
    }

    /** Takes one scalar field of a component, by its CycloneDX name; ignores the others. */
    void field(String field, String value) {
        if (value == null) {
            return;
        }
        switch (field) {
            case "bom-ref" -> bomRef = blankToNull(value);
            case "type" -> type = blankToNull(value);
            case "name" -> name = blankToNull(value);
            case "group" -> group = blankToNull(value);
            case "version" -> version = blankToNull(value);
            case "purl" -> purl = blankToNull(value);
            case "cpe" -> cpe = blankToNull(value);
            case "scope" -> scope = blankToNull(value);
            case "publisher", "author" -> putFact(field, value);
            case "description" -> putFact("description", shorten(value));
            default -> { }
        }
    }

    void supplier(String supplierName) {
        putFact("supplier", supplierName);
    }

    /** A CycloneDX {@code properties} entry: kept only for the cct: and cdx: namespaces. */
    void property(String propertyName, String value) {
        if (propertyName == null || value == null || keptProperties >= MAX_PROPERTIES) {
            return;
        }
        String lower = propertyName.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("cct:") || lower.startsWith("cdx:")) && !properties.containsKey(propertyName)) {
            properties.put(propertyName, value.strip());
            keptProperties++;
        }
    }

    RawComponent build() {
        Map<String, String> facts = new LinkedHashMap<>(properties);
        if (service) {
            facts.put("cdx:type", "service");
        } else if (type != null) {
            facts.put("cdx:type", type);
        }
        return new RawComponent(path, line, service, bomRef, type, name, group, version, purl, cpe, scope, facts);
    }

    private void putFact(String key, String value) {
        String v = blankToNull(value);
        if (v != null) {
            properties.put(key, v.strip());
        }
    }

    static String shorten(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_DESCRIPTION ? oneLine : oneLine.substring(0, MAX_DESCRIPTION - 1) + "…";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
