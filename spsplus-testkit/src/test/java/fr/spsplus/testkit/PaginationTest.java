package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.CloseableIterable;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.platform.StructureQuery;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.structure.Network;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.fault.Route;
import fr.spsplus.testkit.opendata.OpenDataFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cursor pagination: experiences newest first, structures in code order, cursors that hold. */
class PaginationTest {

  private static final StructureCode LAVAL = StructureCode.of("3Tn8gzTdcz");
  private static final StructureCode JURA = StructureCode.of("XOnFQMfMX2");
  private static final Pattern NEXT = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

  private FakePlatform fake;
  private PlatformClient platform;

  @BeforeEach
  void start() {
    fake = FakePlatform.builder().manualModeration().start();
    platform = fake.platformClient().pageSize(3).build();
  }

  @AfterEach
  void stop() {
    platform.close();
    fake.close();
    ContractAssertions.assertAnswersConform(fake);
  }

  private Experience submit(int i, StructureCode... structures) {
    Experience experience =
        platform.submitExperience(
            new ExperienceSubmission(
                "Avis " + i, "Texte " + i + ".", Feeling.NEUTRE, List.of(structures), List.of()));
    fake.advance(Duration.ofMinutes(1));
    return experience;
  }

  private static <T> List<T> all(CloseableIterable<T> items) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  @Test
  void experiencesComeNewestFirstAcrossPagesAndTheLastPageHasNoCursor() {
    List<Experience> sent = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      sent.add(submit(i, i % 2 == 0 ? LAVAL : JURA, i % 2 == 0 ? JURA : LAVAL));
    }
    submit(99, JURA);

    List<Experience> read = all(platform.experiences(LAVAL));

    assertThat(read)
        .containsExactlyElementsOf(
            sent.stream().sorted(Comparator.comparing(Experience::id).reversed()).toList());
    List<Exchange> pages = fake.exchanges(Route.operation("listStructureExperiences"));
    assertThat(pages).hasSize(3);
    assertThat(pages.get(0).responseBody()).contains("\"nextCursor\":\"");
    assertThat(pages.get(2).responseBody()).endsWith("\"nextCursor\":null}");
    assertThat(pages.get(1).target()).contains("cursor=");
  }

  @Test
  void experiencesAddedBetweenTwoPagesNeitherRepeatNorGoMissing() {
    for (int i = 0; i < 4; i++) {
      submit(i, LAVAL);
    }
    Iterator<Experience> pages = platform.experiences(LAVAL).iterator();
    List<Long> read = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      read.add(pages.next().id());
    }
    submit(10, LAVAL); // newer: belongs before the first page, not in the next one
    pages.forEachRemaining(e -> read.add(e.id()));

    assertThat(read).containsExactly(4L, 3L, 2L, 1L);
  }

  @Test
  void theStatusFilterKeepsOnlyThatStatus() {
    Experience a = submit(1, LAVAL);
    submit(2, LAVAL);
    fake.publish(a.id());

    assertThat(all(platform.experiences(LAVAL, ModerationStatus.PUBLISHED)))
        .extracting(Experience::id)
        .containsExactly(a.id());
  }

  @Test
  void structuresComeInCodeOrderWithTheirFilters() {
    List<Structure> read = all(platform.structures(StructureQuery.all()));
    List<Structure> franceServices =
        all(platform.structures(StructureQuery.all().withNetwork(Network.of("France services"))));
    List<Structure> children =
        all(platform.structures(StructureQuery.all().withParent(StructureCode.of("caXOde9y4y"))));
    List<Structure> inactive = all(platform.structures(StructureQuery.all().withActive(false)));

    assertThat(read)
        .containsExactlyElementsOf(
            OpenDataFixtures.structures().stream()
                .sorted(Comparator.comparing(Structure::code))
                .toList());
    assertThat(franceServices)
        .isNotEmpty()
        .allMatch(s -> s.network().name().equals("France services"));
    assertThat(children)
        .hasSize(
            (int)
                OpenDataFixtures.structures().stream()
                    .filter(s -> s.parent() != null && s.parent().value().equals("caXOde9y4y"))
                    .count())
        .hasSizeGreaterThanOrEqualTo(12)
        .allMatch(s -> s.parent().value().equals("caXOde9y4y"));
    assertThat(inactive).isNotEmpty().noneMatch(Structure::active);
    assertThat(fake.requestCount(Route.operation("listStructures")))
        .isEqualTo(
            17
                + (franceServices.size() + 2) / 3
                + (children.size() + 2) / 3
                + (inactive.size() + 2) / 3);
  }

  @Test
  void aCursorIsBoundToItsListItsFiltersAndAnHour() {
    for (int i = 0; i < 4; i++) {
      submit(i, LAVAL, JURA);
    }
    try (Raw raw = new Raw(fake)) {
      Raw.Answer first = raw.get("/v1/structures/3Tn8gzTdcz/experiences?limit=2", raw.bearer());
      Matcher next = NEXT.matcher(first.body());
      assertThat(next.find()).isTrue();
      String cursor = next.group(1);

      Raw.Answer second =
          raw.get("/v1/structures/3Tn8gzTdcz/experiences?limit=2&cursor=" + cursor, raw.bearer());
      Raw.Answer otherList =
          raw.get("/v1/structures/XOnFQMfMX2/experiences?limit=2&cursor=" + cursor, raw.bearer());
      Raw.Answer tampered =
          raw.get("/v1/structures/3Tn8gzTdcz/experiences?cursor=" + cursor + "x", raw.bearer());
      fake.advance(FakePlatform.CURSOR_VALIDITY.plusSeconds(1));
      Raw.Answer expired =
          raw.get("/v1/structures/3Tn8gzTdcz/experiences?limit=2&cursor=" + cursor, raw.bearer());

      assertThat(second.status()).isEqualTo(200);
      assertThat(second.body()).endsWith("\"nextCursor\":null}");
      assertThat(
              Map.of(
                  "other",
                  otherList.status(),
                  "tampered",
                  tampered.status(),
                  "expired",
                  expired.status()))
          .containsOnly(
              Map.entry("other", 400), Map.entry("tampered", 400), Map.entry("expired", 400));
      assertThat(otherList.body()).contains("{\"field\":\"cursor\",\"rule\":\"cursor\"}");
      assertThat(expired.body()).contains("{\"field\":\"cursor\",\"rule\":\"expired\"}");
    }
    assertThatThrownBy(() -> all(platform.experiences(StructureCode.of("Unknown001"))))
        .isInstanceOf(fr.spsplus.client.NotFoundException.class);
    assertThat(fake.exchanges().stream().filter(e -> e.status() == 400)).hasSize(3);
  }
}
