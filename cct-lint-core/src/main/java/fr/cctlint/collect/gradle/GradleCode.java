package fr.cctlint.collect.gradle;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a Groovy or Kotlin build script, found WITHOUT running or compiling it: no library reads the
 * Gradle DSL short of running Gradle, so this is a deliberately small hand-written scanner.
 *
 * <p>It first copies the text with comments ({@code //}, {@code /* *}{@code /}) turned into spaces (line breaks
 * kept, so offsets and lines do not move) while knowing where strings are ({@code '...'}, {@code "..."},
 * {@code '''...'''}, {@code """..."""}, with escapes), then walks the copy: every {@code name {} opens a block
 * named after the identifier before it ({@code dependencies}, {@code buildscript}, {@code plugins}; for
 * {@code configure(x) {} the name before the parentheses), {@code }} closes it, and a statement ends at a line
 * break outside parentheses (unless the line ends with a comma, as Groovy map notation spread over lines does), at
 * {@code ;}, or where a block opens or closes. Odd syntax never throws: unbalanced brackets are clamped, an
 * unterminated string or comment runs to the end of the file.
 */
final class GradleCode {

    /** One statement, its block path (outermost first) and where it starts. */
    record Statement(String text, List<String> blocks, int offset) {
        Statement {
            blocks = List.copyOf(blocks);
        }

        /** The innermost block's name, or empty at top level. */
        String block() {
            return blocks.isEmpty() ? "" : blocks.get(blocks.size() - 1);
        }

        /** The name of the block around the innermost one, or empty. */
        String parentBlock() {
            return blocks.size() < 2 ? "" : blocks.get(blocks.size() - 2);
        }
    }

    private final char[] code;
    private final boolean[] inString;

    GradleCode(String text) {
        this.code = text.toCharArray();
        this.inString = new boolean[code.length];
        blankComments();
    }

    /** Every statement of the script, in order. */
    List<Statement> statements() {
        List<Statement> statements = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        int depth = 0; // parentheses and brackets of the current statement
        int start = 0;
        for (int i = 0; i < code.length; i++) {
            if (inString[i]) {
                continue;
            }
            char c = code[i];
            switch (c) {
                case '(', '[' -> depth++;
                case ')', ']' -> depth = Math.max(0, depth - 1);
                case '{' -> {
                    emit(statements, blocks, start, i);
                    blocks.add(blockName(i));
                    depth = 0;
                    start = i + 1;
                }
                case '}' -> {
                    emit(statements, blocks, start, i);
                    if (!blocks.isEmpty()) {
                        blocks.remove(blocks.size() - 1);
                    }
                    depth = 0;
                    start = i + 1;
                }
                case ';' -> {
                    if (depth == 0) {
                        emit(statements, blocks, start, i);
                        start = i + 1;
                    }
                }
                case '\n' -> {
                    if (depth == 0 && !endsWithContinuation(start, i)) {
                        emit(statements, blocks, start, i);
                        start = i + 1;
                    }
                }
                default -> {
                    // part of the statement
                }
            }
        }
        emit(statements, blocks, start, code.length);
        return statements;
    }

    private void emit(List<Statement> statements, List<String> blocks, int start, int end) {
        int s = start;
        while (s < end && Character.isWhitespace(code[s])) {
            s++;
        }
        int e = end;
        while (e > s && Character.isWhitespace(code[e - 1])) {
            e--;
        }
        if (e > s) {
            statements.add(new Statement(new String(code, s, e - s), blocks, s));
        }
    }

    /** A line ending with a comma, an operator or a dot goes on with the next one. */
    private boolean endsWithContinuation(int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (!Character.isWhitespace(code[i])) {
                return !inString[i] && ",+.:=(".indexOf(code[i]) >= 0;
            }
        }
        return false;
    }

    /** The identifier before a '{' (or before the parentheses before it), e.g. dependencies, configure. */
    private String blockName(int brace) {
        int i = skipSpaceBack(brace - 1);
        if (i >= 0 && code[i] == ')' && !inString[i]) { // configure(subprojects) {, implementation("x") {
            int level = 0;
            for (; i >= 0; i--) {
                if (inString[i]) {
                    continue;
                }
                if (code[i] == ')') {
                    level++;
                } else if (code[i] == '(' && --level == 0) {
                    break;
                }
            }
            i = skipSpaceBack(i - 1);
        }
        int end = i + 1;
        while (i >= 0 && !inString[i] && (Character.isJavaIdentifierPart(code[i]) || code[i] == '.')) {
            i--;
        }
        return new String(code, i + 1, Math.max(0, end - i - 1));
    }

    private int skipSpaceBack(int from) {
        int i = from;
        while (i >= 0 && Character.isWhitespace(code[i])) {
            i--;
        }
        return i;
    }

    /** Turns comments into spaces and marks string contents (quotes included). */
    private void blankComments() {
        int i = 0;
        while (i < code.length) {
            char c = code[i];
            if (c == '/' && i + 1 < code.length && code[i + 1] == '/') {
                while (i < code.length && code[i] != '\n') {
                    code[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < code.length && code[i + 1] == '*') {
                while (i < code.length && !(code[i] == '*' && i + 1 < code.length && code[i + 1] == '/')) {
                    if (code[i] != '\n') {
                        code[i] = ' ';
                    }
                    i++;
                }
                for (int k = 0; k < 2 && i < code.length; k++) {
                    code[i++] = ' ';
                }
            } else if (c == '\'' || c == '"') {
                i = string(i, c);
            } else {
                i++;
            }
        }
    }

    /** The offset after the '}' closing an interpolation whose body starts at {@code from}. */
    private int interpolation(int from) {
        int level = 1;
        int j = from;
        while (j < code.length && code[j] != '\n' && level > 0) {
            if (code[j] == '{') {
                level++;
            } else if (code[j] == '}') {
                level--;
            }
            j++;
        }
        return j;
    }

    /** Marks a string starting at {@code i} (single or triple quoted) and returns the offset after it. */
    private int string(int i, char quote) {
        boolean triple = i + 2 < code.length && code[i + 1] == quote && code[i + 2] == quote;
        int q = triple ? 3 : 1;
        int j = i + q;
        while (j < code.length) {
            if (code[j] == '\\') {
                j += 2;
                continue;
            }
            if (quote == '"' && code[j] == '$' && j + 1 < code.length && code[j + 1] == '{') {
                j = interpolation(j + 2); // "${project.property("x")}": quotes and braces inside belong to the string
                continue;
            }
            if (!triple && code[j] == '\n') {
                break; // an unterminated one-line string stops at the line end
            }
            if (code[j] == quote && (!triple || j + 2 < code.length && code[j + 1] == quote && code[j + 2] == quote)) {
                j += q;
                break;
            }
            j++;
        }
        int end = Math.min(j, code.length);
        for (int k = i; k < end; k++) {
            inString[k] = true;
        }
        return end;
    }
}
