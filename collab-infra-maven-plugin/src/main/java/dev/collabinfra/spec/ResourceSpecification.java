package dev.collabinfra.spec;

import dev.collabinfra.core.UserException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The CloudFormation resource specification: which resource types exist, their properties
 * (required, type, update behaviour), property types and attributes. Immutable once loaded.
 *
 * <p>Nothing here caches: {@link #bundled()} reads the jar resource each time it is called, and
 * the per-run {@code LintServices} keeps the one instance a build uses. That keeps the plugin
 * free of static state while still loading the specification at most once per build.
 */
public final class ResourceSpecification {

    /** The compact specification shipped in the jar (see {@code src/spec/generate-spec.sh}). */
    static final String BUNDLED_RESOURCE = "cfn-spec.txt.gz";

    private final String version;
    private final String overlay;
    private final Map<String, ResourceTypeSpec> resourceTypes;
    private final Map<String, PropertyTypeSpec> propertyTypes;
    private final Set<String> newerTypeNames;

    ResourceSpecification(String version, String overlay, Map<String, ResourceTypeSpec> resourceTypes,
            Map<String, PropertyTypeSpec> propertyTypes, Set<String> newerTypeNames) {
        this.version = version;
        this.overlay = overlay;
        this.resourceTypes = Map.copyOf(resourceTypes);
        this.propertyTypes = Map.copyOf(propertyTypes);
        this.newerTypeNames = Set.copyOf(newerTypeNames);
    }

    /** Loads the specification bundled in the plugin jar. Callers keep the result; each call reads it again. */
    public static ResourceSpecification bundled() {
        try (InputStream in = ResourceSpecification.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + BUNDLED_RESOURCE);
            }
            return read(in, "bundled " + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a specification file the user supplied: AWS's {@code CloudFormationResourceSpecification.json}
     * as published (plain or gzipped), or the plugin's compact format.
     *
     * @throws UserException when the file is missing or not a specification, naming the file and line
     */
    public static ResourceSpecification load(Path specFile) {
        try (InputStream in = Files.newInputStream(specFile)) {
            return read(in, specFile.toString());
        } catch (NoSuchFileException e) {
            throw new UserException("specFile " + specFile + " does not exist; download CloudFormationResourceSpecification.json"
                    + " from AWS or remove the specFile parameter to use the bundled specification");
        } catch (IOException e) {
            throw new UserException("cannot read specFile " + specFile + ": " + e.getMessage());
        }
    }

    /** Reads either format, gzipped or not, telling them apart by their first bytes. */
    private static ResourceSpecification read(InputStream raw, String source) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        InputStream plain = in;
        if (b1 == 0x1f && b2 == 0x8b) {
            plain = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        plain.mark(64);
        int first;
        do {
            first = plain.read();
        } while (first == ' ' || first == '\n' || first == '\r' || first == '\t' || first == 0xEF || first == 0xBB || first == 0xBF);
        plain.reset();
        if (first == '{') {
            return AwsSpecReader.read(plain, source);
        }
        return CompactSpecReader.read(plain, source);
    }

    /** The {@code ResourceSpecificationVersion}, e.g. {@code 117.0.0}. */
    public String version() {
        return version;
    }

    /**
     * Where the patches over the frozen specification came from (newer resource types, attributes
     * and properties; see {@code src/spec/compact-spec.js}), or empty for a user's specFile.
     */
    public Optional<String> overlay() {
        return Optional.ofNullable(overlay);
    }

    /** The resource type's properties and attributes, when the specification describes it. */
    public Optional<ResourceTypeSpec> resourceType(String type) {
        return Optional.ofNullable(resourceTypes.get(type));
    }

    /** The resource types the specification describes. */
    public Set<String> resourceTypeNames() {
        return resourceTypes.keySet();
    }

    /**
     * Resource types known to exist but newer than the specification (from the overlay): valid
     * names whose properties cannot be checked.
     */
    public Set<String> newerTypeNames() {
        return newerTypeNames;
    }

    /** True when the type is described, or known by name from the overlay. */
    public boolean isKnownType(String type) {
        return resourceTypes.containsKey(type) || newerTypeNames.contains(type);
    }

    /** A property type by its qualified name ({@code AWS::S3::Bucket.Rule}, or {@code Tag}). */
    public Optional<PropertyTypeSpec> propertyType(String qualifiedName) {
        return Optional.ofNullable(propertyTypes.get(qualifiedName));
    }

    /**
     * The property type a property of {@code owner} refers to by its short name, resolved the
     * way the specification means it: {@code <resource type>.<name>} first, then the shared
     * types such as {@code Tag}.
     *
     * @param owner the resource type or qualified property type the property belongs to
     */
    public Optional<PropertyTypeSpec> propertyTypeFor(String owner, String shortName) {
        int dot = owner.indexOf('.');
        String resourceType = dot < 0 ? owner : owner.substring(0, dot);
        PropertyTypeSpec found = propertyTypes.get(resourceType + "." + shortName);
        return Optional.ofNullable(found != null ? found : propertyTypes.get(shortName));
    }

    @Override
    public String toString() {
        return "ResourceSpecification " + version + " (" + resourceTypes.size() + " resource types)";
    }
}
