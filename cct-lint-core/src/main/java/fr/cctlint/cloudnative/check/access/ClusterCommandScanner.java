package fr.cctlint.cloudnative.check.access;

import fr.cctlint.cloudnative.check.capability.ClusterCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cluster commands in one script line: a tool ({@code kubectl}, {@code oc}, {@code helm}) in command position,
 * its global flags, then its verb. A command is changing when its verb changes the cluster, unless a dry-run flag or
 * a read-only second word ({@code rollout status}) says otherwise. Commands end at {@code ;}, {@code |}, {@code &}
 * and {@code )}, so {@code kubectl kustomize . | kubectl apply -f -} is two commands. Shell comment lines are skipped.
 */
final class ClusterCommandScanner {
    /** One command found: {@code kubectl apply}, and whether it changes the cluster. */
    record Command(String text, boolean changing) {
    }

    private static final Pattern SEGMENT_END = Pattern.compile("[;|&)`]");

    private final ClusterCommands commands;
    private final Pattern tool;

    ClusterCommandScanner(ClusterCommands commands) {
        this.commands = commands;
        String tools = String.join("|", commands.tools().stream().map(Pattern::quote).toList());
        this.tool = Pattern.compile("(?:^|[\\s;&|(`'\"/=])(" + tools + ")(?=\\s)");
    }

    List<Command> scan(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("#") || stripped.startsWith("//") || stripped.startsWith("- #")) {
            return List.of();
        }
        List<Command> found = new ArrayList<>();
        Matcher m = tool.matcher(line);
        while (m.find()) {
            String rest = line.substring(m.end(1));
            Matcher end = SEGMENT_END.matcher(rest);
            String segment = end.find() ? rest.substring(0, end.start()) : rest;
            command(m.group(1), segment).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** Whether the line runs a GitOps tool ({@code argocd app sync}). */
    boolean gitOps(String line) {
        String normalized = line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return !normalized.startsWith("#") && commands.gitOps().stream().anyMatch(normalized::contains);
    }

    private java.util.Optional<Command> command(String toolName, String segment) {
        String[] words = segment.strip().split("\\s+");
        String verb = null;
        String second = null;
        boolean dryRun = false;
        boolean skipNext = false;
        for (String raw : words) {
            String word = raw.replaceAll("^['\"]+|['\"]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            if (isDryRun(word)) {
                dryRun = true;
            }
            if (skipNext) {
                skipNext = false;
                continue;
            }
            if (word.startsWith("-")) {
                skipNext = !word.contains("=") && commands.valueFlags().contains(word);
                continue;
            }
            if (verb == null) {
                verb = word;
            } else if (second == null) {
                second = word;
            }
        }
        if (verb == null) {
            return java.util.Optional.empty();
        }
        boolean changing = commands.changing().getOrDefault(toolName, java.util.Set.of()).contains(verb)
                && !dryRun
                && !(second != null && commands.readOnlySubcommands().getOrDefault(verb, java.util.Set.of()).contains(second));
        return java.util.Optional.of(new Command(toolName + " " + verb, changing));
    }

    private boolean isDryRun(String word) {
        for (String flag : commands.dryRunFlags()) {
            if (word.equals(flag) || word.startsWith(flag + "=") && !word.equals(flag + "=none")) {
                return true;
            }
        }
        return false;
    }
}
