package dev.collabinfra.deploy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats an event as {@code time  stack/LogicalId  Type  STATUS  reason}, padded into columns. */
final class EventLine {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private EventLine() {}

    /**
     * @param stackLabel the stack as users read it: the main stack's name, then nested logical ids
     */
    static String format(StackEvent event, String stackLabel, ZoneId zone, SecretMasker masker) {
        String address = event.isStackItself() ? stackLabel : stackLabel + "/" + event.logicalId();
        String reason = event.reason() == null ? "" : masker.mask(event.reason().strip());
        String line = TIME.format(event.timestamp().atZone(zone))
                + "  " + pad(address, 40)
                + "  " + pad(nullToEmpty(event.resourceType()), 34)
                + "  " + pad(event.status(), 28)
                + "  " + reason;
        return line.stripTrailing();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
