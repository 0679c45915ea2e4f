package fr.cctlint.cloudnative;

import fr.cctlint.config.ProjectConfig;

/**
 * Whether a scan checks the Cloud Native requirements: when asked on the command line ({@code --cloud-native}),
 * when the project file says {@code cloudNative: true}, and by default for a new project or a rebuild
 * ({@code --new-project}, {@code newProject: true}), to which the CCT applies them, unless the project file says
 * {@code cloudNative: false}.
 *
 * @param asked      {@code --cloud-native} was given
 * @param newProject {@code --new-project} was given
 */
public record CloudNativeSwitch(boolean asked, boolean newProject) {
    public static final CloudNativeSwitch OFF = new CloudNativeSwitch(false, false);

    public boolean on(ProjectConfig config) {
        if (asked) {
            return true;
        }
        if (config.cloudNative() != null) {
            return config.cloudNative();
        }
        return newProject || Boolean.TRUE.equals(config.newProject());
    }
}
