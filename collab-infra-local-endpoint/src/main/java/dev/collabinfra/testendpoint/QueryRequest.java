package dev.collabinfra.testendpoint;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One AWS Query request: the form-encoded body as a flat map ({@code Parameters.member.1.ParameterKey=...})
 * with helpers to read AWS's list encoding, and the region the caller signed for (from the SigV4
 * credential scope; the signature itself is not checked).
 */
record QueryRequest(String action, Map<String, String> params, String region) {

    private static final Pattern SIGNED_REGION = Pattern.compile("Credential=[^/]+/\\d{8}/([^/]+)/");

    QueryRequest {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    static QueryRequest parse(String body, String authorization, String defaultRegion) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!body.isEmpty()) {
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                params.put(decode(key), decode(value));
            }
        }
        String region = defaultRegion;
        if (authorization != null) {
            Matcher matcher = SIGNED_REGION.matcher(authorization);
            if (matcher.find()) {
                region = matcher.group(1);
            }
        }
        return new QueryRequest(params.getOrDefault("Action", ""), params, region);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    String get(String name) {
        return params.get(name);
    }

    String getOrDefault(String name, String fallback) {
        return params.getOrDefault(name, fallback);
    }

    /** A required parameter, failing as AWS's request validation does. */
    String require(String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            String member = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            throw CfnError.validation("1 validation error detected: Value null at '" + member
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    boolean flag(String name, boolean fallback) {
        String value = params.get(name);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }

    /** {@code Prefix.member.N} strings in order. */
    List<String> list(String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 1; params.containsKey(prefix + ".member." + i); i++) {
            values.add(params.get(prefix + ".member." + i));
        }
        return values;
    }

    /** {@code Prefix.member.N.Field} structures in order, each as a field map. */
    List<Map<String, String>> members(String prefix) {
        List<Map<String, String>> values = new ArrayList<>();
        for (int i = 1; ; i++) {
            String start = prefix + ".member." + i + ".";
            Map<String, String> fields = new LinkedHashMap<>();
            params.forEach((key, value) -> {
                if (key.startsWith(start)) {
                    fields.put(key.substring(start.length()), value);
                }
            });
            if (fields.isEmpty()) {
                return values;
            }
            values.add(fields);
        }
    }
}
