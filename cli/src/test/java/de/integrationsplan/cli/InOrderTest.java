package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class InOrderTest {

  @Test
  void handsOnResultsInTheOrderGivenThoughTheyFinishOutOfOrder() {
    List<Integer> seen = new ArrayList<>();
    Random random = new Random(1);
    try (InOrder<Integer> pipeline = new InOrder<>(4, 16, Long.MAX_VALUE, seen::add)) {
      for (int i = 0; i < 300; i++) {
        int n = i;
        int sleep = random.nextInt(3);
        if (i % 10 == 0) {
          pipeline.add(-n);
        }
        pipeline.submit(() -> {
          Thread.sleep(sleep);
          return n;
        }, 1);
      }
      pipeline.drain();
    }

    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      if (i % 10 == 0) {
        expected.add(-i);
      }
      expected.add(i);
    }
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void neverHasMoreTasksOrBytesInFlightThanItsWindow() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostRunning = new AtomicInteger();
    long[] held = new long[1];
    long most = 0;
    List<Integer> seen = new ArrayList<>();
    try (InOrder<Integer> byBytes = new InOrder<>(3, 8, 500, n -> {
      held[0] -= 100;
      seen.add(n);
    })) {
      for (int i = 0; i < 200; i++) {
        int n = i;
        held[0] += 100;
        byBytes.submit(() -> {
          mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
          Thread.sleep(1);
          running.decrementAndGet();
          return n;
        }, 100);
        most = Math.max(most, held[0]);
      }
      byBytes.drain();
    }
    int[] inFlight = new int[1];
    int mostInFlight = 0;
    try (InOrder<Integer> byCount = new InOrder<>(3, 4, Long.MAX_VALUE, n -> inFlight[0]--)) {
      for (int i = 0; i < 200; i++) {
        int n = i;
        inFlight[0]++;
        byCount.submit(() -> n, 1);
        mostInFlight = Math.max(mostInFlight, inFlight[0]);
      }
      byCount.drain();
    }

    assertThat(seen).hasSize(200).isSorted();
    assertThat(mostRunning.get()).isLessThanOrEqualTo(3);
    assertThat(most).isLessThanOrEqualTo(500);
    assertThat(mostInFlight).isLessThanOrEqualTo(4);
  }

  @Test
  void letsInATaskLargerThanTheByteBoundWhenNothingElseIsInFlight() {
    List<String> seen = new ArrayList<>();
    try (InOrder<String> pipeline = new InOrder<>(2, 8, 10, seen::add)) {
      pipeline.submit(() -> "small", 5);
      pipeline.submit(() -> "huge", 1_000);
      pipeline.submit(() -> "after", 5);
      pipeline.drain();
    }

    assertThat(seen).containsExactly("small", "huge", "after");
  }

  @Test
  void runsEachTaskAtOnceOnTheCallingThreadWithOneThread() {
    Thread caller = Thread.currentThread();
    List<String> seen = new ArrayList<>();
    try (InOrder<String> pipeline = new InOrder<>(1, 8, 10, seen::add)) {
      pipeline.submit(() -> Thread.currentThread() == caller ? "here" : "elsewhere", 1);

      assertThat(seen).containsExactly("here");
    }
  }

  @Test
  void callsTheConsumerOnTheSubmittingThreadOnly() {
    Thread caller = Thread.currentThread();
    List<Boolean> onCaller = new ArrayList<>();
    try (InOrder<Integer> pipeline = new InOrder<>(4, 8, Long.MAX_VALUE,
        n -> onCaller.add(Thread.currentThread() == caller))) {
      for (int i = 0; i < 100; i++) {
        int n = i;
        pipeline.submit(() -> n, 1);
      }
      pipeline.drain();
    }

    assertThat(onCaller).hasSize(100).containsOnly(true);
  }

  @Test
  void throwsAFailureOfATaskInItsTurnAfterTheResultsBeforeIt() {
    List<Integer> seen = new ArrayList<>();
    try (InOrder<Integer> pipeline = new InOrder<>(2, 8, Long.MAX_VALUE, seen::add)) {
      pipeline.submit(() -> {
        Thread.sleep(20);
        return 1;
      }, 1);
      assertThatThrownBy(() -> {
        pipeline.submit(() -> {
          throw new IllegalStateException("boom");
        }, 1);
        pipeline.drain();
      }).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }
    assertThat(seen).containsExactly(1);
  }

  @Test
  void rethrowsAnErrorOfATaskAsItIs() {
    try (InOrder<Integer> pipeline = new InOrder<>(2, 8, Long.MAX_VALUE, n -> {})) {
      // thrown by submit when the task is done by then, else by drain
      assertThatThrownBy(() -> {
        pipeline.submit(() -> {
          throw new LinkageError("test"); // not OutOfMemoryError, which JUnit takes as the end of the run
        }, 1);
        pipeline.drain();
      }).isInstanceOf(LinkageError.class).hasMessage("test");
    }
  }

  @Test
  void refusesNoThreadsWithAMessageNamingTheValue() {
    assertThatThrownBy(() -> new InOrder<Integer>(0, 8, 10, n -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads 0");
  }
}
