package org.evolab.data.sample;

import java.nio.file.Path;

/**
 * One bundled example data set, as offered in the GUI's sample drop-down.
 *
 * @param name        short identifier ("iris"), also the file's base name
 * @param title       what a person sees in a list
 * @param target      the column to predict
 * @param description one or two sentences: what it is and what makes it interesting
 */
public record SampleDataset(String name, String title, Path file, String target, String description) {
    @Override
    public String toString() {
        return title;
    }
}
