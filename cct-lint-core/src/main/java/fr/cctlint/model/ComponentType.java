package fr.cctlint.model;

import java.util.Locale;

/** What a component is, in the vocabulary of CycloneDX component types, plus services. */
public enum ComponentType {
    APPLICATION, FRAMEWORK, LIBRARY, CONTAINER, PLATFORM, OPERATING_SYSTEM, DEVICE, FIRMWARE,
    FILE, DATA, MACHINE_LEARNING_MODEL, CRYPTOGRAPHIC_ASSET, DEVICE_DRIVER, SERVICE, OTHER;

    /** Parses a CycloneDX / SPDX style name ({@code operating-system}, {@code OPERATING_SYSTEM}); OTHER when unknown. */
    public static ComponentType parse(String value) {
        if (value == null || value.isBlank()) {
            return OTHER;
        }
        String norm = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        try {
            return valueOf(norm);
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }

    /** The CycloneDX spelling: {@code operating-system}. */
    public String cyclonedxName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
