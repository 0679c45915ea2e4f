package fr.cctlint.collect.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a shell script (a {@code RUN} command or heredoc body) into simple commands and their words, enough to
 * read package installs: quotes, backslash escapes and line continuations, comments, command separators
 * ({@code && || ; | &}, newlines, parentheses) and redirections (their target is dropped). Expansions
 * ({@code $VAR}, {@code $(...)}, backticks) stay as written in the word, which is marked as holding one.
 * Nothing is ever run.
 */
final class ShellWords {
    private ShellWords() {
    }

    /**
     * A word with its quotes removed.
     *
     * @param text      the word without quotes (expansions kept as written)
     * @param offset    where it starts in the script
     * @param expansion true when it holds a variable or command substitution
     */
    record Word(String text, int offset, boolean expansion) {
    }

    /** The simple commands of a script, each a non-empty list of words. */
    static List<List<Word>> commands(String script) {
        return new Splitter(script).run();
    }

    private static final class Splitter {
        private final String s;
        private final List<List<Word>> commands = new ArrayList<>();
        private List<Word> current = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private int wordStart = -1;
        private boolean expansion;
        private boolean skipNext;
        private int i;

        Splitter(String s) {
            this.s = s;
        }

        List<List<Word>> run() {
            while (i < s.length()) {
                char c = s.charAt(i);
                switch (c) {
                    case ' ', '\t', '\r' -> {
                        endWord();
                        i++;
                    }
                    case '\n', ';', '&', '|', '(', ')' -> {
                        endWord();
                        endCommand();
                        i++;
                    }
                    case '#' -> {
                        if (wordStart < 0) {
                            while (i < s.length() && s.charAt(i) != '\n') {
                                i++;
                            }
                        } else {
                            append(c);
                            i++;
                        }
                    }
                    case '\\' -> {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                            i += 2; // line continuation
                        } else {
                            startWord();
                            if (i + 1 < s.length()) {
                                word.append(s.charAt(i + 1));
                            }
                            i += 2;
                        }
                    }
                    case '\'' -> {
                        startWord();
                        int close = s.indexOf('\'', i + 1);
                        int end = close < 0 ? s.length() : close;
                        word.append(s, i + 1, end);
                        i = end + 1;
                    }
                    case '"' -> doubleQuoted();
                    case '$' -> dollar();
                    case '`' -> {
                        startWord();
                        int close = s.indexOf('`', i + 1);
                        int end = close < 0 ? s.length() : close + 1;
                        word.append(s, i, end);
                        expansion = true;
                        i = end;
                    }
                    case '<', '>' -> redirection();
                    default -> {
                        append(c);
                        i++;
                    }
                }
            }
            endWord();
            endCommand();
            return List.copyOf(commands);
        }

        private void doubleQuoted() {
            startWord();
            i++;
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && "\"\\$`\n".indexOf(s.charAt(i + 1)) >= 0) {
                    if (s.charAt(i + 1) != '\n') {
                        word.append(s.charAt(i + 1));
                    }
                    i += 2;
                } else if (c == '$') {
                    dollar();
                } else {
                    word.append(c);
                    i++;
                }
            }
            i++;
        }

        private void dollar() {
            startWord();
            int end = i + 1;
            if (end < s.length() && (s.charAt(end) == '(' || s.charAt(end) == '{')) {
                char open = s.charAt(end);
                char close = open == '(' ? ')' : '}';
                int depth = 0;
                while (end < s.length()) {
                    char c = s.charAt(end++);
                    if (c == open) {
                        depth++;
                    } else if (c == close && --depth == 0) {
                        break;
                    }
                }
            } else {
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                    end++;
                }
                if (end == i + 1 && end < s.length() && "?!#@*$-".indexOf(s.charAt(end)) >= 0) {
                    end++;
                }
            }
            word.append(s, i, end);
            expansion |= end > i + 1;
            i = end;
        }

        private void redirection() {
            if (wordStart >= 0 && word.chars().allMatch(Character::isDigit)) {
                word.setLength(0); // "2>": a file descriptor, not a word
                wordStart = -1;
                expansion = false;
            } else {
                endWord();
            }
            while (i < s.length() && (s.charAt(i) == '<' || s.charAt(i) == '>')) {
                i++;
            }
            if (i < s.length() && s.charAt(i) == '&') { // >&2, &>file
                i++;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                    i++;
                }
                return;
            }
            skipNext = true;
        }

        private void append(char c) {
            startWord();
            word.append(c);
        }

        private void startWord() {
            if (wordStart < 0) {
                wordStart = i;
            }
        }

        private void endWord() {
            if (wordStart >= 0) {
                if (skipNext) {
                    skipNext = false;
                } else {
                    current.add(new Word(word.toString(), wordStart, expansion));
                }
            }
            word.setLength(0);
            wordStart = -1;
            expansion = false;
        }

        private void endCommand() {
            skipNext = false;
            if (!current.isEmpty()) {
                commands.add(List.copyOf(current));
                current = new ArrayList<>();
            }
        }
    }
}
