package fr.cctlint.collect.maven;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Components;
import fr.cctlint.collect.Problems;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.SourceTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.model.building.ModelProblem;

/**
 * Reads every POM of a tree: each one's effective model through {@link EffectivePoms}, its components through
 * {@link PomComponents}; the same artifact declared by several modules (or inherited from a parent) becomes one
 * component with every declaration as evidence, at the scope that matters most (what runs before what builds).
 *
 * <p>A POM that is not well-formed gives a problem at its line and column and is left out; a POM Maven cannot
 * build (a parent cycle, an invalid coordinate) gives a problem and its own declarations are still listed from its
 * raw model, with versions as written.
 */
public final class MavenProjectReader {
    /** From what matters most to what matters least, when one artifact is declared at several scopes. */
    private static final List<Scope> SCOPE_ORDER = List.of(Scope.RUNTIME, Scope.OPTIONAL, Scope.PROVIDED,
            Scope.TEST, Scope.BUILD, Scope.EXCLUDED);

    private final SourceTree tree;
    private final ManagedVersions managed;

    /**
     * @param managed what well-known BOMs manage, for the versions their absent POMs would have given
     */
    public MavenProjectReader(SourceTree tree, ManagedVersions managed) {
        this.tree = tree;
        this.managed = managed;
    }

    /** The components and problems of the given POMs (tree-relative paths). */
    public Collection read(List<String> paths) {
        TreePoms poms = new TreePoms(tree, paths);
        EffectivePoms builder = new EffectivePoms(poms);
        Set<String> files = new HashSet<>(tree.files());
        PomComponents components = new PomComponents(poms, files, managed);
        Map<String, Component> byId = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>(poms.problems());
        Set<List<Object>> seen = new HashSet<>();
        for (TreePoms.Pom pom : poms.poms()) {
            EffectivePoms.Built built = builder.build(pom);
            List<Component> found;
            if (built.ok()) {
                found = components.of(pom.path(), built.effective(), built.stubs(), true);
            } else {
                for (ModelProblem error : built.errors()) {
                    Problem problem = problem(files, pom.path(), error);
                    if (seen.add(List.of(problem.file(), problem.line(), problem.column(), problem.message()))) {
                        problems.add(problem);
                    }
                }
                found = components.of(pom.path(), pom.raw(), built.stubs(), false);
            }
            for (Component c : found) {
                byId.merge(c.id(), c, MavenProjectReader::merge);
            }
        }
        List<Component> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing((Component c) -> c.primaryEvidence().file())
                .thenComparingInt(c -> c.primaryEvidence().line()).thenComparing(Component::id));
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new Collection(sorted, problems);
    }

    private static Problem problem(Set<String> files, String pomPath, ModelProblem error) {
        String source = error.getSource();
        boolean inTree = source != null && files.contains(source);
        return Problems.at(inTree ? source : pomPath, inTree ? error.getLineNumber() : 0,
                inTree ? error.getColumnNumber() : 0, Message.of("maven.buildFailed", error.getMessage()));
    }

    /** One artifact declared twice: the declaration at the scope that matters most first, every evidence kept. */
    private static Component merge(Component first, Component second) {
        boolean secondWins = SCOPE_ORDER.indexOf(second.scope()) < SCOPE_ORDER.indexOf(first.scope());
        return secondWins ? Components.merge(second, first) : Components.merge(first, second);
    }

}
