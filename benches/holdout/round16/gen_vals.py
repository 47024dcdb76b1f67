"""Round 16 value generators: infrastructure-as-code and platform secrets (Pulumi `secure:` ciphertext, SOPS envelopes,
Terraform lock hashes, Entra SP passwords and hints, DigitalOcean / Fly.io / SendGrid / Google tokens), embedded and IoT
material (LoRaWAN root keys and EUIs, BLE passkeys, Wi-Fi passwords, MQTT passwords, ESPHome API keys, C byte arrays
of DER keys, firmware images, partition tables, ESP-IDF boot logs), and people of IN, ID, JP, KR, SA, AE, EG, BR, PT,
ES, MX, HK for the multilingual chats.  Earlier rounds' helpers are reused (each id re-checked by python-stdnum in
validate.py); the HKID is computed here with the published weights 9..2 over eight positions (round 13's helper drops
the last digit from the sum, so `A123456(3)` would fail it) and asserted against the documented example."""
import base64, hashlib, json, uuid
from gen_common import R, rs, rb, hexs, until, DIG, UP, LO, AL, r3, R4, V7, V9, V10, V11, V12, V13, V14, V15, PV7, _r6

B64U = AL + "-_"


def b64(b):
    return base64.b64encode(b).decode()


def guid():
    return str(uuid.UUID(bytes=rb(16), version=4))


def pw(n=18):
    return V12.pw(n)


# ---------------------------------------------------------------- cloud / platform secrets
def aws_pair():
    return r3.aws_id(), r3.aws_secret()


def entra_secret():
    return V14.entra_secret()


def do_token():
    return "dop_v1_" + hexs(64)


def fly_token():
    return "FlyV1 fm2_" + b64(rb(R.randint(150, 190))).rstrip("=")


def sendgrid():
    return "SG." + rs(22, B64U) + "." + rs(43, B64U)


def ya29():
    return "ya29.a0" + rs(170, B64U)


def glrt():
    return "glrt-t3_" + rs(20, B64U)


def ghp():
    return r3.gh("ghp_")


def harbor_secret():
    return rs(16, AL)


def keycloak_pw():
    return pw(20)


# ---------------------------------------------------------------- look-alikes for the IaC negatives
def pulumi_secure():
    return "v1:%s:%s" % (b64(rb(12)), b64(rb(R.randint(24, 48))))


def pulumi_salt():
    return "v1:%s:v1:%s:%s" % (b64(rb(8)), b64(rb(12)), b64(rb(32)))


def sops(n=None):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rb(n or R.randint(12, 40))), b64(rb(32)), b64(rb(16)))


def age_recipient():
    return "age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")


def tf_lock_hash():
    return "h1:" + b64(hashlib.sha256(rb(32)).digest()), "zh:" + hashlib.sha256(rb(32)).hexdigest()


def sealed():
    return "AgB" + b64(rb(R.randint(300, 420)))


def aws_account():
    return rs(12, DIG)


def entra_hint(secret):
    return secret[:3]


# ---------------------------------------------------------------- embedded / IoT
def lora_key():
    """LoRaWAN 1.0.x / 1.1 root key (AppKey, NwkKey) or session key: 16 bytes, printed as 32 upper-case hex."""
    return hexs(32).upper()


def eui():
    return hexs(16).upper()


def dev_addr():
    return "26" + hexs(6).upper()


def c_array(hex32):
    return ", ".join("0x" + hex32[i:i + 2] for i in range(0, len(hex32), 2))


def der_c_array(der, per_line=12, indent="    "):
    """imgtool getpriv / getpub style: `0x30, 0x81, ...` over several lines; returns (text, first byte .. last byte)."""
    cells = ["0x%02x" % b for b in der]
    lines = [indent + ", ".join(cells[i:i + per_line]) + "," for i in range(0, len(cells), per_line)]
    text = "\n".join(lines)
    return text, text.strip().rstrip(",")


def ble_passkey():
    return until(lambda: "%06d" % R.randint(100000, 999999), lambda s: len(set(s)) > 3)


def wifi_pw():
    return V14.wifi_psk()


def esphome_api_key():
    return b64(rb(32))


def mac(sep=":"):
    return sep.join(hexs(2).upper() for _ in range(6))


def imei():
    return V14.imei()


def fw_image(n):
    """An ESP-IDF app image: magic 0xE9, segment headers, the app description magic, random code bytes."""
    return b"\xe9\x05\x02\x20" + rb(20) + b"\x32\x54\xcd\xab" + rb(n - 28)


def hexdump(data, base=0x10000):
    out = []
    for i in range(0, len(data), 16):
        ch = data[i:i + 16]
        hx = " ".join("%02x" % c for c in ch)
        asc = "".join(chr(c) if 32 <= c < 127 else "." for c in ch)
        out.append("%08x: %-47s  %s" % (base + i, hx, asc))
    return "\n".join(out)


def sha256hex(n=32):
    return hashlib.sha256(rb(n)).hexdigest()


def luhn_order(prefix, n=16):
    return V15.luhn_order(prefix, n)


# ---------------------------------------------------------------- people of the multilingual chats
def person(cc):
    return V15.person(cc)


def mail(cc, f, l):
    return V15.mail(cc, f, l)


def mob(cc, fmt="nat"):
    """A mobile (valid per phonenumbers, never its example number, no run of 000 that reads like a switchboard)."""
    import re
    ex = re.sub(r"\D", "", example_mobile(cc))
    return until(lambda: V9.mob(cc, fmt) if cc in V9.NSN else V15.mob(cc, fmt),
                 lambda m: "000" not in re.sub(r"\D", "", m) and not re.sub(r"\D", "", m).endswith(ex.lstrip("0")))


def example_mobile(cc, fmt="nat"):
    import phonenumbers
    ex = phonenumbers.example_number_for_type(cc, phonenumbers.PhoneNumberType.MOBILE)
    return phonenumbers.format_number(ex, {"nat": phonenumbers.PhoneNumberFormat.NATIONAL, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL}[fmt])


def aadhaar(spaced=True):
    return V9.aadhaar(spaced)


def in_pan():
    return V11.in_pan()


def id_nik():
    return V9.id_nik()


def jp_my_number(spaced=True):
    return V11.jp_my_number(spaced)


def kr_rrn():
    return R4.kr_rrn()


def sa_id():
    return V13.sa_id()


def emirates_id():
    return V13.emirates_id()


def eg_nid():
    return V13.eg_nid()


def br_cpf():
    return V15.br_cpf()


def pt_nif():
    return V15.pt_nif()


def es_dni():
    return V15.es_dni()


def es_nie():
    return V15.es_nie()


def mx_curp():
    return V15.mx_curp()


def mx_rfc():
    return V9.mx_rfc_person()


HK_W = range(9, 1, -1)


def hkid_ok(v):
    """HKID check: (space or letter, letter, six digits) weighted 9..2, a blank first position counts 36; the check
    character makes the sum 0 mod 11 (10 written as A)."""
    body, chk = v.rstrip(")").split("(")
    vals = [36] * (8 - len(body)) + [ord(c) - 55 if c.isalpha() else int(c) for c in body]
    s = sum(x * w for x, w in zip(vals, HK_W))
    c = (11 - s % 11) % 11
    return chk == ("A" if c == 10 else str(c))


assert hkid_ok("A123456(3)") and not hkid_ok("A123456(4)")


def hkid():
    body = R.choice("ACDEGHKMPRVYZ") + rs(6, DIG)
    return next("%s(%s)" % (body, c) for c in "0123456789A" if hkid_ok("%s(%s)" % (body, c)))


def pad(seed, n=3, size=None):
    return V10.pad(seed, n, size)


def pad_code(seed, n=3, size=None):
    return V12.pad(seed, n, size)
