package org.evolab.data.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evolab.util.InvalidInputException;

/** What the values of a column are, as far as learning from them goes. */
public enum ColumnKind {
    /** Every present value is a number. */
    NUMERIC,
    /** Text (or numbers chosen to be treated as labels) drawn from a set of levels. */
    CATEGORICAL,
    /** A different value in every row, such as a name or a row number: nothing to generalise from. */
    IDENTIFIER,
    /** The same value in every row: carries no information. */
    CONSTANT;

    /** Case-insensitive, so that configuration files and command lines may write "numeric". */
    @JsonCreator
    public static ColumnKind parse(String text) {
        if (text != null) {
            for (ColumnKind k : values()) {
                if (k.name().equalsIgnoreCase(text.strip())) {
                    return k;
                }
            }
        }
        throw new InvalidInputException("unknown column kind '" + text + "' (choose from "
                + Arrays.stream(values())
                        .map(k -> k.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ")");
    }
}
