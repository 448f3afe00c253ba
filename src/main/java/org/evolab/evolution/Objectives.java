package org.evolab.evolution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.evolab.util.InvalidInputException;

/**
 * What a search optimises, as written on the command line: {@code fitness} alone, or
 * {@code fitness,params}, accuracy against size, which selects with {@link SelectionMethod#NSGA2}.
 */
public final class Objectives {
    public static final String FITNESS = "fitness";
    public static final String PARAMS = "params";

    private Objectives() {}

    /**
     * The selection for the objectives {@code list} (comma separated; null: not set) given the one
     * otherwise set.
     *
     * @param setting the name of the setting, for the message
     */
    public static SelectionMethod selectionFor(String setting, String list, SelectionMethod otherwise) {
        if (list == null) {
            return otherwise;
        }
        List<String> names = Arrays.stream(list.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .toList();
        if (names.equals(List.of(FITNESS))) {
            if (otherwise == SelectionMethod.NSGA2) {
                throw new InvalidInputException(setting + ": nsga2 selection needs the objectives fitness,params");
            }
            return otherwise;
        }
        if (names.equals(List.of(FITNESS, PARAMS)) || names.equals(List.of(PARAMS, FITNESS))) {
            return SelectionMethod.NSGA2;
        }
        throw new InvalidInputException(setting + ": '" + list + "' is not fitness or fitness,params");
    }
}
