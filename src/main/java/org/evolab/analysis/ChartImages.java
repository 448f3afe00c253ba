package org.evolab.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The analysis plots as PNG without a window toolkit (java.awt in headless mode), for the
 * {@code analyze} command: the GUI draws the same data with JavaFX charts. Every plot reads its
 * data from {@link PedAnova}, {@link GeneAxis} and {@link ParetoFront}.
 */
public final class ChartImages {
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Color AXIS = new Color(90, 90, 90);
    private static final Color GRID = new Color(225, 225, 225);

    static {
        // Drawing into a BufferedImage needs no display; say so before java.awt looks for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartImages() {}

    /** Horizontal bars, most important first. */
    public static byte[] importance(List<Importance> importances) {
        int rowHeight = 22;
        int left = 130;
        int w = 760;
        int h = 70 + rowHeight * importances.size();
        Canvas c = new Canvas(w, h, "Parameter importance (PED-ANOVA, top 10 % against all)");
        double max =
                importances.stream().mapToDouble(Importance::importance).max().orElse(1);
        for (int i = 0; i < importances.size(); i++) {
            Importance imp = importances.get(i);
            int y = 45 + i * rowHeight;
            int bar = (int) Math.round((w - left - 80) * (max > 0 ? imp.importance() / max : 0));
            c.g.setColor(new Color(FitnessColors.rgb(0.35)));
            c.g.fillRect(left, y, Math.max(1, bar), rowHeight - 6);
            c.g.setColor(Color.DARK_GRAY);
            c.g.drawString(imp.gene(), 10, y + rowHeight - 10);
            c.g.drawString(String.format(Locale.ROOT, "%.3f", imp.importance()), left + bar + 6, y + rowHeight - 10);
        }
        return c.png();
    }

    /** One small scatter of fitness against each gene that varies in the run, four to a row. */
    public static byte[] slices(Leaderboard board) {
        List<GeneAxis> axes = GeneAxis.varying(board);
        int columns = 4;
        int cellW = 300;
        int cellH = 220;
        int rows = Math.max(1, (axes.size() + columns - 1) / columns);
        Canvas c = new Canvas(columns * cellW, 30 + rows * cellH, "Fitness against each gene (one point per genome)");
        Range fitness =
                Range.of(board.scored().stream().mapToDouble(Trial::fitness).toArray());
        for (int i = 0; i < axes.size(); i++) {
            GeneAxis axis = axes.get(i);
            Plot p = new Plot(
                    c,
                    (i % columns) * cellW + 55,
                    30 + (i / columns) * cellH + 20,
                    cellW - 70,
                    cellH - 70,
                    new Range(axis.low(), axis.high()),
                    fitness);
            p.frame(axis, axis.title(), "fitness");
            for (Trial t : board.scored()) {
                double x = axis.position(t);
                if (!Double.isNaN(x)) {
                    p.point(x, t.fitness(), new Color(FitnessColors.rgb(fitness.scale(t.fitness()))), 3);
                }
            }
        }
        return c.png();
    }

    /** A line per genome across the genes, coloured by fitness, the best on top in the highlight colour. */
    public static byte[] parallelCoordinates(Leaderboard board) {
        List<GeneAxis> axes = GeneAxis.varying(board);
        int w = Math.max(600, 90 * axes.size() + 80);
        int h = 480;
        Canvas c = new Canvas(w, h, "Parallel coordinates (colour: fitness; red: the best genome)");
        List<Trial> scored = board.scored();
        Range fitness = Range.of(scored.stream().mapToDouble(Trial::fitness).toArray());
        int top = 50;
        int bottom = h - 80;
        double step = axes.size() > 1 ? (w - 100.0) / (axes.size() - 1) : 0;
        c.g.setFont(FONT);
        for (int a = 0; a < axes.size(); a++) {
            int x = (int) Math.round(50 + a * step);
            GeneAxis axis = axes.get(a);
            c.g.setColor(AXIS);
            c.g.drawLine(x, top, x, bottom);
            c.centered(axis.gene().name(), x, bottom + 20);
            c.centered(axis.label(axis.high()), x, top - 6);
            c.centered(axis.label(axis.low()), x, bottom + 36);
        }
        for (int i = scored.size() - 1; i >= 0; i--) {
            Trial t = scored.get(i);
            boolean best = i == 0;
            c.g.setColor(
                    best
                            ? new Color(FitnessColors.HIGHLIGHT)
                            : new Color(FitnessColors.rgb(fitness.scale(t.fitness())) | 0x99000000, true));
            c.g.setStroke(new BasicStroke(best ? 3f : 1f));
            Path2D.Double line = new Path2D.Double();
            boolean pen = false;
            for (int a = 0; a < axes.size(); a++) {
                double v = axes.get(a).normalized(t);
                if (Double.isNaN(v)
                        || !axes.get(a).gene().scale().numeric() && axes.get(a).position(t) < 0) {
                    pen = false;
                    continue;
                }
                double x = 50 + a * step;
                double y = bottom - v * (bottom - top);
                if (pen) {
                    line.lineTo(x, y);
                } else {
                    line.moveTo(x, y);
                }
                pen = true;
            }
            c.g.draw(line);
        }
        return c.png();
    }

    /** Fitness against parameter count (log axis), the non-dominated genomes joined and highlighted. */
    public static byte[] pareto(Leaderboard board, List<Trial> front) {
        Canvas c = new Canvas(760, 520, "Accuracy against size: the Pareto front (red)");
        List<Trial> scored = board.scored();
        Range x = Range.of(scored.stream()
                .mapToDouble(t -> Math.log10(Math.max(1, t.parameters())))
                .toArray());
        Range y = Range.of(scored.stream().mapToDouble(Trial::fitness).toArray());
        Plot p = new Plot(c, 80, 50, 640, 400, x, y);
        p.frame(null, "parameters (log)", "fitness");
        for (Trial t : scored) {
            p.point(Math.log10(Math.max(1, t.parameters())), t.fitness(), new Color(150, 150, 150), 3);
        }
        c.g.setColor(new Color(FitnessColors.HIGHLIGHT));
        c.g.setStroke(new BasicStroke(2f));
        for (int i = 1; i < front.size(); i++) {
            c.g.draw(new Line2D.Double(
                    p.px(Math.log10(Math.max(1, front.get(i - 1).parameters()))),
                    p.py(front.get(i - 1).fitness()),
                    p.px(Math.log10(Math.max(1, front.get(i).parameters()))),
                    p.py(front.get(i).fitness())));
        }
        for (Trial t : front) {
            p.point(Math.log10(Math.max(1, t.parameters())), t.fitness(), new Color(FitnessColors.HIGHLIGHT), 5);
        }
        return c.png();
    }

    /** A data range, widened a little so that no point sits on the frame. */
    record Range(double low, double high) {
        static Range of(double[] values) {
            double lo = java.util.Arrays.stream(values).min().orElse(0);
            double hi = java.util.Arrays.stream(values).max().orElse(1);
            return new Range(lo, hi);
        }

        double scale(double v) {
            return FitnessColors.scale(v, low, high);
        }

        double padded(double t) {
            double span = high > low ? high - low : 1;
            return low - 0.05 * span + t * 1.1 * span;
        }
    }

    /** One image with a white background and a title. */
    private static final class Canvas {
        final BufferedImage image;
        final Graphics2D g;

        Canvas(int w, int h, String title) {
            image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setFont(TITLE);
            g.drawString(title, 10, 20);
            g.setFont(FONT);
        }

        void centered(String text, double x, double y) {
            g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) y);
        }

        byte[] png() {
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** A rectangle of data coordinates inside a canvas. */
    private record Plot(Canvas c, int left, int top, int width, int height, Range x, Range y) {
        double px(double v) {
            double lo = x.padded(0);
            double hi = x.padded(1);
            return left + (v - lo) / (hi - lo) * width;
        }

        double py(double v) {
            double lo = y.padded(0);
            double hi = y.padded(1);
            return top + height - (v - lo) / (hi - lo) * height;
        }

        /** Frame, grid, ticks and titles; {@code axis} labels the x ticks (categories, log values), or null for log10 numbers. */
        void frame(GeneAxis axis, String xTitle, String yTitle) {
            Graphics2D g = c.g;
            g.setFont(FONT);
            for (int k = 0; k <= 4; k++) {
                double vy = y.low() + k * (y.high() - y.low()) / 4;
                g.setColor(GRID);
                g.drawLine(left, (int) py(vy), left + width, (int) py(vy));
                g.setColor(AXIS);
                String label = String.format(Locale.ROOT, "%.3g", vy);
                g.drawString(label, left - 6 - g.getFontMetrics().stringWidth(label), (int) py(vy) + 4);
            }
            int ticks = axis != null && !axis.categories().isEmpty()
                    ? axis.categories().size() - 1
                    : 4;
            for (int k = 0; k <= ticks; k++) {
                double vx = x.low() + k * (x.high() - x.low()) / Math.max(1, ticks);
                g.setColor(AXIS);
                String label = axis != null ? axis.label(vx) : String.format(Locale.ROOT, "%.0f", Math.pow(10, vx));
                c.centered(label, px(vx), top + height + 15);
            }
            g.setColor(AXIS);
            g.drawRect(left, top, width, height);
            c.centered(xTitle, left + width / 2.0, top + height + 32);
            g.drawString(yTitle, left, top - 5);
        }

        void point(double vx, double vy, Color color, int radius) {
            c.g.setColor(color);
            c.g.fillOval((int) Math.round(px(vx)) - radius, (int) Math.round(py(vy)) - radius, 2 * radius, 2 * radius);
        }
    }
}
