package org.evolab.data.schema;

import java.util.Objects;

/**
 * How one column was understood.
 *
 * @param missing        cells without a value (for numeric columns also infinities and NaN)
 * @param distinct       distinct present values (numbers compared by value)
 * @param kindOverridden whether the user chose the kind rather than inference
 */
public record ColumnInfo(
        String name, ColumnKind kind, ColumnRole role, int missing, int distinct, boolean kindOverridden) {
    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
    }
}
