package dev.collabinfra.bundle;

import dev.collabinfra.template.LocalPaths;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the local paths a template ships: the properties of {@link ReferenceKind} written as a
 * plain string. URLs ({@code s3://}, {@code https://}, any {@code scheme://} but {@code file://}), intrinsic functions and
 * mappings such as {@code Code: {ZipFile: ...}} are already deployable and are left alone.
 */
final class ReferenceScanner {

    /** A local path as written, before it is resolved against the template's directory. */
    record LocalPath(ReferenceKind kind, String logicalId, ScalarNode node) {}

    private ReferenceScanner() {}

    static List<LocalPath> scan(Template template) {
        List<LocalPath> found = new ArrayList<>();
        for (MapNode.Entry resource : template.resources().entries()) {
            if (!(resource.value() instanceof MapNode body)) {
                continue;
            }
            Optional<String> type = body.getString("Type");
            Optional<MapNode> properties = body.getMap("Properties");
            if (type.isEmpty() || properties.isEmpty()) {
                continue;
            }
            for (ReferenceKind kind : ReferenceKind.values()) {
                if (!kind.resourceType().equals(type.get())) {
                    continue;
                }
                Optional<Node> value = properties.get().get(kind.property());
                if (value.isPresent() && value.get() instanceof ScalarNode scalar && isLocalPath(scalar)) {
                    found.add(new LocalPath(kind, resource.key(), scalar));
                }
            }
        }
        return found;
    }

    static boolean isLocalPath(ScalarNode scalar) {
        if (scalar.kind() != ScalarKind.STRING || scalar.value().isBlank()) {
            return false;
        }
        // file:// counts as local here so the resolver reports it, as validate does (one rule: LocalPaths)
        return !LocalPaths.isUrl(scalar.value());
    }
}
