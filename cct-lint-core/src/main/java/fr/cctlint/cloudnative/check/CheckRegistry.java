package fr.cctlint.cloudnative.check;

import fr.cctlint.cloudnative.check.access.ProductionAccessCheck;
import fr.cctlint.cloudnative.check.capability.Capabilities;
import fr.cctlint.cloudnative.check.capability.CapabilitiesLoader;
import fr.cctlint.cloudnative.check.health.HealthCheck;
import fr.cctlint.cloudnative.check.identity.UserIdentityCheck;
import fr.cctlint.cloudnative.check.api.ApiKnowledge;
import fr.cctlint.cloudnative.check.config.ConfigKnowledge;
import fr.cctlint.cloudnative.check.image.ImageOsCatalog;
import fr.cctlint.cloudnative.check.image.ImageOsCatalogLoader;
import fr.cctlint.cloudnative.check.image.ImageOsCheck;
import fr.cctlint.cloudnative.check.image.RootlessCheck;
import fr.cctlint.cloudnative.check.config.HardCodedConfigCheck;
import fr.cctlint.cloudnative.check.api.ApiDescriptionCheck;
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

    /** The built-in checks, with the bundled knowledge ({@code rules/cloud-native/*.yaml}) loaded once. */
    public static CheckRegistry standard() {
        Capabilities capabilities = CapabilitiesLoader.bundled();
        ImageOsCatalog images = ImageOsCatalogLoader.bundled();
        return new CheckRegistry(List.of(
                new ProductionAccessCheck(capabilities),
                new HealthCheck(capabilities),
                new ImageOsCheck(images),
                new RootlessCheck(images),
                new UserIdentityCheck(capabilities),
                new HardCodedConfigCheck(ConfigKnowledge.bundled()),
                new ApiDescriptionCheck(ApiKnowledge.bundled())));
    }

    public List<RequirementCheck> all() {
        return checks;
    }
}
