package fr.cctlint.collect.maven;

import org.apache.maven.model.Dependency;
import org.apache.maven.model.building.ModelProblemCollector;
import org.apache.maven.model.interpolation.ModelVersionProcessor;
import org.apache.maven.model.validation.DefaultModelValidator;

/**
 * Maven's validator, except that a dependency without a version is accepted: its version is managed by a parent or
 * a BOM that is not in the tree, and it stays unresolved instead of failing the whole POM.
 */
final class LenientModelValidator extends DefaultModelValidator {
    LenientModelValidator(ModelVersionProcessor versionProcessor) {
        super(versionProcessor);
    }

    @Override
    protected void validateDependencyVersion(ModelProblemCollector problems, Dependency dependency, String prefix) {
        // a missing version is reported as unresolved by the collector, not as a broken POM
    }
}
