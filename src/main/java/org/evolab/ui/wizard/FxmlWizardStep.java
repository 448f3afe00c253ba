package org.evolab.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import org.evolab.ui.common.Problem;
import org.evolab.ui.common.Problems;
import org.evolab.ui.common.Views;

/**
 * A wizard page whose view is an FXML file beside its controller, loaded the first time the page
 * or its problem is asked for (the FXML's {@code initialize} binds {@link #problem}).
 */
public abstract class FxmlWizardStep implements WizardStep {
    /** Why the step cannot be left forward yet, in words; null when it is complete. */
    protected final StringProperty problem = new SimpleStringProperty();

    private final String fxml;
    private final String title;
    private final String subtitle;
    private Parent view;

    protected FxmlWizardStep(String fxml, String title, String subtitle) {
        this.fxml = fxml;
        this.title = title;
        this.subtitle = subtitle;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String subtitle() {
        return subtitle;
    }

    @Override
    public final Parent view() {
        if (view == null) {
            view = Views.load(fxml, this);
        }
        return view;
    }

    /**
     * Makes {@code current} (a view model's problem) this step's problem, and shows it beside its
     * field through {@code problems} (null: the step has no fields to mark).
     */
    protected final void follow(ObservableValue<Problem> current, Problems problems) {
        problem.bind(Bindings.createStringBinding(() -> Problem.messageOf(current.getValue()), current));
        if (problems != null) {
            current.addListener((o, old, p) -> problems.show(p));
            problems.show(current.getValue());
        }
    }

    @Override
    public final ObservableValue<String> problem() {
        view();
        return problem;
    }
}
