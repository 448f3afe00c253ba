package org.evolab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayCheckTest {
    @TempDir
    Path dir;

    @Test
    void linuxWithoutADisplayNamesTheVariableAndTheWayOut() {
        String p = DisplayCheck.problem("Linux", Map.of(), List.of(dir));
        assertThat(p).contains("DISPLAY is not set", "ssh -X", "evolab run");
        assertThat(DisplayCheck.problem("Linux", Map.of("DISPLAY", " "), List.of(dir)))
                .isNotNull();
    }

    @Test
    void aDisplayWithoutGtk3NamesTheLibraryAndThePackage() throws Exception {
        assertThat(DisplayCheck.problem("Linux", Map.of("DISPLAY", ":0"), List.of(dir)))
                .contains(DisplayCheck.GTK, "libgtk-3-0");
        Files.createFile(dir.resolve(DisplayCheck.GTK));
        assertThat(DisplayCheck.problem("Linux", Map.of("DISPLAY", ":0"), List.of(dir)))
                .isNull();
        assertThat(DisplayCheck.problem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), List.of(dir)))
                .isNull();
    }

    @Test
    void windowsAndMacAlwaysHaveAWindowSystem() {
        assertThat(DisplayCheck.problem("Windows 11", Map.of(), List.of())).isNull();
        assertThat(DisplayCheck.problem("Mac OS X", Map.of(), List.of())).isNull();
    }

    @Test
    void theLinkersSearchPathComesFirst() {
        List<Path> dirs = DisplayCheck.libraryDirs(Map.of("LD_LIBRARY_PATH", "/opt/a:/opt/b"));
        assertThat(dirs.subList(0, 2)).containsExactly(Path.of("/opt/a"), Path.of("/opt/b"));
        assertThat(dirs).contains(Path.of("/usr/lib"));
    }

    @Test
    void javafxStartFailuresBecomeOneLineAndOthersAreLeftAlone() {
        assertThat(DisplayCheck.explain(new UnsupportedOperationException("Unable to open DISPLAY")))
                .contains("DISPLAY");
        assertThat(DisplayCheck.explain(
                        new RuntimeException("x", new UnsatisfiedLinkError("Unable to load glass GTK library"))))
                .contains("libgtk-3-0");
        assertThat(DisplayCheck.explain(new IllegalStateException("something else")))
                .isNull();
    }
}
