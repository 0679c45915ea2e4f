package fr.cctlint.collect.maven;

import org.apache.maven.model.profile.activation.ProfileActivator;
import org.apache.maven.model.profile.activation.PropertyProfileActivator;
import org.apache.maven.model.validation.ModelValidator;

/**
 * Maven's model builder, set up to look at nothing but the POMs: the only profile activation kept is by property
 * (with no property defined, so {@code !name} activations and {@code activeByDefault} profiles are on). JDK and OS
 * activations would describe this machine, not the project; file activations would read outside the tree. The
 * tree's POMs are parsed once ({@link TreeModelReader}).
 */
final class OfflineModelBuilderFactory extends org.apache.maven.model.building.DefaultModelBuilderFactory {
    @Override
    protected org.apache.maven.model.io.ModelReader newModelReader() {
        return new TreeModelReader();
    }

    @Override
    protected ModelValidator newModelValidator() {
        return new LenientModelValidator(newModelVersionPropertiesProcessor());
    }

    @Override
    protected ProfileActivator[] newProfileActivators() {
        return new ProfileActivator[] {new PropertyProfileActivator()};
    }
}
