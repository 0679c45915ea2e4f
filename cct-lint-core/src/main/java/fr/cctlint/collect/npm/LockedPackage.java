package fr.cctlint.collect.npm;

import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;

/**
 * One package installed by a lockfile.
 *
 * @param name       registry name, with its scope ({@code @angular/core}); the real name for aliases
 * @param version    the version installed, or null when the lockfile gives no plain version (git, file)
 * @param scope      RUNTIME, OPTIONAL, or BUILD for packages only development needs
 * @param source     where it was fetched from
 * @param expression the lockfile's own text for the version when it is not one ({@code git+ssh://...#sha}), or null
 * @param evidence   the lockfile line that installs it
 */
record LockedPackage(String name, String version, Scope scope, NpmSpec.Source source, String expression,
        Evidence evidence) {
}
