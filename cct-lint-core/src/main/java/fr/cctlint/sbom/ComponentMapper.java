package fr.cctlint.sbom;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the raw CycloneDX entries of one file into inventory components: identity, type, scope, subject
 * flag and evidence; drops {@code scope: excluded} entries (and what they contain) and counts them; skips
 * nameless entries with a problem that gives their line.
 */
final class ComponentMapper {

    /** The components kept, the problems met, how many were excluded. */
    record Mapped(List<Component> components, List<Problem> problems, int excludedCount) {
        Mapped {
            components = List.copyOf(components);
            problems = List.copyOf(problems);
        }
    }

    private final String location;

    /** @param location the SBOM path as the user gave it: the evidence file and the problems' file */
    ComponentMapper(String location) {
        this.location = location;
    }

    Mapped map(List<RawComponent> raws) {
        List<Component> components = new ArrayList<>(raws.size());
        List<Problem> problems = new ArrayList<>();
        List<String> excludedPrefixes = new ArrayList<>();
        int excluded = 0;
        for (int index = 0; index < raws.size(); index++) {
            RawComponent raw = raws.get(index);
            if (insideExcluded(raw.path(), excludedPrefixes)) {
                excluded++;
                continue;
            }
            if ("excluded".equalsIgnoreCase(raw.scope())) {
                excludedPrefixes.add(raw.path() + ".");
                excluded++;
                continue;
            }
            if (raw.name() == null) {
                problems.add(new Problem(location, raw.line(), 0,
                        Message.of(raw.service() ? "sbom.serviceWithoutName" : "sbom.componentWithoutName",
                                location, String.valueOf(raw.line())), false));
                continue;
            }
            components.add(toComponent(raw, index));
        }
        return new Mapped(components, problems, excluded);
    }

    private static boolean insideExcluded(String path, List<String> excludedPrefixes) {
        for (String prefix : excludedPrefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private Component toComponent(RawComponent raw, int index) {
        String id = raw.bomRef() != null ? raw.bomRef() : raw.purl() != null ? raw.purl() : location + "#" + index;
        ComponentType type = raw.service() ? ComponentType.SERVICE
                : raw.type() == null ? ComponentType.LIBRARY : ComponentType.parse(raw.type());
        Scope scope = raw.scope() != null && "optional".equals(raw.scope().toLowerCase(Locale.ROOT))
                ? Scope.OPTIONAL : Scope.RUNTIME;
        Evidence evidence = new Evidence(location, raw.line(), quote(raw.purl(), raw.name(), raw.version()));
        return new Component(id, raw.name(), raw.group(), raw.version(), raw.purl(), raw.cpe(), type, scope,
                raw.underSubject(), List.of(evidence), raw.properties());
    }

    /** The short text an evidence quotes: the purl, else {@code name@version}. */
    static String quote(String purl, String name, String version) {
        if (purl != null) {
            return purl;
        }
        return version == null ? name : name + "@" + version;
    }
}
