package org.evolab.data.csv;

import org.evolab.util.InvalidInputException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.AddCellToColumnException;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Tablesaw's CSV reader, set up for the text a {@link RecordScanner} passes on: no header, every
 * field in double quotes, {@code \n} line breaks, no comments, an empty field missing.
 */
final class TablesawCsv {
    private TablesawCsv() {}

    /**
     * The table of the text {@code scanner} passes on, column c read as {@code types[c]}. An error
     * of the scan comes out as it is; a column of {@link PlainNumberType} with a cell that is not a
     * plain number as {@link NotNumbers}; any other error as one line saying why.
     */
    static Table read(RecordScanner scanner, ColumnType[] types) {
        String fileName = scanner.fileName();
        CsvReadOptions options = CsvReadOptions.builder(scanner)
                .tableName(fileName)
                .header(false)
                .separator(scanner.separator())
                .quoteChar(CsvText.QUOTE)
                .lineEnding("\n")
                .commentPrefix('\0')
                .missingValueIndicator("")
                .maxCharsPerColumn(-1)
                .maxNumberOfColumns(Math.max(types.length, 512))
                .columnTypes(types)
                .build();
        try {
            return Table.read().usingOptions(options);
        } catch (RuntimeException e) {
            if (scanner.failure() != null) {
                throw scanner.failure();
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof AddCellToColumnException cell
                        && types[cell.getColumnIndex()] == PlainNumberType.INSTANCE) {
                    throw new NotNumbers(cell.getColumnIndex());
                }
            }
            String why = DataTable.firstLine(e.getMessage());
            throw new InvalidInputException(fileName + ": cannot be read as CSV (" + why + ")", e);
        }
    }

    /** A column read as numbers from what its first records showed holds a cell that is not one. */
    static final class NotNumbers extends RuntimeException {
        final int column;

        NotNumbers(int column) {
            super(null, null, false, false);
            this.column = column;
        }
    }
}
