package fr.cctlint.cli;

import fr.cctlint.policy.Severity;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;

/** {@code --fail-on error|warning|note|none}; also the completion candidates. */
public final class SeverityConverter implements ITypeConverter<Severity>, Iterable<String> {
    @Override
    public Severity convert(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.TypeConversionException("'" + value + "': error, warning, note, none");
        }
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList("error", "warning", "note", "none").iterator();
    }
}
