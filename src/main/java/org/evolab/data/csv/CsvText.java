package org.evolab.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.evolab.util.InvalidInputException;

/**
 * Evolab's steps before Tablesaw's CSV reader: refusing bytes that are not text, decoding
 * (UTF-8, falling back to windows-1252 byte by byte) and sniffing the separator from the first
 * records. {@link RecordScanner} then streams the records to Tablesaw.
 *
 * <p>Quoting follows RFC 4180 as spreadsheets write it: a field is quoted when its first
 * non-blank character is a double quote; inside quotes {@code ""} is a quote and separators and
 * line breaks are text; a quote anywhere else is an ordinary character. Line endings may be
 * {@code \n}, {@code \r\n} or {@code \r}, mixed; inside a quoted field each becomes {@code \n}.
 * Lines with nothing but blanks are skipped.
 */
final class CsvText {
    static final char QUOTE = '"';
    private static final char[] SEPARATORS = {',', ';', '\t'};
    private static final int SNIFF_RECORDS = 50;
    /** Characters read ahead for sniffing; more than the header of a file with 10,000 columns. */
    static final int SNIFF_CHARS = 1 << 20;
    /** Progress is reported at least this often (bytes). */
    static final long PROGRESS_STEP = 1 << 20;
    /** Records read ahead to choose the columns that Tablesaw reads as numbers. */
    static final int HEAD_RECORDS = 1000;

    private CsvText() {}

    // ---------------------------------------------------------------------------------------
    // Bytes that are not CSV text at all

    /**
     * Refuses files that are plainly not text, from their first bytes: well-known binary formats
     * (an Excel workbook is the common mistake), UTF-16, and bytes dominated by control codes.
     * NUL bytes further in are caught by RecordScanner, which knows their line.
     */
    static void checkLooksLikeText(String fileName, byte[] head, int length) {
        String what = binaryFormat(head, length);
        if (what != null) {
            throw new InvalidInputException(fileName + ": this is " + what + ", not CSV text"
                    + (what.contains("Excel") ? "; save it from Excel as CSV" : ""));
        }
        if (length >= 2
                        && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))
                || looksLikeUtf16WithoutBom(head, length)) {
            throw new InvalidInputException(fileName + ": the file is UTF-16 text; save it as UTF-8 (CSV UTF-8)");
        }
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        if (controls >= 4 && controls * 20 > length) {
            throw new InvalidInputException(fileName + ": this looks like a binary file, not CSV text (" + controls
                    + " control bytes in the first " + length + ")");
        }
    }

    private static String binaryFormat(byte[] b, int n) {
        if (startsWith(b, n, 'P', 'K', 3, 4)) {
            return "a ZIP archive (an Excel .xlsx workbook is one)";
        }
        if (startsWith(b, n, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an Excel .xls workbook or another Office file";
        }
        if (startsWith(b, n, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, n, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, n, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, n, 0x1F, 0x8B)) {
            return "a gzip archive (unpack it first)";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** ASCII text in UTF-16 without a byte order mark: every other byte is 0. */
    private static boolean looksLikeUtf16WithoutBom(byte[] b, int n) {
        if (n < 8) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int pairs = Math.min(n, 512) / 2;
        for (int i = 0; i < pairs; i++) {
            evenZeros += b[2 * i] == 0 ? 1 : 0;
            oddZeros += b[2 * i + 1] == 0 ? 1 : 0;
        }
        return (evenZeros * 10 >= pairs * 9 && oddZeros == 0) || (oddZeros * 10 >= pairs * 9 && evenZeros == 0);
    }

    // ---------------------------------------------------------------------------------------
    // Decoding

    /**
     * Decodes a byte stream as UTF-8, and any byte that is not part of valid UTF-8 as
     * windows-1252. A file saved as "ANSI" / Latin-1 by an older spreadsheet then reads as the
     * user wrote it ("café", "€") instead of being refused; valid UTF-8, including a file that
     * mixes both, keeps its UTF-8 characters. windows-1252 rather than ISO-8859-1 because it is
     * what those programs write (ISO-8859-1 has control codes where it has € and typographic
     * quotes); its five unassigned bytes become the ISO-8859-1 control of the same number.
     * A UTF-8 byte order mark is dropped. Reports the fraction of bytes read.
     */
    static final class Decoder {
        private static final char[] WINDOWS_1252_HIGH =
                ("\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                                + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178")
                        .toCharArray();

        private final InputStream in;
        private final long totalBytes;
        private final DoubleConsumer progress;
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private boolean endOfInput;
        private boolean finished;
        private boolean started;
        private long bytesRead;
        private long nextReport;
        private boolean sawUtf8NonAscii;
        private boolean sawInvalidUtf8;

        /** {@code head}: bytes already taken from {@code in}, to be decoded first. */
        Decoder(byte[] head, int headLength, InputStream in, long totalBytes, DoubleConsumer progress) {
            this.in = in;
            this.totalBytes = Math.max(1, totalBytes);
            this.progress = progress;
            bytes.put(head, 0, headLength);
            bytes.flip();
            bytesRead = headLength;
            nextReport = PROGRESS_STEP;
        }

        /** Decodes into {@code dst}; the number of chars, or -1 at the end of the input. */
        int read(char[] dst, int off, int len) {
            if (finished) {
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(dst, off, len);
            while (out.position() == off) {
                int before = out.position();
                CoderResult result = utf8.decode(bytes, out, endOfInput);
                for (int i = before; i < out.position() && !sawUtf8NonAscii; i++) {
                    sawUtf8NonAscii = dst[i] >= 0x80;
                }
                if (result.isError()) {
                    if (!out.hasRemaining()) {
                        break; // the next call decodes this byte
                    }
                    int b = bytes.get() & 0xFF;
                    out.put(b < 0xA0 ? WINDOWS_1252_HIGH[b - 0x80] : (char) b);
                    sawInvalidUtf8 = true;
                } else if (result.isUnderflow()) {
                    if (endOfInput) {
                        utf8.flush(out);
                        finished = true;
                        break;
                    }
                    fill();
                }
            }
            if (!started && out.position() > off) {
                started = true;
                if (dst[off] == '\uFEFF') {
                    System.arraycopy(dst, off + 1, dst, off, out.position() - off - 1);
                    out.position(out.position() - 1);
                    if (out.position() == off) {
                        return read(dst, off, len);
                    }
                }
            }
            int n = out.position() - off;
            return n == 0 && finished ? -1 : n;
        }

        private void fill() {
            bytes.compact();
            try {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                    bytesRead += n;
                    if (bytesRead >= nextReport) {
                        nextReport = bytesRead + PROGRESS_STEP;
                        progress.accept(Math.min(1.0, (double) bytesRead / totalBytes));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                bytes.flip();
            }
        }

        /** How the text was decoded, in words: "UTF-8", "windows-1252" or both. */
        String encoding() {
            if (!sawInvalidUtf8) {
                return "UTF-8";
            }
            return sawUtf8NonAscii ? "UTF-8 mixed with windows-1252" : "windows-1252";
        }
    }

    // ---------------------------------------------------------------------------------------
    // Separator

    /**
     * The separator that splits the first records (outside quotes) into the same, largest number of
     * fields. A separator absent from the header cannot be the one; with none present the file has
     * a single column and ',' is as good as any. {@code complete}: whether {@code text} is the
     * whole file (else its last, maybe cut, record is not counted).
     */
    static char sniffSeparator(CharSequence text, boolean complete) {
        List<int[]> counts = new ArrayList<>(); // per record: occurrences of each candidate
        int[] current = new int[SEPARATORS.length];
        boolean inQuotes = false;
        boolean blank = true;
        for (int i = 0; i < text.length() && counts.size() < SNIFF_RECORDS; i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                inQuotes = !inQuotes;
                blank = false;
            } else if ((c == '\n' || c == '\r') && !inQuotes) {
                if (!blank) {
                    counts.add(current);
                }
                current = new int[SEPARATORS.length];
                blank = true;
            } else if (!inQuotes) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        current[s]++;
                    }
                }
                if (c > ' ' || c == '\t') {
                    blank = false;
                }
            }
        }
        if (!blank && counts.size() < SNIFF_RECORDS && (complete || counts.isEmpty())) {
            counts.add(current);
        }
        if (counts.isEmpty()) {
            return ',';
        }
        int best = -1;
        long bestScore = 0;
        for (int s = 0; s < SEPARATORS.length; s++) {
            int header = counts.get(0)[s];
            if (header == 0) {
                continue;
            }
            int agreeing = 0;
            for (int[] record : counts) {
                if (record[s] == header) {
                    agreeing++;
                }
            }
            // Agreement across records matters more than the number of fields ("1,5;2,5" rows).
            long score = (long) agreeing * 100_000 + header;
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best < 0 ? ',' : SEPARATORS[best];
    }

    static String separatorName(char separator) {
        return separator == '\t' ? "tab" : "'" + separator + "'";
    }
}
