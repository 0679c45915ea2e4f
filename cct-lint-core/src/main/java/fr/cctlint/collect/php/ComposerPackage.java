package fr.cctlint.collect.php;

import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;

/**
 * A Composer package as declared in composer.json or installed by composer.lock.
 *
 * @param name       {@code vendor/name} (lower case, as Composer stores it), or {@code php} for the platform
 * @param version    the version installed or required exactly (leading {@code v} removed), or null
 * @param expression the constraint ({@code ^5.4}) or branch ({@code dev-main}) when there is no plain version
 * @param scope      RUNTIME ({@code require}, {@code packages}) or BUILD ({@code require-dev}, {@code packages-dev})
 * @param evidence   the declaring line
 */
record ComposerPackage(String name, String version, String expression, Scope scope, Evidence evidence) {

    /** The PHP runtime requirement ({@code "php": ">=8.1"}). */
    boolean isPhp() {
        return name.equals("php");
    }
}
