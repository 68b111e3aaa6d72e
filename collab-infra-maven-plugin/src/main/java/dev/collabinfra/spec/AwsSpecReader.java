package dev.collabinfra.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.collabinfra.core.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads AWS's full {@code CloudFormationResourceSpecification.json} with Jackson's streaming
 * parser, skipping documentation and fields no rule uses, so a user's newer specification loads
 * about as fast as the bundled one.
 */
final class AwsSpecReader {

    private final SpecBuilder builder = new SpecBuilder();
    private final JsonParser parser;

    private AwsSpecReader(JsonParser parser) {
        this.parser = parser;
    }

    static ResourceSpecification read(InputStream in, String source) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            return new AwsSpecReader(parser).readRoot();
        } catch (StreamReadException e) {
            throw new UserException(source + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON (" + e.getOriginalMessage() + "); download CloudFormationResourceSpecification.json again");
        } catch (IllegalStateException e) {
            throw new UserException(source + ":" + e.getMessage() + "; is it CloudFormationResourceSpecification.json?");
        }
    }

    private ResourceSpecification readRoot() throws IOException {
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        boolean sawTypes = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "ResourceSpecificationVersion" -> builder.version(parser.getText());
                case "ResourceTypes" -> {
                    sawTypes = true;
                    readObjects(true);
                }
                case "PropertyTypes" -> readObjects(false);
                default -> parser.skipChildren();
            }
        }
        if (!sawTypes) {
            throw new IllegalStateException("1: not a CloudFormation resource specification: no ResourceTypes section");
        }
        return builder.build();
    }

    /** Reads the ResourceTypes or PropertyTypes map. */
    private void readObjects(boolean resources) throws IOException {
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            Map<String, PropertySpec> properties = new HashMap<>();
            Set<String> attributes = new LinkedHashSet<>();
            String transform = null;
            Raw self = new Raw();
            boolean hasProperties = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "Properties" -> {
                        hasProperties = true;
                        readProperties(properties);
                    }
                    case "Attributes" -> {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            attributes.add(builder.intern(parser.currentName()));
                            parser.nextToken();
                            parser.skipChildren();
                        }
                    }
                    case "RequiredTransform" -> transform = parser.getText();
                    default -> self.field(field, parser);
                }
            }
            if (resources) {
                builder.resourceType(name, properties, attributes, transform);
            } else {
                builder.propertyType(name, properties, hasProperties ? null : self.toSpec(builder, ""));
            }
        }
    }

    private void readProperties(Map<String, PropertySpec> into) throws IOException {
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            Raw raw = new Raw();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                raw.field(field, parser);
            }
            PropertySpec spec = raw.toSpec(builder, name);
            into.put(spec.name(), spec);
        }
    }

    private void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException(parser.currentLocation().getLineNr() + ":" + parser.currentLocation().getColumnNr()
                    + ": not a CloudFormation resource specification: expected " + expected + " but found " + actual);
        }
    }

    /** The fields of one property definition, as they stream past. */
    private static final class Raw {
        boolean required;
        String primitive;
        String type;
        String itemType;
        String primitiveItem;
        String update;
        boolean polymorphic;

        void field(String field, JsonParser parser) throws IOException {
            switch (field) {
                case "Required" -> required = parser.currentToken() == JsonToken.VALUE_TRUE;
                case "PrimitiveType" -> primitive = parser.getText();
                case "Type" -> type = parser.getText();
                case "ItemType" -> itemType = parser.getText();
                case "PrimitiveItemType" -> primitiveItem = parser.getText();
                case "UpdateType" -> update = parser.getText();
                case "PrimitiveTypes", "Types", "ItemTypes", "PrimitiveItemTypes", "InclusiveItemTypes",
                        "InclusivePrimitiveItemTypes" -> {
                    polymorphic = true;
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }

        PropertySpec toSpec(SpecBuilder builder, String name) {
            return builder.property(name, required, primitive, type, itemType, primitiveItem, update, polymorphic);
        }
    }
}
