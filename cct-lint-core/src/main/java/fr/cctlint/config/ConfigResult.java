package fr.cctlint.config;

import fr.cctlint.model.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What reading a project policy file gave: the configuration (whatever could be read, never null) and every
 * problem found, each with its file and line.
 *
 * @param config   the configuration read; {@link ProjectConfig#NONE}-like when nothing could be read
 * @param problems the problems, in file order; a fatal one means nothing at all could be read
 */
public record ConfigResult(ProjectConfig config, List<Problem> problems) {

    public ConfigResult {
        Objects.requireNonNull(config, "config");
        problems = List.copyOf(problems);
    }

    /** True when the file was read without any problem. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
