package org.evolab.data.prep;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evolab.data.csv.Cells;
import org.evolab.data.prep.PreprocessorState.Input;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.TaskType;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Json;

/** The JSON form of a {@link Preprocessor}: writing it, and reading it back with every check. */
final class PreprocessorJson {
    private static final String SOURCE = "preprocessing.json";

    private PreprocessorJson() {}

    static String write(PreprocessorState state) {
        return Json.write(state);
    }

    /** Reads what {@link #write} wrote, refusing anything that could not have come from it. */
    static PreprocessorState read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException(SOURCE + ": is empty");
        }
        PreprocessorState state = Json.read(json, PreprocessorState.class, SOURCE);
        if (state == null) {
            throw new InvalidInputException(SOURCE + ": is empty");
        }
        validate(state);
        return state;
    }

    private static void validate(PreprocessorState s) {
        if (s.formatVersion() != Preprocessor.FORMAT_VERSION) {
            throw invalid("format version " + s.formatVersion() + " is not supported (this Evolab reads version "
                    + Preprocessor.FORMAT_VERSION + ")");
        }
        if (s.taskType() == null) {
            throw invalid("taskType is missing");
        }
        if (s.target() == null || s.target().isBlank()) {
            throw invalid("target is missing");
        }
        if (s.inputs() == null || s.inputs().isEmpty()) {
            throw invalid("inputs are missing");
        }
        Set<String> names = new HashSet<>();
        for (Input input : s.inputs()) {
            if (input == null || input.name() == null || input.name().isBlank()) {
                throw invalid("an input has no name");
            }
            String what = "input " + Cells.quote(input.name());
            if (!names.add(input.name()) || input.name().equals(s.target())) {
                throw invalid(what + " appears twice");
            }
            if (input.kind() == ColumnKind.NUMERIC) {
                requireFinite(input.median(), what + ": median");
                requireFinite(input.mean(), what + ": mean");
                requireFinite(input.std(), what + ": std");
                if (!(input.std() > 0)) {
                    throw invalid(what + ": std must be above 0");
                }
                if (input.levels() != null) {
                    throw invalid(what + " is numeric but has levels");
                }
            } else if (input.kind() == ColumnKind.CATEGORICAL) {
                if (input.levels() == null
                        || input.levels().contains(null)
                        || new HashSet<>(input.levels()).size()
                                != input.levels().size()) {
                    throw invalid(what + ": levels must be a list of distinct texts");
                }
                if (input.median() != null
                        || input.mean() != null
                        || input.std() != null
                        || input.missingIndicator() != null) {
                    throw invalid(what + " is categorical but has numeric statistics");
                }
            } else {
                throw invalid(what + ": kind must be NUMERIC or CATEGORICAL");
            }
        }
        if (s.taskType() == TaskType.CLASSIFICATION) {
            List<String> labels = s.classLabels();
            if (labels == null
                    || labels.size() < 2
                    || labels.contains(null)
                    || new HashSet<>(labels).size() != labels.size()) {
                throw invalid("classLabels must list at least 2 distinct classes");
            }
            if (Boolean.TRUE.equals(s.numericLabels())) {
                for (String label : labels) {
                    if (!Cells.isNumeric(label)
                            || Double.isNaN(Cells.number(label))
                            || !Cells.label(label, true).equals(label)) {
                        throw invalid("class label " + Cells.quote(label) + " is not a number in canonical form");
                    }
                }
            }
            if (s.targetMean() != null || s.targetStd() != null) {
                throw invalid("a classification model has no target mean or std");
            }
        } else {
            requireFinite(s.targetMean(), "targetMean");
            requireFinite(s.targetStd(), "targetStd");
            if (!(s.targetStd() > 0)) {
                throw invalid("targetStd must be above 0");
            }
            if (s.classLabels() != null || s.numericLabels() != null) {
                throw invalid("a regression model has no class labels");
            }
        }
        if (s.featureNames() != null && !s.featureNames().equals(Preprocessor.deriveFeatureNames(s.inputs()))) {
            throw invalid("featureNames do not match the inputs");
        }
    }

    private static void requireFinite(Double value, String what) {
        if (value == null || !Double.isFinite(value)) {
            throw invalid(what + " must be a finite number");
        }
    }

    private static InvalidInputException invalid(String problem) {
        return new InvalidInputException(SOURCE + ": " + problem);
    }
}
