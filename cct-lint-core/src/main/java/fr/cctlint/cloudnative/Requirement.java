package fr.cctlint.cloudnative;

import java.util.Objects;

/**
 * One Cloud Native requirement, as published (French text), with what cct-lint automates of it.
 *
 * @param id         {@code EX1} .. {@code EX58}
 * @param type       the type code ({@code P}, {@code I}, or empty when the row gives none)
 * @param text       the requirement, French text as published (Markdown emphasis removed)
 * @param nature     the published nature ({@code Ministériel}, {@code CloudNative}...), may be empty
 * @param category   the published category, may be empty
 * @param automation what cct-lint checks of it
 */
public record Requirement(String id, String type, String text, String nature, String category, Automation automation) {
    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        nature = nature == null ? "" : nature;
        category = category == null ? "" : category;
        automation = automation == null ? Automation.MANUAL : automation;
    }
}
