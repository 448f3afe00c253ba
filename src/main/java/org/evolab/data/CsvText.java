package org.evolab.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.evolab.util.InvalidInputException;

/**
 * The text of a CSV file before Tablesaw parses it: decoded strictly as UTF-8, line endings
 * made uniform, the separator sniffed, and the record structure (where each record starts, how
 * many fields it has) scanned. Tablesaw gives the cell values; this gives what Tablesaw does not
 * report: source line numbers for messages and ragged rows caught before they become a parser
 * stack trace.
 */
final class CsvText {
    static final char QUOTE = '"';
    private static final char[] SEPARATORS = {',', ';', '\t'};
    private static final int SNIFF_RECORDS = 50;

    /** One record of the file: the line it starts on (1-based) and how many fields it has. */
    record RecordShape(int line, int fields) {
    }

    private CsvText() {
    }

    /**
     * The file's text with the BOM removed and every line ending turned into '\n' (univocity picks
     * one line ending from the first line and then misreads files that mix them).
     */
    static String decode(String fileName, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new InvalidInputException(fileName + ": the file is UTF-16 text; save it as UTF-8 (CSV UTF-8)");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new InvalidInputException(String.format("%s: line %d is not UTF-8 text (byte 0x%02X); save the file as UTF-8",
                    fileName, lineOfByte(bytes, at), bytes[at] & 0xFF));
        }
        out.flip();
        String text = out.toString();
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException(fileName + ": this looks like a binary file, not CSV text");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The separator that splits the first records (outside quotes) into the same, largest number of
     * fields. A separator absent from the header cannot be the one; with none present the file has
     * a single column and ',' is as good as any.
     */
    static char sniffSeparator(String text) {
        List<int[]> counts = new ArrayList<>(); // per record: occurrences of each candidate
        int[] current = new int[SEPARATORS.length];
        boolean inQuotes = false;
        boolean blank = true;
        for (int i = 0; i < text.length() && counts.size() < SNIFF_RECORDS; i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                inQuotes = !inQuotes;
                blank = false;
            } else if (c == '\n' && !inQuotes) {
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
        if (!blank && counts.size() < SNIFF_RECORDS) {
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

    /**
     * The records of the text, read the way univocity reads them: a field is quoted only when its
     * first non-blank character is a quote, "" inside quotes is a quote, blank lines are skipped.
     */
    static List<RecordShape> scan(String fileName, String text, char separator) {
        List<RecordShape> records = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (isBlank(text, i, lineEnd, separator)) {
                i = lineEnd + 1;
                line++;
                continue;
            }
            int recordLine = line;
            int fields = 1;
            boolean atFieldStart = true;
            boolean inQuotes = false;
            int quoteLine = line;
            while (i < n) {
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == QUOTE) {
                        if (i + 1 < n && text.charAt(i + 1) == QUOTE) {
                            i++;
                        } else {
                            inQuotes = false;
                        }
                    } else if (c == '\n') {
                        line++;
                    }
                } else if (c == '\n') {
                    break;
                } else if (c == separator) {
                    fields++;
                    atFieldStart = true;
                } else if (atFieldStart && c == QUOTE) {
                    inQuotes = true;
                    quoteLine = line;
                    atFieldStart = false;
                } else if (c > ' ') {
                    atFieldStart = false;
                }
                i++;
            }
            if (inQuotes) {
                throw new InvalidInputException(fileName + ": line " + quoteLine
                        + " opens a quoted field that is never closed");
            }
            records.add(new RecordShape(recordLine, fields));
            i++; // past the '\n'
            line++;
        }
        return records;
    }

    /**
     * The text without a blank last line that has no line ending ("...\n  "). univocity reads
     * such a line as an empty row, which Tablesaw then skips with an ERROR in the log.
     */
    static String withoutTrailingBlankLine(String text, char separator) {
        int lastBreak = text.lastIndexOf('\n');
        return lastBreak >= 0 && lastBreak < text.length() - 1 && isBlank(text, lastBreak + 1, text.length(), separator)
                ? text.substring(0, lastBreak + 1) : text;
    }

    private static boolean isBlank(String text, int from, int to, char separator) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > ' ' || c == separator) {
                return false;
            }
        }
        return true;
    }
}
