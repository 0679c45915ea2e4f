package fr.cctlint.collect.compose;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.source.SourceTree;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compose files ({@code docker-compose*.yml}, {@code compose*.yaml}...): the images of their services, read by
 * {@link ComposeParser}. Files they reach through {@code extends} or {@code include} are read from the tree too.
 */
public final class ComposeCollector implements Collector {
    private static final Pattern NAME = Pattern.compile("(docker-)?compose([._-][^/]*)?\\.ya?ml");

    @Override
    public String name() {
        return "compose";
    }

    @Override
    public boolean claims(String path) {
        return isComposeFile(path);
    }

    /** Whether a path is named like a compose file (used by other YAML collectors to leave it alone). */
    public static boolean isComposeFile(String path) {
        return NAME.matcher(TreePaths.fileName(path).toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether a compose file is named for tests ({@code docker-compose.test.yml}): its services are test scope. */
    public static boolean isTestComposeFile(String path) {
        return isComposeFile(path) && ComposeParser.fileScope(path) == fr.cctlint.model.Scope.TEST;
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        ComposeParser parser = new ComposeParser(tree);
        for (String path : paths) {
            parser.parse(path);
        }
        return parser.result();
    }
}
