package dev.collabinfra.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into plain values (Map, List, String, Number, Boolean, null) with Jackson's streaming
 * parser: the schemas are small trees read once per resource type, and databind is not on the
 * plugin's class path.
 */
final class JsonValues {

    private JsonValues() {}

    static Object parse(JsonFactory factory, String json) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            parser.nextToken();
            return read(parser);
        }
    }

    static Object parse(JsonFactory factory, byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser parser = factory.createParser(bytes, offset, length)) {
            parser.nextToken();
            return read(parser);
        }
    }

    static Object parse(JsonFactory factory, java.io.InputStream in) throws IOException {
        try (JsonParser parser = factory.createParser(in)) {
            parser.nextToken();
            return read(parser);
        }
    }

    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    map.put(key, read(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getDecimalValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected JSON token " + token);
        }
    }
}
