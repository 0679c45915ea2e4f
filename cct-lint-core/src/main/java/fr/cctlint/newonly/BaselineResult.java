package fr.cctlint.newonly;

import fr.cctlint.model.Problem;
import java.util.Optional;

/**
 * What reading a baseline gave: the baseline, or the one problem that made it unusable (the CLI shows the
 * problem's message, which names the file and the line, and exits with code 2). Exactly one of the two is set.
 */
public record BaselineResult(Baseline baseline, Problem problem) {
    public BaselineResult {
        if ((baseline == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of baseline and problem must be given");
        }
    }

    static BaselineResult of(Baseline baseline) {
        return new BaselineResult(baseline, null);
    }

    static BaselineResult failed(Problem problem) {
        return new BaselineResult(null, problem);
    }

    /** Whether the baseline could be read. */
    public boolean ok() {
        return baseline != null;
    }

    public Optional<Baseline> asOptional() {
        return Optional.ofNullable(baseline);
    }
}
