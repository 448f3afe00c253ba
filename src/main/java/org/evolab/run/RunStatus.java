package org.evolab.run;

/** How a run ended. */
public enum RunStatus {
    /** Searched until a stop condition held, trained and tested the best network. */
    COMPLETED,
    /** Cancelled by the user: everything scored so far is kept, no final model. */
    CANCELLED,
    /** Ended by an error; the message says which. */
    FAILED
}
