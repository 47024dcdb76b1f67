"""Round 11 value generators: SaaS / payment credentials of customer-facing product teams (Stripe restricted keys,
HubSpot, Zendesk, Intercom, Twilio, Adyen, Braintree, PayPal, Plaid, Salesforce, Algolia, Auth0, Okta, FCM), US / JP
people and phones valid per phonenumbers, the ids stdnum checks (US ITIN, IN PAN, JP My Number), documented test
cards of payment providers for the negatives, and padding reads of a product team's repos (round 8's sessions)."""
import base64, uuid
import phonenumbers
from stdnum.us import itin as std_itin
from stdnum.jp import in_ as std_jpin
from gen_common import R, R4, rs, rb, hexs, until, DIG, UP, LO, AL, HEX, r3, V10
import gen_sess as SS

B64U = AL + "-_"
B64 = AL + "+/"


def uid():
    return r3.ruuid()


# ---------------------------------------------------------------- credentials
def stripe_sk(mode="live"):
    return "sk_%s_51%s" % (mode, rs(97, AL))


def stripe_rk(mode="live"):
    return "rk_%s_51%s" % (mode, rs(97, AL))


def stripe_pk(mode="live"):
    return "pk_%s_51%s" % (mode, rs(97, AL))


def whsec():
    return "whsec_" + rs(32, AL)


def hubspot():
    return "pat-%s-%s" % (R.choice(["na1", "eu1"]), uid())


def zendesk():
    return rs(40, AL)


def intercom():
    return base64.b64encode(("tok:%s:1:0" % uid().replace("-", "_")).encode()).decode()


def twilio_sid():
    return "AC" + hexs(32)


def twilio_token():
    return hexs(32)


def adyen_key():
    return "AQE" + R.choice(["yhmfx", "whmfx", "thmfx"]) + rs(88, B64) + "-" + rs(43, B64) + "=-" + rs(12, AL + "<>?%")


def adyen_hmac():
    return hexs(64).upper()


def braintree_priv():
    return hexs(32)


def bt_ident(n=16):
    return rs(n, LO + DIG)


def paypal(p):
    return p + rs(79, B64U)


def plaid_secret():
    return hexs(30)


def plaid_access(env="production"):
    return "access-%s-%s" % (env, uid())


def sf_consumer_key():
    return "3MVG9" + rs(80, AL + "._")


def sf_consumer_secret():
    return hexs(64).upper()


def sf_refresh():
    return "5Aep861" + rs(80, AL + "._")


def sf_session():
    return "00D" + rs(12, AL) + "!AQ" + rs(4, AL) + "." + rs(90, AL + "._")


def algolia_app():
    return rs(10, UP + DIG)


def auth0_secret():
    return rs(64, B64U)


def okta_secret():
    return rs(40, B64U)


def okta_ssws():
    return "00" + rs(40, B64U)


def fcm_server():
    return "AAAA" + rs(7, B64U) + ":APA91b" + rs(134, B64U)


def fcm_device():
    return rs(22, B64U) + ":APA91b" + rs(134, B64U)


def segment_write():
    return rs(32, AL)


def postmark():
    return uid()


def mailchimp():
    return hexs(32) + "-us" + str(R.randint(2, 21))


def pw(n=18):
    return V10.dbpw(n)


# ---------------------------------------------------------------- people
US_FIRST = ["Emily", "Jacob", "Madison", "Tyler", "Hannah", "Brandon", "Ashley", "Marcus", "Kayla", "Dylan", "Rosa", "DeShawn"]
US_LAST = ["Whitaker", "Alvarez", "Nguyen", "Brennan", "Okafor", "Delgado", "Hartman", "Kowalski", "Reyes", "Sullivan"]
US_AREA = ["212", "312", "415", "617", "713", "305", "404", "206", "503", "602", "720", "919", "612", "214"]
US_MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"]


def us_person():
    f, l = R.choice(US_FIRST), R.choice(US_LAST)
    return f, l, "%s %s" % (f, l)


def us_mail(f, l):
    return "%s%s%s%s@%s" % (f.lower(), R.choice([".", "", "_"]), l.lower(), R.choice(["", "", str(R.randint(1, 99))]), R.choice(US_MAIL))


def us_phone(fmt="nat"):
    """A NANP number valid per phonenumbers, outside the 555 fiction exchange."""
    def mk():
        return R.choice(US_AREA) + str(R.randint(2, 9)) + rs(2, DIG) + rs(4, DIG)

    def ok(s):
        n = phonenumbers.parse("+1" + s)
        return s[3:6] != "555" and phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == "US"
    s = until(mk, ok)
    if fmt == "nat":
        return "(%s) %s-%s" % (s[:3], s[3:6], s[6:])
    if fmt == "dash":
        return "%s-%s-%s" % (s[:3], s[3:6], s[6:])
    return "+1 %s-%s-%s" % (s[:3], s[3:6], s[6:]) if fmt == "intl" else "+1" + s


def us_itin():
    return until(r3.itin, std_itin.is_valid)


def in_pan():
    return until(R4.in_pan, lambda v: v[3] == "P")


def jp_my_number(spaced=True):
    v = until(lambda: rs(11, DIG), lambda s: s[0] != "0")
    v = v + std_jpin.calc_check_digit(v)
    std_jpin.validate(v)
    return "%s %s %s" % (v[:4], v[4:8], v[8:]) if spaced else v


def card(kind="visa", fmt=True):
    n = r3.card(kind)
    return r3.card_fmt(n) if fmt else n


def exp():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))


def cvv(n=3):
    return rs(n, DIG)


from gen_vals_doc import TEST_CARDS  # noqa: E402,F401  documented test cards (examples)


# ---------------------------------------------------------------- padding: a product team's repos
def pad(seed, n=3, size=None):
    """n padding reads (TypeScript, Django, Go, Java, Ruby sources of a shop / billing product; round 8's generators)
    of about `size` bytes each (by default 4-16 KB per step)."""
    out = []
    langs = ["ts", "py", "go", "java", "rb"]
    for k in range(n):
        lang = langs[(k + len(seed)) % len(langs)]
        sz = size or [4000, 6000, 9000, 12000, 16000][(k * 7 + len(seed)) % 5]
        out += SS.reads(lang, "%s-%d" % (seed, k), 1, sz)
    return out
