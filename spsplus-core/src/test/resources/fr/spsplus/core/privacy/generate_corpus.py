#!/usr/bin/env python3
"""Generates corpus.tsv, the labelled corpus of PersonalDataDetectorCorpusTest.

Synthetic data only: every e-mail address uses a reserved example domain (RFC 2606/6761) or an
obviously fictitious one, every number is random (with the check digits computed here, independently
of spsplus). Run: python3 generate_corpus.py > corpus.tsv (Python 3.8+, standard library only).
The seed is fixed, so the output is reproducible.
"""
import random

R = random.Random(20240312)
NBSP, NNBSP = "\u00a0", "\u202f"


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- phones
def phone_national(prefix=None):
    if prefix is None:
        prefix = "0" + R.choice("123456789")
    rest = digits(10 - len(prefix))
    d = prefix + rest
    style = R.choice(["space", "dot", "dash", "none", "nbsp", "space", "4-2-2-2"])
    if style == "space":
        return " ".join(d[i:i + 2] for i in range(0, 10, 2))
    if style == "dot":
        return ".".join(d[i:i + 2] for i in range(0, 10, 2))
    if style == "dash":
        return "-".join(d[i:i + 2] for i in range(0, 10, 2))
    if style == "nbsp":
        return NBSP.join(d[i:i + 2] for i in range(0, 10, 2))
    if style == "4-2-2-2":
        return d[:4] + " " + d[4:6] + " " + d[6:8] + " " + d[8:]
    return d


def phone_international():
    cc, national = R.choice([
        ("33", R.choice("12345679") + digits(8)),
        ("33", "6" + digits(8)),
        ("262", "692" + digits(6)),
        ("262", "262" + digits(6)),
        ("590", "690" + digits(6)),
        ("594", "694" + digits(6)),
        ("596", "696" + digits(6)),
        ("269", "639" + digits(6)),
    ])
    n = national
    style = R.choice(["plus", "plus-paren", "plus-compact", "00", "00-space", "plus-trunk"])
    grouped = n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2)) if cc == "33" else \
        n[:3] + " " + " ".join(n[i:i + 2] for i in range(3, 9, 2))
    if style == "plus":
        return "+" + cc + " " + grouped
    if style == "plus-paren":
        return "+" + cc + " (0)" + grouped
    if style == "plus-compact":
        return "+" + cc + n
    if style == "00":
        return "00" + cc + " " + grouped
    if style == "00-space":
        return "00 " + cc + " " + grouped
    return "+" + cc + " 0" + grouped


OVERSEAS_PREFIXES = ["0262", "0269", "0590", "0594", "0596", "0639", "0690", "0694", "0696", "0692"]


# ---------------------------------------------------------------- NIR
def nir(valid=True, corsica=None):
    sex = R.choice("12")
    year = digits(2)
    month = "%02d" % R.randint(1, 12)
    dept = corsica or "%02d" % R.choice(list(range(1, 96)) + [99])
    commune = "%03d" % R.randint(1, 999)
    order = "%03d" % R.randint(1, 999)
    body = sex + year + month + dept + commune + order
    numeric = body.replace("2A", "19").replace("2B", "18")
    key = 97 - int(numeric) % 97
    if not valid:
        key = (key % 97) + 1  # any other key in 1..97
    k = "%02d" % key
    style = R.choice(["groups", "compact", "groups", "nbsp", "dots"])
    parts = [sex, year, month, dept, commune, order, k]
    if style == "groups":
        return " ".join(parts)
    if style == "nbsp":
        return NBSP.join(parts)
    if style == "dots":
        return ".".join(parts)
    return "".join(parts)


# ---------------------------------------------------------------- IBAN
IBAN_SPECS = {"FR": "10n11c2n", "DE": "18n", "BE": "12n", "ES": "20n", "IT": "1a10n12c",
              "GB": "4a14n", "NL": "4a10n", "LU": "3n13c", "CH": "5n12c", "PT": "21n", "MC": "10n11c2n"}


def expand(spec):
    out, count = "", 0
    for c in spec:
        if c.isdigit():
            count = count * 10 + int(c)
        else:
            out += c * count
            count = 0
    return out


def iban(valid=True):
    country = R.choice(list(IBAN_SPECS) + ["FR", "FR", "FR"])
    bban = ""
    for cls in expand(IBAN_SPECS[country]):
        if cls == "n":
            bban += R.choice("0123456789")
        elif cls == "a":
            bban += R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        else:
            bban += R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    check = 98 - number % 97
    if not valid:
        check = check % 97 + 1 if check != 1 else 2
    code = country + "%02d" % check + bban
    if R.random() < 0.7:
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    return code


# ---------------------------------------------------------------- cards
def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def card(valid=True):
    prefix, length = R.choice([("4", 16), ("4970", 16), ("51", 16), ("55", 16), ("2221", 16),
                               ("34", 15), ("37", 15), ("6011", 16), ("35", 16), ("4", 13)])
    if prefix == "35":
        prefix = str(R.randint(3528, 3589))
    number = luhn_complete(prefix, length)
    if not valid:
        last = int(number[-1])
        number = number[:-1] + str((last + R.randint(1, 9)) % 10)
    if length == 15 and R.random() < 0.6:
        return number[:4] + " " + number[4:10] + " " + number[10:]
    style = R.choice(["space", "dash", "none", "space"])
    if style == "none":
        return number
    sep = " " if style == "space" else "-"
    return sep.join(number[i:i + 4] for i in range(0, length, 4))


# ---------------------------------------------------------------- e-mail
FIRST = ["jean", "marie", "paul", "lea", "karim", "sophie", "thomas", "ines", "luc", "amelie",
         "hélène", "francois", "nadia", "olivier", "chloe"]
LAST = ["dupont", "martin", "bernard", "durand", "petit", "moreau", "laurent", "simon", "michel"]
DOMAINS = ["example.com", "example.org", "example.net", "exemple.test", "mail.example",
           "courriel.example.fr", "sub.domaine.example"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      f + "-" + l, l + "+sp", f.upper() + "." + l.upper()])
    return local + "@" + R.choice(DOMAINS)


# ---------------------------------------------------------------- texts
OPENINGS = [
    "Bonjour,", "Madame, Monsieur,", "Je souhaite partager mon expérience.", "Très déçu.",
    "Un grand merci à l’agent qui m’a reçu.", "Expérience plutôt positive dans l'ensemble.",
    "Cela fait trois semaines que j’attends.", "Je tiens à signaler un dysfonctionnement.",
]
CONTEXTS = [
    "Je me suis présenté à l’accueil de la CAF le 12/03/2024 à 9h15",
    "J'ai appelé la plateforme téléphonique de l’Assurance Maladie à plusieurs reprises",
    "Ma demande de titre de séjour est en cours depuis le 2024-01-08",
    "Le centre des finances publiques m’a répondu au bout de 15 jours",
    "À la préfecture, le guichet 4 était fermé entre 12h et 14h",
    "J’ai déposé mon dossier de retraite le 05.02.2024 à l’agence de Lyon",
    "France services m’a aidé à remplir le formulaire Cerfa n° 15646*01",
    "Pôle emploi m’a convoqué pour un rendez-vous le 3 avril à 10h30",
    "La mairie du 15e (75015) m’a délivré l’acte en 48 heures",
    "L’URSSAF m’a réclamé 1 234,56 € sans explication",
]
ENDINGS = [
    "Merci de votre attention.", "Cordialement.", "Bonne journée.", "Je reste disponible.",
    "J’espère que cela sera amélioré.", "Rien à redire, bravo !", "C’est inadmissible.",
]
PHONE_FRAMES = [
    "{c}. Vous pouvez me rappeler au {x}. {e}",
    "{o} {c}, on m’a demandé de laisser mon numéro : {x}. {e}",
    "{c} ; mon portable est le {x} si besoin.",
    "{o} Personne ne répond au {x} depuis lundi. {e}",
    "{c}. Tél. : {x}",
    "{o} Joignable au {x} (après 18h). {e}",
]
EMAIL_FRAMES = [
    "{c}. Écrivez-moi à {x} pour le suivi. {e}",
    "{o} Mon adresse est {x}, merci de me répondre. {e}",
    "{c} ; réponse attendue sur {x}.",
    "{o} Contact : {x}",
    "{c} (mail : {x}). {e}",
]
NIR_FRAMES = [
    "{c}. Mon numéro de sécurité sociale est le {x}. {e}",
    "{o} Voici mon n° de sécu : {x}, pour retrouver le dossier.",
    "{c} ; NIR {x}. {e}",
    "{o} L’agent m’a demandé mon numéro {x} trois fois ! {e}",
]
IBAN_FRAMES = [
    "{c}. Mon IBAN est {x}, le remboursement n’est jamais arrivé. {e}",
    "{o} J’ai transmis mon RIB ({x}) deux fois. {e}",
    "{c} ; virement attendu sur {x}.",
    "{o} IBAN : {x}",
]
CARD_FRAMES = [
    "{c}. J’ai payé avec ma carte {x} et le paiement a été refusé. {e}",
    "{o} Le site a débité ma carte n° {x} deux fois. {e}",
    "{c} ; carte bancaire {x}, expiration 09/27.",
]
NEGATIVE_FRAMES = [
    "{o} {c}. {e}",
    "{c}. Mon dossier n° 2024-123456 est toujours en attente. {e}",
    "{o} Référence de la demande : 24-0012345. {e}",
    "{c}. La facture de 12 000 € reste impayée depuis le 01/02/2023. {e}",
    "{o} Rendez-vous le 12.03.2024 à 14h30, annulé sans prévenir. {e}",
    "{c}. Le SIRET de mon entreprise est 732 829 320 00074. {e}",
    "{o} Mon entreprise (SIRET 73282932000074) attend son remboursement. {e}",
    "{c}. SIREN 732 829 320, TVA FR40 732829320. {e}",
    "{o} Mon numéro fiscal 30 12 345 678 901 est bien renseigné. {e}",
    "{c}. Numéro allocataire 1234567, code postal 13001 Marseille. {e}",
    "{o} Il y avait 45 personnes devant moi, attente de 2 h 15 min. {e}",
    "{c}. Suivez-nous sur @ServicePublicFR pour les actualités. {e}",
    "{o} Colis suivi n° 6A12345678901, jamais livré. {e}",
    "{c}. Montant : 1 234 567,89 € au titre de 2022-2023. {e}",
    "{o} Le formulaire 2042-C-PRO est incompréhensible. {e}",
    "{c}. Ouvert du lundi au vendredi de 8h30 à 12h00 et de 13h30 à 16h30. {e}",
    "{o} Attente au 3949 (service gratuit + prix d’un appel). {e}",
    "{c}. J’ai reçu un courrier daté du 2023-11-30 avec la référence 2023/45/678. {e}",
    "{o} Version 2.4.1 de l’application, page 12 sur 45. {e}",
    "{c}. Ligne de bus 38, arrêt n° 1205, puis 15 min à pied. {e}",
]


def fill(frame, value=""):
    return frame.format(o=R.choice(OPENINGS), c=R.choice(CONTEXTS), e=R.choice(ENDINGS), x=value)


lines = []


def add(labels, text):
    assert "\t" not in text
    lines.append((",".join(labels) if labels else "-", text.replace("\n", "\\n")))


for _ in range(28):
    add(["PHONE"], fill(R.choice(PHONE_FRAMES), phone_national()))
for _ in range(12):
    add(["PHONE"], fill(R.choice(PHONE_FRAMES), phone_national(R.choice(OVERSEAS_PREFIXES))))
for _ in range(16):
    add(["PHONE"], fill(R.choice(PHONE_FRAMES), phone_international()))
for _ in range(28):
    add(["EMAIL"], fill(R.choice(EMAIL_FRAMES), email()))
for _ in range(20):
    add(["NIR"], fill(R.choice(NIR_FRAMES), nir()))
for corsica in ["2A", "2B", "2A", "2B", "2A", "2B"]:
    add(["NIR"], fill(R.choice(NIR_FRAMES), nir(corsica=corsica)))
for _ in range(24):
    add(["IBAN"], fill(R.choice(IBAN_FRAMES), iban()))
for _ in range(24):
    add(["CARD"], fill(R.choice(CARD_FRAMES), card()))
for _ in range(14):
    kinds = R.sample(["PHONE", "EMAIL", "NIR", "IBAN", "CARD"], 2)
    makers = {"PHONE": phone_national, "EMAIL": email, "NIR": nir, "IBAN": iban, "CARD": card}
    text = (R.choice(OPENINGS) + " " + R.choice(CONTEXTS) + ".\nCoordonnées : "
            + makers[kinds[0]]() + " et " + makers[kinds[1]]() + ".\n" + R.choice(ENDINGS))
    add(sorted(kinds), text)
for _ in range(3):
    add(["PHONE", "PHONE"], fill("{o} Fixe : {x}", phone_national("01")) + " ; portable : "
        + phone_national("07") + ".")
# negatives: look-alikes and clean texts
for frame in NEGATIVE_FRAMES:
    add([], fill(frame))
    add([], fill(frame))
for _ in range(10):
    add([], fill(R.choice(NIR_FRAMES), nir(valid=False)))
for _ in range(10):
    add([], fill(R.choice(CARD_FRAMES), card(valid=False)))
for _ in range(10):
    add([], fill(R.choice(IBAN_FRAMES), iban(valid=False)))
for _ in range(6):
    add([], fill("{o} Le numéro {x} n’est pas attribué.", digits(1) + "1 " + digits(2) + " "
                 + digits(2) + " " + digits(2)))
add([], "Écrivez à jean [at] exemple [point] fr, ce n’est pas une adresse valide.")
add([], "Adresse mal saisie : marie.dupont@exemple, sans domaine.")
add([], "Le code d’accès 0123456789AB figure sur le courrier.")
add([], "Rendez-vous le 06/12/2024 à 10h, puis le 07/12 à 11h.")
add([], "La permanence du 06 au 12 mars est annulée.")
add([], "Pour 2024, le taux est passé de 12,5 % à 14,3 %.")

# hand-written edge cases (values made valid or invalid on purpose by the helpers above)
def nir_of(body):
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    return body + "%02d" % key


def iban_of(country, bban):
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return country + "%02d" % (98 - number % 97) + bban


add(["PHONE"], "Le 12/03/2024 06 12 34 56 78 m’a rappelé, merci.")
add(["PHONE", "PHONE"], "Fixe 01 23 45 67 89 06 12 34 56 78, joignable le soir.")
add(["PHONE"], "Laissez un message (06 98 76 54 32) si je ne réponds pas.")
add(["PHONE"], "Tél:0612345678.")
add(["PHONE"], "Mon numéro :\n07" + NNBSP + "11" + NNBSP + "22" + NNBSP + "33" + NNBSP + "44\nMerci.")
add(["PHONE"], "Depuis l’étranger : +33.6.12.34.56.78 ou par courrier.")
add(["PHONE"], "À La Réunion, appelez le 0262 41 22 33 ou passez au guichet.")
add(["PHONE"], "Numéro mahorais : +269 639 12 34 56.")
add(["EMAIL"], "Réponse souhaitée à <jean.dupont@example.com>.")
add(["EMAIL"], "Écrire à Jean.Dupont@Example.COM.")
add(["EMAIL"], "Mail : hélène.lefèvre@courriel.example.fr, merci !")
add(["EMAIL", "PHONE"], "Contact : paul.martin@example.org / 06 01 02 03 04")
add(["NIR"], "NIR " + nir_of("1850578006084") + ", merci de corriger.")
add(["NIR"], "Né en Corse : " + " ".join([x for x in ["2", "92", "04", "2A", "004", "123"]])
    + " " + nir_of("292042A004123")[-2:] + ".")
add(["IBAN"], "iban " + " ".join(iban_of("FR", "30006000011234567890189")[i:i + 4].lower()
                                 for i in range(0, 27, 4)) + " (en minuscules).")
add(["CARD"], "Carte 4970-1012-3456-" + "789" + str((10 - sum((d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d for i, d in enumerate(map(int, reversed("497010123456789")))) % 10) % 10) + " refusée.")
add([], "Tarif : 0,06 € la minute depuis un fixe, 0 800 gratuit.")
add([], "Permanences les 06, 12 et 24 juin, de 9 h à 12 h.")
add([], "Numéro de dossier 12/34/5678/90 toujours sans suite.")
add([], "Voir la circulaire n° 2012-213 du 1er juin 2012, articles L161-1-4 et R. 114-7.")

print("# provenance: synthetic French experience texts generated by generate_corpus.py (seed "
      "20240312) in this folder; labels = kinds expected on the line (comma-separated, repeated "
      "for several matches of one kind, '-' for none); no real person's data: example domains, "
      "random numbers with check digits computed by the generator; '\\n' in a text stands for a "
      "line break.")
for labels, text in lines:
    print(labels + "\t" + text)
