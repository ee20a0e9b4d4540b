package eu.mobilisesme.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

/** Starts requests at the same moment, to provoke the races a check-then-write would lose. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Runs each request on its own thread, all released together; returns their status codes, sorted. */
    public static List<Integer> statuses(List<IntSupplier> requests) {
        CyclicBarrier start = new CyclicBarrier(requests.size());
        List<CompletableFuture<Integer>> running = new ArrayList<>();
        for (IntSupplier request : requests) {
            running.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return request.getAsInt();
            }));
        }
        return running.stream().map(CompletableFuture::join).sorted().toList();
    }

    /** The same request {@code times} times at once. */
    public static List<Integer> statuses(int times, IntSupplier request) {
        return statuses(IntStream.range(0, times).mapToObj(i -> request).toList());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }
}
