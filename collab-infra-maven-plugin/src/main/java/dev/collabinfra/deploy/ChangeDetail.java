package dev.collabinfra.deploy;

/**
 * One {@code Details} entry of a resource change: which part of the resource changes, whether that
 * forces a new resource, and what causes it.
 *
 * @param attribute Properties, Metadata, Tags, DeletionPolicy, ...
 * @param name the property's name, when {@code attribute} is Properties
 * @param requiresRecreation Never, Conditionally or Always
 * @param evaluation Static (known now) or Dynamic (known only while executing)
 * @param changeSource DirectModification, ResourceReference, ResourceAttribute, ParameterReference, ...
 * @param causingEntity the resource or parameter the change comes from, e.g. {@code Vpc} or {@code Vpc.CidrBlock}
 */
public record ChangeDetail(
        String attribute, String name, String requiresRecreation, String evaluation, String changeSource, String causingEntity) {

    /** {@code Properties.TableName}, or the attribute alone. */
    public String target() {
        return name == null || name.isEmpty() ? nullToDash(attribute) : attribute + "." + name;
    }

    /** A direct edit says nothing; otherwise where the change comes from: {@code via Ref Vpc}. */
    public String cause() {
        if (causingEntity == null || causingEntity.isEmpty()) {
            return changeSource == null || changeSource.equals("DirectModification") ? "" : changeSource;
        }
        return switch (changeSource == null ? "" : changeSource) {
            case "ResourceReference" -> "via Ref " + causingEntity;
            case "ResourceAttribute" -> "via GetAtt " + causingEntity;
            case "ParameterReference" -> "via parameter " + causingEntity;
            default -> "via " + causingEntity;
        };
    }

    private static String nullToDash(String text) {
        return text == null || text.isEmpty() ? "-" : text;
    }
}
