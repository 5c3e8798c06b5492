package de.integrationsplan.core.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class IdsTest {

  @Test
  void findsRepeatedIdsBelowAndAboveTheSmallSize() {
    Ids ids = new Ids();
    for (int i = 0; i < 40; i++) {
      assertThat(ids.add("g" + i)).as("first g%d", i).isTrue();
    }
    for (int i = 0; i < 40; i++) {
      assertThat(ids.add(new String("g" + i))).as("again g%d", i).isFalse();
      assertThat(ids.contains("g" + i)).isTrue();
    }
    assertThat(ids.contains("g40")).isFalse();
  }

  @Test
  void forgetsEverythingWhenCleared() {
    Ids ids = new Ids();
    for (int i = 0; i < 20; i++) {
      ids.add("m" + i);
    }
    ids.clear();

    assertThat(ids.contains("m0")).isFalse();
    assertThat(ids.contains("m19")).isFalse();
    assertThat(ids.add("m19")).isTrue();
  }
}
