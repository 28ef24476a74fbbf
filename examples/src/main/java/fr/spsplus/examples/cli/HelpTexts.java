package fr.spsplus.examples.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The help texts of the commands, as a picocli resource bundle: {@code help.properties} (French,
 * the root bundle) and {@code help_en.properties} (English), beside this class.
 *
 * <p>Keys follow picocli's conventions: {@code usage.*} for section headings, {@code <qualified
 * command name>.usage.description} for a command's description, and each option's {@code
 * descriptionKey}. The bundle is loaded without falling back to the machine's locale, so that
 * French help stays French on an English system.
 */
final class HelpTexts {

  private static final String BASE_NAME = HelpTexts.class.getPackageName() + ".help";

  private HelpTexts() {}

  /**
   * Returns the help texts in a language.
   *
   * @param language the language
   * @return the bundle
   */
  static ResourceBundle bundle(Language language) {
    Locale locale = language == Language.EN ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(
        BASE_NAME,
        locale,
        HelpTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
