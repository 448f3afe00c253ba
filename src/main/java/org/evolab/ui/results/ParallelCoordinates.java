package org.evolab.ui.results;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.evolab.analysis.FitnessColors;
import org.evolab.analysis.GeneAxis;
import org.evolab.analysis.Trial;

/**
 * Parallel coordinates: one vertical axis per gene that varies in the run, one line per scored
 * genome across them, coloured by fitness (worst dark blue to best yellow) and the best drawn last,
 * thick, in the highlight colour. A genome without a gene (a layer it lacks) breaks its line there.
 * A canvas in a region that redraws it at the region's size.
 */
final class ParallelCoordinates extends Region {
    static final double TOP = 34;
    static final double BOTTOM = 60;
    static final double SIDE = 46;

    private final Canvas canvas = new Canvas();
    private final RunAnalysis analysis;
    private int linesDrawn;

    ParallelCoordinates(RunAnalysis analysis) {
        this.analysis = analysis;
        canvas.setId("parallelCoordinates");
        getChildren().add(canvas);
        setMinHeight(180);
        setPrefHeight(320);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    Canvas canvas() {
        return canvas;
    }

    /** Genome lines drawn in the last paint (a test reads it). */
    int linesDrawn() {
        return linesDrawn;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
    }

    private void redraw() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        List<GeneAxis> axes = analysis.parallelAxes();
        linesDrawn = 0;
        if (axes.isEmpty() || w < 2 * SIDE || h < TOP + BOTTOM + 10) {
            return;
        }
        double step = axes.size() > 1 ? (w - 2 * SIDE) / (axes.size() - 1) : 0;
        double bottom = h - BOTTOM;
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BASELINE);
        for (int a = 0; a < axes.size(); a++) {
            double x = SIDE + a * step;
            GeneAxis axis = axes.get(a);
            g.setStroke(Color.rgb(120, 120, 120));
            g.setLineWidth(1);
            g.strokeLine(x, TOP, x, bottom);
            g.setFill(Color.rgb(70, 70, 70));
            g.fillText(axis.label(axis.high()), x, TOP - 6);
            g.fillText(axis.label(axis.low()), x, bottom + 14);
            // names alternate between two lines where the axes stand close
            double nameY = bottom + 30 + (step < 90 && a % 2 != 0 ? 14 : 0);
            g.fillText(axis.title(), x, nameY);
        }
        List<Trial> scored = analysis.board().scored();
        Trial best = analysis.best();
        // worst first, so better genomes lie on top; the best last of all
        for (int i = scored.size() - 1; i >= 0; i--) {
            Trial t = scored.get(i);
            if (t != best) {
                int rgb = FitnessColors.rgb(analysis.colourScale(t));
                line(g, t, axes, step, bottom, AnalysisCharts.color(rgb, 0.6), 1.2);
            }
        }
        if (best != null) {
            line(g, best, axes, step, bottom, AnalysisCharts.color(FitnessColors.HIGHLIGHT, 1), 3);
        }
    }

    private void line(
            GraphicsContext g, Trial t, List<GeneAxis> axes, double step, double bottom, Color color, double width) {
        g.setStroke(color);
        g.setLineWidth(width);
        g.beginPath();
        boolean pen = false;
        for (int a = 0; a < axes.size(); a++) {
            GeneAxis axis = axes.get(a);
            double p = axis.position(t);
            if (Double.isNaN(p) || p < 0 && axis.categories().size() > 0) {
                pen = false;
                continue;
            }
            double x = SIDE + a * step;
            double y = bottom - axis.normalized(t) * (bottom - TOP);
            if (pen) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
            }
            pen = true;
        }
        g.stroke();
        linesDrawn++;
    }
}
