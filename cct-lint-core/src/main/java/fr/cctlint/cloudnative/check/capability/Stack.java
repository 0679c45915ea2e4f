package fr.cctlint.cloudnative.check.capability;

import java.util.List;
import java.util.Objects;

/**
 * An application stack that can expose {@code /health} and {@code /metrics} with a well-known library.
 *
 * @param id         stable identifier ({@code spring-boot}), used in violation subjects
 * @param name       shown in messages ({@code Spring Boot})
 * @param frameworks the libraries whose declaration makes a project this stack
 * @param advice     health and metrics libraries to suggest, as patterns
 */
public record Stack(String id, String name, LibraryPatterns frameworks, List<String> advice) {
    public Stack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(frameworks, "frameworks");
        advice = List.copyOf(advice);
    }

    /** The advised libraries' names ({@code spring-boot-starter-actuator}), for messages. */
    public List<String> adviceNames() {
        return advice.stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).toList();
    }
}
