package fr.cctlint.collect.dotnet;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target framework monikers as runtime requirements: {@code net8.0} and {@code net8.0-windows} need .NET 8.0,
 * {@code netcoreapp3.1} .NET Core 3.1, {@code net48} and {@code net472} the .NET Framework 4.8 and 4.7.2.
 * {@code netstandard2.0} is an API surface every runtime implements: it requires no runtime of its own.
 */
final class TargetFrameworks {
    private static final Pattern NET = Pattern.compile("net([5-9]|[1-9][0-9])\\.([0-9]+)(-[a-z0-9.]+)?");
    private static final Pattern CORE = Pattern.compile("netcoreapp([1-3])\\.([0-9])");
    private static final Pattern FRAMEWORK = Pattern.compile("net([1-4])([0-9])([0-9])?");

    /** The runtime one moniker needs: its family and version. */
    record Runtime(String family, String version) {
    }

    private TargetFrameworks() {
    }

    /** The runtime, or null for {@code netstandard}, portable profiles and unknown monikers. */
    static Runtime runtimeOf(String moniker) {
        String m = moniker.strip().toLowerCase(Locale.ROOT);
        Matcher net = NET.matcher(m);
        if (net.matches()) {
            return new Runtime(".NET", net.group(1) + "." + net.group(2));
        }
        Matcher core = CORE.matcher(m);
        if (core.matches()) {
            return new Runtime(".NET Core", core.group(1) + "." + core.group(2));
        }
        Matcher fx = FRAMEWORK.matcher(m);
        if (fx.matches()) {
            return new Runtime(".NET Framework", fx.group(1) + "." + fx.group(2) + (fx.group(3) == null ? "" : "." + fx.group(3)));
        }
        return null;
    }
}
