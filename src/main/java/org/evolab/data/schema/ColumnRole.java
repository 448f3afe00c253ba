package org.evolab.data.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evolab.util.InvalidInputException;

/** What a column is used for in a run. */
public enum ColumnRole {
    FEATURE,
    TARGET,
    IGNORE;

    /** Case-insensitive, so that configuration files and command lines may write "ignore". */
    @JsonCreator
    public static ColumnRole parse(String text) {
        if (text != null) {
            for (ColumnRole r : values()) {
                if (r.name().equalsIgnoreCase(text.strip())) {
                    return r;
                }
            }
        }
        throw new InvalidInputException("unknown column role '" + text + "' (choose from "
                + Arrays.stream(values())
                        .map(r -> r.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ")");
    }
}
