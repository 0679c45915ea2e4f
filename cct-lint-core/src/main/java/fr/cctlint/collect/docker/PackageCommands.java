package fr.cctlint.collect.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the package manager commands of a shell command: {@code apt-get}/{@code apt} install and
 * remove/purge, {@code apk add}/{@code del} (with {@code --virtual} groups), {@code yum}, {@code dnf},
 * {@code microdnf} and {@code tdnf} install and remove/erase. Options are skipped, including those that take a
 * separate value ({@code -o Dpkg::Options=...}, {@code --repository URL}); {@code sudo}, {@code env} and leading
 * variable assignments ({@code DEBIAN_FRONTEND=noninteractive}) are passed over.
 */
final class PackageCommands {
    /** A package format, as the purl type names it. */
    enum Format {
        DEB("deb"), APK("apk"), RPM("rpm");

        final String purlType;

        Format(String purlType) {
            this.purlType = purlType;
        }
    }

    /**
     * One package manager call.
     *
     * @param format       the package format
     * @param install      true for an install, false for a removal
     * @param arguments    the package arguments as written (names, name=version, groups)
     * @param virtualGroup the apk {@code --virtual} group, or null
     */
    record Operation(Format format, boolean install, List<ShellWords.Word> arguments, String virtualGroup) {
        Operation {
            arguments = List.copyOf(arguments);
        }
    }

    private record Tool(Format format, Set<String> install, Set<String> remove, Set<String> optionsWithValue,
            Set<String> virtualOptions) {
    }

    private static final Tool APT = new Tool(Format.DEB, Set.of("install"), Set.of("remove", "purge"),
            Set.of("-o", "--option", "-t", "--target-release", "--default-release", "-c", "--config-file"), Set.of());
    private static final Tool APK = new Tool(Format.APK, Set.of("add"), Set.of("del"),
            Set.of("--virtual", "-t", "--repository", "-X", "--root", "-p", "--arch", "--keys-dir",
                    "--repositories-file", "--cache-dir", "--cache-max-age"), Set.of("--virtual", "-t"));
    private static final Tool RPM = new Tool(Format.RPM, Set.of("install", "reinstall"), Set.of("remove", "erase"),
            Set.of("--setopt", "--enablerepo", "--disablerepo", "--repo", "--repoid", "--releasever", "--installroot",
                    "-x", "--exclude", "-c", "--config", "--repofrompath", "--forcearch", "--config-file"), Set.of());
    private static final Map<String, Tool> TOOLS = Map.of(
            "apt-get", APT, "apt", APT, "aptitude", APT,
            "apk", APK,
            "yum", RPM, "dnf", RPM, "microdnf", RPM, "tdnf", RPM);
    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "command", "exec", "nice", "time");

    private PackageCommands() {
    }

    /** The package operation of one simple command, if it is one. */
    static Optional<Operation> of(List<ShellWords.Word> words) {
        int i = 0;
        while (i < words.size() && (isAssignment(words.get(i).text()) || WRAPPERS.contains(words.get(i).text())
                || (i > 0 && WRAPPERS.contains(words.get(i - 1).text()) && words.get(i).text().startsWith("-")))) {
            i++;
        }
        if (i >= words.size()) {
            return Optional.empty();
        }
        String command = words.get(i).text();
        Tool tool = TOOLS.get(command.substring(command.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
        if (tool == null) {
            return Optional.empty();
        }
        Boolean install = null;
        String virtualGroup = null;
        List<ShellWords.Word> arguments = new ArrayList<>();
        for (i++; i < words.size(); i++) {
            String w = words.get(i).text();
            if (w.startsWith("-")) {
                String option = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
                String value = w.contains("=") ? w.substring(w.indexOf('=') + 1) : null;
                if (value == null && tool.optionsWithValue().contains(option) && i + 1 < words.size()) {
                    value = words.get(++i).text();
                }
                if (tool.virtualOptions().contains(option)) {
                    virtualGroup = value;
                }
            } else if (install == null) {
                String sub = w.toLowerCase(Locale.ROOT);
                if (tool.install().contains(sub)) {
                    install = true;
                } else if (tool.remove().contains(sub)) {
                    install = false;
                } else {
                    return Optional.empty(); // update, upgrade, clean, module...
                }
            } else {
                arguments.add(words.get(i));
            }
        }
        if (install == null) {
            return Optional.empty();
        }
        return Optional.of(new Operation(tool.format(), install, arguments, virtualGroup));
    }

    private static boolean isAssignment(String word) {
        int eq = word.indexOf('=');
        return eq > 0 && word.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*");
    }
}
