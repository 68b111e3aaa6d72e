package dev.collabinfra.spec;

/**
 * One property of a resource type or property type, as the resource specification declares it.
 *
 * @param name the property name
 * @param required whether CloudFormation rejects the resource without it
 * @param primitiveType String, Integer, Long, Double, Boolean, Timestamp or Json; null for lists,
 *     maps and property types
 * @param type List, Map or the name of a property type; null for primitives
 * @param itemType the property type of list items or map values, when they are not primitive
 * @param primitiveItemType the primitive type of list items or map values
 * @param updateType what changing it does (null when the spec does not say)
 * @param polymorphic true when the spec allows several types (SAM's {@code CodeUri}: a string or
 *     an object), so a linter cannot decide the shape
 */
public record PropertySpec(
        String name,
        boolean required,
        String primitiveType,
        String type,
        String itemType,
        String primitiveItemType,
        UpdateType updateType,
        boolean polymorphic) {

    /** True for {@code Type: List}. */
    public boolean isList() {
        return "List".equals(type);
    }

    /** True for {@code Type: Map}. */
    public boolean isMap() {
        return "Map".equals(type);
    }

    /** The name of the property type this property (or its items) refers to, if any. */
    public String referencedType() {
        if (isList() || isMap()) {
            return itemType;
        }
        return primitiveType == null ? type : null;
    }
}
