package fr.cctlint.collect.docker;

import java.util.ArrayList;
import java.util.List;

/** Instruction arguments split into words the way Docker does for FROM, ENV, ARG, USER, EXPOSE, COPY flags. */
final class DockerWords {
    private DockerWords() {
    }

    /** The words of a text, quotes kept, split on unquoted blanks. */
    static List<String> split(String text, char escape) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == escape && i + 1 < text.length() && quote != '\'') {
                word.append(c).append(text.charAt(++i));
                inWord = true;
            } else if (quote != 0) {
                word.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word.append(c);
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return List.copyOf(words);
    }

    /** A word without its quotes and escapes. */
    static String unquote(String word, char escape) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == escape && i + 1 < word.length() && quote != '\'') {
                out.append(word.charAt(++i));
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
