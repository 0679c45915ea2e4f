package fr.cctlint.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reads an SPDX 2.2 / 2.3 JSON document: packages become components (purl from the package-manager
 * external reference, CPE from the security ones, type from {@code primaryPackagePurpose}), the packages
 * the document describes are the subject, and dependency relationships give test/build/optional scopes.
 */
final class SpdxReader {
    static final Set<String> SUPPORTED = Set.of("SPDX-2.2", "SPDX-2.3");
    private static final Map<String, Scope> SCOPE_OF_RELATIONSHIP = Map.of(
            "TEST_DEPENDENCY_OF", Scope.TEST,
            "DEV_DEPENDENCY_OF", Scope.BUILD,
            "BUILD_DEPENDENCY_OF", Scope.BUILD,
            "OPTIONAL_DEPENDENCY_OF", Scope.OPTIONAL,
            "PROVIDED_DEPENDENCY_OF", Scope.PROVIDED);

    private final ObjectMapper mapper;

    SpdxReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Inventory read(String location, byte[] content, String spdxVersion, List<Integer> packageLines) throws IOException {
        JsonNode root = mapper.readTree(content);
        String format = spdxVersion.replace("SPDX-", "SPDX ") + " JSON";
        Map<String, String> details = new LinkedHashMap<>();
        putText(details, "documentNamespace", root.path("documentNamespace"));
        JsonNode creation = root.path("creationInfo");
        putText(details, "created", creation.path("created"));
        if (creation.path("creators").isArray()) {
            StringJoiner creators = new StringJoiner(", ");
            creation.path("creators").forEach(c -> {
                if (c.isTextual()) {
                    creators.add(c.asText());
                }
            });
            details.put("creators", creators.toString());
        }
        String documentName = text(root.path("name"));
        SourceInfo info = new SourceInfo(SourceKind.SBOM, location, format, documentName, details);

        String documentId = text(root.path("SPDXID")) == null ? "SPDXRef-DOCUMENT" : text(root.path("SPDXID"));
        Set<String> described = new HashSet<>();
        root.path("documentDescribes").forEach(n -> {
            if (n.isTextual()) {
                described.add(n.asText());
            }
        });
        Map<String, Scope> scopes = new HashMap<>();
        for (JsonNode rel : root.path("relationships")) {
            String from = text(rel.path("spdxElementId"));
            String to = text(rel.path("relatedSpdxElement"));
            String type = text(rel.path("relationshipType"));
            if (from == null || to == null || type == null) {
                continue;
            }
            if ("DESCRIBES".equals(type) && documentId.equals(from)) {
                described.add(to);
            } else if ("DESCRIBED_BY".equals(type) && documentId.equals(to)) {
                described.add(from);
            } else if (SCOPE_OF_RELATIONSHIP.containsKey(type)) {
                scopes.putIfAbsent(from, SCOPE_OF_RELATIONSHIP.get(type));
            }
        }

        List<Component> components = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        JsonNode packages = root.path("packages");
        for (int i = 0; i < packages.size(); i++) {
            JsonNode pkg = packages.get(i);
            int line = i < packageLines.size() ? packageLines.get(i) : 0;
            String name = text(pkg.path("name"));
            if (name == null) {
                problems.add(new Problem(location, line, 0,
                        Message.of("sbom.packageWithoutName", location, String.valueOf(line)), false));
                continue;
            }
            components.add(toComponent(location, i, line, pkg, name, described, scopes));
        }
        return new Inventory(info, components, problems, 0);
    }

    private static Component toComponent(String location, int index, int line, JsonNode pkg, String name,
                                         Set<String> described, Map<String, Scope> scopes) {
        String spdxId = text(pkg.path("SPDXID"));
        String version = text(pkg.path("versionInfo"));
        String purl = null;
        String cpe23 = null;
        String cpe22 = null;
        for (JsonNode ref : pkg.path("externalRefs")) {
            String category = text(ref.path("referenceCategory"));
            String type = text(ref.path("referenceType"));
            String locator = text(ref.path("referenceLocator"));
            if (category == null || type == null || locator == null) {
                continue;
            }
            category = category.replace('_', '-').toUpperCase(Locale.ROOT);
            if (purl == null && "PACKAGE-MANAGER".equals(category) && "purl".equals(type)) {
                purl = locator;
            } else if ("SECURITY".equals(category) && "cpe23Type".equals(type) && cpe23 == null) {
                cpe23 = locator;
            } else if ("SECURITY".equals(category) && "cpe22Type".equals(type) && cpe22 == null) {
                cpe22 = locator;
            }
        }
        String purpose = text(pkg.path("primaryPackagePurpose"));
        Map<String, String> properties = new LinkedHashMap<>();
        putParty(properties, "supplier", text(pkg.path("supplier")));
        putParty(properties, "author", text(pkg.path("originator")));
        String description = text(pkg.path("summary")) != null ? text(pkg.path("summary")) : text(pkg.path("description"));
        if (description != null) {
            properties.put("description", RawComponentBuilder.shorten(description));
        }
        if (purpose != null) {
            properties.put("spdx:primaryPackagePurpose", purpose);
        }
        String id = spdxId != null ? spdxId : purl != null ? purl : location + "#" + index;
        Evidence evidence = new Evidence(location, line, ComponentMapper.quote(purl, name, version));
        return new Component(id, name, null, version, purl, cpe23 != null ? cpe23 : cpe22, typeOf(purpose),
                scopes.getOrDefault(spdxId, Scope.RUNTIME), spdxId != null && described.contains(spdxId),
                List.of(evidence), properties);
    }

    /** SPDX {@code primaryPackagePurpose} to our types; an absent purpose reads as a library. */
    static ComponentType typeOf(String purpose) {
        if (purpose == null) {
            return ComponentType.LIBRARY;
        }
        return switch (purpose.strip().toUpperCase(Locale.ROOT).replace('_', '-')) {
            case "SOURCE", "ARCHIVE", "FILE" -> ComponentType.FILE;
            case "INSTALL" -> ComponentType.APPLICATION;
            default -> ComponentType.parse(purpose);
        };
    }

    /** {@code Organization: ACME} / {@code Person: Jane} to the bare name; NOASSERTION is no fact. */
    private static void putParty(Map<String, String> properties, String key, String value) {
        if (value == null || "NOASSERTION".equalsIgnoreCase(value) || "NONE".equalsIgnoreCase(value)) {
            return;
        }
        int colon = value.indexOf(':');
        String bare = colon > 0 && value.substring(0, colon).matches("(?i)organization|person|tool")
                ? value.substring(colon + 1).strip() : value;
        bare = bare.replaceAll("\\s*\\([^)]*@[^)]*\\)\\s*$", "");
        if (!bare.isBlank()) {
            properties.put(key, bare);
        }
    }

    private static void putText(Map<String, String> details, String key, JsonNode node) {
        String value = text(node);
        if (value != null) {
            details.put(key, value);
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? node.asText().strip() : null;
    }
}
