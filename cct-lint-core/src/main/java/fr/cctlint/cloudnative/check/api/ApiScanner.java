package fr.cctlint.cloudnative.check.api;

import fr.cctlint.cloudnative.check.CheckContext;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.policy.Rule;
import fr.cctlint.referential.PurlPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CN046 run. A manifest exposes HTTP when it declares a web framework (runtime, optional or provided scope);
 * frameworks found only in a lockfile (dependencies of dependencies) do not count, nor do generators.
 * It is covered when the project holds an OpenAPI / Swagger description file (anywhere: a description is the
 * project's, not a module's), when the framework describes itself (FastAPI), or when a generator of the same
 * ecosystem is declared in the same manifest, in a manifest of a parent folder (a parent POM, a workspace root) or
 * of a sub-folder (the application module of a multi-module build). Sibling modules do not cover each other.
 */
public final class ApiScanner {
    private static final Set<Scope> SHIPPED = Set.of(Scope.RUNTIME, Scope.OPTIONAL, Scope.PROVIDED);

    private final ApiKnowledge knowledge;

    public ApiScanner(ApiKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** A declaration found in a manifest. */
    private record Declared(Component component, Evidence evidence, String type) {
        String folder() {
            return SourceFiles.folder(evidence.file());
        }
    }

    public CheckResult scan(Rule rule, CheckContext context) {
        List<Problem> problems = new ArrayList<>();
        List<Evidence> descriptions = new DescriptionFiles(knowledge).find(context.tree(), context.paths(), problems);
        ApiKnowledge.Matcher frameworks = knowledge.frameworkMatcher();
        ApiKnowledge.Matcher generators = knowledge.generatorMatcher();
        ApiKnowledge.Matcher selfDescribing = knowledge.selfDescribingMatcher();
        Map<String, Declared> webByManifest = new LinkedHashMap<>();
        List<Declared> generatorDeclarations = new ArrayList<>();
        for (Component c : context.inventory().components()) {
            if (c.purl() == null) {
                continue;
            }
            String type = PurlPattern.tryParse(c.purl()).map(PurlPattern::type).orElse("");
            boolean generator = generators.match(c).isPresent() && c.scope() != Scope.EXCLUDED;
            boolean web = !generator && frameworks.match(c).isPresent() && SHIPPED.contains(c.scope());
            // one component may be declared by several manifests (modules); only lockfile evidence: a dependency
            // of a dependency, which says nothing of the project
            Set<String> manifests = new LinkedHashSet<>();
            for (Evidence at : c.evidence()) {
                if (!knowledge.isManifest(at.file()) || !manifests.add(at.file())) {
                    continue;
                }
                Declared declared = new Declared(c, at, type);
                if (generator) {
                    generatorDeclarations.add(declared);
                } else if (web) {
                    // a self-describing framework wins over an ordinary one of the same manifest
                    webByManifest.merge(at.file(), declared, (old, now) ->
                            selfDescribing.match(now.component()).isPresent()
                                    && selfDescribing.match(old.component()).isEmpty() ? now : old);
                }
            }
        }
        Set<Evidence> checked = new LinkedHashSet<>(descriptions);
        List<Violation> violations = new ArrayList<>();
        for (Declared web : webByManifest.values()) {
            if (selfDescribing.match(web.component()).isPresent()) {
                checked.add(web.evidence());
                continue;
            }
            List<Declared> covering = generatorDeclarations.stream().filter(g -> related(g, web)).toList();
            covering.forEach(g -> checked.add(g.evidence()));
            if (covering.isEmpty() && descriptions.isEmpty()) {
                String manifest = web.evidence().file();
                violations.add(new Violation(web.evidence(),
                        Message.of("cnconfig.api.missing", manifest, web.component().displayName()),
                        manifest + ":api-description", web.component()));
            }
        }
        return new CheckResult(rule, violations, List.copyOf(checked), problems);
    }

    /** Same ecosystem, and one manifest's folder contains the other's (or they share it). */
    private static boolean related(Declared generator, Declared web) {
        if (!generator.type().equals(web.type())) {
            return false;
        }
        return contains(generator.folder(), web.folder()) || contains(web.folder(), generator.folder());
    }

    private static boolean contains(String outer, String inner) {
        return outer.isEmpty() || inner.equals(outer) || inner.startsWith(outer + "/");
    }
}
