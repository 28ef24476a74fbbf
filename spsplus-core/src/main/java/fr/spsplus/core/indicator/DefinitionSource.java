package fr.spsplus.core.indicator;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a definition or a target comes from: an official public source (with its URL), or a
 * proposed default of spsplus (with a note saying what is known and what was chosen).
 *
 * @param kind official or proposed default
 * @param url the source's address: required for {@link SourceKind#OFFICIAL}, optional for a
 *     proposed default (the page that gives the partial information it builds on); absolute {@code
 *     http} or {@code https}
 * @param note what the source says, or why the default was chosen: 1 to {@value #MAX_NOTE_LENGTH}
 *     characters, not blank
 */
public record DefinitionSource(
    @NotNull SourceKind kind,
    @Nullable URI url,
    @NotBlank @Size(max = DefinitionSource.MAX_NOTE_LENGTH) String note) {

  /** The maximum length of a note, in characters. */
  public static final int MAX_NOTE_LENGTH = 2000;

  private static final MessageBundle MESSAGES =
      MessageBundle.of(DefinitionSource.class, "messages");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if an official source has no URL, if the URL is not an absolute
   *     {@code http(s)} address, or if the note is blank or too long
   */
  public DefinitionSource {
    Objects.requireNonNull(kind, "kind");
    Checks.requireNonBlank(note, "note");
    Checks.requireMaxLength(note, MAX_NOTE_LENGTH, "note");
    if (url == null && kind == SourceKind.OFFICIAL) {
      throw new InvalidInputException(MESSAGES.message("source.official.url"));
    }
    if (url != null
        && !(url.isAbsolute()
            && ("https".equalsIgnoreCase(url.getScheme())
                || "http".equalsIgnoreCase(url.getScheme()))
            && url.getHost() != null)) {
      throw new InvalidInputException(MESSAGES.message("source.url.format"));
    }
  }

  /**
   * Returns an official source.
   *
   * @param url the source's address
   * @param note what the source says
   * @return the source
   * @throws InvalidInputException if the URL or the note is invalid
   */
  public static DefinitionSource official(String url, String note) {
    return new DefinitionSource(SourceKind.OFFICIAL, uri(url), note);
  }

  /**
   * Returns a proposed default without a source page.
   *
   * @param note what was chosen and why
   * @return the source
   * @throws InvalidInputException if the note is blank or too long
   */
  public static DefinitionSource proposedDefault(String note) {
    return new DefinitionSource(SourceKind.PROPOSED_DEFAULT, null, note);
  }

  /**
   * Returns a proposed default that builds on a page giving partial information.
   *
   * @param url the page's address
   * @param note what the page says and what was chosen
   * @return the source
   * @throws InvalidInputException if the URL or the note is invalid
   */
  public static DefinitionSource proposedDefault(String url, String note) {
    return new DefinitionSource(SourceKind.PROPOSED_DEFAULT, uri(url), note);
  }

  private static URI uri(String url) {
    Objects.requireNonNull(url, "url");
    try {
      return new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      throw new InvalidInputException(MESSAGES.message("source.url.format"), e);
    }
  }

  /**
   * Tells whether the source is official.
   *
   * @return true for {@link SourceKind#OFFICIAL}
   */
  public boolean official() {
    return kind == SourceKind.OFFICIAL;
  }
}
