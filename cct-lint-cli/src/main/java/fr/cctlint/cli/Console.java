package fr.cctlint.cli;

import fr.cctlint.i18n.Message;
import fr.cctlint.i18n.Messages;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * The terminal a command talks to: standard streams, the environment, the user's language, and whether
 * colour is wanted. Commands receive it by constructor; tests pass captured streams.
 */
public final class Console {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Messages messages;
    private final boolean interactive;

    public Console(PrintStream out, PrintStream err, Map<String, String> env, Messages messages, boolean interactive) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.env = Map.copyOf(env);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.interactive = interactive;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Messages messages() {
        return messages;
    }

    /** A progress line: asked for, or on a terminal outside CI. */
    public boolean progressWanted(boolean asked) {
        return asked || interactive && !env.containsKey("CI");
    }

    /** Colour on a terminal, never with NO_COLOR (https://no-color.org) nor in CI logs. */
    public boolean colourWanted(ColourMode mode) {
        return switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> interactive && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
        };
    }

    /** One localised line on standard error. */
    public void error(String key, Object... args) {
        err.println(messages.get("cli.errorPrefix") + " " + messages.get(key, args));
    }

    public void error(Message message) {
        err.println(messages.get("cli.errorPrefix") + " " + messages.render(message));
    }

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** When to colour the text report. */
    public enum ColourMode { AUTO, ALWAYS, NEVER }
}
