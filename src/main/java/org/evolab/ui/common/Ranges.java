package org.evolab.ui.common;

import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import org.controlsfx.control.RangeSlider;

/** Set-up of ControlsFX range sliders: whole-number or log-scale values, with a label that reads them. */
public final class Ranges {
    private Ranges() {}

    /** A slider over whole numbers {@code min..max}; {@code label} shows "low – high unit". */
    public static void integers(RangeSlider slider, int min, int max, Label label, String unit) {
        slider.setMin(min);
        slider.setMax(max);
        slider.setBlockIncrement(1);
        slider.lowValueProperty().addListener((o, a, v) -> {
            if (v.doubleValue() != Math.rint(v.doubleValue())) {
                slider.setLowValue(Math.rint(v.doubleValue()));
            }
        });
        slider.highValueProperty().addListener((o, a, v) -> {
            if (v.doubleValue() != Math.rint(v.doubleValue())) {
                slider.setHighValue(Math.rint(v.doubleValue()));
            }
        });
        describe(slider, label, v -> Integer.toString((int) Math.rint(v)), unit);
    }

    /**
     * A slider over log10 of the value, {@code 10^minExp..10^maxExp}, in steps of a tenth of a
     * decade; {@code label} shows the values themselves.
     */
    public static void log10(RangeSlider slider, double minExp, double maxExp, Label label) {
        slider.setMin(minExp);
        slider.setMax(maxExp);
        slider.setBlockIncrement(0.1);
        slider.setMajorTickUnit(1);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Formats.small(Math.pow(10, n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        });
        slider.lowValueProperty().addListener((o, a, v) -> snapTenth(v.doubleValue(), slider::setLowValue));
        slider.highValueProperty().addListener((o, a, v) -> snapTenth(v.doubleValue(), slider::setHighValue));
        describe(
                slider,
                label,
                v -> Formats.small(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2g", Math.pow(10, v)))),
                "");
    }

    /** A slider over {@code min..max} in steps of {@code step}. */
    public static void stepped(
            RangeSlider slider, double min, double max, double step, Label label, DoubleFunction<String> format) {
        slider.setMin(min);
        slider.setMax(max);
        slider.setBlockIncrement(step);
        slider.lowValueProperty().addListener((o, a, v) -> snap(v.doubleValue(), step, slider::setLowValue));
        slider.highValueProperty().addListener((o, a, v) -> snap(v.doubleValue(), step, slider::setHighValue));
        describe(slider, label, format, "");
    }

    /** Sets both ends, the high one first when moving up so the low one is never refused. */
    public static void set(RangeSlider slider, double low, double high) {
        double lo = Math.max(slider.getMin(), Math.min(slider.getMax(), low));
        double hi = Math.max(slider.getMin(), Math.min(slider.getMax(), high));
        if (lo > slider.getHighValue()) {
            slider.setHighValue(hi);
            slider.setLowValue(lo);
        } else {
            slider.setLowValue(lo);
            slider.setHighValue(hi);
        }
    }

    /**
     * Keeps {@code slider} and a view model's {@code span} in step. {@code toSlider} maps a value
     * to a slider position and {@code fromSlider} back (rounded to what the slider can show). An
     * end the slider already shows, within {@code tolerance} (after clamping to the slider's
     * scale), is left as it is: showing a value the slider snaps (3e-4 at a tenth of a decade) or
     * cannot reach does not change it; only the end the user moved is read back.
     */
    public static void bind(
            RangeSlider slider,
            ObjectProperty<Span> span,
            DoubleUnaryOperator toSlider,
            DoubleUnaryOperator fromSlider,
            double tolerance) {
        Runnable show = () -> set(
                slider,
                toSlider.applyAsDouble(span.get().low()),
                toSlider.applyAsDouble(span.get().high()));
        span.addListener(o -> show.run());
        show.run();
        slider.lowValueProperty().addListener(o -> {
            Span now = span.get();
            if (!shows(slider, slider.getLowValue(), toSlider.applyAsDouble(now.low()), tolerance)) {
                span.set(new Span(fromSlider.applyAsDouble(slider.getLowValue()), now.high()));
            }
        });
        slider.highValueProperty().addListener(o -> {
            Span now = span.get();
            if (!shows(slider, slider.getHighValue(), toSlider.applyAsDouble(now.high()), tolerance)) {
                span.set(new Span(now.low(), fromSlider.applyAsDouble(slider.getHighValue())));
            }
        });
    }

    private static boolean shows(RangeSlider slider, double position, double wanted, double tolerance) {
        double reachable = Math.max(slider.getMin(), Math.min(slider.getMax(), wanted));
        return Math.abs(reachable - position) <= tolerance;
    }

    private static void snapTenth(double v, java.util.function.DoubleConsumer setter) {
        snap(v, 0.1, setter);
    }

    private static void snap(double v, double step, java.util.function.DoubleConsumer setter) {
        double snapped = Math.round(v / step) * step;
        snapped = Math.round(snapped * 1e6) / 1e6;
        if (Math.abs(snapped - v) > 1e-9) {
            setter.accept(snapped);
        }
    }

    private static void describe(RangeSlider slider, Label label, DoubleFunction<String> format, String unit) {
        Runnable update = () -> {
            String lo = format.apply(slider.getLowValue());
            String hi = format.apply(slider.getHighValue());
            label.setText((lo.equals(hi) ? lo : lo + " – " + hi) + (unit.isEmpty() ? "" : " " + unit));
        };
        slider.lowValueProperty().addListener(o -> update.run());
        slider.highValueProperty().addListener(o -> update.run());
        update.run();
    }
}
