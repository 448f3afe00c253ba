package org.evolab.data;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evolab.data.csv.DataTable;

/** Where the test data lives, and small tables written inline. */
public final class TestFiles {
    public static final Path SAMPLE_DIR = Path.of("sample-data");
    public static final Path IRIS = SAMPLE_DIR.resolve("iris.csv");

    private TestFiles() {}

    public static Path resource(String name) {
        URL url = TestFiles.class.getResource("/data/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource data/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A table from CSV-like text: header line, then rows; fields split on ',' (no quoting). */
    public static DataTable table(String name, String text) {
        List<String> lines = text.lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return DataTable.of(name, header, rows);
    }

    public static DataTable iris() {
        return DataTable.load(IRIS);
    }
}
