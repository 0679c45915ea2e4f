package fr.cctlint.collect;

/**
 * Told how a tree scan advances, for a progress line on a terminal. Called on the scanning thread after each
 * manifest kind; implementations must be cheap.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (kind, manifestsRead, componentsFound) -> { };

    /**
     * @param kind            the manifest kind just read ({@code maven}, {@code npm}...)
     * @param manifestsRead   manifests read so far
     * @param componentsFound components found so far
     */
    void advanced(String kind, int manifestsRead, int componentsFound);
}
