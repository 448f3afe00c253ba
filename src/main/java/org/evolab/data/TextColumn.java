package org.evolab.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * The cells of one column, dictionary-encoded: each distinct text is stored once, as UTF-8 bytes
 * packed into one array, and each row holds an int code (-1 = missing). A String per cell costs
 * about 50 bytes even for "3.14"; this costs 4 bytes per row plus the distinct texts, so a 50 MB
 * numeric CSV takes about twice its size in memory (a String per cell: six times), and a
 * categorical column costs little more than its codes.
 *
 * <p>A column that turns out to have mostly different values (measurements, identifiers) stops
 * looking values up once it has {@link #DEDUPLICATE_ROWS} rows: each value is then stored as it
 * comes, which costs the same memory as a dictionary of unique values and saves a hash lookup
 * per cell. Values may then repeat in the dictionary; nothing relies on them being distinct.
 *
 * <p>Appended to while a file is read, then {@link #freeze frozen}; a frozen column is immutable
 * and may be read from any thread. Small dictionaries (the usual categorical column) keep their
 * texts as Strings too, so that reading a cell allocates nothing; larger ones decode a cell's
 * text each time it is read.
 */
final class TextColumn {
    static final int MISSING = -1;
    /** Dictionaries up to this size keep a String per distinct value. */
    static final int CACHED_VALUES = 1 << 16;
    /** Rows after which a column with more distinct values than half its rows stops de-duplicating. */
    static final int DEDUPLICATE_ROWS = 1 << 16;
    private static final long NO_SLOT = -1L;

    private int[] codes;
    private int size;

    private byte[] bytes = new byte[32];
    private int bytesUsed;
    private int[] offsets = new int[5]; // value k is bytes[offsets[k] .. offsets[k + 1])
    private int distinct; // values in the dictionary
    /** Open addressing: (hash << 32 | code), NO_SLOT when free; null when not de-duplicating. */
    private long[] slots = newSlots(8);
    private boolean frozen;

    private String[] cache; // set when frozen with a small dictionary

    TextColumn() {
        this(16);
    }

    TextColumn(int expectedRows) {
        codes = new int[Math.max(4, expectedRows)];
    }

    /** Appends a cell: its normalized text, or null when missing. */
    void add(String value) {
        if (frozen) {
            throw new IllegalStateException("column is frozen");
        }
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, grow(codes.length));
        }
        codes[size++] = value == null ? MISSING : codeOf(value);
        if (size == DEDUPLICATE_ROWS && slots != null && distinct * 2 > size) {
            slots = null;
        }
    }

    private int codeOf(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (slots == null) {
            return append(utf8);
        }
        int hash = value.hashCode();
        int bits = Integer.numberOfTrailingZeros(slots.length);
        int mask = slots.length - 1;
        for (int slot = (hash * 0x9E3779B9) >>> (32 - bits); ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == NO_SLOT) {
                int code = append(utf8);
                slots[slot] = ((long) hash << 32) | code;
                if (distinct * 2 > slots.length) {
                    rehash(slots.length * 2);
                }
                return code;
            }
            int code = (int) entry;
            if ((int) (entry >>> 32) == hash && Arrays.equals(bytes, offsets[code], offsets[code + 1], utf8, 0, utf8.length)) {
                return code;
            }
        }
    }

    private int append(byte[] utf8) {
        int code = distinct;
        if (bytesUsed + utf8.length > bytes.length) {
            long needed = (long) bytesUsed + utf8.length;
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, grow(bytes.length))));
        }
        System.arraycopy(utf8, 0, bytes, bytesUsed, utf8.length);
        bytesUsed += utf8.length;
        if (code + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, grow(offsets.length));
        }
        offsets[code + 1] = bytesUsed;
        distinct++;
        return code;
    }

    private void rehash(int capacity) {
        long[] fresh = newSlots(capacity);
        int bits = Integer.numberOfTrailingZeros(capacity);
        int mask = capacity - 1;
        for (long entry : slots) {
            if (entry != NO_SLOT) {
                int slot = ((int) (entry >>> 32) * 0x9E3779B9) >>> (32 - bits);
                while (fresh[slot] != NO_SLOT) {
                    slot = (slot + 1) & mask;
                }
                fresh[slot] = entry;
            }
        }
        slots = fresh;
    }

    private static long[] newSlots(int capacity) {
        long[] s = new long[capacity];
        Arrays.fill(s, NO_SLOT);
        return s;
    }

    /** Growth by half: doubling would briefly hold three times a large array's size. */
    private static int grow(int length) {
        return (int) Math.min(Integer.MAX_VALUE - 8, length + (length >> 1) + 8L);
    }

    /** Ends appending: arrays are cut to size and the lookup table dropped. Returns this column. */
    TextColumn freeze() {
        if (frozen) {
            return this;
        }
        frozen = true;
        codes = Arrays.copyOf(codes, size);
        bytes = Arrays.copyOf(bytes, bytesUsed);
        offsets = Arrays.copyOf(offsets, distinct + 1);
        slots = null;
        if (distinct <= CACHED_VALUES) {
            cache = new String[distinct];
            for (int code = 0; code < distinct; code++) {
                cache[code] = decode(code);
            }
        }
        return this;
    }

    int size() {
        return size;
    }

    /** Values in the dictionary: the distinct present values, some more than once in a high-cardinality column. */
    int valueCount() {
        return distinct;
    }

    /** The text of a row, or null when missing. */
    String get(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        int code = codes[row];
        return code == MISSING ? null : value(code);
    }

    /** The dictionary value with this code (0 .. valueCount() - 1). */
    String value(int code) {
        return cache != null ? cache[code] : decode(code);
    }

    private String decode(int code) {
        return new String(bytes, offsets[code], offsets[code + 1] - offsets[code], StandardCharsets.UTF_8);
    }

    /** Whether every row is missing. */
    boolean allMissing() {
        return distinct == 0;
    }

    /**
     * A frozen copy with every distinct value passed through {@code rewrite} (which must not
     * return null); values that become equal share a code.
     */
    TextColumn rewritten(UnaryOperator<String> rewrite) {
        TextColumn out = new TextColumn(1);
        int[] newCode = new int[distinct];
        for (int code = 0; code < distinct; code++) {
            out.add(rewrite.apply(value(code)));
            newCode[code] = out.codes[code];
        }
        int[] mapped = new int[size];
        for (int r = 0; r < size; r++) {
            mapped[r] = codes[r] == MISSING ? MISSING : newCode[codes[r]];
        }
        out.codes = mapped;
        out.size = size;
        return out.freeze();
    }

    /** Approximate heap bytes held (for measurements and tests). */
    long footprintBytes() {
        long b = 4L * codes.length + bytes.length + 4L * offsets.length;
        if (slots != null) {
            b += 8L * slots.length;
        }
        if (cache != null) {
            for (String s : cache) {
                b += 48 + s.length();
            }
        }
        return b;
    }
}
