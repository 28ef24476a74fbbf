package fr.spsplus.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferentialsTest {

  private static final String HEADER = "number\ttheme\twordingConfirmed\tsource\ttitle\n";
  private static final String META =
      "# provenance: test fixture\n"
          + "@id\tSP_PLUS_2023\n"
          + "@title\tRéférentiel de test\n"
          + "@inForceFrom\t2023-05-09\n"
          + "@source\thttps://example.org/r\n";

  @Test
  void currentIsServicesPublicsPlus2023WithEightEngagementsInThreeThemes() {
    EngagementReferential current = Referentials.current();
    assertThat(current.id()).isEqualTo(ReferentialId.SP_PLUS_2023);
    assertThat(current.size()).isEqualTo(8);
    assertThat(current.inForceFrom()).isEqualTo(LocalDate.of(2023, 5, 9));
    assertThat(current.engagements())
        .extracting(Engagement::theme)
        .containsExactly(
            EngagementTheme.PROCHE,
            EngagementTheme.PROCHE,
            EngagementTheme.PROCHE,
            EngagementTheme.EFFICACE,
            EngagementTheme.EFFICACE,
            EngagementTheme.EFFICACE,
            EngagementTheme.SIMPLE,
            EngagementTheme.SIMPLE);
    assertThat(current.engagement(6).title())
        .isEqualTo("Vous avez accès à nos résultats de qualité de service");
    assertThat(current.engagement(6).source())
        .isEqualTo(URI.create("https://www.plus.transformation.gouv.fr/engagement/6"));
    assertThat(current.engagement(1).title())
        .startsWith("Dans le respect mutuel, vous êtes accueillis avec bienveillance");
  }

  @Test
  void onlyTheEcoResponsibilityWordingOf2023IsUnconfirmed() {
    List<Engagement> engagements = Referentials.current().engagements();
    assertThat(engagements.subList(0, 7)).allMatch(Engagement::wordingConfirmed);
    Engagement eco = Referentials.engagement(ReferentialId.SP_PLUS_2023, 8);
    assertThat(eco.wordingConfirmed()).isFalse();
    assertThat(eco.title()).contains("Éco-responsabilité").contains("non retrouvé");
  }

  @Test
  void servicesPublicsPlus2021HasNineEngagementsSixToEightUnconfirmed() {
    EngagementReferential old = Referentials.of(ReferentialId.SP_PLUS_2021);
    assertThat(old.size()).isEqualTo(9);
    assertThat(old.engagements())
        .extracting(Engagement::wordingConfirmed)
        .containsExactly(true, true, true, true, true, false, false, false, true);
    assertThat(old.engagement(9).title()).isEqualTo("Nous sommes éco-responsables");
    assertThat(old.engagements()).allMatch(e -> e.theme() == null);
  }

  @Test
  void marianne2008HasNineteenEngagementsOnlyTheFirstFiveConfirmed() {
    EngagementReferential marianne = Referentials.of(ReferentialId.MARIANNE_2008);
    assertThat(marianne.size()).isEqualTo(19);
    assertThat(marianne.engagements().subList(0, 5)).allMatch(Engagement::wordingConfirmed);
    assertThat(marianne.engagements().subList(5, 19)).noneMatch(Engagement::wordingConfirmed);
    assertThat(marianne.engagement(3).title())
        .isEqualTo("Nous vous orientons vers le bon service et vous prenons en charge");
    assertThat(marianne.engagement(15).title()).contains("organisation et de pilotage");
  }

  @Test
  void lookUpsByIdAreSharedAndAllListsEveryReferentialInOrder() {
    assertThat(Referentials.of(ReferentialId.SP_PLUS_2021))
        .isSameAs(Referentials.of(ReferentialId.SP_PLUS_2021));
    assertThat(Referentials.all())
        .extracting(EngagementReferential::id)
        .containsExactly(ReferentialId.values());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 9, 100})
  void unknownNumberIsRejectedInBothLanguages(int number) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Referentials.engagement(ReferentialId.SP_PLUS_2023, number));
    assertThat(e.getMessage())
        .isEqualTo(
            "Le référentiel SP_PLUS_2023 n’a pas d’engagement n°"
                + number
                + " : numéros valides de 1 à 8.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Referential SP_PLUS_2023 has no engagement no. "
                + number
                + ": valid numbers are 1 to 8.");
    assertThat(Referentials.current().find(number)).isEmpty();
  }

  @Test
  void parsesTheFormatWithByteOrderMarkCrlfCommentsAndBlankLines() {
    String text =
        "\uFEFF"
            + META.replace("\n", "\r\n")
            + "# a comment\r\n\r\n"
            + HEADER.replace("\n", "\r\n")
            + "1\tPROCHE\ttrue\thttps://example.org/1\tPremier engagement\r\n"
            + "2\t\tfalse\thttps://example.org/2\t  Second, sans thème  \r\n";
    EngagementReferential parsed = Referentials.parse(new StringReader(text), "test.tsv");
    assertThat(parsed)
        .isEqualTo(
            new EngagementReferential(
                ReferentialId.SP_PLUS_2023,
                "Référentiel de test",
                LocalDate.of(2023, 5, 9),
                List.of(
                    new Engagement(
                        1,
                        "Premier engagement",
                        EngagementTheme.PROCHE,
                        true,
                        URI.create("https://example.org/1")),
                    new Engagement(
                        2, "Second, sans thème", null, false, URI.create("https://example.org/2"))),
                URI.create("https://example.org/r")));
  }

  @Test
  void missingProvenanceIsReportedAtTheFirstLine() {
    InvalidInputException e = parseError("@id\tSP_PLUS_2023\n" + HEADER + row(1));
    assertThat(e.getMessage())
        .isEqualTo(
            "test.tsv, ligne 1 : la première ligne doit être un commentaire « # provenance: … »"
                + " qui dit d’où viennent les données.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "test.tsv, line 1: the first line must be a \"# provenance: …\" comment saying where"
                + " the data comes from.");
  }

  @Test
  void wrongHeaderNamesItsLineAndTheExpectedColumns() {
    InvalidInputException e = parseError(META + "number\ttitle\n" + row(1));
    assertThat(e.getMessage())
        .startsWith("test.tsv, ligne 6 : ligne d’en-tête attendue")
        .contains("number ⇥ theme ⇥ wordingConfirmed ⇥ source ⇥ title");
    assertThat(e.getMessage(Locale.ENGLISH)).startsWith("test.tsv, line 6: header line expected");
  }

  @Test
  void wrongFieldCountNamesTheLine() {
    InvalidInputException e = parseError(META + HEADER + row(1) + "2\tPROCHE\ttrue\n");
    assertThat(e.getMessage())
        .isEqualTo("test.tsv, ligne 8 : 5 champs séparés par des tabulations attendus, 3 reçus.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("test.tsv, line 8: 5 tab-separated fields expected, got 3.");
  }

  @Test
  void badValuesNameTheLineAndTheColumn() {
    assertThat(parseError(META + HEADER + row(1).replace("PROCHE", "LOIN")).getMessage())
        .isEqualTo(
            "test.tsv, ligne 7, colonne « theme » : « theme » : code inconnu ; codes acceptés :"
                + " PROCHE, EFFICACE, SIMPLE.");
    assertThat(parseError(META + HEADER + row(1).replace("true", "oui")).getMessage(Locale.ENGLISH))
        .isEqualTo(
            "test.tsv, line 7, column \"wordingConfirmed\": \"true\" or \"false\" expected.");
    assertThat(parseError(META + HEADER + row(1).replace("https://", "ftp://")).getMessage())
        .isEqualTo(
            "test.tsv, ligne 7, colonne « source » : adresse absolue http ou https attendue.");
    assertThat(parseError(META + HEADER + row(1).replace("\tUn titre", "\t")).getMessage())
        .isEqualTo("test.tsv, ligne 7, colonne « title » : valeur obligatoire absente.");
    assertThat(parseError(META + HEADER + row(1).replace("1\t", "un\t")).getMessage())
        .isEqualTo("test.tsv, ligne 7, colonne « number » : nombre entier attendu.");
  }

  @Test
  void ruleOfARecordBrokenOnALineNamesTheLine() {
    String longTitle = "x".repeat(301);
    InvalidInputException e = parseError(META + HEADER + row(1).replace("Un titre", longTitle));
    assertThat(e.getMessage())
        .isEqualTo(
            "test.tsv, ligne 7 : « title » ne doit pas dépasser 300 caractères (reçu : 301"
                + " caractères).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "test.tsv, line 7: \"title\" must not exceed 300 characters (got 301 characters).");
  }

  @Test
  void numberingGapNamesTheLine() {
    InvalidInputException e = parseError(META + HEADER + row(1) + row(3));
    assertThat(e.getMessage())
        .isEqualTo(
            "test.tsv, ligne 8 : Les engagements du référentiel SP_PLUS_2023 doivent être"
                + " numérotés 1, 2, 3… dans l’ordre : n°2 attendu, n°3 reçu.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "test.tsv, line 8: The engagements of referential SP_PLUS_2023 must be numbered 1,"
                + " 2, 3… in order: no. 2 expected, got no. 3.");
  }

  @Test
  void metadataProblemsAreReported() {
    assertThat(
            parseError(META.replace("@title\tRéférentiel de test\n", "") + HEADER + row(1))
                .getMessage())
        .isEqualTo("test.tsv : la métadonnée obligatoire « @title » est absente.");
    assertThat(parseError(META + "@title\tEncore\n" + HEADER + row(1)).getMessage(Locale.ENGLISH))
        .isEqualTo("test.tsv, line 6: metadata \"@title\" is already defined above.");
    assertThat(parseError(META.replace("2023-05-09", "09/05/2023") + HEADER + row(1)).getMessage())
        .isEqualTo(
            "test.tsv, ligne 4 : métadonnée « @inForceFrom » : date AAAA-MM-JJ attendue"
                + " (exemple : 2023-05-09).");
    assertThat(
            parseError(META.replace("SP_PLUS_2023", "SP_PLUS_2030") + HEADER + row(1)).getMessage())
        .startsWith("test.tsv, ligne 2 : métadonnée « @id » : « id » : code inconnu");
    assertThat(parseError(META + HEADER + row(1) + "@late\tvalue\n").getMessage())
        .isEqualTo(
            "test.tsv, ligne 8 : les métadonnées « @clé » doivent précéder la ligne d’en-tête.");
    assertThat(parseError(META + HEADER).getMessage(Locale.ENGLISH))
        .isEqualTo("test.tsv, line 6: no data line after the header.");
  }

  @Test
  void referentialRulesAreCheckedOnConstruction() {
    Engagement second = Referentials.current().engagement(2);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new EngagementReferential(
                    ReferentialId.SP_PLUS_2023,
                    "Titre",
                    LocalDate.of(2023, 1, 1),
                    List.of(second),
                    URI.create("https://example.org")));
    assertThat(e.key()).isEqualTo("referential.numbering");
    InvalidInputException relative =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new Engagement(1, "Titre", null, true, URI.create("/engagement/1")));
    assertThat(relative.getMessage())
        .isEqualTo("« source » doit être une adresse absolue http ou https.");
    assertThat(relative.getMessage(Locale.ENGLISH))
        .isEqualTo("\"source\" must be an absolute http or https address.");
  }

  private static String row(int number) {
    return number + "\tPROCHE\ttrue\thttps://example.org/" + number + "\tUn titre\n";
  }

  private static InvalidInputException parseError(String text) {
    return catchThrowableOfType(
        InvalidInputException.class, () -> Referentials.parse(new StringReader(text), "test.tsv"));
  }
}
