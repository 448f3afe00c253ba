package org.evolab.ui.common;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** Spinners that keep what the user typed: committed on Enter and when focus leaves. */
public final class Spinners {
    private Spinners() {}

    public static void integer(Spinner<Integer> spinner, int min, int max, int initial, int step) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial, step));
        setUp(spinner);
    }

    /** A whole-number spinner from {@code min} to {@code max} that shows and edits {@code value} both ways. */
    public static void bind(Spinner<Integer> spinner, int min, int max, int step, ObjectProperty<Integer> value) {
        integer(spinner, min, max, value.get(), step);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
    }

    public static void decimal(Spinner<Double> spinner, double min, double max, double initial, double step) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, initial, step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format(Locale.ROOT, "%.2f", v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    return Double.parseDouble(s.trim().replace(',', '.'));
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        setUp(spinner);
    }

    private static <T> void setUp(Spinner<T> spinner) {
        spinner.setEditable(true);
        spinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(spinner);
            }
        });
    }

    /** Takes the editor's text as the value when it parses, else puts the value back in the editor. */
    public static <T> void commit(Spinner<T> spinner) {
        if (!spinner.isEditable()) {
            return;
        }
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        String text = spinner.getEditor().getText();
        try {
            T value = factory.getConverter().fromString(text);
            if (value != null) {
                factory.setValue(value);
            }
        } catch (RuntimeException ignored) {
            // not a number: fall through and show the current value again
        }
        spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
    }

    /** Sets the value (clamped by the factory) and shows it. */
    public static <T> void set(Spinner<T> spinner, T value) {
        spinner.getValueFactory().setValue(value);
        spinner.getEditor()
                .setText(spinner.getValueFactory()
                        .getConverter()
                        .toString(spinner.getValueFactory().getValue()));
    }
}
