package fr.spsplus.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.engagement.Referentials;
import fr.spsplus.core.structure.StructureCode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuditTest {

  private static final AuditGrid GRID = AuditGrid.illustrativeSpPlus2023();
  private static final Auditor AUDITOR = new Auditor("Organisme certificateur X", "AUD-0042");

  @Test
  void illustrativeGridCoversTheEightEngagementsWithTwoToFourCriteriaEach() {
    assertThat(GRID.id()).isEqualTo("sp-plus-2023-illustrative");
    assertThat(GRID.version()).isEqualTo(1);
    assertThat(GRID.illustrative()).isTrue();
    assertThat(GRID.title()).contains("illustrative").contains("non officielle");
    assertThat(GRID.referential()).isEqualTo(ReferentialId.SP_PLUS_2023);
    for (int n = 1; n <= Referentials.current().size(); n++) {
      assertThat(GRID.criteria(n)).hasSizeBetween(2, 4).allMatch(c -> c.id().startsWith("E"));
    }
    assertThat(GRID.criteria(4))
        .extracting(AuditCriterion::id)
        .containsExactly("E4.1", "E4.2", "E4.3");
    assertThat(GRID.criterion("E6.1").orElseThrow().weight()).isEqualByComparingTo("2");
    assertThat(GRID.criteria(9)).isEmpty();
    assertThat(GRID.scale().min()).isZero();
    assertThat(GRID.scale().max()).isEqualTo(3);
    assertThat(GRID.scale().label(0)).contains("Non mis en œuvre");
    assertThat(GRID.scale().labels()).hasSize(4);
    assertThat(GRID.reference()).isEqualTo(new AuditGridReference("sp-plus-2023-illustrative", 1));
  }

  @Test
  void applicableAuditPassesAndMismatchesAreNamed() {
    Audit audit =
        audit(GRID.reference(), CriterionRating.of("E1.1", 3), CriterionRating.of("E8.2", 0));
    assertThat(GRID.requireApplicable(audit)).isSameAs(audit);

    InvalidInputException otherGrid =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> GRID.requireApplicable(audit(new AuditGridReference("autre", 2))));
    assertThat(otherGrid.getMessage())
        .isEqualTo(
            "L’audit se réfère à la grille autre version 2, pas à la grille"
                + " sp-plus-2023-illustrative version 1.");
    InvalidInputException unknown =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> GRID.requireApplicable(audit(GRID.reference(), CriterionRating.of("E9.1", 1))));
    assertThat(unknown.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Criterion \"E9.1\" rated in the audit does not exist in grid"
                + " sp-plus-2023-illustrative.");
    InvalidInputException offScale =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> GRID.requireApplicable(audit(GRID.reference(), CriterionRating.of("E2.4", 4))));
    assertThat(offScale.getMessage())
        .isEqualTo("La note de « E2.4 » doit être comprise entre 0 et 3 (reçu : 4).");
    assertThat(offScale.getMessage(Locale.ENGLISH))
        .isEqualTo("The rating of \"E2.4\" must be between 0 and 3 (got 4).");
  }

  @Test
  void auditRejectsACriterionRatedTwice() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                audit(
                    GRID.reference(),
                    CriterionRating.of("E1.1", 1),
                    CriterionRating.of("E1.1", 2)));
    assertThat(e.getMessage())
        .isEqualTo("Le critère « E1.1 » est noté plusieurs fois dans l’audit.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("Criterion \"E1.1\" is rated more than once in the audit.");
    assertThat(audit(GRID.reference(), CriterionRating.of("E1.1", 1)).rating("E1.1"))
        .map(CriterionRating::rating)
        .contains(1);
  }

  @Test
  void gridMustCoverEveryEngagementOfItsReferential() {
    String text = grid("1\tE1.1\t1\tAccueil\n2\tE2.1\t1\tContact\n");
    InvalidInputException e = parseError(text);
    assertThat(e.getMessage())
        .isEqualTo(
            "grille.tsv : La grille n’a aucun critère pour l’engagement n°3 du référentiel"
                + " SP_PLUS_2023.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "grille.tsv: The grid has no criterion for engagement no. 3 of referential"
                + " SP_PLUS_2023.");
  }

  @Test
  void gridParsingErrorsNameTheLine() {
    assertThat(parseError(grid(all8() + "9\tE9.1\t1\tHors référentiel\n")).getMessage())
        .isEqualTo(
            "grille.tsv, ligne 18 : Le référentiel SP_PLUS_2023 n’a pas d’engagement n°9 :"
                + " numéros valides de 1 à 8.");
    assertThat(parseError(grid(all8().replace("1\tE1.1\t1\t", "1\tE1.1\t0\t"))).getMessage())
        .isEqualTo(
            "grille.tsv, ligne 10 : Le poids d’un critère (« weight ») doit être strictement"
                + " positif.");
    assertThat(parseError(grid(all8().replace("1\tE1.1\t1\t", "1\tE1.1\tun\t"))).getMessage())
        .isEqualTo(
            "grille.tsv, ligne 10, colonne « weight » : nombre décimal attendu, avec un point comme"
                + " séparateur (exemple : 1.5).");
    assertThat(parseError(grid(all8().replace("E2.1", "E1.1"))).getMessage(Locale.ENGLISH))
        .isEqualTo(
            "grille.tsv, line 11: Criterion identifier \"E1.1\" appears more than once in the"
                + " grid.");
    assertThat(parseError(grid(all8().replace("E2.1", "E 2"))).getMessage())
        .startsWith("grille.tsv, ligne 11 : Identifiant « id » invalide");
    assertThat(parseError(grid(all8()).replace("@scale\t0..3", "@scale\t3..0")).getMessage())
        .isEqualTo(
            "grille.tsv, ligne 7 : métadonnée « @scale » : Échelle de notation invalide (3..0) : le"
                + " minimum doit être inférieur au maximum, et l’échelle compter au plus 101"
                + " valeurs.");
    assertThat(
            parseError(grid(all8()).replace("@scale\t0..3", "@scale\tzéro à trois"))
                .getMessage(Locale.ENGLISH))
        .isEqualTo(
            "grille.tsv, line 7: metadata \"@scale\": scale \"min..max\" expected, in integers"
                + " (example: 0..3).");
    assertThat(parseError(grid(all8()).replace("0=Rien", "5=Rien")).getMessage())
        .isEqualTo(
            "grille.tsv, ligne 8 : métadonnée « @scaleLabels » : Le libellé de la valeur 5 est"
                + " hors de l’échelle 0..3.");
    assertThat(parseError(grid(all8()).replace("@version\t1", "@version\t0")).getMessage())
        .isEqualTo(
            "grille.tsv, ligne 3 : métadonnée « @version » : « version » doit être strictement"
                + " positif (reçu : 0).");
  }

  @Test
  void gridParsedFromTextEqualsTheSameGridBuiltInCode() {
    AuditGrid parsed = AuditGrid.parse(new StringReader(grid(all8())), "grille.tsv");
    assertThat(parsed.scale())
        .isEqualTo(
            new RatingScale(0, 3, List.of(new RatingLevel(0, "Rien"), new RatingLevel(3, "Tout"))));
    assertThat(parsed.illustrative()).isFalse();
    assertThat(parsed.criteria()).hasSize(8);
    assertThat(parsed.criterion("E5.1").orElseThrow().weight()).isEqualTo(new BigDecimal("1.5"));
  }

  @Test
  void orCriteriaAreThirteenInThreeGroupsWithDescriptionsInBothLanguages() {
    assertThat(OrCriterion.values()).hasSize(13);
    assertThat(OrCriterionGroup.A.criteria()).hasSize(6);
    assertThat(OrCriterionGroup.B.criteria()).containsExactly(OrCriterion.B1, OrCriterion.B2);
    assertThat(OrCriterionGroup.C.criteria()).hasSize(5);
    for (OrCriterion criterion : OrCriterion.values()) {
      assertThat(criterion.name()).startsWith(criterion.group().name());
      assertThat(criterion.description()).isNotBlank();
      assertThat(criterion.description(Locale.ENGLISH))
          .isNotBlank()
          .isNotEqualTo(criterion.description());
    }
    assertThat(OrCriterion.C1.description()).contains("Pareto").contains("QQOQCCP").contains("5M");
    assertThat(OrCriterion.B2.description()).contains("réponse systématique");
    assertThat(OrCriterion.A6.description(Locale.ENGLISH)).contains("ad-hoc indicator");
    assertThat(OrCriterionGroup.B.frenchTitle())
        .isEqualTo(
            "L’administration s’appuie sur les agents en interaction avec les usagers pour"
                + " identifier et résoudre les irritants");
    assertThat(OrCriterionGroup.C.title(Locale.ENGLISH)).startsWith("The administration favours");
  }

  @Test
  void orRatingsAreUniquePerCriterionAndOnTheirScale() {
    RatingScale scale = RatingScale.of(0, 4);
    OrCriteriaRatings ratings =
        new OrCriteriaRatings(
            scale,
            List.of(
                OrCriterionRating.of(OrCriterion.C5, 4), OrCriterionRating.of(OrCriterion.A1, 2)));
    assertThat(ratings.ratings())
        .extracting(OrCriterionRating::criterion)
        .containsExactly(OrCriterion.A1, OrCriterion.C5);
    assertThat(ratings.rating(OrCriterion.C5)).map(OrCriterionRating::rating).contains(4);
    assertThat(ratings.missing()).hasSize(11).doesNotContain(OrCriterion.A1, OrCriterion.C5);
    InvalidInputException twice =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new OrCriteriaRatings(
                    scale,
                    List.of(
                        OrCriterionRating.of(OrCriterion.B1, 1),
                        OrCriterionRating.of(OrCriterion.B1, 2))));
    assertThat(twice.getMessage()).isEqualTo("Le critère « Or » B1 est noté plusieurs fois.");
    assertThat(twice.getMessage(Locale.ENGLISH))
        .isEqualTo("The \"Or\" criterion B1 is rated more than once.");
    InvalidInputException off =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new OrCriteriaRatings(scale, List.of(OrCriterionRating.of(OrCriterion.A2, -1))));
    assertThat(off.getMessage())
        .isEqualTo("La note de « A2 » doit être comprise entre 0 et 4 (reçu : -1).");
  }

  @Test
  void scalesAndResultsCheckTheirBounds() {
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> RatingScale.of(2, 2)).key())
        .isEqualTo("scale.bounds");
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> RatingScale.of(0, 101)).key())
        .isEqualTo("scale.bounds");
    assertThat(RatingScale.of(0, 100).size()).isEqualTo(101);
    InvalidInputException duplicate =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new RatingScale(0, 3, List.of(new RatingLevel(1, "a"), new RatingLevel(1, "b"))));
    assertThat(duplicate.getMessage(Locale.ENGLISH))
        .isEqualTo("Value 1 of the scale has several labels.");
    InvalidInputException score =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new EngagementAuditResult(1, new BigDecimal("100.01"), List.of()));
    assertThat(score.getMessage())
        .isEqualTo("Le score d’un engagement (« score ») doit être compris entre 0 et 100.");
    assertThat(score.getMessage(Locale.ENGLISH))
        .isEqualTo("The score of an engagement (\"score\") must be between 0 and 100.");
    assertThat(new EngagementAuditResult(8, new BigDecimal("100.00"), List.of()).complete())
        .isTrue();
    assertThat(new EngagementAuditResult(8, BigDecimal.ZERO, List.of("E8.1")).complete()).isFalse();
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> new EngagementAuditResult(8, BigDecimal.ONE, List.of("E8.1", "E8.1")))
                .key())
        .isEqualTo("result.missing.duplicate");
  }

  @Test
  void auditorReferenceMustBeAnOpaqueIdentifier() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> new Auditor("Organisme", "Jean Dupont"));
    assertThat(e.getMessage())
        .isEqualTo(
            "Identifiant « auditorReference » invalide : 1 à 64 caractères attendus, lettres"
                + " ASCII, chiffres, « . », « _ », « : » ou « - », en commençant par une lettre ou"
                + " un chiffre.");
    assertThat(e.getMessage(Locale.ENGLISH)).startsWith("Invalid identifier \"auditorReference\"");
  }

  private static Audit audit(AuditGridReference grid, CriterionRating... ratings) {
    return new Audit(
        "AUDIT-1",
        StructureCode.of("3Tn8gzTdcz"),
        AuditType.INITIAL,
        LocalDate.of(2025, 3, 12),
        AUDITOR,
        grid,
        List.of(ratings),
        null);
  }

  private static String grid(String rows) {
    return "# provenance: test fixture\n"
        + "@id\ttest-grid\n"
        + "@version\t1\n"
        + "@referential\tSP_PLUS_2023\n"
        + "@title\tGrille de test\n"
        + "@illustrative\tfalse\n"
        + "@scale\t0..3\n"
        + "@scaleLabels\t0=Rien | 3=Tout\n"
        + "engagement\tcriterion\tweight\ttext\n"
        + rows;
  }

  private static String all8() {
    StringBuilder rows = new StringBuilder();
    for (int n = 1; n <= 8; n++) {
      rows.append(n).append("\tE").append(n).append(".1\t").append(n == 5 ? "1.5" : "1");
      rows.append("\tCritère ").append(n).append('\n');
    }
    return rows.toString();
  }

  private static InvalidInputException parseError(String text) {
    return catchThrowableOfType(
        InvalidInputException.class, () -> AuditGrid.parse(new StringReader(text), "grille.tsv"));
  }
}
