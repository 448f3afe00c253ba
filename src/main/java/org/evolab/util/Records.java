package org.evolab.util;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Copies of records with one component changed, so that a record's withers name only what they
 * change ({@code return Records.with(this, "seed", value);}) instead of each repeating every
 * component, or each record keeping a mutable copy of all its components to do it.
 */
public final class Records {
    private Records() {}

    /**
     * A copy of {@code record} whose component {@code component} is {@code value}, made by the
     * record's canonical constructor (so its checks and normalisation apply). A name the record
     * does not have, or a value of the wrong type, is a programming error: {@link IllegalArgumentException}.
     */
    public static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                boolean changed = components[i].getName().equals(component);
                values[i] = changed ? value : components[i].getAccessor().invoke(record);
                found |= changed;
            }
            if (!found) {
                throw new IllegalArgumentException(
                        record.getClass().getSimpleName() + " has no component '" + component + "'");
            }
            @SuppressWarnings("unchecked")
            Constructor<R> canonical = (Constructor<R>) record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(
                    record.getClass().getSimpleName() + "." + component + " cannot be set: " + e, e);
        }
    }
}
