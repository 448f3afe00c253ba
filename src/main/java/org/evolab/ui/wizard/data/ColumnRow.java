package org.evolab.ui.wizard.data;

import org.evolab.data.schema.ColumnInfo;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.ColumnRole;

/** One line of the columns table: a column as inferred, with the user's overrides applied. */
public record ColumnRow(
        String name,
        ColumnKind kind,
        ColumnRole role,
        int missing,
        int distinct,
        boolean kindOverridden,
        boolean roleOverridden) {
    static ColumnRow of(ColumnInfo info, boolean roleOverridden) {
        return new ColumnRow(
                info.name(),
                info.kind(),
                info.role(),
                info.missing(),
                info.distinct(),
                info.kindOverridden(),
                roleOverridden);
    }

    /** A column of a table whose schema could not be inferred: only its name is known. */
    static ColumnRow unknown(String name) {
        return new ColumnRow(name, null, null, -1, -1, false, false);
    }
}
