package org.evolab.data.csv;

import java.io.Reader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evolab.util.InvalidInputException;

/**
 * The decoded text as Tablesaw's CSV reader is given it, and that reader's settings: the header
 * record taken off, blank lines and rows of empty fields left out, every field in double quotes,
 * every line break {@code \n}. As it streams it checks each record by the quoting rules of
 * {@link CsvText}, NUL bytes and the header's number of fields, and keeps the line each record
 * it passes on starts on (Tablesaw's row r is {@code lines()[r]}). The first broken rule, in
 * file order, is thrown and kept in {@link #failure}. {@link TablesawCsv} reads it into a table.
 */
final class RecordScanner extends Reader {
    private final String fileName;
    private final CsvText.Decoder decoder;
    private final char separator;
    private char[] buffer;
    private int position;
    private int limit;
    private boolean endOfText;
    private int currentLine = 1;
    private final List<String> header;
    private final boolean[] blankNamed;
    private final boolean[] anyText; // per blank-named column: any field not blank
    private final TextBuffer out = new TextBuffer();
    private int outPosition;
    private int[] lines = new int[64];
    private int rows;
    private RuntimeException failure;
    /** Per column, over the first {@link CsvText#HEAD_RECORDS} records: plain numbers only, integers only, any cell at all. */
    private final boolean[] headNumbers;

    private final boolean[] headIntegers;
    private final boolean[] headPresent;
    private boolean classifying;

    /** Reads ahead up to {@link CsvText#SNIFF_CHARS} characters to sniff the separator, then reads the header. */
    RecordScanner(String fileName, CsvText.Decoder decoder) {
        this.fileName = fileName;
        this.decoder = decoder;
        buffer = new char[CsvText.SNIFF_CHARS];
        while (limit < buffer.length) {
            int n = decoder.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                endOfText = true;
                break;
            }
            limit += n;
        }
        separator = CsvText.sniffSeparator(CharBuffer.wrap(buffer, 0, limit), endOfText);
        List<String> fields = new ArrayList<>();
        if (!nextRecord(fields)) {
            throw new InvalidInputException(fileName + ": the file is empty");
        }
        header = new ArrayList<>(fields.size());
        for (String h : fields) {
            header.add(h.strip());
        }
        blankNamed = new boolean[header.size()];
        for (int c = 0; c < blankNamed.length; c++) {
            blankNamed[c] = header.get(c).isEmpty();
        }
        anyText = new boolean[header.size()];
        headNumbers = new boolean[header.size()];
        headIntegers = new boolean[header.size()];
        headPresent = new boolean[header.size()];
        Arrays.fill(headNumbers, true);
        Arrays.fill(headIntegers, true);
        classifying = true;
        for (int r = 0; r < CsvText.HEAD_RECORDS && nextRecord(null); r++) {
            // checked and kept in the output; their cells classified
        }
        classifying = false;
    }

    /** Whether the first records hold numbers in column {@code c}, and nothing else but missing cells. */
    boolean headNumbers(int c) {
        return headPresent[c] && headNumbers[c];
    }

    /** Whether those numbers are all written as integers. */
    boolean headIntegers(int c) {
        return headIntegers[c];
    }

    char separator() {
        return separator;
    }

    /** The file's name, for messages. */
    String fileName() {
        return fileName;
    }

    /** The header's cells, stripped; blank where the header has no name. */
    List<String> header() {
        return header;
    }

    /** Whether any data field of column {@code c} held something other than blanks ("NA" included). */
    boolean anyText(int c) {
        return anyText[c];
    }

    /** The source line of each record passed on so far (call after the end of the text). */
    int[] lines() {
        return Arrays.copyOf(lines, rows);
    }

    /** The error that ended the scan (a bad record, a failed read, a cancelling progress callback), or null. */
    RuntimeException failure() {
        return failure;
    }

    @Override
    public int read(char[] dst, int off, int len) {
        if (failure != null) {
            throw failure;
        }
        try {
            while (out.length() - outPosition < len && !(endOfText && position == limit)) {
                if (outPosition > 1 << 16) {
                    out.dropFront(outPosition);
                    outPosition = 0;
                }
                if (!nextRecord(null)) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
        int n = Math.min(len, out.length() - outPosition);
        if (n == 0) {
            return -1;
        }
        out.getChars(outPosition, outPosition + n, dst, off);
        outPosition += n;
        return n;
    }

    @Override
    public void close() {} // the caller closes the file

    private int next() {
        if (position == limit) {
            if (endOfText) {
                return -1;
            }
            if (buffer.length > 1 << 16) {
                buffer = new char[1 << 16]; // the sniffing buffer has served
            }
            int n = decoder.read(buffer, 0, buffer.length);
            if (n < 0) {
                endOfText = true;
                return -1;
            }
            position = 0;
            limit = n;
        }
        return buffer[position++];
    }

    private int peek() {
        int c = next();
        if (c >= 0) {
            position--;
        }
        return c;
    }

    /**
     * Scans the next record that is not a blank line onto the output, every field in
     * double quotes (so that Tablesaw's reader takes each value exactly as read here, blanks
     * and quotes included); with {@code fields} (the header) its values are collected too,
     * else a data record is checked and, unless all its fields are blank, passed on. False at
     * the end of the text.
     */
    private boolean nextRecord(List<String> fields) {
        while (true) {
            int recordStart = out.length();
            out.append(CsvText.QUOTE);
            int recordLine = currentLine;
            int fieldStart = recordStart + 1; // after the opening quote
            int fieldCount = 1;
            boolean atFieldStart = true;
            boolean blank = true; // the line: nothing but blanks
            boolean fieldBlank = true;
            boolean allFieldsBlank = true;
            int c;
            while (true) {
                int start = position; // a run of ordinary characters is copied at once
                while (position < limit) {
                    char ch = buffer[position];
                    if (ch == separator || ch == '\n' || ch == '\r' || ch == CsvText.QUOTE || ch == 0) {
                        break;
                    }
                    if (ch > ' ') {
                        atFieldStart = false;
                        fieldBlank = false;
                    }
                    position++;
                }
                out.append(buffer, start, position - start);
                if ((c = next()) < 0) {
                    break;
                }
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && peek() == '\n') {
                        next();
                    }
                    currentLine++;
                    break;
                }
                if (c == 0) {
                    throw nul(currentLine);
                }
                if (c == separator) {
                    allFieldsBlank = allFieldsBlank && isBlank(fieldStart);
                    endField(fields, fieldStart, fieldCount);
                    out.append(CsvText.QUOTE).append(separator).append(CsvText.QUOTE);
                    fieldStart = out.length();
                    fieldCount++;
                    atFieldStart = true;
                    blank = false;
                    fieldBlank = true;
                } else if (c == CsvText.QUOTE && atFieldStart) {
                    out.setLength(fieldStart); // blanks before the opening quote
                    scanQuoted(fieldCount);
                    atFieldStart = false;
                    blank = false;
                    fieldBlank = false;
                } else if (c == CsvText.QUOTE) {
                    out.append(CsvText.QUOTE).append(CsvText.QUOTE); // an ordinary character
                    fieldBlank = false;
                } else {
                    if (c > ' ') {
                        atFieldStart = false;
                        fieldBlank = false;
                    }
                    out.append((char) c);
                }
            }
            blank &= fieldBlank;
            if (blank) {
                out.setLength(recordStart);
                if (c < 0) {
                    return false;
                }
                continue; // a blank line
            }
            allFieldsBlank = allFieldsBlank && isBlank(fieldStart);
            endField(fields, fieldStart, fieldCount);
            if (fields != null) {
                out.setLength(recordStart);
                return true;
            }
            if (fieldCount != header.size()) {
                throw new InvalidInputException(fileName + ": line " + recordLine + " has " + fieldCount
                        + (fieldCount == 1 ? " field" : " fields") + ", the header has " + header.size()
                        + (fieldCount > header.size()
                                ? " (a value that contains " + CsvText.separatorName(separator)
                                        + " must be in double quotes)"
                                : ""));
            }
            if (allFieldsBlank) {
                out.setLength(recordStart);
                if (c < 0) {
                    return false;
                }
                continue; // a spreadsheet's ",,,," line
            }
            out.append(CsvText.QUOTE).append('\n');
            if (rows == lines.length) {
                lines = Arrays.copyOf(lines, lines.length + (lines.length >> 1));
            }
            lines[rows++] = recordLine;
            return true;
        }
    }

    private void endField(List<String> fields, int fieldStart, int number) {
        if (fields != null) {
            fields.add(out.substring(fieldStart).replace("\"\"", "\""));
        } else if (number <= blankNamed.length) {
            if (blankNamed[number - 1] && !isBlank(fieldStart)) {
                anyText[number - 1] = true;
            }
            if (classifying) {
                classify(number - 1, Cells.normalize(out.substring(fieldStart).replace("\"\"", "\"")));
            }
        }
    }

    private void classify(int c, String cell) {
        if (cell != null) {
            headPresent[c] = true;
            headNumbers[c] &= Cells.isPlainNumber(cell);
            headIntegers[c] &= cell.indexOf('.') < 0 && cell.indexOf('e') < 0 && cell.indexOf('E') < 0;
        }
    }

    /** Whether the field from {@code fieldStart} to the end of the record is blank, as String.isBlank. */
    private boolean isBlank(int fieldStart) {
        for (int i = fieldStart; i < out.length(); i++) {
            if (!Character.isWhitespace(out.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The rest of a quoted value, its quotes doubled; line breaks inside it become {@code \n}. */
    private void scanQuoted(int fieldNumber) {
        int openedOn = currentLine;
        while (true) {
            int c = next();
            if (c < 0) {
                throw new InvalidInputException(fileName + ": line " + openedOn + ", " + fieldName(fieldNumber)
                        + ": a quoted value starts here but its closing quote is missing");
            }
            if (c == CsvText.QUOTE) {
                if (peek() != CsvText.QUOTE) {
                    return;
                }
                next();
                out.append(CsvText.QUOTE).append(CsvText.QUOTE);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    next();
                }
                currentLine++;
                out.append('\n');
            } else if (c == 0) {
                throw nul(currentLine);
            } else {
                out.append((char) c);
            }
        }
    }

    private InvalidInputException nul(int line) {
        return new InvalidInputException(
                fileName + ": line " + line + " contains a NUL byte: this looks like a binary file, not CSV text");
    }

    /** "column 'price'" for a field of a data record, "column 3" in the header or past its end. */
    private String fieldName(int number) {
        if (header != null && number <= header.size()) {
            return "column " + Cells.quote(header.get(number - 1));
        }
        return "column " + number;
    }
}
