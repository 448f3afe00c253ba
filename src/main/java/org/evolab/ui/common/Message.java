package org.evolab.ui.common;

/**
 * A status line as a view model holds it: its text and how it reads (neutral, done, failed);
 * {@link StatusMessages#show} puts it on a label.
 */
public record Message(Kind kind, String text) {
    public enum Kind {
        PLAIN,
        OK,
        ERROR
    }

    public static final Message NONE = new Message(Kind.PLAIN, "");

    public static Message plain(String text) {
        return new Message(Kind.PLAIN, text);
    }

    public static Message ok(String text) {
        return new Message(Kind.OK, text);
    }

    public static Message error(String text) {
        return new Message(Kind.ERROR, text);
    }
}
