package fr.cctlint.cloudnative.check.health;

import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.cloudnative.check.capability.Capabilities;
import fr.cctlint.cloudnative.check.capability.Capability;
import fr.cctlint.cloudnative.check.capability.Stack;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.PurlPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges application stacks (Spring Boot, a Node.js web server, a Python web framework) against health and metrics
 * libraries, per application: the manifests of one ecosystem (purl type) under one top-most manifest folder (a Maven
 * multi-module build under its root POM, an npm workspace under its root package.json; two npm projects side by
 * side are two applications). A framework counts when declared in runtime scope outside a lockfile; a health or
 * metrics library counts in any scope but test and build, wherever it is declared.
 */
final class StackJudgement {
    private static final Set<Scope> LIBRARY_SCOPES = Set.of(Scope.RUNTIME, Scope.OPTIONAL, Scope.PROVIDED);
    private static final Comparator<Evidence> FIRST = Comparator
            .comparingInt((Evidence e) -> e.file().split("/").length)
            .thenComparing(Evidence::file).thenComparingInt(Evidence::line);

    private final Capabilities capabilities;

    StackJudgement(Capabilities capabilities) {
        this.capabilities = capabilities;
    }

    /** One stack declared in one application: where, by which component. */
    private record Declared(Stack stack, Component component, Evidence evidence) {
    }

    void judge(Inventory inventory, List<Violation> violations, List<Evidence> checked) {
        Map<String, TreeSet<String>> foldersByType = new LinkedHashMap<>();
        for (Component c : inventory.components()) {
            type(c).ifPresent(type -> c.evidence().forEach(e ->
                    foldersByType.computeIfAbsent(type, t -> new TreeSet<>()).add(SourceFiles.folder(e.file()))));
        }
        Map<String, List<Declared>> stacks = new LinkedHashMap<>();
        Map<String, List<Evidence>> libraries = new LinkedHashMap<>();
        for (Component c : inventory.components()) {
            Optional<String> type = type(c);
            if (type.isEmpty()) {
                continue;
            }
            Optional<Stack> stack = c.scope() == Scope.RUNTIME ? capabilities.stackOf(c) : Optional.empty();
            boolean library = LIBRARY_SCOPES.contains(c.scope())
                    && (capabilities.provides(Capability.HEALTH, c).isPresent()
                    || capabilities.provides(Capability.METRICS, c).isPresent());
            for (Evidence e : c.evidence()) {
                String unit = type.get() + ":" + root(foldersByType.get(type.get()), SourceFiles.folder(e.file()));
                if (stack.isPresent() && !capabilities.isLockfile(e.file())) {
                    stacks.computeIfAbsent(unit, u -> new ArrayList<>()).add(new Declared(stack.get(), c, e));
                }
                if (library) {
                    libraries.computeIfAbsent(unit, u -> new ArrayList<>()).add(e);
                }
            }
        }
        for (Map.Entry<String, List<Declared>> unit : stacks.entrySet()) {
            List<Evidence> found = libraries.getOrDefault(unit.getKey(), List.of());
            if (!found.isEmpty()) {
                checked.addAll(found);
                continue;
            }
            Map<String, Declared> firstPerStack = new LinkedHashMap<>();
            unit.getValue().stream().sorted(Comparator.comparing(Declared::evidence, FIRST))
                    .forEach(d -> firstPerStack.putIfAbsent(d.stack().id(), d));
            for (Declared d : firstPerStack.values()) {
                String folder = unit.getKey().substring(unit.getKey().indexOf(':') + 1);
                violations.add(new Violation(d.evidence(), Message.of("cnops.health.noLibrary", d.stack().name(),
                        d.component().displayName(), String.join(", ", d.stack().adviceNames())),
                        "health-library:" + d.stack().id() + ":" + (folder.isEmpty() ? "." : folder), d.component()));
            }
        }
    }

    private static Optional<String> type(Component c) {
        return PurlPattern.tryParse(c.purl()).map(PurlPattern::type);
    }

    /** The top-most folder among {@code folders} that holds {@code folder} (itself when none does). */
    private static String root(TreeSet<String> folders, String folder) {
        for (String candidate : folders) { // sorted: a parent comes before its children
            if (candidate.isEmpty() || folder.equals(candidate) || folder.startsWith(candidate + "/")) {
                return candidate;
            }
        }
        return folder;
    }
}
