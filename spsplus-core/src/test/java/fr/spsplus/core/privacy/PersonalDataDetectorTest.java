package fr.spsplus.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples per kind with exact offsets, look-alikes, redaction, and bounded work. */
class PersonalDataDetectorTest {

  private static final PersonalDataDetector DETECTOR = PersonalDataDetector.standard();

  /** Asserts that the only match of {@code text} is {@code value}, of that kind. */
  private static void assertFinds(
      PersonalDataKind kind, String before, String value, String after) {
    String text = before + value + after;
    assertThat(DETECTOR.scan(text))
        .containsExactly(
            new PersonalDataMatch(kind, before.length(), before.length() + value.length()));
  }

  @ParameterizedTest(name = "[{index}]") // synthetic values, kept out of test names
  @ValueSource(
      strings = {
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "0612345678",
        "06\u00a012\u00a034\u00a056\u00a078",
        "01 23 45 67 89",
        "0612 34 56 78",
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "+33(0)612345678",
        "+33612345678",
        "+33 06 12 34 56 78",
        "0033 6 12 34 56 78",
        "00 33 6 12 34 56 78",
        "0033612345678",
        "0262 12 34 56",
        "0692 12 34 56",
        "0590 12 34 56",
        "0690 12 34 56",
        "0594 12 34 56",
        "0694 12 34 56",
        "0596 12 34 56",
        "0696 12 34 56",
        "0269 61 23 45",
        "0639 12 34 56",
        "+262 692 12 34 56",
        "+262 262 12 34 56",
        "+590 690 12 34 56",
        "+594 694 12 34 56",
        "+596 696 12 34 56",
        "+269 639 12 34 56",
        "00262 692 12 34 56",
        "+33.6.12.34.56.78"
      })
  void phonesInEveryUsualForm(String phone) {
    assertFinds(PersonalDataKind.PHONE, "Rappelez-moi au ", phone, ", merci.");
  }

  @ParameterizedTest(name = "[{index}]") // synthetic values, kept out of test names
  @ValueSource(
      strings = {
        "jean.dupont@example.com",
        "j.dupont+sp@exemple.test",
        "marie_claire-d@sub.example.org",
        "JEAN.DUPONT@EXAMPLE.COM",
        "hélène.lefèvre@courriel.example.fr",
        "a@b.fr",
        "x1@b-c.example"
      })
  void emails(String email) {
    assertFinds(PersonalDataKind.EMAIL, "Écrivez-moi à ", email, ". Merci");
    assertFinds(PersonalDataKind.EMAIL, "<", email, ">");
  }

  @ParameterizedTest(name = "[{index}]") // synthetic values, kept out of test names
  @ValueSource(
      strings = {
        "2 95 10 99 126 111 93",
        "295109912611193",
        "2 53 07 2B 073 004 70",
        "253072A07300443",
        "2.95.10.99.126.111.93",
        "2\u00a095\u00a010\u00a099\u00a0126\u00a0111\u00a093"
      })
  void nirsWithAValidKey(String nir) {
    assertFinds(PersonalDataKind.NIR, "Mon numéro de sécurité sociale : ", nir, ", merci.");
  }

  @ParameterizedTest(name = "[{index}]") // synthetic values, kept out of test names
  @ValueSource(
      strings = {
        "FR76 3000 6000 0112 3456 7890 189",
        "FR7630006000011234567890189",
        "fr76 3000 6000 0112 3456 7890 189",
        "GB82 WEST 1234 5698 7654 32",
        "DE89370400440532013000"
      })
  void ibans(String iban) {
    assertFinds(PersonalDataKind.IBAN, "IBAN : ", iban, " (compte joint).");
  }

  @ParameterizedTest(name = "[{index}]") // synthetic values, kept out of test names
  @ValueSource(
      strings = {
        "4111 1111 1111 1111", "4111111111111111", "4111-1111-1111-1111", "5555 5555 5555 4444",
        "3782 822463 10005", "378282246310005", "6011 1111 1111 1117", "4222222222222"
      })
  void cards(String card) {
    assertFinds(PersonalDataKind.CARD, "Payé avec la carte ", card, " hier.");
  }

  @ParameterizedTest(name = "[{index}]") // synthetic values, kept out of test names
  @ValueSource(
      strings = {
        "le 12/03/2024 à 14h30",
        "le 2024-03-12 à 9:45",
        "le 12.03.2024",
        "1 234,56 €",
        "1 234 567,89 €",
        "dossier n° 2024-123456",
        "référence 24-0012345",
        "75015 Paris",
        "SIRET 732 829 320 00074",
        "SIRET 73282932000074",
        "SIREN 732 829 320",
        "n° fiscal 30 12 345 678 901",
        "2 95 10 99 126 111 94",
        "295109912611199",
        "4111 1111 1111 1112",
        "FR76 3000 6000 0112 3456 7890 188",
        "06 12 34 56 7",
        "061234567890",
        "06 12 34 56",
        "0612345678AB",
        "DOSSIER0612345678",
        "AB12C0612345678",
        "+44 20 7946 0958",
        "+33 1 23 45 67",
        "jean [at] exemple.fr",
        "marie@exemple",
        "@ServicePublicFR",
        ".@example.com",
        "x@example.c",
        "2 69 05 93 038 295 26",
        "12/34/5678/90",
        "version 2.4.1",
        "Cerfa n° 15646*01",
        "US12 3456 7890 1234 5678 90",
        "DE89 3704 0044 0532 0130 0"
      })
  void lookAlikesAreNotReported(String text) {
    assertThat(DETECTOR.scan("Bonjour, " + text + ". Merci")).isEmpty();
  }

  @Test
  void aPhoneAfterAnotherNumberMustEndItsRunAndBeWrittenInAUsualWay() {
    assertFinds(PersonalDataKind.PHONE, "Le 12/03/2024 ", "06 12 34 56 78", " m’a rappelé");
    assertFinds(PersonalDataKind.PHONE, "Le 12/03/2024 ", "0612345678", " m’a rappelé");
    assertThat(DETECTOR.scan("Le 12/03/2024 06 12 34 56 78 90 m’a rappelé")).isEmpty();
    assertThat(DETECTOR.scan("Fixe 01 23 45 67 89 06 12 34 56 78."))
        .extracting(PersonalDataMatch::start)
        .containsExactly(5, 20);
  }

  @Test
  void matchesAreOrderedAndEmailsTakePrecedence() {
    String text =
        "Mail 0612345678@example.com, tél 06 12 34 56 78, IBAN FR7630006000011234567890189";
    assertThat(DETECTOR.scan(text))
        .extracting(PersonalDataMatch::kind)
        .containsExactly(PersonalDataKind.EMAIL, PersonalDataKind.PHONE, PersonalDataKind.IBAN);
  }

  @Test
  void redactionWritesTheDocumentedPlaceholders() {
    String text =
        "Mail : a.b@example.com\nTél. 06 12 34 56 78, NIR 2 95 10 99 126 111 93,\n"
            + "IBAN FR76 3000 6000 0112 3456 7890 189, carte 4111 1111 1111 1111.";
    assertThat(DETECTOR.redact(text))
        .isEqualTo(
            "Mail : [EMAIL]\nTél. [TÉLÉPHONE], NIR [NIR],\nIBAN [IBAN], carte [CARTE BANCAIRE].");
    assertThat(DETECTOR.redact("Rien à signaler.")).isEqualTo("Rien à signaler.");
  }

  @Test
  void anAddressGluedAfterAnotherIsFoundSoThatRedactionLeavesNothing() {
    // Found by CoreParsersFuzzTest#personalDataDetector: in "a@b.cA..--h@b.coo" the local part of
    // the second address reached back into the first one and was refused; once the first was
    // redacted, "--h@b.coo" was found, so a redacted text still held an address.
    String text = "-@@--a@b.cA..--h@b.coo -";

    assertThat(DETECTOR.scan(text))
        .containsExactly(
            new PersonalDataMatch(PersonalDataKind.EMAIL, 3, 11),
            new PersonalDataMatch(PersonalDataKind.EMAIL, 13, 22));
    assertThat(DETECTOR.redact(text)).isEqualTo("-@@[EMAIL]..[EMAIL] -");
    assertThat(DETECTOR.scan(DETECTOR.redact(text))).isEmpty();
  }

  @Test
  void aNumberInTheMiddleOfARunEndsWhereTheNextPieceOfPersonalDataBegins() {
    // Found by CoreParsersFuzzTest#personalDataDetector: after "78 ", the first phone had to end
    // its run of digit groups, which went on into the second phone; only the second was found,
    // and once it was redacted the first one was: a redacted text still held a phone number.
    String text = "Réf. 78 06 12 34 56 78 07 12 34 56 78.";

    assertThat(DETECTOR.scan(text))
        .containsExactly(
            new PersonalDataMatch(PersonalDataKind.PHONE, 8, 22),
            new PersonalDataMatch(PersonalDataKind.PHONE, 23, 37));
    assertThat(DETECTOR.redact(text)).isEqualTo("Réf. 78 [TÉLÉPHONE] [TÉLÉPHONE].");
    assertThat(DETECTOR.scan("dossier 12 34 56 78 90 12 34 56 78 90")).isEmpty();
  }

  @Test
  void aNumberGluedToTheEndOfAPreviousMatchIsFound() {
    // "+33…" right after a phone's last digit was not a candidate start (glued to a digit), but
    // became one once the first phone was redacted to "[TÉLÉPHONE]".
    String text = "Tél. 06 12 34 56 78+33 6 12 34 56 78.";

    assertThat(DETECTOR.scan(text))
        .extracting(PersonalDataMatch::kind)
        .containsExactly(PersonalDataKind.PHONE, PersonalDataKind.PHONE);
    assertThat(DETECTOR.scan(DETECTOR.redact(text))).isEmpty();
  }

  @Test
  void whatPrecedesALocalPartNeverHidesTheAddress() {
    // Found by CoreParsersFuzzTest#personalDataDetector: in "4970 1012 3456 7893..0164a@b.fr" the
    // double dot made the whole local part "7893..0164a" invalid; once the card was redacted,
    // "[CARTE BANCAIRE]..0164a@b.fr" held an address. The local part is now what follows the last
    // double dot, at most 64 characters, whatever precedes it.
    String card = "Carte 4970 1012 3456 7893..0164a@exemple.fr, merci.";
    assertThat(DETECTOR.scan(card))
        .extracting(PersonalDataMatch::kind)
        .containsExactly(PersonalDataKind.CARD, PersonalDataKind.EMAIL);
    assertThat(DETECTOR.scan(DETECTOR.redact(card))).isEmpty();

    assertFinds(PersonalDataKind.EMAIL, "Mail : a..", "b@example.com", ".");
    String longRun = "x".repeat(70) + "@example.com";
    assertThat(DETECTOR.scan(longRun))
        .containsExactly(new PersonalDataMatch(PersonalDataKind.EMAIL, 6, longRun.length()));
    assertThat(DETECTOR.scan(DETECTOR.redact("4111 1111 1111 1111" + longRun.substring(19))))
        .isEmpty();
  }

  /** A text built by the fuzzer where redacting one address reveals another (synthetic). */
  static String revealingText() throws java.io.IOException {
    try (java.io.InputStream in =
        PersonalDataDetectorTest.class.getResourceAsStream(
            "/fr/spsplus/core/fuzz/CoreParsersFuzzTestInputs/personalDataDetector/"
                + "finding-address-revealed-by-redacting-the-next")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void redactionScansAgainUntilNothingIsLeft() throws java.io.IOException {
    // Found by CoreParsersFuzzTest#personalDataDetector: the 64-character local part of a later
    // address ran into the over-long domain label of an earlier "@"; once the later address was
    // redacted, that label was short enough and the earlier address appeared. redact() now scans
    // its result again until nothing is found.
    String text = revealingText();
    assertThat(DETECTOR.scan(text)).hasSize(2);

    String redacted = DETECTOR.redact(text);

    assertThat(DETECTOR.scan(redacted)).isEmpty();
    assertThat(redacted).contains("300 [EMAIL][EMAIL][EMAIL]+0c18");
  }

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"1 ", "a@", "06 12 34 56 78 ", "jean.dupont@example.com ", "@a."})
  void redactingAMegabyteOfAdversarialTextStaysLinear(String unit) {
    String text = unit.repeat((1 << 20) / unit.length() + 1);
    CountingText counting = new CountingText(text);
    String redacted = DETECTOR.redact(counting);
    assertThat(counting.reads).isLessThanOrEqualTo(100L * text.length());
    assertThat(DETECTOR.scan(redacted)).isEmpty();
  }

  @Test
  void aPhoneGluedToAShortWordIsFound() {
    // Written for the hand-made corpus: a missing space ("le0199003344") hid the number.
    assertFinds(PersonalDataKind.PHONE, "Appelez le", "0199003344", ", c’est mon fixe.");
    assertFinds(PersonalDataKind.PHONE, "tel", "06 12 34 56 78", ".");
    assertFinds(PersonalDataKind.PHONE, "Tél", "+33612345678", ".");
    // As strict as in the middle of a run: a block, pairs or 4-2-2-2.
    assertThat(DETECTOR.scan("tel06 1 234 56 78.")).isEmpty();
  }

  @Test
  void aCountryCodeInParenthesesBelongsToTheNumber() {
    assertFinds(PersonalDataKind.PHONE, "Depuis l’étranger : ", "(+33) 6 12 34 56 78", ", merci.");
    assertFinds(PersonalDataKind.PHONE, "Tél. ", "(+262) 692 12 34 56", ".");
  }

  @Test
  void aCapitalisedWordGluedAfterAnAddressIsNotPartOfIt() {
    // "…@example.com.Merci.": a space is missing after the full stop.
    assertFinds(PersonalDataKind.EMAIL, "Adresse : ", "m.durand@example.com", ".Merci.");
    assertFinds(PersonalDataKind.EMAIL, "Écrire à ", "Jean.Dupont@Example.COM", ".");
    assertFinds(PersonalDataKind.EMAIL, "", "contact@mairie.Paris", " est l’adresse.");
  }

  @Test
  void matchesNeverShowTheValue() {
    PersonalDataMatch match = DETECTOR.scan("Tél. 06 12 34 56 78").get(0);
    assertThat(match).hasToString("PHONE[5,19)");
    assertThat(match.length()).isEqualTo(14);
  }

  @Test
  void containsAndRestrictedDetectors() {
    String text = "Tél. 06 12 34 56 78, mail a@example.com";
    assertThat(DETECTOR.contains(text, PersonalDataKind.PHONE)).isTrue();
    assertThat(DETECTOR.contains(text, PersonalDataKind.IBAN)).isFalse();
    assertThat(DETECTOR.containsAny("Rien.")).isFalse();
    PersonalDataDetector emailsOnly = PersonalDataDetector.of(EnumSet.of(PersonalDataKind.EMAIL));
    assertThat(emailsOnly.scan(text))
        .extracting(PersonalDataMatch::kind)
        .containsExactly(PersonalDataKind.EMAIL);
    PersonalDataDetector numbersOnly =
        PersonalDataDetector.of(EnumSet.complementOf(EnumSet.of(PersonalDataKind.EMAIL)));
    assertThat(numbersOnly.scan(text))
        .extracting(PersonalDataMatch::kind)
        .containsExactly(PersonalDataKind.PHONE);
    assertThat(PersonalDataDetector.of(EnumSet.allOf(PersonalDataKind.class))).isSameAs(DETECTOR);
  }

  @Test
  void scanningFromManyThreadsGivesTheSameResults() throws Exception {
    List<PersonalDataDetectorCorpusTest.Line> corpus = PersonalDataDetectorCorpusTest.corpus();
    List<List<PersonalDataMatch>> sequential = new ArrayList<>();
    for (PersonalDataDetectorCorpusTest.Line line : corpus) {
      sequential.add(DETECTOR.scan(line.text()));
    }
    List<List<PersonalDataMatch>> parallel =
        corpus.parallelStream().map(line -> DETECTOR.scan(line.text())).toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  /** Counts the characters the detector reads: a measure of work independent of the machine. */
  static final class CountingText implements CharSequence {
    private final String text;
    long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      reads += end - start;
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return "CountingText[" + text.length() + " chars]";
    }
  }

  /**
   * Linear time, checked without a clock: on adversarial inputs of one megabyte (every character a
   * candidate start, long runs of digits, separators, @ signs, letters), the detector reads each
   * character a bounded number of times. A regular expression with catastrophic backtracking, or a
   * scanner that rescans runs from every position, would read quadratically many.
   */
  @ParameterizedTest(name = "[{index}]") // synthetic values, kept out of test names
  @ValueSource(
      strings = {
        "1 ",
        "0 ",
        "2",
        "0.",
        "+33 ",
        "a@",
        "@",
        "a",
        "FR76 ",
        "1 85 05 2A ",
        "4111 ",
        "x.",
        "06 12 34 56 78 ",
        "jean.dupont@example.com ",
        "a-",
        "@a.",
        "00 33 "
      })
  void workIsLinearOnAMegabyteOfAdversarialText(String unit) {
    String text = unit.repeat((1 << 20) / unit.length() + 1);
    CountingText counting = new CountingText(text);
    List<PersonalDataMatch> matches = DETECTOR.scan(counting);
    assertThat(counting.reads).isLessThanOrEqualTo(100L * text.length());
    assertThat(matches).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(text.length()));
  }

  @Test
  void workGrowsLinearlyWithTheLength() {
    long small = readsFor("1 1 1 1 a@b 0 6 ".repeat(10_000));
    long large = readsFor("1 1 1 1 a@b 0 6 ".repeat(40_000));
    assertThat(large).isLessThanOrEqualTo(4 * small + 1_000);
  }

  private static long readsFor(String text) {
    CountingText counting = new CountingText(text);
    DETECTOR.scan(counting);
    return counting.reads;
  }
}
