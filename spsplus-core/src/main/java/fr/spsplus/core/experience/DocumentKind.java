package fr.spsplus.core.experience;

/**
 * The kind of administrative document a user reports as complex. The platform invites users to
 * report "letters, e-mails, forms or websites" they find hard to understand, so that the
 * administration simplifies them (programme presentation, DITP).
 */
public enum DocumentKind {
  /** A letter ("courrier"). */
  LETTER,
  /** An e-mail ("courriel"). */
  EMAIL,
  /** A form, on paper or online ("formulaire", for example a Cerfa). */
  FORM,
  /** A website or a page of one. */
  WEBSITE
}
