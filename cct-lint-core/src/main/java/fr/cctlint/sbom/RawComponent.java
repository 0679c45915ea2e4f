package fr.cctlint.sbom;

import java.util.Map;

/**
 * One component or service as found in an SBOM, before it becomes a {@link fr.cctlint.model.Component}:
 * the plain declared values, where it starts in the file, and its structural path.
 *
 * @param path       structural key, e.g. {@code components[3].components[0]}, {@code services[1]},
 *                   {@code metadata.component}; the same for the JSON and XML encodings
 * @param line       1-based line where the component's object or element starts, 0 when unknown
 * @param service    true for a CycloneDX service
 * @param properties the kept facts (supplier, publisher, author, description, cdx:type, cct:* and cdx:* properties)
 */
record RawComponent(
        String path,
        int line,
        boolean service,
        String bomRef,
        String type,
        String name,
        String group,
        String version,
        String purl,
        String cpe,
        String scope,
        Map<String, String> properties) {

    RawComponent {
        properties = Map.copyOf(properties);
    }

    /** True when this entry sits under {@code metadata.component}: the SBOM's subject or one of its parts. */
    boolean underSubject() {
        return path.startsWith("metadata.component");
    }
}
