package dev.collabinfra.lint.rules.environment;

import dev.collabinfra.lint.rules.schema.SchemaValueCheck;
import java.util.List;
import java.util.Optional;

/**
 * The registry schemas' constraints (enum, pattern, length, range, format) for resolved values, the
 * ones the template rules E3030-E3034 and E1150-E1164 apply to literal values.
 */
public final class SchemaConstraints implements PropertyConstraints {

    private final SchemaValueCheck check;

    public SchemaConstraints(SchemaValueCheck check) {
        this.check = check;
    }

    @Override
    public boolean covers(String resourceType) {
        return check.covers(resourceType);
    }

    @Override
    public Optional<PropertyConstraint> lookup(String resourceType, List<String> path) {
        return Optional.of(value -> check.check(resourceType, path, value));
    }
}
