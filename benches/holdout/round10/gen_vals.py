"""Round 10 value generators: European / Commonwealth people (names, webmail, mobiles valid per phonenumbers, IBANs),
national ids not in earlier helpers (AU TFN and Medicare, IE PPSN checked by stdnum), company ids for the negatives
(SIREN / SIRET, KvK, BTW, USt-IdNr, UK company number and VAT, CA business number, AU ABN), deliberately broken ids for
test fixtures, platform secrets (Vault unseal shares, Consul gossip keys, WordPress salts, Rails master key, Jenkins API
tokens, Buildkite agent tokens), and padding reads of a platform repo."""
import base64, re
import phonenumbers
from phonenumbers import PhoneNumberType as PT, PhoneNumberFormat as PF
from stdnum import iban as std_iban, luhn
from stdnum.au import tfn as std_tfn, abn as std_abn
from stdnum.ie import pps as std_pps
from stdnum.fr import siren as std_siren
from stdnum.de import vat as std_devat
from stdnum.gb import vat as std_gbvat
from gen_common import R, rs, rb, hexs, until, DIG, UP, LO, AL, HEX, iban_p, r3, PV7
import gen_sess as SS
import gen_text_ops as TO
import gen_text_code as TC

NAMES = {"FR": (["Camille", "Julien", "Élodie", "Mathieu", "Inès", "Théo", "Manon"], ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Mercier"]),
         "DE": (["Lena", "Jonas", "Katrin", "Felix", "Sabine", "Moritz", "Jana"], ["Schneider", "Hoffmann", "Wagner", "Becker", "Krüger", "Schulz"]),
         "NL": (["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris"], ["de Vries", "Jansen", "Visser", "van Dijk", "Bakker", "Smit"]),
         "BE": (["Lotte", "Wout", "Elise", "Arne", "Margaux"], ["Peeters", "Janssens", "Maes", "Claes", "Dubois"]),
         "PL": (["Zofia", "Jakub", "Agnieszka", "Piotr", "Magdalena"], ["Kowalska", "Nowak", "Wiśniewski", "Wójcik", "Kamińska"]),
         "SE": (["Erik", "Astrid", "Linnea", "Oskar"], ["Lindqvist", "Johansson", "Berg", "Nyström"]),
         "DK": (["Mette", "Rasmus", "Freja", "Mads"], ["Larsen", "Nielsen", "Sørensen", "Kristensen"]),
         "FI": (["Aino", "Mikko", "Siiri", "Juho"], ["Virtanen", "Korhonen", "Mäkinen", "Nieminen"]),
         "PT": (["João", "Beatriz", "Tiago", "Mariana"], ["Costa", "Ferreira", "Rodrigues", "Almeida"]),
         "IT": (["Giulia", "Marco", "Chiara", "Luca", "Francesca"], ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo"]),
         "ES": (["Lucía", "Javier", "Carmen", "Álvaro", "Nerea"], ["García", "Navarro", "Fernández", "López", "Martín"]),
         "GB": (["Oliver", "Amelia", "Harry", "Isla", "George"], ["Hughes", "Evans", "Walker", "Wright", "Taylor"]),
         "CA": (["Liam", "Chloé", "Noah", "Émilie"], ["Tremblay", "Gagnon", "MacDonald", "Roy"]),
         "AU": (["Jack", "Charlotte", "Mia", "Lachlan"], ["Nguyen", "Smith", "Kelly", "O'Brien"]),
         "IE": (["Aoife", "Cian", "Saoirse", "Oisín"], ["Murphy", "Byrne", "O'Sullivan", "Walsh"])}
MAILDOM = {"FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"], "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BE": ["telenet.be", "skynet.be", "gmail.com"], "PL": ["wp.pl", "onet.pl", "o2.pl"],
           "SE": ["telia.com", "gmail.com"], "DK": ["mail.dk", "gmail.com"], "FI": ["elisanet.fi", "gmail.com"], "PT": ["sapo.pt", "gmail.com"],
           "IT": ["libero.it", "virgilio.it", "tiscali.it"], "ES": ["telefonica.net", "gmail.com", "hotmail.es"], "GB": ["btinternet.com", "outlook.com", "hotmail.co.uk"],
           "CA": ["videotron.ca", "rogers.com", "gmail.com"], "AU": ["bigpond.com", "optusnet.com.au", "gmail.com"], "IE": ["eircom.net", "gmail.com"]}
ASCII = str.maketrans("éèêëàâäáíóöôúüûçñøæåšśłńźżćąęõãï'", "eeeeaaaaiooouuucnoaasslnzzcaeoai_")


def person(cc):
    f, l = R.choice(NAMES[cc][0]), R.choice(NAMES[cc][1])
    return f, l, "%s %s" % (f, l)


def mail(cc, f, l):
    loc = (f + R.choice([".", "", "_"]) + l.replace(" ", "")).lower().translate(ASCII).replace("_", ".")
    return loc + R.choice(["", "", str(R.randint(1, 99))]) + "@" + R.choice(MAILDOM[cc])


def mob(cc, fmt="nat"):
    """A mobile number of `cc` that phonenumbers says is valid, of that region and a mobile (CA: fixed-or-mobile)."""
    ex = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(cc, PT.MOBILE))
    cc_n = phonenumbers.country_code_for_region(cc)
    lead = {"GB": ["74", "75", "77", "78", "79"], "CA": ["416", "514", "604", "613", "403"], "AU": ["40", "41", "42", "43"], "IE": ["83", "85", "86", "87"],
            "SE": ["70", "72", "73", "76"], "DK": ["2", "3", "4", "5"], "FI": ["40", "44", "45", "50"]}.get(cc, [ex[:2]])

    def mk():
        p = R.choice(lead)
        return p + rs(len(ex) - len(p), DIG)

    def ok(s):
        if cc == "CA" and s[3:6] == "555":  # 555 exchange: the fiction range
            return False
        n = phonenumbers.parse("+%d%s" % (cc_n, s))
        return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == cc and \
            phonenumbers.number_type(n) in ((PT.MOBILE, PT.FIXED_LINE_OR_MOBILE) if cc in ("CA",) else (PT.MOBILE,))
    n = phonenumbers.parse("+%d%s" % (cc_n, until(mk, ok)))
    return {"nat": lambda: phonenumbers.format_number(n, PF.NATIONAL), "intl": lambda: phonenumbers.format_number(n, PF.INTERNATIONAL),
            "e164": lambda: phonenumbers.format_number(n, PF.E164)}[fmt]()


BBAN = {"IE": "4a6n8n", "SE": "20n", "DK": "14n", "FI": "14n"}


def iban(cc, printed=True):
    if cc not in BBAN:
        return iban_p(cc, printed)

    def mk():
        b = ""
        for n, t in re.findall(r"(\d+)([an])", BBAN[cc]):
            b += rs(int(n), UP if t == "a" else DIG)
        return cc + std_iban.calc_check_digits(cc + "00" + b) + b
    v = until(mk, lambda v: std_iban.is_valid(v) and "0000" not in v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if printed else v


def au_tfn():
    v = until(lambda: R.choice("1234567") + rs(8, DIG), std_tfn.is_valid)
    return "%s %s %s" % (v[:3], v[3:6], v[6:])


def au_medicare():
    """10 digits: first 2-6, check digit (weights 1,3,7,9,1,3,7,9 mod 10) 9th, issue number 10th."""
    d = [R.randint(2, 6)] + [R.randint(0, 9) for _ in range(7)]
    c = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    s = "".join(map(str, d)) + str(c) + str(R.randint(1, 5))
    return "%s %s %s" % (s[:4], s[4:9], s[9])


def medicare_ok(v):
    d = [int(c) for c in v.replace(" ", "")]
    return len(d) == 10 and 2 <= d[0] <= 6 and sum(a * b for a, b in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == d[8]


def ie_ppsn():
    return until(lambda: r3.ppsn() + R.choice(["", "", "A"]), std_pps.is_valid)


# ---------------------------------------------------------------- company identifiers (negatives)
def siren():
    return until(lambda: R.choice("3456789") + rs(8, DIG), std_siren.is_valid)


def siret(sr=None):
    sr = sr or siren()
    return until(lambda: sr + rs(5, DIG), luhn.is_valid)


def fr_tva(sr):
    return "FR%02d%s" % ((12 + 3 * (int(sr) % 97)) % 97, sr)


def kvk():
    return rs(8, DIG)


def nl_btw():
    return "NL%sB01" % until(lambda: rs(9, DIG), lambda v: sum(int(c) * w for c, w in zip(v[:8], range(9, 1, -1))) % 11 == int(v[8]) and v[0] != "0")


def de_ust():
    return until(lambda: "DE" + R.choice("123") + rs(8, DIG), std_devat.is_valid)


def gb_vat():
    return until(lambda: "GB" + rs(9, DIG), std_gbvat.is_valid)


def ca_bn():
    return until(lambda: R.choice("7128") + rs(8, DIG), luhn.is_valid) + "RT0001"


def au_abn():
    v = until(lambda: R.choice("1234567") + rs(10, DIG), std_abn.is_valid)
    return "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])


def broken(v):
    """The same id with its last digit changed, so its checksum fails (test fixtures)."""
    i = max(k for k, c in enumerate(v) if c.isdigit())
    return v[:i] + str((int(v[i]) + 1 + R.randint(0, 7)) % 10) + v[i + 1:]


# ---------------------------------------------------------------- platform secrets
def dbpw(n=20):
    return until(lambda: rs(n, AL + "_-.!"), lambda s: any(c.isdigit() for c in s) and any(c.isupper() for c in s) and s[0].isalnum())


def unseal():
    return base64.b64encode(rb(33)).decode()


def gossip():
    return base64.b64encode(rb(32)).decode()


def wp_salt():
    return until(lambda: rs(64, AL + "!@#$%^&*()-_[]{}<>~`+=,.;:/?|"), lambda s: "'" not in s and "\\" not in s)


def laravel_key():
    return "base64:" + base64.b64encode(rb(32)).decode()


def jenkins_api():
    return "11" + hexs(32)


def bk_agent():
    return rs(50, LO + DIG)


def uuid4():
    return r3.ruuid()


# ---------------------------------------------------------------- padding: reads of a platform repo
def pad(seed, n=3, size=None):
    """n padding steps (source files and ops files) of a platform team's repos, about `size` bytes each (by default
    drawn per step from 4-20 KB with the seed's own Random)."""
    kinds = [("go", "internal/platform/reconciler.go"), ("java", "src/main/java/eu/acme/platform/TenantService.java"),
             ("tf", "infra/eks/main.tf"), ("helm", "charts/gateway/values.yaml"), ("ansible", "roles/node/tasks/main.yml"),
             ("ci", "ci-logs/build.log"), ("docker", "docker-build.log"), ("py", "tools/ops/rotate.py")]
    out, T = [], TC.rng(seed)
    for k in range(n):
        lang, p = kinds[T.randrange(len(kinds))]
        s = "%s-%d" % (seed, k)
        size_k = size or T.choice([4000, 6000, 9000, 14000, 20000])
        if lang in ("go", "java", "py"):
            out += SS.reads(lang, s, 1, size_k)
            continue
        text = {"tf": TO.terraform, "helm": TO.helm_values, "ansible": TO.ansible, "ci": TO.ci_log, "docker": TO.docker_build}[lang](s, size_k)
        out.append(("t", "read" if lang in ("tf", "helm", "ansible") else "bash", p if lang in ("tf", "helm", "ansible") else "cat " + p, text))
    return out
