package fr.spsplus.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CursorPagerTest {

  private final List<String> cursors = new ArrayList<>();

  private CursorPager<Integer> pager(Map<String, CursorPager.Page<Integer>> pages) {
    return CursorPager.of(
        cursor -> {
          cursors.add(String.valueOf(cursor));
          return pages.get(String.valueOf(cursor));
        });
  }

  @Test
  void fetchesPagesLazilyFollowingTheCursors() {
    CursorPager<Integer> pager =
        pager(
            Map.of(
                "null", new CursorPager.Page<>(List.of(1, 2), "c2"),
                "c2", new CursorPager.Page<>(List.of(), "c3"),
                "c3", new CursorPager.Page<>(List.of(3), null)));
    Iterator<Integer> it = pager.iterator();
    assertThat(cursors).isEmpty();
    assertThat(it.next()).isEqualTo(1);
    assertThat(cursors).containsExactly("null");
    try (Stream<Integer> all = pager.stream()) {
      assertThat(all).containsExactly(1, 2, 3);
    }
    assertThat(cursors).containsExactly("null", "null", "c2", "c3");
  }

  @Test
  void stopsEarlyWithoutFetchingMore() {
    CursorPager<Integer> pager =
        pager(
            Map.of(
                "null", new CursorPager.Page<>(List.of(1, 2), "c2"),
                "c2", new CursorPager.Page<>(List.of(3), null)));
    try (Stream<Integer> first = pager.stream()) {
      assertThat(first.limit(2)).containsExactly(1, 2);
    }
    assertThat(cursors).containsExactly("null");
    Iterator<Integer> it = pager.iterator();
    pager.close();
    assertThat(it.hasNext()).isFalse();
  }

  @Test
  void refusesACursorThatDoesNotAdvance() {
    CursorPager<Integer> pager =
        pager(
            Map.of(
                "null", new CursorPager.Page<>(List.of(1), "c2"),
                "c2", new CursorPager.Page<>(List.of(2), "c2")));
    Iterator<Integer> it = pager.iterator();
    assertThat(it.next()).isEqualTo(1);
    // The page fetched with "c2" points back to "c2": a loop, reported before going round it.
    assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class);
  }
}
