package fr.spsplus.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.testkit.internal.Odsql.OdsqlException;
import fr.spsplus.testkit.internal.Odsql.SortKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ODSQL subset of the fake's open-data endpoint, clause by clause. */
class OdsqlTest {

  private static final Set<String> FIELDS =
      Set.of("code", "valeur", "actif", "tags", "jour", "nom");

  private static Map<String, @Nullable Object> record(
      String code, @Nullable Integer valeur, boolean actif, List<String> tags, String jour) {
    Map<String, @Nullable Object> record = new LinkedHashMap<>();
    record.put("code", code);
    record.put("valeur", valeur == null ? null : BigDecimal.valueOf(valeur));
    record.put("actif", actif);
    record.put("tags", tags);
    record.put("jour", jour);
    record.put("nom", "Structure " + code);
    return record;
  }

  private static final List<Map<String, @Nullable Object>> RECORDS =
      List.of(
          record("IND-27", 77, true, List.of("accueil", "telephone"), "2024-01-15"),
          record("IND-12", 81, false, List.of(), "2023-12-31"),
          record("IND-3", null, true, List.of("courrier"), "2024-02-01"),
          record("IND-27", 93, true, List.of("telephone"), "2024-11-12"));

  private static List<Integer> matching(String clause) {
    Predicate<Map<String, @Nullable Object>> where = Odsql.where(clause, FIELDS);
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < RECORDS.size(); i++) {
      if (where.test(RECORDS.get(i))) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "code = \"IND-27\"                          | 0 3",
        "code = 'IND-27' and valeur > 80            | 3",
        "code != \"IND-27\"                         | 1 2",
        "valeur >= 81                               | 1 3",
        "valeur < 80 OR actif = false               | 0 1",
        "NOT actif = true                           | 1",
        "valeur IS NULL                             | 2",
        "valeur is not null and (valeur <= 77 or valeur >= 93) | 0 3",
        "code IN (\"IND-12\", \"IND-3\")            | 1 2",
        "code NOT IN (\"IND-12\", \"IND-3\")        | 0 3",
        "tags = \"telephone\"                       | 0 3",
        "tags IS NULL                               | 1",
        "jour >= date'2024-01-01' AND jour < \"2024-03-01\" | 0 2",
        "startswith(nom, \"Structure IND-1\")       | 1",
        "search(tags, \"COURR\")                    | 2",
        "\"ind-2\"                                  | 0 3",
        "\"81\"                                     | 1",
        "valeur = \"77\"                            | 0",
        "`code` = \"IND-3\"                         | 2",
        "valeur > -1                                | 0 1 3",
      })
  void whereKeepsTheRecordsTheClauseDescribes(String clause, String expected) {
    List<Integer> indexes = new ArrayList<>();
    for (String index : expected.trim().split(" ")) {
      indexes.add(Integer.parseInt(index));
    }
    assertThat(matching(clause.trim())).containsExactlyElementsOf(indexes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "code =                 | ODSQL query is malformed",
        "code = \"IND           | unterminated string",
        "(code = \"a\"          | ')' expected",
        "code ~ 1               | unexpected character",
        "count(code) > 1        | is not supported by the spsplus fake",
        "categorie = 1          | Unknown field: categorie",
        "code = \"a\" extra     | unexpected 'extra'",
        "valeur IS 3            | NULL expected",
      })
  void aBadClauseIsRefusedWithThePortalsWording(String clause, String message) {
    assertThatThrownBy(() -> Odsql.where(clause.trim(), FIELDS))
        .isInstanceOf(OdsqlException.class)
        .hasMessageContaining(message.trim());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"code desc, valeur | 2 0 3 1", "valeur desc | 3 1 0 2", "valeur | 0 1 3 2"})
  void orderBySortsWithNullsLastAndTiesInDatasetOrder(String clause, String expected) {
    List<SortKey> keys = Odsql.orderBy(clause.trim(), FIELDS);
    List<Map<String, @Nullable Object>> sorted = new ArrayList<>(RECORDS);
    sorted.sort(Odsql.comparator(keys));
    List<Integer> order = sorted.stream().map(RECORDS::indexOf).toList();
    List<Integer> wanted = new ArrayList<>();
    for (String index : expected.trim().split(" ")) {
      wanted.add(Integer.parseInt(index));
    }
    assertThat(order).containsExactlyElementsOf(wanted);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "* | code valeur actif tags jour nom",
        "code as c, nom | c nom",
        "nom, * | code valeur actif tags jour nom"
      })
  void selectProjectsAndRenames(String clause, String fields) {
    Map<String, @Nullable Object> projected =
        Odsql.project(RECORDS.get(0), Odsql.select(clause.trim(), FIELDS));
    assertThat(String.join(" ", projected.keySet())).isEqualTo(fields.trim());
  }

  @Provide
  Arbitrary<String> clauses() {
    Arbitrary<String> atoms =
        Arbitraries.of(
            "code = \"IND-27\"",
            "valeur > 80",
            "actif = true",
            "valeur IS NULL",
            "tags = \"telephone\"",
            "jour < \"2024-02-01\"",
            "code IN (\"IND-12\", \"IND-3\")");
    return Arbitraries.recursive(
        () -> atoms,
        inner ->
            Arbitraries.oneOf(
                Arbitraries.of("AND", "OR")
                    .flatMap(
                        op ->
                            inner
                                .list()
                                .ofSize(2)
                                .map(l -> "(" + l.get(0) + ") " + op + " (" + l.get(1) + ")")),
                inner.map(c -> "NOT (" + c + ")")),
        3);
  }

  @Property(tries = 200)
  void booleanOperatorsFollowTheLawsOfLogic(
      @ForAll("clauses") String a, @ForAll("clauses") String b) {
    // De Morgan and double negation, evaluated on every record.
    assertThat(matching("NOT ((" + a + ") AND (" + b + "))"))
        .isEqualTo(matching("(NOT (" + a + ")) OR (NOT (" + b + "))"));
    assertThat(matching("NOT (NOT (" + a + "))")).isEqualTo(matching(a));
    List<Integer> union = new ArrayList<>(matching("(" + a + ") OR (" + b + ")"));
    for (Integer index : matching(a)) {
      assertThat(union).contains(index);
    }
  }
}
