package org.evolab.ui.wizard;

import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/** One page of the wizard. */
public interface WizardStep {
    /** Short name in the stepper ("Data"). */
    String title();

    /** One line under the title: what this step is for. */
    String subtitle();

    Parent view();

    /** Why the step cannot be left forward yet, in words; null when it is complete. */
    ObservableValue<String> problem();

    /** Called each time the step is shown. */
    default void shown() {}
}
