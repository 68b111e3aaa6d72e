package dev.collabinfra.lint.rules.environment;

import dev.collabinfra.spec.PropertySpec;
import dev.collabinfra.spec.PropertyTypeSpec;
import dev.collabinfra.spec.ResourceSpecification;
import dev.collabinfra.spec.ResourceTypeSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The constraints the bundled resource specification gives today: a property whose primitive type
 * is {@code Integer}, {@code Long}, {@code Double} or {@code Boolean} must resolve to one
 * ({@code RetentionInDays: !Ref Days} with a days value of {@code ninety} fails the stack). The
 * registry-schema constraints (enum, pattern, length, range) are meant to join this as another
 * {@link PropertyConstraints}.
 */
public final class SpecTypeConstraints implements PropertyConstraints {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private final ResourceSpecification spec;

    public SpecTypeConstraints(ResourceSpecification spec) {
        this.spec = spec;
    }

    @Override
    public boolean covers(String resourceType) {
        return spec.resourceType(resourceType).isPresent();
    }

    @Override
    public Optional<PropertyConstraint> lookup(String resourceType, List<String> path) {
        return primitive(resourceType, path).flatMap(SpecTypeConstraints::constraint);
    }

    /** The primitive type of the value at {@code path}, following property types, lists and maps. */
    Optional<String> primitive(String resourceType, List<String> path) {
        Optional<ResourceTypeSpec> type = spec.resourceType(resourceType);
        if (type.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        Map<String, PropertySpec> properties = type.get().properties();
        String owner = resourceType;
        PropertySpec current = null;
        boolean mapKey = false;
        for (int i = 0; i < path.size(); i++) {
            if (current != null && current.isMap() && !mapKey) {
                mapKey = true; // this segment is a key of the map; the value's type follows
            } else {
                current = properties.get(path.get(i));
                mapKey = false;
                if (current == null || current.polymorphic()) {
                    return Optional.empty();
                }
            }
            boolean last = i == path.size() - 1;
            if (last) {
                break;
            }
            if (current.isMap() && !mapKey) {
                continue;
            }
            String referenced = current.referencedType();
            if (referenced == null) {
                return Optional.empty(); // a primitive with children: not what the spec describes
            }
            Optional<PropertyTypeSpec> next = spec.propertyTypeFor(owner, referenced);
            if (next.isEmpty() || !next.get().isObject()) {
                return Optional.empty();
            }
            properties = next.get().properties();
            owner = next.get().name();
            current = null;
        }
        if (current == null) {
            return Optional.empty();
        }
        if (current.isList() || current.isMap()) {
            return current.isMap() && !mapKey ? Optional.empty() : Optional.ofNullable(current.primitiveItemType());
        }
        return Optional.ofNullable(current.primitiveType());
    }

    private static Optional<PropertyConstraint> constraint(String primitive) {
        switch (primitive) {
            case "Integer":
            case "Long":
                return Optional.of(value -> INTEGER.matcher(value.strip()).matches() ? Optional.empty()
                        : Optional.of("the property takes a whole number (" + primitive + " in the resource specification)"));
            case "Double":
                return Optional.of(value -> number(value) ? Optional.empty()
                        : Optional.of("the property takes a number (Double in the resource specification)"));
            case "Boolean":
                return Optional.of(value -> {
                    String v = value.strip().toLowerCase(Locale.ROOT);
                    return v.equals("true") || v.equals("false") ? Optional.empty()
                            : Optional.of("the property takes true or false (Boolean in the resource specification)");
                });
            default:
                return Optional.empty();
        }
    }

    private static boolean number(String value) {
        try {
            new BigDecimal(value.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
