package fr.spsplus.core.engagement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.TabularText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bundled referentials of engagements, and the reader of their data format.
 *
 * <pre>{@code
 * EngagementReferential current = Referentials.current();          // Services Publics+ 2023
 * Engagement transparency = current.engagement(6);                   // « Vous avez accès à nos résultats… »
 * Engagement eco = Referentials.engagement(ReferentialId.SP_PLUS_2021, 9);
 * }</pre>
 *
 * <h2>Data format</h2>
 *
 * <p>Each referential is a UTF-8 text file in this package ({@code sp-plus-2023.tsv}…): a first
 * line {@code # provenance: …} (where the wordings come from), other {@code #} comment lines,
 * metadata lines {@code @id}, {@code @title}, {@code @inForceFrom} (ISO date) and {@code @source}
 * (http(s) address), each a key, a tab and a value; then the header {@code
 * number⇥theme⇥wordingConfirmed⇥source⇥title} and one engagement per line, numbered 1, 2, 3… in
 * order. {@code theme} is a {@link EngagementTheme} code or empty; {@code wordingConfirmed} is
 * {@code true} or {@code false}. Fields are separated by single tabs, without quoting.
 *
 * <p>Bundled referentials are read once, on first use, and shared; instances are immutable and
 * thread-safe.
 */
public final class Referentials {

  /** The header of a referential data file. */
  static final List<String> COLUMNS =
      List.of("number", "theme", "wordingConfirmed", "source", "title");

  private static final MessageBundle MESSAGES = MessageBundle.of(Referentials.class, "messages");
  private static final Map<ReferentialId, EngagementReferential> LOADED =
      new EnumMap<>(ReferentialId.class);

  private Referentials() {}

  /**
   * Returns the current referential: Services Publics+ 2023, 8 engagements.
   *
   * @return the referential {@link ReferentialId#SP_PLUS_2023}
   */
  public static EngagementReferential current() {
    return of(ReferentialId.SP_PLUS_2023);
  }

  /**
   * Returns a bundled referential.
   *
   * @param id the referential's identifier
   * @return the referential
   */
  public static EngagementReferential of(ReferentialId id) {
    Objects.requireNonNull(id, "id");
    synchronized (LOADED) {
      return LOADED.computeIfAbsent(id, Referentials::load);
    }
  }

  /**
   * Returns every bundled referential, current first, then older ones.
   *
   * @return the referentials, in {@link ReferentialId} order
   */
  public static List<EngagementReferential> all() {
    return Arrays.stream(ReferentialId.values()).map(Referentials::of).toList();
  }

  /**
   * Returns an engagement of a bundled referential.
   *
   * @param id the referential's identifier
   * @param number the engagement's number
   * @return the engagement
   * @throws InvalidInputException if the referential has no engagement with that number (the
   *     message names the referential and the valid numbers)
   */
  public static Engagement engagement(ReferentialId id, int number) {
    return of(id).engagement(number);
  }

  /**
   * Reads a referential in the data format described above. The reader is not closed.
   *
   * @param reader the text
   * @param sourceName the name of the source, quoted in error messages (a file name)
   * @return the referential
   * @throws InvalidInputException if the text breaks the format or a rule of {@link Engagement} or
   *     {@link EngagementReferential}; the message names the source and the line
   * @throws UncheckedIOException if the reader fails
   */
  public static EngagementReferential parse(Reader reader, String sourceName) {
    TabularText text = TabularText.parse(reader, sourceName, COLUMNS);
    ReferentialId id =
        text.metadata("id", code -> Checks.parseCode(ReferentialId.class, code, "id"));
    List<Engagement> engagements = new ArrayList<>();
    for (TabularText.Row row : text.rows()) {
      int number = row.integer("number");
      if (number != engagements.size() + 1) {
        throw text.error(
            row.line(),
            MESSAGES.message("referential.numbering", id.name(), engagements.size() + 1, number));
      }
      engagements.add(
          row.build(
              () ->
                  new Engagement(
                      number,
                      row.text("title"),
                      row.optionalCode(EngagementTheme.class, "theme"),
                      row.bool("wordingConfirmed"),
                      row.uri("source"))));
    }
    try {
      return new EngagementReferential(
          id,
          text.metadata("title"),
          text.metadata("inForceFrom", TabularText::date),
          engagements,
          text.metadata("source", TabularText::uri));
    } catch (InvalidInputException e) {
      if (TabularText.isLocated(e)) {
        throw e;
      }
      throw text.error(e.localizedMessage());
    }
  }

  /**
   * Reads a referential from a UTF-8 stream in the data format described above. The stream is not
   * closed.
   *
   * @param in the stream
   * @param sourceName the name of the source, quoted in error messages
   * @return the referential
   * @throws InvalidInputException if the content breaks the format or a rule
   * @throws UncheckedIOException if the stream fails
   */
  public static EngagementReferential parse(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    return parse(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
  }

  private static EngagementReferential load(ReferentialId id) {
    String name = id.resourceName();
    try (InputStream in = Referentials.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled referential " + name);
      }
      EngagementReferential referential = parse(in, name);
      if (referential.id() != id) {
        throw new IllegalStateException(name + " declares " + referential.id() + ", not " + id);
      }
      return referential;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
