package dev.collabinfra.testendpoint;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes the AWS Query protocol's XML: a {@code <ActionResponse>} with its {@code <ActionResult>}
 * and {@code <ResponseMetadata>}, or an {@code <ErrorResponse>}. Lists use AWS's {@code member}
 * elements, which is what the SDK's query unmarshaller expects.
 */
final class Xml {

    static final String NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

    private final StringBuilder out = new StringBuilder(256);

    Xml open(String name) {
        out.append('<').append(name).append('>');
        return this;
    }

    Xml close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element with text; nothing at all when the value is null (absent fields stay absent). */
    Xml leaf(String name, Object value) {
        if (value == null) {
            return this;
        }
        String text = value instanceof Instant instant ? timestamp(instant) : value.toString();
        return open(name).text(text).close(name);
    }

    /** {@code <name><member>..</member>...</name>}; nothing when the collection is null. */
    <T> Xml members(String name, Collection<T> items, BiConsumer<Xml, T> writer) {
        if (items == null) {
            return this;
        }
        open(name);
        for (T item : items) {
            open("member");
            writer.accept(this, item);
            close("member");
        }
        return close(name);
    }

    /** A list of plain strings. */
    Xml strings(String name, Collection<String> items) {
        return members(name, items, (xml, item) -> xml.text(item));
    }

    Xml text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return this;
    }

    /** Appends XML already written by another {@code Xml}. */
    Xml raw(String xml) {
        out.append(xml);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** A whole success document for {@code action}. */
    static String response(String action, String requestId, Consumer<Xml> result) {
        Xml xml = new Xml();
        xml.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml.out.append('<').append(action).append("Response xmlns=\"").append(NAMESPACE).append("\">");
        xml.open(action + "Result");
        result.accept(xml);
        xml.close(action + "Result");
        xml.open("ResponseMetadata").leaf("RequestId", requestId).close("ResponseMetadata");
        xml.close(action + "Response");
        return xml.out.toString();
    }

    /** An error document as CloudFormation sends it. */
    static String error(CfnError error, String requestId) {
        Xml xml = new Xml();
        xml.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml.out.append("<ErrorResponse xmlns=\"").append(NAMESPACE).append("\">");
        xml.open("Error")
                .leaf("Type", error.type())
                .leaf("Code", error.code())
                .leaf("Message", error.getMessage())
                .close("Error");
        xml.leaf("RequestId", requestId);
        xml.close("ErrorResponse");
        return xml.out.toString();
    }
}
