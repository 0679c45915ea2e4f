package fr.cctlint.cloudnative;

import fr.cctlint.model.Problem;
import fr.cctlint.referential.Provenance;
import java.util.List;
import java.util.Map;

/**
 * What one requirements file or import profile holds, as read, with the line of each entry, before the checks
 * that span entries (unique ids, known types, every rule used).
 *
 * @param file         the file as shown in messages
 * @param provenance   its provenance block, or null
 * @param types        its requirement types, in file order
 * @param requirements its requirements, in file order (a profile has none)
 * @param automation   a profile's automation per requirement id, in file order (a requirements file has none)
 * @param problems     what was wrong while reading; the rest was still read
 */
record RequirementsDocument(String file, Provenance provenance, List<Located<RequirementType>> types,
        List<Located<Requirement>> requirements, Map<String, Located<Automation>> automation, List<Problem> problems) {

    RequirementsDocument {
        types = List.copyOf(types);
        requirements = List.copyOf(requirements);
        automation = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(automation));
        problems = List.copyOf(problems);
    }

    static RequirementsDocument failed(String file, List<Problem> problems) {
        return new RequirementsDocument(file, null, List.of(), List.of(), Map.of(), problems);
    }

    /** A value read from a file, with the 1-based line it starts at. */
    record Located<T>(T value, int line) {
    }
}
