package de.integrationsplan.cli;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks on all processors and hands their results to one consumer in the order the tasks were
 * given, on the thread that gives them: the output of a parallel run is that of a sequential one.
 *
 * <p>The window of tasks in flight is bounded twice: by their number and by the bytes of input they
 * hold. A full window makes {@link #submit} wait for its oldest task, so memory stays bounded
 * however long the input is; a task larger than the byte bound alone is let in when the window is
 * empty. With one thread there is no pool: each task runs at once on the calling thread.
 *
 * <p>Not thread-safe: one thread submits, and the consumer runs on it.
 *
 * @param <T> the results
 */
final class InOrder<T> implements AutoCloseable {

  private final int threads;
  private final int maxTasks;
  private final long maxBytes;
  private final Consumer<T> consumer;
  private final ArrayDeque<Slot<T>> window = new ArrayDeque<>();
  private @Nullable ExecutorService pool;
  private long bytes;

  /** A result to come, or one that is there. */
  private static final class Slot<T> {
    final @Nullable FutureTask<T> task;
    final @Nullable T value;
    final long bytes;

    Slot(@Nullable FutureTask<T> task, @Nullable T value, long bytes) {
      this.task = task;
      this.value = value;
      this.bytes = bytes;
    }
  }

  /**
   * A pipeline.
   *
   * @param threads the threads that run the tasks, at least 1
   * @param maxTasks the tasks in flight at most, at least 1
   * @param maxBytes the bytes of input in flight at most
   * @param consumer receives each result, in order
   */
  InOrder(int threads, int maxTasks, long maxBytes, Consumer<T> consumer) {
    if (threads < 1 || maxTasks < 1) {
      throw new IllegalArgumentException("threads " + threads + " and maxTasks " + maxTasks + " must be at least 1");
    }
    this.threads = threads;
    this.maxTasks = maxTasks;
    this.maxBytes = maxBytes;
    this.consumer = consumer;
  }

  /**
   * Runs a task whose input holds {@code inputBytes}; waits first while the window is full, and hands
   * on every result that is ready.
   *
   * @param task the task; a {@link RuntimeException} or {@link Error} it throws is thrown here, in order
   * @param inputBytes the bytes its input holds
   */
  void submit(Callable<T> task, long inputBytes) {
    if (threads == 1) {
      drain();
      consumer.accept(call(task));
      return;
    }
    while (!window.isEmpty() && (window.size() >= maxTasks || bytes + inputBytes > maxBytes)) {
      deliver(window.removeFirst());
    }
    FutureTask<T> future = new FutureTask<>(task);
    pool().execute(future);
    window.addLast(new Slot<>(future, null, inputBytes));
    bytes += inputBytes;
    deliverReady();
  }

  /**
   * A result that needs no work, handed on after those of the tasks before it.
   *
   * @param value the result
   */
  void add(T value) {
    if (window.isEmpty()) {
      consumer.accept(value);
    } else {
      window.addLast(new Slot<>(null, value, 0));
    }
  }

  /** Waits for every task and hands on their results. */
  void drain() {
    while (!window.isEmpty()) {
      deliver(window.removeFirst());
    }
  }

  /** Stops the threads; tasks still running are interrupted and their results dropped. */
  @Override
  public void close() {
    ExecutorService p = pool;
    if (p != null) {
      p.shutdownNow();
    }
    window.clear();
    bytes = 0;
  }

  private void deliverReady() {
    while (!window.isEmpty()) {
      Slot<T> head = window.peekFirst();
      if (head.task != null && !head.task.isDone()) {
        return;
      }
      deliver(window.removeFirst());
    }
  }

  private void deliver(Slot<T> slot) {
    bytes -= slot.bytes;
    FutureTask<T> task = slot.task;
    if (task == null) {
      consumer.accept(slot.value);
      return;
    }
    T value;
    try {
      value = task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a result", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
    consumer.accept(value);
  }

  private static <T> T call(Callable<T> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof Error error) {
      throw error;
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    return new IllegalStateException(cause);
  }

  private ExecutorService pool() {
    ExecutorService p = pool;
    if (p == null) {
      AtomicInteger count = new AtomicInteger();
      ThreadFactory factory = r -> {
        Thread t = new Thread(r, "integrationsplan-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
      p = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory);
      pool = p;
    }
    return p;
  }
}
