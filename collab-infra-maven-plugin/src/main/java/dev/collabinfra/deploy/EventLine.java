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
        return format(event, stackLabel, zone, masker, EventView.DEFAULT_ADDRESS_WIDTH);
    }

    /** @param width the address column's width; a longer address is shortened in the middle so the columns stay put */
    static String format(StackEvent event, String stackLabel, ZoneId zone, SecretMasker masker, int width) {
        String address = event.isStackItself() ? stackLabel : stackLabel + "/" + event.logicalId();
        String reason = event.reason() == null ? "" : masker.mask(event.reason().strip());
        String line = TIME.format(event.timestamp().atZone(zone))
                + "  " + pad(fit(address, width), width)
                + "  " + pad(nullToEmpty(event.resourceType()), 34)
                + "  " + pad(event.status(), 28)
                + "  " + reason;
        return line.stripTrailing();
    }

    /** The address within {@code width}: {@code shop/Appli…/Cache/Redis} keeps the start and the end, which tell most. */
    static String fit(String address, int width) {
        if (address.length() <= width) {
            return address;
        }
        int tail = Math.min(address.length(), (width - 1) * 2 / 3);
        int head = width - 1 - tail;
        return address.substring(0, head) + "…" + address.substring(address.length() - tail);
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
