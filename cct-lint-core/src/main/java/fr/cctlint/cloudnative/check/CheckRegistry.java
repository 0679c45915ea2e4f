package fr.cctlint.cloudnative.check;

import java.util.List;

/** The Cloud Native checks cct-lint runs, in one explicit list (one per rule). */
public final class CheckRegistry {
    private final List<RequirementCheck> checks;

    public CheckRegistry(List<RequirementCheck> checks) {
        this.checks = List.copyOf(checks);
        if (checks.stream().map(RequirementCheck::rule).distinct().count() != checks.size()) {
            throw new IllegalStateException("two checks report under the same rule");
        }
    }

    /** The built-in checks. */
    public static CheckRegistry standard() {
        return new CheckRegistry(List.of());
    }

    public List<RequirementCheck> all() {
        return checks;
    }
}
