package fr.spsplus.core.audit;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.engagement.EngagementReferential;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.engagement.Referentials;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.TabularText;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned audit grid: the criteria an auditor rates for each engagement of a referential, their
 * weights and the rating scale.
 *
 * <p>The official grid of the label Services Publics+ is <strong>not public</strong>. spsplus
 * bundles an <strong>illustrative</strong> grid ({@link #illustrativeSpPlus2023()}), derived from
 * the public descriptions of the 8 engagements; load a certification body's grid with {@link
 * #parse(Reader, String)}.
 *
 * <h2>Data format</h2>
 *
 * <p>The spsplus tabular text format (as for {@link Referentials#parse(Reader, String)}): a first
 * line {@code # provenance: …}; metadata {@code @id}, {@code @version} (integer from 1), {@code
 * @referential} (a {@link ReferentialId} code), {@code @title}, {@code @illustrative} ({@code true}
 * or {@code false}), {@code @scale} ({@code min..max}, for example {@code 0..3}) and, optionally,
 * {@code @scaleLabels} ({@code value=label} pairs separated by {@code |}); then the header {@code
 * engagement⇥criterion⇥weight⇥text} and one criterion per line (weight written with a dot).
 *
 * @param id the grid's identifier; format {@value fr.spsplus.core.TextRules#ID_PATTERN}
 * @param version the grid's version, from 1
 * @param referential the referential whose engagements the grid audits
 * @param title the grid's French title; non-blank, at most {@value
 *     fr.spsplus.core.TextRules#TITLE_MAX} characters
 * @param illustrative true for a grid made up to show the model (such as the bundled one), false
 *     for a grid actually used by a certification body
 * @param scale the rating scale of every criterion
 * @param criteria the criteria, in grid order (copied): identifiers unique, every engagement number
 *     in the referential, every engagement of the referential with at least one criterion
 */
public record AuditGrid(
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String id,
    @Positive int version,
    @NotNull ReferentialId referential,
    @NotBlank @Size(max = TextRules.TITLE_MAX) String title,
    boolean illustrative,
    @NotNull @Valid RatingScale scale,
    @NotEmpty List<@Valid @NotNull AuditCriterion> criteria) {

  /** The header of a grid data file. */
  static final List<String> COLUMNS = List.of("engagement", "criterion", "weight", "text");

  private static final String ILLUSTRATIVE_RESOURCE = "illustrative-sp-plus-2023-grid.tsv";

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if the identifier is malformed, the version below 1, the title
   *     blank or too long, the criteria empty, a criterion identifier duplicated, an engagement
   *     number unknown to the referential, or an engagement without criterion
   */
  public AuditGrid {
    Texts.requireId(id, "id");
    Checks.requirePositive(version, "version");
    Objects.requireNonNull(referential, "referential");
    Texts.requireText(title, TextRules.TITLE_MAX, "title");
    Objects.requireNonNull(scale, "scale");
    criteria = List.copyOf(Checks.requireNonEmpty(criteria, "criteria"));
    EngagementReferential engagements = Referentials.of(referential);
    Set<String> ids = new HashSet<>();
    Set<Integer> covered = new HashSet<>();
    for (AuditCriterion criterion : criteria) {
      if (!ids.add(criterion.id())) {
        throw new InvalidInputException(
            AuditMessages.BUNDLE.message("grid.duplicate", criterion.id()));
      }
      engagements.requireNumber(criterion.engagement());
      covered.add(criterion.engagement());
    }
    for (int number = 1; number <= engagements.size(); number++) {
      if (!covered.contains(number)) {
        throw new InvalidInputException(
            AuditMessages.BUNDLE.message("grid.uncovered", number, referential.name()));
      }
    }
  }

  /**
   * Returns the bundled <strong>illustrative</strong> grid for Services Publics+ 2023: 2 to 4
   * criteria per engagement, derived from the public descriptions of the engagements, rated on an
   * illustrative 0–3 scale. It is not the certification bodies' grid, which is not public.
   *
   * @return the grid {@code sp-plus-2023-illustrative}, version 1
   */
  public static AuditGrid illustrativeSpPlus2023() {
    return Illustrative.GRID;
  }

  /**
   * Returns the grid's reference, as recorded by an {@link Audit}.
   *
   * @return the identifier and version
   */
  public AuditGridReference reference() {
    return new AuditGridReference(id, version);
  }

  /**
   * Returns the criteria of one engagement, in grid order.
   *
   * @param engagement the engagement's number
   * @return the criteria, empty if the number is not in the referential
   */
  public List<AuditCriterion> criteria(int engagement) {
    return criteria.stream().filter(c -> c.engagement() == engagement).toList();
  }

  /**
   * Returns a criterion by identifier.
   *
   * @param criterionId the identifier
   * @return the criterion, or empty
   */
  public Optional<AuditCriterion> criterion(String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
  }

  /**
   * Requires an audit rated against this grid: same grid reference, every rated criterion in the
   * grid, every rating on the scale.
   *
   * @param audit the audit
   * @return the audit
   * @throws InvalidInputException naming the first broken rule
   */
  public Audit requireApplicable(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    if (!audit.grid().equals(reference())) {
      throw new InvalidInputException(
          AuditMessages.BUNDLE.message(
              "audit.grid.mismatch", audit.grid().id(), audit.grid().version(), id, version));
    }
    for (CriterionRating rating : audit.ratings()) {
      if (criterion(rating.criterionId()).isEmpty()) {
        throw new InvalidInputException(
            AuditMessages.BUNDLE.message("audit.criterion.unknown", rating.criterionId(), id));
      }
      scale.requireRating(rating.rating(), rating.criterionId());
    }
    return audit;
  }

  /**
   * Reads a grid in the data format described above. The reader is not closed.
   *
   * @param reader the text
   * @param sourceName the name of the source, quoted in error messages (a file name)
   * @return the grid
   * @throws InvalidInputException if the text breaks the format or a rule of the grid; the message
   *     names the source and the line
   * @throws UncheckedIOException if the reader fails
   */
  public static AuditGrid parse(Reader reader, String sourceName) {
    TabularText text = TabularText.parse(reader, sourceName, COLUMNS);
    ReferentialId referential =
        text.metadata(
            "referential", value -> Checks.parseCode(ReferentialId.class, value, "referential"));
    EngagementReferential engagements = Referentials.of(referential);
    List<AuditCriterion> criteria = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TabularText.Row row : text.rows()) {
      AuditCriterion criterion =
          row.build(
              () ->
                  new AuditCriterion(
                      row.text("criterion"),
                      engagements.requireNumber(row.integer("engagement")),
                      row.text("text"),
                      row.decimal("weight")));
      if (!ids.add(criterion.id())) {
        throw text.error(
            row.line(), AuditMessages.BUNDLE.message("grid.duplicate", criterion.id()));
      }
      criteria.add(criterion);
    }
    RatingScale bounds = text.metadata("scale", AuditGrid::parseBounds);
    String labels = text.optionalMetadata("scaleLabels");
    RatingScale scale =
        labels == null
            ? bounds
            : text.metadata(
                "scaleLabels",
                value -> new RatingScale(bounds.min(), bounds.max(), parseLabels(value)));
    try {
      return new AuditGrid(
          text.metadata("id", value -> Texts.requireId(value, "id")),
          text.metadata("version", AuditGrid::parseVersion),
          referential,
          text.metadata("title"),
          text.metadata("illustrative", AuditGrid::parseBoolean),
          scale,
          criteria);
    } catch (InvalidInputException e) {
      if (TabularText.isLocated(e)) {
        throw e;
      }
      throw text.error(e.localizedMessage());
    }
  }

  /**
   * Reads a grid from a UTF-8 stream in the data format described above. The stream is not closed.
   *
   * @param in the stream
   * @param sourceName the name of the source, quoted in error messages
   * @return the grid
   * @throws InvalidInputException if the content breaks the format or a rule
   * @throws UncheckedIOException if the stream fails
   */
  public static AuditGrid parse(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    return parse(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
  }

  private static RatingScale parseBounds(String value) {
    int dots = value.indexOf("..");
    if (dots > 0) {
      try {
        return RatingScale.of(
            Integer.parseInt(value.substring(0, dots).strip()),
            Integer.parseInt(value.substring(dots + 2).strip()));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new InvalidInputException(AuditMessages.BUNDLE.message("grid.scale.format"));
  }

  private static List<RatingLevel> parseLabels(String value) {
    List<RatingLevel> levels = new ArrayList<>();
    for (String pair : value.split("\\|")) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new InvalidInputException(AuditMessages.BUNDLE.message("grid.scale.labels"));
      }
      try {
        levels.add(
            new RatingLevel(
                Integer.parseInt(pair.substring(0, equals).strip()),
                pair.substring(equals + 1).strip()));
      } catch (NumberFormatException e) {
        throw new InvalidInputException(AuditMessages.BUNDLE.message("grid.scale.labels"));
      }
    }
    return levels;
  }

  private static int parseVersion(String value) {
    int version;
    try {
      version = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(AuditMessages.BUNDLE.message("grid.version"));
    }
    return (int) Checks.requirePositive(version, "version");
  }

  private static boolean parseBoolean(String value) {
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new InvalidInputException(AuditMessages.BUNDLE.message("grid.illustrative"));
  }

  private static final class Illustrative {
    static final AuditGrid GRID = load();

    private static AuditGrid load() {
      try (InputStream in = AuditGrid.class.getResourceAsStream(ILLUSTRATIVE_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing bundled grid " + ILLUSTRATIVE_RESOURCE);
        }
        return parse(in, ILLUSTRATIVE_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
