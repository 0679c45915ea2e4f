package fr.cctlint.cloudnative.check.capability;

import fr.cctlint.collect.SourceFiles;
import fr.cctlint.model.Component;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What cct-lint knows about libraries and files for the Cloud Native checks CN014, CN025 and CN056, read from
 * {@code rules/cloud-native/capabilities.yaml} by {@link CapabilitiesLoader}.
 *
 * @param stacks                application stacks that can expose health and metrics, in the file's order
 * @param libraries             library patterns per capability
 * @param lockfiles             names of files holding resolved (not declared) dependencies
 * @param identityConfiguration configuration that shows an identity client
 * @param workloadKinds         Kubernetes kinds whose containers need probes
 * @param clusterCommands       cluster commands looked for in CI scripts
 */
public record Capabilities(List<Stack> stacks, Map<Capability, LibraryPatterns> libraries, Set<String> lockfiles,
        IdentityConfiguration identityConfiguration, Set<String> workloadKinds, ClusterCommands clusterCommands) {

    public Capabilities {
        stacks = List.copyOf(stacks);
        EnumMap<Capability, LibraryPatterns> all = new EnumMap<>(Capability.class);
        all.putAll(libraries);
        for (Capability c : Capability.values()) {
            all.putIfAbsent(c, new LibraryPatterns(List.of()));
        }
        libraries = Map.copyOf(all);
        lockfiles = Set.copyOf(lockfiles);
        Objects.requireNonNull(identityConfiguration, "identityConfiguration");
        workloadKinds = Set.copyOf(workloadKinds);
        Objects.requireNonNull(clusterCommands, "clusterCommands");
    }

    /** The stack whose framework this component is, or empty. */
    public Optional<Stack> stackOf(Component component) {
        return stacks.stream().filter(s -> s.frameworks().match(component).isPresent()).findFirst();
    }

    /** The pattern by which this component gives the capability, or empty. */
    public Optional<String> provides(Capability capability, Component component) {
        return libraries.get(capability).match(component);
    }

    /** Whether a file (a tree path) is a lockfile: its declarations were resolved, not chosen. */
    public boolean isLockfile(String path) {
        return lockfiles.contains(SourceFiles.fileName(path));
    }
}
