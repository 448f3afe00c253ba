package org.evolab.fitness;

import java.lang.ref.Reference;
import java.util.List;
import java.util.function.Supplier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.BroadcastOp;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.IndexAccumulation;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.RandomOp;
import org.nd4j.linalg.api.ops.ReduceOp;
import org.nd4j.linalg.api.ops.ScalarOp;
import org.nd4j.linalg.api.ops.aggregates.Aggregate;
import org.nd4j.linalg.api.ops.aggregates.Batch;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.cpu.nativecpu.ops.NativeOpExecutioner;

/**
 * ND4J's CPU executioner with every op kept reachable until its native call has returned.
 *
 * <p>Why: ND4J 1.0.0-M2.1 frees an array's native buffer when the garbage collector finds its
 * Java {@code DataBuffer} unreachable. {@code NativeOpExecutioner} passes only the buffers'
 * native handles into the native call and does not touch the op afterwards, so a compiled
 * {@code exec} lets the op, and with it arrays that only the op holds (a broadcast's dimension
 * array, made fresh for every bias add), become unreachable while native code still reads them. A
 * collection at that moment lets ND4J's deallocator thread delete the buffer mid-call: the rare
 * SIGSEGV in {@code sd::DataBuffer::primary()} under {@code execBroadcast} (about one CLI run in a
 * hundred; every few seconds with a 1 MB young generation, see docs/BENCHMARKS.md). Holding the
 * op until the call returns closes that window for every op kind.
 *
 * <p>ND4J takes its executioner class from the {@code opexec} property, which system properties
 * override: {@link #install()} sets it before ND4J starts.
 */
public class ReachableOpExecutioner extends NativeOpExecutioner {
    /** The ND4J property naming the executioner class. */
    static final String PROPERTY = "opexec";

    /**
     * Makes ND4J use this executioner, unless the user chose another. Must run before ND4J's
     * first use in the process; idempotent.
     */
    public static void install() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, ReachableOpExecutioner.class.getName());
        }
    }

    @Override
    public INDArray exec(Op op) {
        return keeping(op, null, () -> super.exec(op));
    }

    @Override
    public INDArray exec(Op op, OpContext context) {
        return keeping(op, context, () -> super.exec(op, context));
    }

    @Override
    public INDArray exec(IndexAccumulation op, OpContext context) {
        return keeping(op, context, () -> super.exec(op, context));
    }

    @Override
    public INDArray exec(ReduceOp op) {
        return keeping(op, null, () -> super.exec(op));
    }

    @Override
    public INDArray exec(ReduceOp op, OpContext context) {
        return keeping(op, context, () -> super.exec(op, context));
    }

    @Override
    public INDArray exec(ScalarOp op) {
        return keeping(op, null, () -> super.exec(op));
    }

    @Override
    public INDArray exec(ScalarOp op, OpContext context) {
        return keeping(op, context, () -> super.exec(op, context));
    }

    @Override
    public INDArray exec(BroadcastOp op) {
        return keeping(op, null, () -> super.exec(op));
    }

    @Override
    public INDArray exec(BroadcastOp op, OpContext context) {
        return keeping(op, context, () -> super.exec(op, context));
    }

    @Override
    public <T extends Aggregate> void exec(Batch<T> batch) {
        keeping(batch, null, () -> {
            super.exec(batch);
            return null;
        });
    }

    @Override
    public void exec(List<Aggregate> batch) {
        keeping(batch, null, () -> {
            super.exec(batch);
            return null;
        });
    }

    @Override
    public void exec(Aggregate op) {
        keeping(op, null, () -> {
            super.exec(op);
            return null;
        });
    }

    @Override
    public INDArray exec(RandomOp op) {
        return keeping(op, null, () -> super.exec(op));
    }

    @Override
    public INDArray exec(RandomOp op, Random rng) {
        return keeping(op, rng, () -> super.exec(op, rng));
    }

    @Override
    public INDArray exec(RandomOp op, OpContext context, Random rng) {
        return keeping(op, new Object[] {context, rng}, () -> super.exec(op, context, rng));
    }

    @Override
    public INDArray[] exec(CustomOp op) {
        return keeping(op, null, () -> super.exec(op));
    }

    @Override
    public INDArray[] exec(CustomOp op, OpContext context) {
        return keeping(op, context, () -> super.exec(op, context));
    }

    /** Runs {@code call} with {@code op} and {@code other} strongly reachable until it returns. */
    private static <T> T keeping(Object op, Object other, Supplier<T> call) {
        try {
            return call.get();
        } finally {
            Reference.reachabilityFence(op);
            Reference.reachabilityFence(other);
        }
    }
}
