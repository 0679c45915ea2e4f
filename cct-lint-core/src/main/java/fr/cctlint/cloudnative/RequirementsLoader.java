package fr.cctlint.cloudnative;

import fr.cctlint.text.BoundedRead;
import fr.cctlint.cloudnative.RequirementsDocument.Located;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.referential.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads a Cloud Native requirements file (format: {@code rules/cloud-native/README.md}) and checks it: a
 * provenance with an id, types with a meaning and a severity, requirement ids written once, every requirement's
 * type defined, rules that exist and are cloud-native rules of that requirement, coverage consistent with the
 * rules (manual exactly when there are none), every cloud-native rule judging at least one requirement. All
 * problems are collected with file and line and thrown together in one {@link RequirementsException}.
 */
public final class RequirementsLoader {

    /** Classpath location of the bundled requirements. */
    public static final String BUNDLED = "cct-rules/cloud-native/requirements.yaml";
    /** Largest requirements file accepted, in bytes. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private final long maxBytes;

    public RequirementsLoader() {
        this(MAX_BYTES);
    }

    public RequirementsLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The bundled requirements. @throws RequirementsException when the bundled file is broken */
    public static Requirements bundled() {
        return new RequirementsLoader().loadResource(BUNDLED);
    }

    /** A requirements file. @throws RequirementsException listing every problem of the file */
    public static Requirements load(Path file) {
        return new RequirementsLoader().loadFile(file);
    }

    public Requirements loadFile(Path file) {
        List<Problem> problems = new ArrayList<>();
        Requirements result = requirements(readFile(file), problems);
        throwIfAny(problems);
        return result;
    }

    public Requirements loadResource(String resource) {
        List<Problem> problems = new ArrayList<>();
        Requirements result = requirements(readResource(resource), problems);
        throwIfAny(problems);
        return result;
    }

    /** Every problem of a requirements file, without throwing. */
    public List<Problem> validate(Path file) {
        List<Problem> problems = new ArrayList<>();
        requirements(readFile(file), problems);
        return List.copyOf(problems);
    }

    private static Requirements requirements(RequirementsDocument doc, List<Problem> problems) {
        problems.addAll(doc.problems());
        if (doc.problems().stream().anyMatch(Problem::fatal)) {
            return null;
        }
        if (!doc.automation().isEmpty()) {
            Located<Automation> first = doc.automation().values().iterator().next();
            problems.add(new Problem(doc.file(), first.line(), 0, Message.of("requirements.load.profileKey"), false));
        }
        Provenance provenance = doc.provenance();
        if (provenance == null) {
            problems.add(new Problem(doc.file(), 0, 0, Message.of("requirements.load.missingTop", "provenance"),
                    false));
            provenance = new Provenance(doc.file(), doc.file(), doc.file(), null, null, null, null);
        }
        Map<String, RequirementType> types = RequirementsChecks.types(doc.file(), doc.types(), problems);
        if (types.isEmpty()) {
            problems.add(new Problem(doc.file(), 0, 0, Message.of("requirements.load.missingTop", "types"), false));
        }
        List<Requirement> requirements = RequirementsChecks.requirements(doc.file(), doc.requirements(), types,
                problems);
        if (doc.requirements().isEmpty()) {
            problems.add(new Problem(doc.file(), 0, 0, Message.of("requirements.load.missingTop", "requirements"),
                    false));
        }
        RequirementsChecks.everyRuleUsed(doc.file(), requirements.stream().map(Requirement::automation).toList(),
                problems);
        return new Requirements(provenance, types, requirements);
    }

    // ---- reading bytes (also used for import profiles)

    RequirementsDocument readFile(Path file) {
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
            return RequirementsDocument.failed(label, List.of(new Problem(label, 0, 0,
                    Message.of("requirements.load.unreadable", String.valueOf(e.getMessage())), true)));
        }
    }

    RequirementsDocument readResource(String resource) {
        try (InputStream in = RequirementsLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return RequirementsDocument.failed(resource, List.of(new Problem(resource, 0, 0,
                        Message.of("requirements.load.missingBundled", resource), true)));
            }
            return readBytes(resource, BoundedRead.upTo(in, maxBytes));
        } catch (IOException e) {
            return RequirementsDocument.failed(resource, List.of(new Problem(resource, 0, 0,
                    Message.of("requirements.load.unreadable", String.valueOf(e.getMessage())), true)));
        }
    }

    private RequirementsDocument readBytes(String label, byte[] bytes) {
        if (bytes.length > maxBytes) {
            return tooLarge(label, bytes.length);
        }
        return new RequirementsYamlReader(label).read(bytes);
    }

    private RequirementsDocument tooLarge(String label, long size) {
        return RequirementsDocument.failed(label, List.of(new Problem(label, 0, 0,
                Message.of("requirements.load.tooLarge", String.valueOf(size), String.valueOf(maxBytes)), true)));
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new RequirementsException(problems);
        }
    }
}
