package org.evolab.fitness;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.MemoryWorkspaceManager;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Frees a training's native memory now rather than whenever the garbage collector would:
 * hundreds of trainings per run. Each method accepts null (nothing to free).
 */
final class NativeRelease {
    private NativeRelease() {}

    /**
     * What {@link MultiLayerNetwork#close()} does without its {@code System.gc()}: a full
     * collection per training stopped every worker for tens of milliseconds, hundreds of times a run.
     * The thread's workspaces are destroyed one by one, because ND4J's
     * {@code destroyAllWorkspacesForCurrentThread()} ends with a {@code System.gc()} too (found with
     * JFR's jdk.SystemGC events: 84-495 ms full pauses that froze the window, about one per training).
     */
    static void close(MultiLayerNetwork net) {
        if (net == null) {
            return;
        }
        closeIfCloseable(net.params());
        closeIfCloseable(net.getFlattenedGradients());
        if (net.getUpdater(false) != null) {
            closeIfCloseable(net.getUpdater(false).getStateViewArray());
        }
        MemoryWorkspaceManager workspaces = Nd4j.getWorkspaceManager();
        for (MemoryWorkspace w : List.copyOf(workspaces.getAllWorkspacesForCurrentThread())) {
            workspaces.destroyWorkspace(w);
        }
    }

    static void close(List<DataSet> batches) {
        if (batches != null) {
            for (DataSet b : batches) {
                b.getFeatures().close();
                b.getLabels().close();
            }
        }
    }

    static void close(INDArray a) {
        if (a != null) {
            a.close();
        }
    }

    private static void closeIfCloseable(INDArray a) {
        if (a != null && a.closeable()) {
            a.close();
        }
    }
}
