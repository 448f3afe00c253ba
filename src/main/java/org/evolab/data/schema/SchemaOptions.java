package org.evolab.data.schema;

import java.util.HashMap;
import java.util.Map;

/**
 * The user's choices that override schema inference. Immutable; the {@code with...} methods
 * return changed copies.
 *
 * @param target        the column to predict; null means the last column
 * @param taskType      null means inferred from the target's values
 * @param kindOverrides column name to the kind it must be read as
 * @param roleOverrides column name to its role; IGNORE drops a column, FEATURE keeps one that
 *                      inference would drop (an identifier or constant); TARGET is only accepted
 *                      for the target itself
 */
public record SchemaOptions(
        String target,
        TaskType taskType,
        Map<String, ColumnKind> kindOverrides,
        Map<String, ColumnRole> roleOverrides) {
    public SchemaOptions {
        kindOverrides = kindOverrides == null ? Map.of() : Map.copyOf(kindOverrides);
        roleOverrides = roleOverrides == null ? Map.of() : Map.copyOf(roleOverrides);
    }

    public static SchemaOptions defaults() {
        return new SchemaOptions(null, null, Map.of(), Map.of());
    }

    public SchemaOptions withTarget(String t) {
        return new SchemaOptions(t, taskType, kindOverrides, roleOverrides);
    }

    public SchemaOptions withTaskType(TaskType t) {
        return new SchemaOptions(target, t, kindOverrides, roleOverrides);
    }

    /** A kind for the column; null removes its override. */
    public SchemaOptions withKind(String column, ColumnKind k) {
        Map<String, ColumnKind> kinds = new HashMap<>(kindOverrides);
        if (k == null) {
            kinds.remove(column);
        } else {
            kinds.put(column, k);
        }
        return new SchemaOptions(target, taskType, kinds, roleOverrides);
    }

    /** A role for the column; null removes its override. */
    public SchemaOptions withRole(String column, ColumnRole r) {
        Map<String, ColumnRole> roles = new HashMap<>(roleOverrides);
        if (r == null) {
            roles.remove(column);
        } else {
            roles.put(column, r);
        }
        return new SchemaOptions(target, taskType, kindOverrides, roles);
    }
}
