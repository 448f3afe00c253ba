package org.evolab.data.csv;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.AbstractColumnParser;
import tech.tablesaw.columns.AbstractColumnType;
import tech.tablesaw.io.ReadOptions;

/**
 * A Tablesaw column type for a column the head of the file shows to be numbers: read into a
 * {@link DoubleColumn} by the rules of {@link Cells} (trimmed, "no value" spellings missing, only
 * plain decimals), not by Tablesaw's own number parser, which also takes "1,234" and "5%". A
 * cell that is not a plain number fails the read, and the column is read again as text.
 */
final class PlainNumberType extends AbstractColumnType {
    static final PlainNumberType INSTANCE = new PlainNumberType();

    private PlainNumberType() {
        super(Double.BYTES, "PLAIN_NUMBER", "Plain number");
    }

    @Override
    public DoubleColumn create(String name) {
        return DoubleColumn.create(name);
    }

    @Override
    public AbstractColumnParser<Double> customParser(ReadOptions options) {
        return new Parser();
    }

    /** Plain numbers and missing cells; anything else throws. */
    static final class Parser extends AbstractColumnParser<Double> {
        Parser() {
            super(INSTANCE);
        }

        @Override
        public boolean isMissing(String s) {
            return s == null || s.isEmpty(); // "NA" and the like: parseDouble
        }

        @Override
        public boolean canParse(String s) {
            String cell = Cells.normalize(s);
            return cell == null || Cells.isPlainNumber(cell);
        }

        @Override
        public Double parse(String s) {
            return parseDouble(s);
        }

        @Override
        public double parseDouble(String s) {
            String cell = Cells.normalize(s);
            if (cell == null) {
                return Double.NaN;
            }
            if (!Cells.isPlainNumber(cell)) {
                throw new NumberFormatException("not a plain number: " + Cells.quote(cell));
            }
            double v = Double.parseDouble(cell);
            return Double.isFinite(v) ? v : Double.NaN; // as Cells.number
        }
    }
}
