#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 5).

    python3 gen.py          # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Needs python-stdnum and phonenumbers: national ids are drawn until stdnum
accepts them (the UK NINO, which stdnum lacks, by HMRC's prefix rules),
phone numbers until phonenumbers calls them valid for their country.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }
Bodies named n_* are hard negatives (no label at all).  `category` may be
"a|b": counted under a, b also accepted (raw or base64-wrapped key material).

All values are generated at run time with a fixed seed (key material by
make_keys.sh with openssl / ssh-keygen); checksummed formats carry valid
checksums.  Nothing credential-shaped is committed.

Labelling policy: exactly round 3's (the docstring of ../round3/gen.py):
the same categories (secret, private_key, pii, confidential), the same
spans (the value only; a PEM block whole, with whatever line prefixes the
shape applies), the same exclusions (references, dummies, documentation
examples, vendor default dev credentials, encrypted material, hashes / ids /
nonces / signatures, public keys and certificates, role mailboxes,
example.com addresses, dial-in numbers, fiction phone ranges, company ids,
masked values, published test cards).

Decisions this round had to make (new situations):
  * A value that is present only inside a base64 payload (Anthropic
    `document` base64 source, OpenAI Responses `input_file.file_data`,
    Gemini `inlineData`, Bedrock Converse `document.source.bytes`) is
    labelled with raw_form = the whole base64 payload, as round 3 did for
    an OpenAI `file` part: a finding anywhere in that payload counts.  Each
    such payload carries exactly one planted value, so one finding cannot
    score two labels.
  * Values inside JSON that is itself inside a JSON string (Codex
    `function_call_output`, a notebook or tfstate shown in a tool result)
    are located by their double-escaped form, as round 3's scorer already
    does.  A PEM block there is labelled in its escaped form (`\\\\n`).
  * A marker written in Title Case counts when it stands as a document
    marker on its own (a page footer `Acme Corp | Confidential | Page 3`,
    an RTF header); in running prose, titles and product names it does not.
  * A credential the assistant itself repeats (in an assistant turn or in a
    `tool_use.input` it writes) is labelled like any other: it leaves the
    machine again with every later request.
  * Provider tokens of services the engine's README does not list (HubSpot
    private app, Airtable PAT, Asana PAT, Flutterwave, Heroku legacy UUID key,
    LaunchDarkly, Algolia admin key, Dropbox, Okta in okta.yaml) are labelled:
    a judge builds the corpus from gitleaks / trufflehog rule lists.
  * Documented example national ids (HMRC QQ123456C, BSN 111222333,
    DNI 12345678Z, SSA's 078-05-1120 wallet SSN, ...) are examples, not pii.
  * An employer's or a merchant's IBAN on an invoice issued by a sole trader
    is personal (it is the person's account); a company's is not planted.
"""
import base64, hashlib, json, os, random, re, sys, urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round3"))
import gen as r3  # noqa: E402
from gen import *  # noqa: E402,F401,F403

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = r3.OUT = os.path.join(HERE, "bodies")
KEYS = r3.KEYS = os.path.join(HERE, "keys")
R = r3.R = random.Random(5_2026_11_24)
r3.HERE = HERE

import phonenumbers  # noqa: E402
from stdnum import iban as std_iban  # noqa: E402
from stdnum.de import idnr as std_idnr  # noqa: E402
from stdnum.fr import nir as std_nir  # noqa: E402
from stdnum.es import dni as std_dni, nie as std_nie  # noqa: E402
from stdnum.it import codicefiscale as std_cf  # noqa: E402
from stdnum.nl import bsn as std_bsn  # noqa: E402
from stdnum.pl import pesel as std_pesel  # noqa: E402
from stdnum.se import personnummer as std_pnr  # noqa: E402
from stdnum.br import cpf as std_cpf  # noqa: E402
from stdnum.in_ import aadhaar as std_aadhaar  # noqa: E402
from stdnum.ca import sin as std_sin  # noqa: E402
from stdnum.au import tfn as std_tfn  # noqa: E402
from stdnum.us import ssn as std_ssn  # noqa: E402

S, P, K, C = "secret", "pii", "private_key", "confidential"


# ================================================================ value helpers
def until(fn, ok, tries=500000):
    for _ in range(tries):
        v = fn()
        if ok(v):
            return v
    raise RuntimeError("no valid value")


def hexs(n):
    return rs(n, HEX)


def upw(n=18):  # password safe inside URLs
    return pwd(n, "-_.~")


def ant_key():
    return "sk-ant-api03-" + rs(93, AL + "-_") + "AA"


def stripe_live(p="sk"):
    return p + "_live_51" + rs(14, AL) + rs(83, AL)


def hvs():
    return "hvs.CAESI" + rs(86, AL + "-_")


def ado52():
    return rs(52, "abcdefghijklmnopqrstuvwxyz234567")


def azure_ad_secret():
    return rs(3, AL) + R.choice(DIG) + "Q~" + rs(34, AL + "._~-")


def de_idnr():
    def mk():
        d = [R.choice("123456789")] + [R.choice(DIG) for _ in range(9)]
        return "".join(d) + R.choice(DIG)
    return until(mk, std_idnr.is_valid)


def fr_nir():
    def mk():
        s = "%d%02d%02d%02d%03d%03d" % (R.choice([1, 2]), R.randint(60, 99), R.randint(1, 12), R.randint(1, 95), R.randint(1, 999), R.randint(1, 999))
        return s + std_nir.calc_check_digits(s)
    v = until(mk, std_nir.is_valid)
    return "%s %s %s %s %s %s %s" % (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])


def es_dni():
    n = R.randint(10000000, 79999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def es_nie():
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    return "%s%07d%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(p).__str__() + "%07d" % n) % 23])


def it_cf():
    cons = "BCDFGHLMNPRSTVZ"
    s = rs(3, cons) + rs(3, cons) + "%02d" % R.randint(60, 99) + R.choice("ABCDEHLMPRST") + "%02d" % (R.randint(1, 28) + R.choice([0, 40])) + \
        R.choice(["H501", "F205", "L219", "G273", "A944", "D612"])
    return s + std_cf.calc_check_digit(s)


def nl_bsn():
    return until(lambda: R.choice("123456789") + rs(8, DIG), std_bsn.is_valid)


def uk_nino(spaced=True):
    first = [c for c in UP if c not in "DFIQUV"]
    second = [c for c in UP if c not in "DFIOQUV"]
    while True:
        pre = R.choice(first) + R.choice(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and pre != "QQ":
            break
    d = rs(6, DIG)
    suf = R.choice("ABCD")
    return "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], suf) if spaced else pre + d + suf


def pl_pesel():
    def mk():
        y, m, d = R.randint(55, 99), R.randint(1, 12), R.randint(1, 28)
        return "%02d%02d%02d%s" % (y, m, d, rs(5, DIG))
    return until(mk, std_pesel.is_valid)


def se_pnr():
    def mk():
        return "%02d%02d%02d-%s" % (R.randint(55, 99), R.randint(1, 12), R.randint(1, 28), rs(4, DIG))
    return until(mk, std_pnr.is_valid)


def us_ssn():
    return until(ssn, lambda v: std_ssn.is_valid(v) and not v.startswith(("078-05", "219-09", "123-45")))


def br_cpf():
    v = until(lambda: rs(11, DIG), lambda v: std_cpf.is_valid(v) and len(set(v)) > 2)
    return "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:])


def in_aadhaar():
    v = until(lambda: R.choice("23456789") + rs(11, DIG), std_aadhaar.is_valid)
    return "%s %s %s" % (v[:4], v[4:8], v[8:])


def ca_sin():
    v = until(lambda: R.choice("1234567") + rs(8, DIG), std_sin.is_valid)
    return "%s %s %s" % (v[:3], v[3:6], v[6:])


def au_tfn():
    v = until(lambda: R.choice("1234568") + rs(8, DIG), std_tfn.is_valid)
    return "%s %s %s" % (v[:3], v[3:6], v[6:])


IBAN_BBAN = {"DE": "18n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n", "PL": "24n",
             "SE": "20n", "BE": "12n", "AT": "16n", "PT": "21n", "IE": "4a14n", "GB": "4a14n"}


def iban_p(cc, printed=True):
    def mk():
        b = ""
        for n, t in re.findall(r"(\d+)([an])", IBAN_BBAN[cc]):
            b += rs(int(n), UP if t == "a" else DIG)
        return cc + std_iban.calc_check_digits(cc + "00" + b) + b
    v = until(mk, lambda v: std_iban.is_valid(v) and "0000" not in v)
    return iban_fmt(v) if printed else v


def mobile(cc, fmt):
    reg = {"UK": "GB"}.get(cc, cc)
    gen_nsn = {
        "DE": lambda: "1" + R.choice(["51", "52", "60", "62", "70", "71", "76", "77"]) + rs(8, DIG),
        "FR": lambda: R.choice("67") + rs(8, DIG),
        "ES": lambda: "6" + rs(8, DIG),
        "IT": lambda: "3" + R.choice("2345") + rs(8, DIG),
        "NL": lambda: "6" + R.choice("1234") + rs(7, DIG),
        "GB": lambda: "7" + R.choice("4589") + rs(8, DIG),
        "PL": lambda: R.choice("5678") + rs(8, DIG),
        "SE": lambda: "7" + R.choice("0236") + rs(7, DIG),
        "US": lambda: R.choice(["415", "646", "312", "206", "737", "303", "617"]) + str(R.randint(202, 989)) + rs(4, DIG),
        "CA": lambda: R.choice(["416", "604", "514", "403", "613"]) + str(R.randint(202, 989)) + rs(4, DIG),
        "BR": lambda: R.choice(["11", "21", "31", "41", "51"]) + "9" + R.choice("6789") + rs(7, DIG),
        "IN": lambda: R.choice("6789") + rs(9, DIG),
        "AU": lambda: "4" + R.choice("0123456789") + rs(7, DIG),
        "BE": lambda: "4" + R.choice(["70", "75", "85", "95"]) + rs(6, DIG),
    }[reg]

    def ok(s):
        if reg in ("US", "CA") and s[3:6] == "555":
            return False
        if reg == "AU" and s.startswith("491"):
            return False
        n = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(reg), s))
        t = phonenumbers.number_type(n)
        return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == reg and \
            (reg in ("US", "CA") or t == phonenumbers.PhoneNumberType.MOBILE)
    s = until(gen_nsn, ok)
    cc_n = phonenumbers.country_code_for_region(reg)
    F = {"e164": lambda: "+%d%s" % (cc_n, s),
         "intl": lambda: phonenumbers.format_number(phonenumbers.parse("+%d%s" % (cc_n, s)), phonenumbers.PhoneNumberFormat.INTERNATIONAL),
         "nat": lambda: phonenumbers.format_number(phonenumbers.parse("+%d%s" % (cc_n, s)), phonenumbers.PhoneNumberFormat.NATIONAL)}
    return F[fmt]()


def webmail(f=None, l=None):
    return email(f, l)


def work_mail(f, l, dom):
    return "%s.%s@%s" % (f, l, dom)


def esc(v, levels):
    for _ in range(levels):
        v = json.dumps(v)[1:-1]
    return v


def card_dash(n):
    return "-".join(n[i:i + 4] for i in range(0, len(n), 4)) if len(n) == 16 else "%s-%s-%s" % (n[:4], n[4:10], n[10:])


# ================================================================ filler (real source text from this machine)
def _src_files():
    import json as _j
    py = os.path.dirname(os.path.dirname(_j.__file__))
    pyf = [os.path.join(py, f) for f in ("argparse.py", "textwrap.py", "shutil.py", "dataclasses.py", "pathlib.py", "subprocess.py",
                                          "csv.py", "configparser.py", "tarfile.py", "zipfile.py", "logging/__init__.py", "typing.py",
                                          "functools.py", "inspect.py", "pprint.py", "difflib.py", "ast.py", "enum.py", "locale.py")]
    js = "/usr/lib/node_modules/npm/lib"
    jsf = []
    if os.path.isdir(js):
        for root, _, files in sorted(os.walk(js)):
            jsf += [os.path.join(root, f) for f in sorted(files) if f.endswith(".js")]
    return [f for f in pyf if os.path.exists(f)], jsf


_PY, _JS = _src_files()
_BAD = re.compile(r"@[A-Za-z0-9-]+\.[A-Za-z]|(?i:confidential|internal use|internal only|distribute|private key|password|passwd|secret|token|credential)|\d{7,}|\+\d")


def filler(nbytes, lang="py", seed=""):
    """Sanitised lines of real source files; deterministic by seed, draws nothing from R."""
    files = _PY if lang == "py" or not _JS else _JS
    h = int(hashlib.sha256((lang + seed).encode()).hexdigest(), 16)
    out, size, i = [], 0, 0
    while size < nbytes and i < 50:
        f = files[(h + i) % len(files)]
        i += 1
        with open(f, encoding="utf-8", errors="replace") as fh:
            for line in fh.read().splitlines():
                if _BAD.search(line):
                    continue
                out.append(line)
                size += len(line) + 1
                if size >= nbytes:
                    break
    return "\n".join(out) + "\n"


def gutter(text, start=1):
    return "\n".join("%6d\u2192%s" % (i, l) for i, l in enumerate(text.split("\n"), start))


# ================================================================ request shapes new in this round
CC_SYS = [{"type": "text", "text": "You are Claude Code, Anthropic's official CLI for Claude.", "cache_control": {"type": "ephemeral"}},
          {"type": "text", "text": "You are an interactive CLI tool that helps users with software engineering tasks. Use the instructions below and the tools available to you to assist the user.\n\n# Tone and style\nYou should be concise, direct, and to the point.\n"}]
CC_TOOLS5 = CC_TOOLS + [
    {"name": "Grep", "description": "A powerful search tool built on ripgrep", "input_schema": {"type": "object", "properties": {"pattern": {"type": "string"}, "path": {"type": "string"}, "output_mode": {"type": "string"}}, "required": ["pattern"]}},
    {"name": "Write", "description": "Writes a file to the local filesystem.", "input_schema": {"type": "object", "properties": {"file_path": {"type": "string"}, "content": {"type": "string"}}, "required": ["file_path", "content"]}},
    {"name": "Edit", "description": "Performs exact string replacements in files.", "input_schema": {"type": "object", "properties": {"file_path": {"type": "string"}, "old_string": {"type": "string"}, "new_string": {"type": "string"}}, "required": ["file_path", "old_string", "new_string"]}}]


def cc(user, steps, follow=None, history=0, seed="cc"):
    """Claude Code transcript: steps = [(tool, input, result)], result a string or a list of content blocks."""
    msgs = []
    if history:
        i = tid()
        msgs += [{"role": "user", "content": [{"type": "text", "text": "<system-reminder>\nAs you answer the user's questions, you can use the following context:\n# claudeMd\nCodebase and user instructions are shown below.\n</system-reminder>"},
                                              {"type": "text", "text": "Read the module and tell me what it does."}]},
                 {"role": "assistant", "content": [{"type": "tool_use", "id": i, "name": "Read", "input": {"file_path": "/home/dev/src/app/lib/util.py"}}]},
                 {"role": "user", "content": [{"type": "tool_result", "tool_use_id": i, "content": gutter(filler(history, "py", seed))}]},
                 {"role": "assistant", "content": [{"type": "text", "text": "This module holds the helpers the CLI uses: argument parsing, path handling and subprocess wrappers. Nothing in it talks to the network."}]}]
    msgs.append({"role": "user", "content": [{"type": "text", "text": user}]})
    for tool, inp, res in steps:
        i = tid()
        msgs.append({"role": "assistant", "content": [{"type": "text", "text": R.choice(["I'll check that.", "Let me look at it.", "Running it now."])},
                                                       {"type": "tool_use", "id": i, "name": tool, "input": inp}]})
        msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": i, "content": res}]})
    if follow:
        msgs[-1]["content"].append({"type": "text", "text": follow})
    return {"model": "claude-sonnet-4-5-20250929", "max_tokens": 32000, "stream": True, "system": CC_SYS, "tools": CC_TOOLS5,
            "metadata": {"user_id": "user_%s_account__session_%s" % (hexs(64), ruuid())}, "messages": msgs}


def codex(user, calls, history=0, seed="codex"):
    """Codex CLI on the Responses API: shell function calls whose output is a JSON string."""
    inp = [{"type": "message", "role": "user", "content": [{"type": "input_text", "text": "<environment_context>\n  <cwd>/home/dev/work/app</cwd>\n  <approval_policy>on-request</approval_policy>\n  <sandbox_mode>workspace-write</sandbox_mode>\n</environment_context>"}]},
           {"type": "message", "role": "user", "content": [{"type": "input_text", "text": user}]}]
    if history:
        c = "call_" + rs(24)
        inp += [{"type": "function_call", "name": "shell", "arguments": json.dumps({"command": ["bash", "-lc", "sed -n '1,400p' src/lib.py"], "workdir": "/home/dev/work/app"}), "call_id": c},
                {"type": "function_call_output", "call_id": c, "output": json.dumps({"output": filler(history, "py", seed), "metadata": {"exit_code": 0, "duration_seconds": 0.1}})}]
    for cmd, out in calls:
        c = "call_" + rs(24)
        inp.append({"type": "reasoning", "summary": [{"type": "summary_text", "text": "**Inspecting workspace**"}], "encrypted_content": "gAAAAAB" + b64u(rb(R.randint(300, 700)))})
        inp.append({"type": "function_call", "name": "shell", "arguments": json.dumps({"command": ["bash", "-lc", cmd], "workdir": "/home/dev/work/app", "timeout_ms": 120000}), "call_id": c})
        inp.append({"type": "function_call_output", "call_id": c, "output": json.dumps({"output": out, "metadata": {"exit_code": 0, "duration_seconds": round(R.uniform(0.01, 2), 1)}})})
    return {"model": "gpt-5-codex", "instructions": "You are Codex, based on GPT-5. You are running as a coding agent in the Codex CLI on a user's computer.",
            "input": inp, "tools": [{"type": "function", "name": "shell", "description": "Runs a shell command and returns its output.", "strict": False,
                                     "parameters": {"type": "object", "properties": {"command": {"type": "array", "items": {"type": "string"}}, "workdir": {"type": "string"}, "timeout_ms": {"type": "number"}}, "required": ["command"]}}],
            "tool_choice": "auto", "parallel_tool_calls": False, "reasoning": {"effort": "medium", "summary": "auto"}, "store": False, "stream": True,
            "include": ["reasoning.encrypted_content"], "prompt_cache_key": ruuid()}


def gcli(user, calls):
    """Gemini CLI: functionCall / functionResponse {output: ...}."""
    contents = [{"role": "user", "parts": [{"text": "This is the Gemini CLI. We are setting up the context for our chat.\nToday's date is Monday, November 24, 2025.\nMy operating system is: linux"}]},
                {"role": "model", "parts": [{"text": "Got it. Thanks for the context!"}]},
                {"role": "user", "parts": [{"text": user}]}]
    for name, args, out in calls:
        contents.append({"role": "model", "parts": [{"functionCall": {"name": name, "args": args}}]})
        contents.append({"role": "user", "parts": [{"functionResponse": {"id": "%s-%d-%s" % (name, R.randint(10**12, 10**13), hexs(13)), "name": name, "response": {"output": out}}}]})
    return {"contents": contents, "systemInstruction": {"role": "user", "parts": [{"text": "You are an interactive CLI agent specializing in software engineering tasks."}]},
            "tools": [{"functionDeclarations": [{"name": "read_file", "description": "Reads a file.", "parametersJsonSchema": {"type": "object", "properties": {"absolute_path": {"type": "string"}}}},
                                                {"name": "run_shell_command", "description": "Executes a shell command.", "parametersJsonSchema": {"type": "object", "properties": {"command": {"type": "string"}}}}]}],
            "generationConfig": {"temperature": 0, "topP": 1, "thinkingConfig": {"includeThoughts": True, "thinkingBudget": -1}}}


def chat_tool(user, fn, args, content, model="gpt-4.1"):
    """Chat Completions: tool role message whose content is text or a list of text parts."""
    c = "call_" + rs(24)
    return {"model": model, "tools": OAI_TOOLS, "messages": [
        {"role": "developer", "content": "You are a coding assistant running inside the developer's IDE."},
        {"role": "user", "content": user},
        {"role": "assistant", "content": None, "tool_calls": [{"id": c, "type": "function", "function": {"name": fn, "arguments": json.dumps(args)}}]},
        {"role": "tool", "tool_call_id": c, "content": content}]}


def anth_doc_b64(text, question, title):
    return {"model": "claude-opus-4-1-20250805", "max_tokens": 4096, "messages": [{"role": "user", "content": [
        {"type": "document", "source": {"type": "base64", "media_type": "text/plain", "data": b64(text.encode())}, "title": title},
        {"type": "text", "text": question}]}]}


def anth_search(results, question):
    return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [{"role": "user", "content": [
        {"type": "search_result", "source": src, "title": t, "content": [{"type": "text", "text": x} for x in texts], "citations": {"enabled": True}}
        for src, t, texts in results] + [{"type": "text", "text": question}]}]}


def resp_file(text, filename, question):
    return {"model": "gpt-4.1", "input": [{"role": "user", "content": [
        {"type": "input_file", "filename": filename, "file_data": "data:text/plain;base64," + b64(text.encode())},
        {"type": "input_text", "text": question}]}]}


def gem_inline(text, mime, question):
    return {"contents": [{"role": "user", "parts": [{"inlineData": {"mimeType": mime, "data": b64(text.encode())}}, {"text": question}]}],
            "generationConfig": {"temperature": 0.2}}


def conv_docs(docs, question):
    return {"messages": [{"role": "user", "content": [{"document": {"format": fmt, "name": name, "source": {"bytes": b64(t.encode())}}} for name, fmt, t in docs] + [{"text": question}]}],
            "inferenceConfig": {"maxTokens": 2048}}


def conv_multi(user, name, inp, blocks, system="You are the HR operations assistant."):
    t = "tooluse_" + rs(22)
    return {"system": [{"text": system}], "messages": [
        {"role": "user", "content": [{"text": user}]},
        {"role": "assistant", "content": [{"text": "Looking it up."}, {"toolUse": {"toolUseId": t, "name": name, "input": inp}}]},
        {"role": "user", "content": [{"toolResult": {"toolUseId": t, "content": blocks, "status": "success"}}]}],
        "toolConfig": {"tools": [{"toolSpec": {"name": name, "description": "internal tool", "inputSchema": {"json": {"type": "object"}}}}]}}


def br_claude_tool(user, name, inp, result):
    i = tid()
    return {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 4096, "tools": [{"name": name, "description": "run a command", "input_schema": {"type": "object"}}],
            "messages": [{"role": "user", "content": user}, {"role": "assistant", "content": [{"type": "tool_use", "id": i, "name": name, "input": inp}]},
                         {"role": "user", "content": [{"type": "tool_result", "tool_use_id": i, "content": [{"type": "text", "text": result}]}]}]}


def u0022(body):
    s = json.dumps(body, ensure_ascii=True)
    return re.sub(r'\\(u[0-9a-fA-F]{4}|.)', lambda m: "\\u0022" if m.group(1) == '"' else m.group(0), s)


add = r3.add
BODIES = r3.BODIES


# ================================================================ POSITIVES
LS_COLORS = "rs=0:di=01;34:ln=01;36:mh=00:pi=40;33:so=01;35:do=01;35:bd=40;33;01:cd=40;33;01:or=40;31;01:mi=00:su=37;41:sg=30;43:ca=00:tw=30;42:ow=34;42:st=37;44:ex=01;32:" + \
    ":".join("*.%s=01;3%d" % (e, i % 8) for i, e in enumerate("tar tgz arc arj taz lha lz4 lzh lzma tlz txz tzo t7z zip z dz gz lrz lz lzo xz zst tzst bz2 bz tbz tbz2 tz deb rpm jar war ear sar rar alz ace zoo cpio 7z rz cab wim swm dwm esd avif jpg jpeg mjpg mjpeg gif bmp pbm pgm ppm tga xbm xpm tif tiff png svg svgz mng pcx mov mpg mpeg m2v mkv webm webp ogm mp4 m4v mp4v vob qt nuv wmv asf rm rmvb flc avi fli flv gl dl xcf xwd yuv cgm emf ogv ogx aac au flac m4a mid midi mka mp3 mpc ogg ra wav oga opus spx xspf".split()))


def pos_agents():
    # P: Claude Code `env | sort` with a long history of ordinary code before it
    ak, ghp, hft = ant_key(), gh("ghp_"), "hf_" + rs(34, AL)
    dbpw = upw(20)
    env = "\n".join(sorted([
        "ANTHROPIC_API_KEY=" + ak, "COLORTERM=truecolor", "DATABASE_URL=postgresql://orders_app:%s@10.40.2.17:5432/orders?sslmode=require" % dbpw,
        "DISPLAY=:0", "EDITOR=nvim", "GH_TOKEN=" + ghp, "GIT_PAGER=delta", "GOPATH=/home/mia/go", "GPG_TTY=/dev/pts/3", "HF_TOKEN=" + hft,
        "HOME=/home/mia", "HOSTNAME=mia-thinkpad", "KUBECONFIG=/home/mia/.kube/config:/home/mia/.kube/staging", "LANG=en_US.UTF-8", "LS_COLORS=" + LS_COLORS,
        "NVM_DIR=/home/mia/.nvm", "OLDPWD=/home/mia/src", "PATH=/home/mia/.local/bin:/home/mia/.cargo/bin:/home/mia/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",
        "PWD=/home/mia/src/orders", "SHELL=/bin/zsh", "SHLVL=2", "SSH_AUTH_SOCK=/run/user/1000/gnupg/S.gpg-agent.ssh", "TERM=xterm-256color",
        "TERM_SESSION_ID=w0t0p0:" + ruuid().upper(), "USER=mia", "VIRTUAL_ENV=/home/mia/src/orders/.venv", "XDG_RUNTIME_DIR=/run/user/1000",
        "_=/usr/bin/env", "CLAUDECODE=1", "CLAUDE_CODE_ENTRYPOINT=cli"]))
    add("p_cc_env_sort_history", cc("tests pass locally but the integration job can't reach the DB. what's different in my shell?",
                                     [("Bash", {"command": "env | sort", "description": "Show environment"}, env)], history=45000, seed="env"),
        [(S, "anthropic key in env dump", ak), (S, "github PAT in env dump", ghp), (S, "HF token in env dump", hft), (S, "DATABASE_URL password", dbpw)])

    # P: Claude Code Read of a big Go file (gutter) with a provider-client struct literal
    mc, brv, ez, shp = hexs(32) + "-us21", "xkeysib-" + hexs(64) + "-" + rs(16, AL), "EZAK" + rs(54, AL), "shippo_live_" + hexs(40)
    gosrc = ("package providers\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\n// Defaults used when the service runs without a config file.\nvar Defaults = Clients{\n"
             "\tMailchimp: MailchimpConfig{APIKey: \"%s\", ListID: \"%s\"},\n\tBrevo:     BrevoConfig{APIKey: \"%s\", Sender: \"orders@acme-shop.io\"},\n"
             "\tEasyPost:  EasyPostConfig{APIKey: \"%s\"},\n\tShippo:    ShippoConfig{Token: \"%s\", Timeout: 20 * time.Second},\n\tHTTP:      http.DefaultClient,\n}\n\n" % (mc, hexs(10), brv, ez, shp))
    body = gosrc + "\n".join("// %s" % l if l.strip() else "" for l in filler(30000, "js", "go").split("\n"))
    add("p_cc_read_go_defaults_gutter", cc("Refactor providers/defaults.go so the clients are built from env vars instead", [("Read", {"file_path": "/home/dev/shop/internal/providers/defaults.go"}, gutter(body))]),
        [(S, "mailchimp key in Go struct", mc), (S, "brevo key in Go struct", brv), (S, "easypost prod key in Go struct", ez), (S, "shippo live token in Go struct", shp)])

    # P: Grep results across a repo: ordinary matches + two real ones
    xb, sg = "xoxb-%d-%d-%s" % (R.randint(10**11, 10**12), R.randint(10**12, 10**13), rs(24, AL)), "SG." + rs(22, AL + "-_") + "." + rs(43, AL + "-_")
    lines = []
    for i in range(160):
        f = R.choice(["src/auth/session.ts", "src/api/client.ts", "src/hooks/useToken.ts", "tests/auth.spec.ts", "docs/auth.md", "src/server/middleware.ts"])
        lines.append("%s:%d:%s" % (f, R.randint(1, 900), R.choice(["  const token = await getAccessToken(req);", "  if (!token) throw new UnauthorizedError('missing token');",
                                                                    "export function refreshToken(rt: string): Promise<TokenPair> {", "  headers.set('Authorization', `Bearer ${token}`);",
                                                                    "The access token expires after 15 minutes; the refresh token after 30 days.", "  expect(res.body.token).toMatch(/^ey/);",
                                                                    "  token: z.string().min(20),", "  localStorage.removeItem(TOKEN_KEY);"])))
    lines.insert(57, "scripts/notify-release.sh:9:SLACK_BOT_TOKEN=%s" % xb)
    lines.insert(121, "config/mailer.yml:4:  api_key: %s" % sg)
    add("p_cc_grep_token_matches", cc("find every place we handle tokens so I can audit them", [("Grep", {"pattern": "token", "path": ".", "output_mode": "content", "-n": True}, "\n".join(lines))]),
        [(S, "slack bot token in grep hit", xb), (S, "sendgrid key in grep hit", sg)])

    # P: git show of a commit adding stripe config
    sk, wh = stripe_live(), "whsec_" + rs(32, AL)
    show = ("commit %s\nAuthor: dependabot-ops <ops-bot@users.noreply.github.com>\nDate:   Fri Nov 21 16:02:11 2025 +0100\n\n    billing: wire stripe webhooks\n\n"
            "diff --git a/config/initializers/stripe.rb b/config/initializers/stripe.rb\nnew file mode 100644\nindex 0000000..%s\n--- /dev/null\n+++ b/config/initializers/stripe.rb\n@@ -0,0 +1,9 @@\n"
            "+Rails.configuration.stripe = {\n+  publishable_key: ENV.fetch('STRIPE_PUBLISHABLE_KEY'),\n+  secret_key: ENV.fetch('STRIPE_SECRET_KEY', '%s'),\n+}\n+\n"
            "+Stripe.api_key = Rails.configuration.stripe[:secret_key]\n+StripeEvent.signing_secret = '%s'\n+Stripe.api_version = '2024-06-20'\n+Stripe.max_network_retries = 2\n"
            % (hexs(40), hexs(7), sk, wh))
    add("p_cc_git_show_stripe_initializer", cc("did my last commit leak anything?", [("Bash", {"command": "git show HEAD"}, show)]),
        [(S, "stripe live key as ENV.fetch default", sk), (S, "stripe webhook signing secret", wh)])

    # P: kubeconfig with oidc auth-provider (client-secret, refresh-token, id-token) read with gutter, multi-turn
    csec, rtok = rs(32, AL), "ChlrM" + rs(40, AL)
    idt = jwt({"alg": "RS256", "kid": hexs(40)}, {"iss": "https://dex.acme.internal", "sub": b64u(rb(24)), "aud": "kubernetes", "exp": 1764000000, "iat": 1763913600,
                                                   "email": "platform-bot@acme.internal", "groups": ["k8s-admins"]}, 256)
    kc = ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://k8s.prod.acme.internal:6443\n  name: prod\n"
          "contexts:\n- context:\n    cluster: prod\n    user: oidc\n  name: prod\ncurrent-context: prod\nusers:\n- name: oidc\n  user:\n    auth-provider:\n      config:\n"
          "        client-id: kubernetes\n        client-secret: %s\n        id-token: %s\n        idp-issuer-url: https://dex.acme.internal\n        refresh-token: %s\n      name: oidc\n"
          % (b64(key("ca.crt").encode()), csec, idt, rtok))
    add("p_cc_kubeconfig_oidc_multiturn", cc("kubectl asks me to log in every 10 minutes", [
        ("Bash", {"command": "ls -la ~/.kube"}, "total 24\ndrwxr-xr-x  3 dev dev 4096 Nov 20 09:12 .\n-rw-------  1 dev dev 5120 Nov 24 08:55 config\ndrwxr-x---  4 dev dev 4096 Nov 20 09:12 cache\n"),
        ("Read", {"file_path": "/home/dev/.kube/config"}, gutter(kc))]),
        [(S, "oidc client-secret", csec), (S, "dex refresh-token", rtok), (S, "oidc id-token JWT", idt)])

    # P: tool_result as an array of text blocks (.env split) plus an image block
    oak, pc, ls_ = openai_key(), "pcsk_" + rs(6, AL) + "_" + rs(64, AL), "lsv2_pt_" + hexs(32) + "_" + hexs(10)
    blocks = [{"type": "text", "text": "# .env.production (1/2)\nNODE_ENV=production\nLOG_LEVEL=info\nOPENAI_API_KEY=%s\n" % oak},
              {"type": "text", "text": "# .env.production (2/2)\nPINECONE_API_KEY=%s\nPINECONE_INDEX=docs-prod\nLANGSMITH_API_KEY=%s\nLANGSMITH_PROJECT=rag-prod\n" % (pc, ls_)},
              {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": b64(b"\x89PNG\r\n\x1a\n" + rb(3000))}}]
    add("p_cc_tool_result_blocks_env", cc("the RAG service ignores my langsmith project, look at the env + the screenshot", [("Read", {"file_path": "/srv/rag/.env.production"}, blocks)]),
        [(S, "openai key in tool_result text block", oak), (S, "pinecone key", pc), (S, "langsmith key", ls_)])

    # P: bash history
    mpw, cpw, vt, dpat = pwd(14), upw(16), hvs(), "dckr_pat_" + rs(27, AL + "-_")
    hist = "\n".join(["cd ~/src/billing", "git pull --rebase", "make test", "mysql -h db-prod-ro.acme.internal -u reporting -p'%s' billing -e 'select count(*) from invoices'" % mpw,
                      "curl -s -u deploy:%s https://artifacts.acme.internal/api/storage/libs-release | jq ." % cpw, "export VAULT_ADDR=https://vault.acme.internal:8200",
                      "export VAULT_TOKEN=%s" % vt, "vault kv get secret/billing/stripe", "docker login -u acmeci -p %s" % dpat, "docker push acmeci/billing:1.42.0", "history | tail -50"])
    add("p_cc_bash_history_tail", cc("what did I run yesterday to push the billing image? I forgot", [("Bash", {"command": "tail -n 40 ~/.bash_history"}, hist)]),
        [(S, "mysql -p password", mpw), (S, "curl -u password", cpw), (S, "vault token export", vt), (S, "docker hub PAT on -p", dpat)])

    # P: aws sts assume-role JSON output
    aid, asec, atok = aws_id("ASIA"), aws_secret(), aws_session_token()
    out = json.dumps({"Credentials": {"AccessKeyId": aid, "SecretAccessKey": asec, "SessionToken": atok, "Expiration": "2025-11-24T11:02:41+00:00"},
                      "AssumedRoleUser": {"AssumedRoleId": "AROA" + rs(17, UP + "234567") + ":mia-cli", "Arn": "arn:aws:sts::%d:assumed-role/ReadOnly/mia-cli" % R.randint(10**11, 10**12)}}, indent=4)
    add("p_cc_aws_sts_assume_role", cc("why does terraform still use the old role?", [("Bash", {"command": "aws sts assume-role --role-arn arn:aws:iam::123:role/ReadOnly --role-session-name mia-cli"}, out)]),
        [(S, "STS AccessKeyId", aid), (S, "STS SecretAccessKey", asec), (S, "STS SessionToken", atok)])

    # P: assistant turn quotes a secret back (+ later turns)
    dd = hexs(32)
    body = cc("check the agent config", [("Read", {"file_path": "/etc/datadog-agent/datadog.yaml"}, gutter("site: datadoghq.eu\napi_key: %s\nlogs_enabled: true\n" % dd))])
    body["messages"] += [{"role": "assistant", "content": [{"type": "text", "text": "The agent is configured for the EU site with `api_key: %s`. Logs are enabled but `process_config` is missing." % dd}]},
                         {"role": "user", "content": [{"type": "text", "text": "ok add process collection then"}]}]
    add("p_cc_assistant_repeats_dd_key", body, [(S, "datadog api key (also repeated by the assistant)", dd)])

    # P: Write tool_use input: the assistant writes a Helm values file with a key and passwords (YAML in JSON)
    rpw, smtp = pwd(22), pwd(16)
    ec = key("helm_ec384.pem").strip()
    vals = "redis:\n  auth:\n    password: \"%s\"\nsmtp:\n  host: smtp.eu.mailgun.org\n  username: postmaster@mg.acme-shop.io\n  password: \"%s\"\ningress:\n  tls:\n    key: |\n%s\n" % (
        rpw, smtp, "\n".join("      " + l for l in ec.split("\n")))
    i = tid()
    add("p_cc_write_tool_input_helm", {"model": "claude-sonnet-4-5-20250929", "max_tokens": 16000, "system": CC_SYS, "tools": CC_TOOLS5, "messages": [
        {"role": "user", "content": "put the values from my notes into deploy/values-prod.yaml"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": i, "name": "Write", "input": {"file_path": "/home/dev/shop/deploy/values-prod.yaml", "content": vals}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": i, "content": "File created successfully at: /home/dev/shop/deploy/values-prod.yaml"}]}]},
        [(S, "redis password written by Write tool", rpw), (S, "smtp password written by Write tool", smtp), (K, "EC P-384 key in block scalar (indented)", "\n".join("      " + l for l in ec.split("\n")).lstrip())])


def pos_codex():
    # Codex: cat .env, output JSON-in-JSON
    g, x, orr, ds = "gsk_" + rs(52, AL), "xai-" + rs(80, AL), "sk-or-v1-" + hexs(64), "sk-" + hexs(32)
    env = "# LLM providers for the eval harness\nGROQ_API_KEY=%s\nXAI_API_KEY=%s\nOPENROUTER_API_KEY=%s\nDEEPSEEK_API_KEY=%s\nEVAL_CONCURRENCY=8\n" % (g, x, orr, ds)
    add("p_codex_cat_env_llm_keys", codex("the eval harness 401s on deepseek only", [("cat .env", env)], history=20000, seed="cx1"),
        [(S, "groq key", g), (S, "xai key", x), (S, "openrouter key", orr), (S, "deepseek sk- 32hex", ds)])

    # Codex: terraform.tfstate (JSON in JSON string), PEM double-escaped
    akid, asec, dbp = aws_id(), aws_secret(), upw(24)
    pem = key("rsa8.pem").strip()
    st = {"version": 4, "terraform_version": "1.9.8", "serial": 212, "lineage": ruuid(), "outputs": {"bucket": {"value": "acme-reports-prod", "type": "string"}},
          "resources": [
              {"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
               "instances": [{"schema_version": 0, "attributes": {"id": akid, "user": "ci-deployer", "secret": asec, "ses_smtp_password_v4": None, "status": "Active",
                                                                  "create_date": "2025-03-02T10:11:12Z", "encrypted_secret": None}, "sensitive_attributes": [[{"type": "get_attr", "value": "secret"}]]}]},
              {"mode": "managed", "type": "aws_db_instance", "name": "main", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
               "instances": [{"schema_version": 2, "attributes": {"id": "db-" + rs(26, UP + DIG), "engine": "postgres", "engine_version": "16.4", "username": "app", "password": dbp,
                                                                  "endpoint": "main.c%s.eu-central-1.rds.amazonaws.com:5432" % rs(11, LO + DIG), "storage_encrypted": True}}]},
              {"mode": "managed", "type": "tls_private_key", "name": "svc", "provider": "provider[\"registry.terraform.io/hashicorp/tls\"]",
               "instances": [{"schema_version": 1, "attributes": {"algorithm": "RSA", "rsa_bits": 2048, "id": hexs(40), "private_key_pem": pem + "\n",
                                                                  "public_key_fingerprint_md5": ":".join(hexs(2) for _ in range(16)), "public_key_openssh": key("ci_ed25519.pub").strip()}}]}]}
    sts = json.dumps(st, indent=2)
    add("p_codex_tfstate_json_in_json", codex("terraform plan wants to recreate the db. look at the state", [("cat terraform.tfstate", sts)], history=30000, seed="cx2"),
        [(S, "tfstate aws_iam_access_key id", akid), (S, "tfstate access key secret", asec), (S, "tfstate db password", dbp), (K, "tfstate private_key_pem (triple-escaped)", pem, esc(pem, 3))])

    # Codex: Maven settings.xml with a plain and an encrypted password
    np_, ghp = pwd(18), gh("ghp_")
    xml = ("<settings xmlns=\"http://maven.apache.org/SETTINGS/1.2.0\">\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>ci-deployer</username>\n"
           "      <password>%s</password>\n    </server>\n    <server>\n      <id>github</id>\n      <username>acme-bot</username>\n      <password>%s</password>\n    </server>\n"
           "    <server>\n      <id>nexus-snapshots</id>\n      <username>ci-deployer</username>\n      <password>{%s=}</password>\n    </server>\n  </servers>\n</settings>\n" % (np_, ghp, rs(43, AL + "+/")))
    add("p_codex_maven_settings_xml", codex("mvn deploy gets 401 from github packages", [("cat ~/.m2/settings.xml", xml)]),
        [(S, "maven settings plain password", np_), (S, "github PAT as maven password", ghp)])

    # Codex: composer auth.json + pypirc + cargo credentials (registry creds not yet covered)
    gho, cpw, glp, pyt, cio = gh("gho_"), pwd(16), "glpat-" + rs(20, AL + "-_"), "pypi-AgEIcHlwaS5vcmc" + rs(150, AL + "-_"), "cio" + rs(32, AL)
    aj = json.dumps({"github-oauth": {"github.com": gho}, "http-basic": {"repo.packagist.com": {"username": "token", "password": cpw}}, "gitlab-token": {"gitlab.acme.io": glp}}, indent=4)
    out = "==> ~/.config/composer/auth.json <==\n%s\n\n==> ~/.pypirc <==\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = %s\n\n==> ~/.cargo/credentials.toml <==\n[registry]\ntoken = \"%s\"\n" % (aj, pyt, cio)
    add("p_codex_registry_creds_head", codex("publishing fails on all three registries, check my creds files", [("head -n 50 ~/.config/composer/auth.json ~/.pypirc ~/.cargo/credentials.toml", out)]),
        [(S, "composer github-oauth gho_", gho), (S, "private packagist password", cpw), (S, "composer gitlab-token", glp), (S, "pypirc pypi token", pyt), (S, "crates.io token", cio)])


def pos_chat_gemini_bedrock():
    # Chat tool role: docker inspect (JSON shown in a string)
    pgp, rdp, dd, mnp = upw(20), upw(24), hexs(32), pwd(20)
    di = [{"Id": hexs(64), "Created": "2025-11-23T21:14:02.118Z", "Path": "docker-entrypoint.sh", "Image": "sha256:" + hexs(64), "Name": "/orders-api-1",
           "Config": {"Hostname": hexs(12), "Env": ["POSTGRES_PASSWORD=" + pgp, "REDIS_URL=redis://:%s@redis:6379/0" % rdp, "DD_API_KEY=" + dd, "MINIO_ROOT_USER=orders",
                                                    "MINIO_ROOT_PASSWORD=" + mnp, "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "NODE_VERSION=22.11.0", "YARN_VERSION=1.22.22"],
                      "Image": "ghcr.io/acme/orders-api:2.8.1", "Labels": {"com.docker.compose.project": "orders", "org.opencontainers.image.revision": hexs(40)}},
           "NetworkSettings": {"Networks": {"orders_default": {"IPAddress": "172.19.0.5", "MacAddress": "02:42:ac:13:00:05", "NetworkID": hexs(64)}}}}]
    add("p_chat_tool_docker_inspect", chat_tool("orders-api can't talk to redis since the upgrade", "run_shell", {"cmd": "docker inspect orders-api-1"}, json.dumps(di, indent=4)),
        [(S, "POSTGRES_PASSWORD env", pgp), (S, "redis URL password", rdp), (S, "DD_API_KEY env", dd), (S, "MINIO_ROOT_PASSWORD", mnp)])

    # Chat tool role with content parts: s3cfg
    ak, sk_, gp = aws_id(), aws_secret(), pwd(20)
    s3 = "[default]\naccess_key = %s\nsecret_key = %s\nbucket_location = eu-west-1\ngpg_command = /usr/bin/gpg\ngpg_passphrase = %s\nhost_base = s3.amazonaws.com\nuse_https = True\n" % (ak, sk_, gp)
    add("p_chat_tool_parts_s3cfg", chat_tool("s3cmd sync uploads unencrypted files", "read_file", {"path": "~/.s3cfg"}, [{"type": "text", "text": s3}]),
        [(S, "s3cfg access_key", ak), (S, "s3cfg secret_key", sk_), (S, "s3cfg gpg_passphrase", gp)])

    # Chat: JSON config file inside a JSON string inside the tool content (double escaped)
    dbpw, alg = pwd(18), hexs(32)
    cfg = json.dumps({"db": {"host": "pg.internal", "user": "search", "password": dbpw}, "algolia": {"appId": rs(10, UP + DIG), "adminApiKey": alg, "index": "products_prod"}}, indent=2)
    add("p_chat_tool_json_string_config", chat_tool("reindex job fails at startup", "read_file", {"path": "config/production.json"}, json.dumps({"path": "config/production.json", "size": len(cfg), "content": cfg})),
        [(S, "db password in double-escaped JSON", dbpw), (S, "algolia admin api key", alg)])

    # Gemini functionResponse: kubectl get secret (tls + dockerconfigjson + sa token)
    tlsk = b64(key("tls_ec.pem").encode())
    dcj = b64(json.dumps({"auths": {"registry.gitlab.com": {"username": "deploy-token-12", "password": "gldt-" + rs(20, AL + "-_")}}}).encode())
    sat = b64(k8s_sa_jwt().encode())
    y = ("apiVersion: v1\nitems:\n- apiVersion: v1\n  data:\n    tls.crt: %s\n    tls.key: %s\n  kind: Secret\n  metadata:\n    name: api-tls\n    namespace: shop\n  type: kubernetes.io/tls\n"
         "- apiVersion: v1\n  data:\n    .dockerconfigjson: %s\n  kind: Secret\n  metadata:\n    name: gitlab-pull\n  type: kubernetes.io/dockerconfigjson\n"
         "- apiVersion: v1\n  data:\n    ca.crt: %s\n    namespace: c2hvcA==\n    token: %s\n  kind: Secret\n  metadata:\n    annotations:\n      kubernetes.io/service-account.name: deployer\n    name: deployer-token\n  type: kubernetes.io/service-account-token\nkind: List\n"
         % (b64(key("leaf.crt").encode()), tlsk, dcj, b64(key("ca.crt").encode()), sat))
    add("p_gcli_kubectl_get_secrets_yaml", gcli("ingress serves the wrong cert in shop namespace", [("run_shell_command", {"command": "kubectl -n shop get secret -o yaml"}, "Command: kubectl -n shop get secret -o yaml\nStdout: " + y + "\nStderr: (empty)\nExit Code: 0")]),
        [("private_key|secret", "k8s tls.key base64 PEM", tlsk), (S, "dockerconfigjson base64", dcj), (S, "service-account token base64", sat)])

    # Gemini CLI read_file: databricks + snowsql
    dap, snp = "dapi" + hexs(32) + "-3", pwd(16)
    add("p_gcli_databricks_snowsql", gcli("my notebook job can't reach snowflake", [
        ("read_file", {"absolute_path": "/home/kai/.databrickscfg"}, "[DEFAULT]\nhost = https://adb-%d.%d.azuredatabricks.net\ntoken = %s\n" % (R.randint(10**15, 10**16), R.randint(1, 9), dap)),
        ("read_file", {"absolute_path": "/home/kai/.snowsql/config"}, "[connections.prod]\naccountname = acme-eu1\nusername = KAI_ETL\npassword = %s\ndbname = ANALYTICS\nwarehousename = ETL_WH\n" % snp)]),
        [(S, "databricks token", dap), (S, "snowsql password", snp)])

    # Gemini inlineData text/plain base64 .npmrc
    nt = "npm_" + rs(36, AL)
    npmrc = "@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nsave-exact=true\n" % nt
    body = gem_inline(npmrc, "text/plain", "npm publish says 'need auth', this is my .npmrc")
    add("p_gem_inline_text_npmrc", body, [(S, "npm token in inlineData base64", nt, body["contents"][0]["parts"][0]["inlineData"]["data"])])

    # Gemini functionResponse: JSON log lines with user emails and a phone
    e1, e2, e3, ph_ = webmail(), webmail(), work_mail(*person(), "kanzlei-weber.de"), mobile("DE", "e164")
    logs = [{"ts": "2025-11-24T07:%02d:%02d.%03dZ" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)), "level": "info", "msg": m, "req_id": ruuid()} for m in
            ["login ok user=%s mfa=totp" % e1, "password reset requested for %s" % e2, "sms 2fa sent to %s" % ph_, "invoice.pdf downloaded by %s" % e3, "healthcheck ok"]]
    add("p_gem_fr_auth_logs", gem_fr("Any suspicious logins in the last hour?", "query_logs", {"id": "auth-service"}, {"lines": logs}),
        [(P, "email in log msg", e1), (P, "email in reset log", e2), (P, "DE mobile e164 in sms log", ph_), (P, "work email (law firm)", e3)])

    # Converse documents: two base64 docs, one label each
    ib, em = iban_p("NL"), webmail()
    d1 = "Terugbetaling aanvraag\nNaam: %s %s\nRekening: %s\n" % (cap(person()[0]), cap(person()[1]), ib)
    d2 = "Ticket #48812\nFrom: %s\nSubject: parcel never arrived\nHi, my parcel still shows 'in transit'." % em
    body = conv_docs([("refund-form", "txt", d1), ("ticket-48812", "txt", d2)], "Summarise both documents in English.")
    add("p_conv_document_bytes_refund", body, [(P, "IBAN NL in document bytes", ib, body["messages"][0]["content"][0]["document"]["source"]["bytes"]),
                                              (P, "email in document bytes", em, body["messages"][0]["content"][1]["document"]["source"]["bytes"])])

    # Converse toolResult: text + json blocks: HR onboarding DE
    f, l = person()
    sid, ib2, mob, pe = de_idnr(), iban_p("DE"), mobile("DE", "nat"), webmail(f, l)
    add("p_conv_toolresult_onboarding_de", conv_multi("Bitte prüfe, ob die Onboarding-Daten vollständig sind", "hr_get_onboarding", {"employee": "%s %s" % (cap(f), cap(l))},
                                                      [{"text": "Personalfragebogen – Eintritt 01.12.2025\nSteuerliche Identifikationsnummer: %s\nSteuerklasse: 1\nKonfession: --" % sid},
                                                       {"json": {"bank": {"iban": ib2, "bic": "COBADEFFXXX"}, "kontakt": {"mobil": mob, "email_privat": pe}, "status": "incomplete"}}]),
        [(P, "DE Steuer-ID", sid), (P, "IBAN DE print format", ib2), (P, "DE mobile national", mob), (P, "private email", pe)])

    # Converse: system prompt of an agent carries an internal API key and basic auth
    lin, bu, bp = "lin_api_" + rs(40, AL), "svc-agent", upw(16)
    basic = b64(("%s:%s" % (bu, bp)).encode())
    add("p_conv_system_prompt_creds", conv("Create a ticket for the failed nightly export.",
                                           system="You are the ops agent. To file issues call the Linear API with header `Authorization: %s`. For the legacy status page use `Authorization: Basic %s`. Never reveal these." % (lin, basic)),
        [(S, "linear key in system prompt", lin), (S, "basic auth base64 in system prompt", basic)])

    # Bedrock InvokeModel (Claude) tool_result: gh hosts.yml + vault token file
    gho, vt = gh("gho_"), hvs()
    add("p_br_claude_tool_gh_hosts", br_claude_tool("gh pr create says I'm not logged in", "shell", {"cmd": "cat ~/.config/gh/hosts.yml ~/.vault-token"},
                                                    "github.com:\n    users:\n        mia-k:\n            oauth_token: %s\n    git_protocol: ssh\n    oauth_token: %s\n    user: mia-k\n%s\n" % (gho, gho, vt)),
        [(S, "gh oauth token", gho), (S, "vault token file", vt)])

    # Bedrock Mistral: stack traces with connection strings (.NET + Node)
    sqlp, mgp = pwd(18, "!#-_=+."), upw(16)
    tr = ("Unhandled exception. Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'orders_rw'.\n   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection)\n"
          "   at Orders.Infrastructure.Db.Open() in /src/Orders.Infrastructure/Db.cs:line 42\nClientConnectionId:%s\nError Number:18456,State:1,Class:14\n"
          "info: Connection string was: Server=tcp:acme-orders.database.windows.net,1433;Initial Catalog=orders;User ID=orders_rw;Password=%s;Encrypt=True;\n\n"
          "/app/node_modules/mongodb/lib/cmap/connection.js:205\n    MongoServerError: bad auth : authentication failed\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:205:26) {\n"
          "  ok: 0,\n  code: 8000,\n  codeName: 'AtlasError',\n  connectionGeneration: 0,\n  uri: 'mongodb+srv://catalog:%s@cluster0.%s.mongodb.net/catalog?retryWrites=true'\n}\n" % (ruuid(), sqlp, mgp, rs(5, LO + DIG)))
    add("p_br_mistral_stacktraces_connstr", br_mistral("Both services fail at startup after the password rotation, why?\n" + tr),
        [(S, "SQL Server Password= in exception log", sqlp), (S, "mongodb+srv password in error object", mgp)])

    # Anthropic search_result blocks: internal wiki with a banner and a leaked password
    wpw = pwd(16)
    add("p_anth_search_result_wiki", anth_search([
        ("https://wiki.acme.internal/display/OPS/Backup+restore", "Backup restore runbook", ["INTERNAL ONLY\n\nRestore the nightly dump with pg_restore.", "Connect as `backup_admin` / `%s` on db-backup-01." % wpw]),
        ("https://wiki.acme.internal/display/OPS/On-call", "On-call", ["Escalate to the secondary after 15 minutes."])], "How do I restore last night's backup?"),
        [(C, "INTERNAL ONLY banner in search_result", "INTERNAL ONLY"), (S, "password in wiki search result", wpw)])

    # Anthropic document with a content source: runbook with webhooks
    swh = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(10, UP + DIG), rs(10, UP + DIG), rs(24, AL))
    twh = "https://acme.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (ruuid(), ruuid(), hexs(32), ruuid(), rs(40, AL + "-_"))
    add("p_anth_document_content_webhooks", {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [{"role": "user", "content": [
        {"type": "document", "source": {"type": "content", "content": [{"type": "text", "text": "Alert routing\n1. P1 alerts: Slack %s" % swh}, {"type": "text", "text": "2. Finance alerts: Teams %s" % twh}]}, "title": "alert-routing.md"},
        {"type": "text", "text": "Rewrite this as an Alertmanager config."}]}]},
        [(S, "slack webhook in document content block", swh), (S, "teams webhook in document content block", twh)])

    # Responses input_file base64 .env with a restricted Stripe key
    rk = stripe_live("rk")
    body = resp_file("STRIPE_RESTRICTED_KEY=%s\nSTRIPE_ACCOUNT=acct_%s\n" % (rk, rs(16, AL)), ".env.billing", "which scopes does this key need for refunds?")
    add("p_resp_input_file_b64_env", body, [(S, "stripe restricted key in input_file base64", rk, body["input"][0]["content"][0]["file_data"].split(",", 1)[1])])

    # Responses multi-turn with reasoning items: launchSettings.json
    cpw, azs = pwd(18), azure_ad_secret()
    ls = json.dumps({"profiles": {"Orders.Api": {"commandName": "Project", "applicationUrl": "https://localhost:7041", "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development", "ConnectionStrings__Default": "Host=localhost;Database=orders;Username=orders;Password=%s" % cpw, "AzureAd__ClientSecret": azs,
        "AzureAd__TenantId": ruuid()}}}}, indent=2)
    add("p_resp_reasoning_launchsettings", {"model": "o4-mini", "reasoning": {"effort": "medium"}, "input": [
        {"role": "user", "content": [{"type": "input_text", "text": "Orders.Api starts but every call to Graph fails"}]},
        {"type": "reasoning", "id": "rs_" + hexs(48), "summary": [], "encrypted_content": "gAAAAAB" + b64u(rb(900))},
        {"role": "assistant", "type": "message", "content": [{"type": "output_text", "text": "Please share Properties/launchSettings.json."}]},
        {"role": "user", "content": [{"type": "input_text", "text": ls}]}]},
        [(S, "connection string Password in launchSettings", cpw), (S, "Azure AD client secret", azs)])



def pos_pii():
    def nm():
        f, l = person()
        return f, l, "%s %s" % (cap(f), cap(l))

    # FR payslip (Gemini)
    f, l, n = nm(); nir_, ibf, em = fr_nir(), iban_p("FR"), webmail(f, l)
    add("p_gem_bulletin_paie_fr", gem("Vérifie ce bulletin de paie, le net me semble faux :\n\nBULLETIN DE PAIE — Novembre 2025\nSalarié : %s\nN° de sécurité sociale : %s\nEmploi : Développeur\n"
                                     "Salaire de base 3 850,00\nCSG déductible ...\nVirement sur le compte %s\nContact salarié : %s\n" % (n, nir_, ibf, em)),
        [(P, "FR NIR spaced", nir_), (P, "IBAN FR print", ibf), (P, "email", em)])

    # ES contract (Llama)
    f, l, n = nm(); dni_, nie_, ibe, mv = es_dni(), es_nie(), iban_p("ES"), mobile("ES", "nat")
    add("p_llama_contrato_es", br_llama("Resume este contrato de arrendamiento:\nARRENDADOR: D. %s, mayor de edad, con DNI %s.\nARRENDATARIA: Dña. Ana %s, con NIE %s, móvil %s.\n"
                                         "La renta se abonará por transferencia a la cuenta %s antes del día 5 de cada mes." % (n, dni_, cap(R.choice(LAST)), nie_, mv, ibe)),
        [(P, "ES DNI", dni_), (P, "ES NIE", nie_), (P, "ES mobile national", mv), (P, "IBAN ES print", ibe)])

    # IT invoice as base64 document (CF only inside), IBAN in text
    f, l, n = nm(); cf, ibi = it_cf(), iban_p("IT")
    doc = "FATTURA n. 2025/118 del 21/11/2025\nCedente: %s — Via Roma 12, 20121 Milano\nCodice Fiscale: %s\nPartita IVA: 1%s\nDescrizione: consulenza sviluppo software, 18 giornate\nTotale: EUR 9.150,00\n" % (n, cf, rs(10, DIG))
    body = anth_doc_b64(doc, "Controlla la fattura. Il pagamento va sul conto del fornitore %s, giusto?" % ibi, "fattura_2025_118.txt")
    add("p_anth_doc_b64_fattura_it", body, [(P, "IT codice fiscale in base64 document", cf, body["messages"][0]["content"][0]["source"]["data"]), (P, "IBAN IT print (sole trader)", ibi)])

    # NL payslip (Converse)
    f, l, n = nm(); bsn_, ibn = nl_bsn(), iban_p("NL")
    add("p_conv_loonstrook_nl", conv("Leg deze loonstrook uit:\nLoonstrook november 2025\nWerknemer: %s\nBSN: %s\nLoonheffingskorting: ja\nNetto uitbetaald op %s: € 3.412,18" % (n, bsn_, ibn)),
        [(P, "NL BSN", bsn_), (P, "IBAN NL print", ibn)])

    # UK P45 (Responses)
    f, l, n = nm(); ni, um = uk_nino(), mobile("UK", "nat")
    add("p_resp_p45_uk", resp("Fill in my new employer's starter checklist from my P45:\nP45 Part 1A\nEmployee's National Insurance number: %s\nSurname: %s  First name(s): %s\nLeaving date: 31 10 2025\nTax code at leaving date: 1257L\nMobile: %s" % (ni, cap(l), cap(f), um)),
        [(P, "UK NINO spaced", ni), (P, "UK mobile national", um)])

    # PL contract (Mistral)
    f, l, n = nm(); pe, ibpl, tel = pl_pesel(), iban_p("PL"), mobile("PL", "intl")
    add("p_mistral_umowa_pl", br_mistral("Przetłumacz na angielski:\nUMOWA O DZIEŁO nr 14/2025\nWykonawca: %s, PESEL: %s, tel. %s\nWynagrodzenie płatne na rachunek %s" % (n, pe, tel, ibpl)),
        [(P, "PL PESEL", pe), (P, "PL phone intl", tel), (P, "IBAN PL print", ibpl)])

    # SE employment (Cohere, in chat_history)
    f, l, n = nm(); pn, sm = se_pnr(), mobile("SE", "nat")
    add("p_cohere_anstallning_se", br_cohere("Och vad blir semesterersättningen?", [{"role": "USER", "message": "Anställningsavtal för %s, personnummer %s, mobil %s. Månadslön 48 000 kr." % (n, pn, sm)},
                                                                                    {"role": "CHATBOT", "message": "Tack, jag har läst avtalet."}]),
        [(P, "SE personnummer", pn), (P, "SE mobile national", sm)])

    # US W-4 in a Chat tool message
    f, l, n = nm(); ss, up, ue = us_ssn(), mobile("US", "nat"), webmail(f, l)
    add("p_chat_tool_w4_us", chat_tool("Check the W-4 the new hire submitted", "read_file", {"path": "hr/onboarding/w4_%s.txt" % l},
                                       "Form W-4 (2025)\nStep 1(a) First name and middle initial: %s   Last name: %s\n(b) Social security number: %s\nAddress: 1400 Pine St, Seattle WA\nPhone: %s  Email: %s\nStep 2: [ ] Multiple jobs\n" % (cap(f), cap(l), ss, up, ue)),
        [(P, "US SSN", ss), (P, "US phone national", up), (P, "email", ue)])

    # BR nota (Gemini functionResponse)
    f, l, n = nm(); cp, bm = br_cpf(), mobile("BR", "nat")
    add("p_gem_fr_nota_br", gem_fr("Confere os dados do cliente nesta nota", "get_invoice", {"id": "NF-e 35251100"}, {"destinatario": {"nome": n, "cpf": cp, "telefone": bm}, "valor_total": "1.249,90"}),
        [(P, "BR CPF", cp), (P, "BR mobile national", bm)])

    # IN KYC (Titan)
    f, l, n = nm(); aa, im = in_aadhaar(), mobile("IN", "intl")
    add("p_titan_kyc_in", br_titan("Extract the KYC fields as JSON:\nApplicant: %s\nAadhaar No.: %s\nMobile (linked to Aadhaar): %s\nAddress: 14 MG Road, Bengaluru 560001" % (n, aa, im)),
        [(P, "IN Aadhaar spaced", aa), (P, "IN mobile intl", im)])

    # CA T4 (Anthropic plain)
    f, l, n = nm(); si, cm = ca_sin(), mobile("CA", "nat")
    add("p_anth_t4_ca", anth("My T4 says box 14 is wrong, here is the slip:\nT4 Statement of Remuneration Paid 2024\nEmployee's social insurance number: %s\nEmployee: %s\nBox 14 Employment income: 84,210.55\nReach me at %s" % (si, n, cm)),
        [(P, "CA SIN spaced", si), (P, "CA phone national", cm)])

    # AU TFN declaration (Chat parts)
    f, l, n = nm(); tf, am = au_tfn(), mobile("AU", "intl")
    add("p_oai_parts_tfn_au", oai_parts("Is this TFN declaration complete?\nTax file number declaration\n1 What is your tax file number (TFN)? %s\n2 Name: %s\nMobile: %s\n8 Are you an Australian resident for tax purposes? Yes" % (tf, n, am)),
        [(P, "AU TFN", tf), (P, "AU mobile intl", am)])

    # Support chat transcript (Titan): card dashed, IBAN print, email, phone; agent uses role mailbox
    f, l, n = nm(); em, ph_, cd, ib = webmail(f, l), mobile("FR", "intl"), card_dash(card("mc5")), iban_p("BE")
    tx = ("[10:02] Bot: Hi! How can we help?\n[10:02] %s: I was charged twice for order #A-220114\n[10:03] Agent (Sophie): Sorry about that. Can you confirm the email on the account?\n"
          "[10:03] %s: %s\n[10:04] %s: the card was %s, you can also reach me on %s\n[10:05] Agent (Sophie): Thanks. For the refund, please send your bank details to refunds@shop-help.eu\n"
          "[10:06] %s: just use %s\n[10:06] Agent (Sophie): Done, ticket 88412." % (n, n, em, n, cd, ph_, n, ib))
    add("p_titan_support_chat", br_titan("Classify this support chat and extract the refund details:\n" + tx),
        [(P, "customer email", em), (P, "MC card dashed", cd), (P, "FR mobile intl", ph_), (P, "IBAN BE print", ib)])

    # Big CRM export CSV in several locales, read with gutter (Claude Code)
    rows, labs = ["id;name;email;phone;country;created;plan;mrr"], []
    for i in range(700):
        rows.append("%d;Company %s GmbH;%s;;DE;2024-%02d-%02d;team;%d" % (10000 + i, rs(5, UP), R.choice(["info", "office", "kontakt", "sales", "hello"]) + "@" + rs(7, LO) + ".de", R.randint(1, 12), R.randint(1, 28), R.randint(49, 990)))
    for k, (cc_, fmt) in enumerate([("DE", "intl"), ("FR", "nat"), ("IT", "intl"), ("ES", "e164"), ("NL", "nat"), ("BE", "intl")]):
        f, l, n = nm(); e_ = webmail(f, l); p_ = mobile(cc_, fmt)
        rows.insert(80 + k * 97, "%d;%s;%s;%s;%s;2025-0%d-1%d;solo;19" % (20000 + k, n, e_, p_, cc_, k + 1, k))
        labs += [(P, "CRM row email", e_), (P, "CRM row %s mobile %s" % (cc_, fmt), p_)]
    add("p_cc_crm_csv_large_gutter", cc("dedupe the CRM export and count solo plans per country", [("Read", {"file_path": "/home/dev/exports/crm_2025-11.csv"}, gutter("\n".join(rows)))]), labs)

    # Card numbers with spaces/dashes in a dispute e-mail (Chat plain)
    v, ax = card_fmt(card("visa")), card_dash(card("amex"))
    add("p_oai_dispute_cards", oai("Draft a reply to this chargeback e-mail:\n\nDear team, two charges appeared: one on my Visa %s (EUR 89.00) and one on my company Amex %s (EUR 89.00). Please refund one." % (v, ax),
                                   system="You are a payments support agent."), [(P, "Visa spaced", v), (P, "Amex dashed 4-6-5", ax)])

    # IIS log with CRLF line endings and user e-mails in the query
    e1, e2 = webmail(), webmail()
    log = "\r\n".join(["#Software: Microsoft Internet Information Services 10.0", "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port c-ip sc-status time-taken",
                       "2025-11-24 08:01:13 10.0.0.4 GET /api/orders page=2 443 81.2.69.160 200 31",
                       "2025-11-24 08:01:15 10.0.0.4 POST /account/login email=%s 443 81.2.69.142 302 118" % e1,
                       "2025-11-24 08:01:19 10.0.0.4 GET /account/verify user=%s&step=2 443 81.2.69.143 200 44" % e2, ""])
    add("p_gem_iis_log_crlf", gem("Which users hit /account in this IIS log?\r\n" + log), [(P, "email in IIS query (CRLF log)", e1), (P, "email in IIS query 2", e2)])

    # URL-encoded form body in an nginx debug log
    f, l, n = nm(); em, tel, cd_, pw_ = webmail(f, l), mobile("PL", "e164"), card("visa"), upw(14)
    form = urllib.parse.urlencode({"name": n, "email": em, "phone": tel, "card_number": cd_, "exp": "08/28", "password": pw_, "newsletter": "1"})
    add("p_resp_urlencoded_form_log", resp("The signup POST returns 500, here's the request body from the debug log:\n" + "2025/11/24 09:14:22 [debug] 31#31: *4419 http request body: \"" + form + "\""),
        [(P, "email url-encoded", em, urllib.parse.quote_plus(em)), (P, "PL phone url-encoded %2B", tel, urllib.parse.quote_plus(tel)), (P, "card in form body", cd_), (S, "password in form body", pw_)])

    # HAR entry: Shopify access token header + customer email in postData
    sh, ce = "shpat_" + hexs(32), webmail()
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [{"startedDateTime": "2025-11-24T10:11:12.123Z", "time": 182.4,
           "request": {"method": "POST", "url": "https://acme-shop.myshopify.com/admin/api/2025-01/customers.json", "httpVersion": "http/2.0",
                       "headers": [{"name": "content-type", "value": "application/json"}, {"name": "x-shopify-access-token", "value": sh}, {"name": "user-agent", "value": "Mozilla/5.0"}],
                       "postData": {"mimeType": "application/json", "text": json.dumps({"customer": {"email": ce, "tags": "vip"}})}},
           "response": {"status": 422, "content": {"size": 61, "mimeType": "application/json", "text": "{\"errors\":{\"email\":[\"has already been taken\"]}}"}}}]}}
    add("p_gcli_har_shopify", gcli("why 422 when creating the customer?", [("read_file", {"absolute_path": "/home/kai/Downloads/shop.har"}, json.dumps(har, indent=2))]),
        [(S, "shopify admin token in HAR header", sh), (P, "customer email in HAR postData (escaped JSON)", ce)])

    # SQLAlchemy echo log with parameters (Chat tool)
    e1, p1 = webmail(), mobile("IT", "intl")
    add("p_chat_tool_sqlalchemy_echo", chat_tool("why is the insert slow?", "run_shell", {"cmd": "tail -n 20 logs/sql.log"},
                                                 "INFO sqlalchemy.engine.Engine BEGIN (implicit)\nINFO sqlalchemy.engine.Engine INSERT INTO customers (email, phone, created_at) VALUES (%%(email)s, %%(phone)s, now()) RETURNING customers.id\n"
                                                 "INFO sqlalchemy.engine.Engine [generated in 0.00041s] {'email': '%s', 'phone': '%s'}\nINFO sqlalchemy.engine.Engine COMMIT\n" % (e1, p1)),
        [(P, "email in SQL echo params", e1), (P, "IT mobile intl in SQL echo params", p1)])

    # Cohere history: Aadhaar with keyword unspaced? keep spaced; plus IN phone national
    f, l, n = nm(); aa, ph_ = in_aadhaar().replace(" ", ""), mobile("IN", "nat")
    add("p_cohere_history_aadhaar", br_cohere("Can you verify the format?", [{"role": "USER", "message": "Customer %s gave Aadhaar %s and mobile %s for e-KYC." % (n, aa, ph_)}]),
        [(P, "IN Aadhaar unspaced with keyword", aa), (P, "IN mobile national", ph_)])


def pos_conf_keys_misc():
    # confidential markers
    add("p_conf_subject_tag_thread", gem("Summarise the thread:\nFrom: Dana Fischer\nSent: Monday, November 24, 2025 9:12 AM\nSubject: [CONFIDENTIAL] Q1 reorg – draft org chart\n\n"
                                        "Team, attached the draft. Please keep the circle small until Friday.\n\n> From: CEO Office\n> Subject: RE: [CONFIDENTIAL] Q1 reorg\n> Approved in principle."),
        [(C, "[CONFIDENTIAL] subject tag", "CONFIDENTIAL")])
    pages = "\n\n".join("%s\n\nAcme Corp | Confidential | Page %d of 6" % (filler(700, "py", "pdf%d" % i).replace("#", ""), i) for i in range(1, 7))
    add("p_conf_title_case_footer_pdf", oai_parts("Summarise this PDF (text extract):\n" + pages), [(C, "Title Case footer marker", "Confidential")])
    rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\n{\\header \\pard\\qc\\b STRICTLY CONFIDENTIAL\\b0\\par}\n\\pard Board minutes, 18 November 2025\\par\nThe board approved the acquisition of Nordlicht GmbH.\\par\n}"
    add("p_conf_rtf_header", conv("Convert this RTF to markdown:\n" + rtf), [(C, "RTF header STRICTLY CONFIDENTIAL", "STRICTLY CONFIDENTIAL")])
    src = "# INTERNAL USE ONLY - (c) Acme Robotics GmbH. Not for release outside the controls team.\n" + filler(60000, "py", "ctl")
    add("p_conf_code_header_big_read", cc("add type hints to this module", [("Read", {"file_path": "/home/dev/ctl/motion/planner.py"}, gutter(src))]), [(C, "INTERNAL USE ONLY file header", "INTERNAL USE ONLY")])
    add("p_conf_md_callout_not_for_distribution", resp("Turn this into release notes for customers:\n> [!WARNING]\n> **NOT FOR DISTRIBUTION** – pricing below is draft.\n\n## 4.2\n- New export API\n- Price: EUR 12/seat"),
        [(C, "NOT FOR DISTRIBUTION callout", "NOT FOR DISTRIBUTION")])
    add("p_conf_privileged_email", br_claude("Draft a short answer to opposing counsel based on this:\n\nPRIVILEGED & CONFIDENTIAL\nATTORNEY-CLIENT COMMUNICATION\n\nRe: Supply agreement dispute\nOur position on clause 14.2 is ..."),
        [(C, "PRIVILEGED & CONFIDENTIAL heading", "CONFIDENTIAL")])

    # private keys in new containers
    vk = key("vault_rsa1.pem").strip()
    vout = json.dumps({"request_id": ruuid(), "lease_id": "pki/issue/web/" + rs(24, AL), "lease_duration": 0, "renewable": False,
                       "data": {"certificate": key("leaf.crt").strip(), "expiration": 1766580000, "issuing_ca": key("ca.crt").strip(), "private_key": vk, "private_key_type": "rsa",
                                "serial_number": ":".join(hexs(2) for _ in range(20))}}, indent=2)
    add("p_oai_tool_vault_pki_issue", oai_tool("issue a cert for web.acme.internal and install it", "run_shell", {"cmd": "vault write -format=json pki/issue/web common_name=web.acme.internal"}, vout),
        [(K, "RSA PKCS1 in vault pki/issue JSON (escaped \\n)", vk)])
    nbk, ok_ = key("nb_ec_p8.pem").strip(), openai_key()
    src = ["import jwt, time\n", "PRIVATE_KEY = \"\"\"" + nbk.split("\n")[0] + "\n"] + [l + "\n" for l in nbk.split("\n")[1:-1]] + [nbk.split("\n")[-1] + "\"\"\"\n", "client = OpenAI(api_key=\"%s\")\n" % ok_]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Sign an Apple Music token\n"]},
                    {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": src}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    t = ser(gcli("the JWT is rejected by Apple, check the notebook", [("read_file", {"absolute_path": "/home/kai/nb/apple_music.ipynb"}, json.dumps(nb, indent=1))]), "compact")
    a, b = t.index("-----BEGIN PRIVATE KEY-----"), t.index("-----END PRIVATE KEY-----") + len("-----END PRIVATE KEY-----")
    add("p_gcli_ipynb_pem_cell", t, [(K, "EC PKCS8 split over notebook source lines (span as serialised)", nbk, t[a:b]), (S, "openai key in notebook cell", ok_)])
    vg = key("vagrant_rsa").strip()
    add("p_gcli_vagrant_private_key", gcli("ssh into the vagrant box fails with 'too open'", [("run_shell_command", {"command": "ls -l .vagrant/machines/default/virtualbox/ && cat .vagrant/machines/default/virtualbox/private_key"},
                                                                                                 "Command: ...\nStdout: total 8\n-rw-r--r-- 1 kai kai 1679 Nov 20 11:02 private_key\n%s\n\nStderr: (empty)\nExit Code: 0" % vg)]),
        [(K, "OpenSSH RSA key of a vagrant box", vg)])
    edk = key("ci_ed25519").strip()
    crlf = edk.replace("\n", "\r\n")
    add("p_resp_powershell_crlf_ed25519", resp("PS C:\\Users\\kai> Get-Content $env:USERPROFILE\\.ssh\\id_ci -Raw\r\n" + crlf + "\r\nPS C:\\Users\\kai>\r\nWhy does ssh say invalid format?"),
        [(K, "OpenSSH ed25519 with CRLF (PowerShell)", crlf)])

    # unclaimed providers (a judge's gitleaks picks)
    hs, at, asn = "pat-na1-" + ruuid(), "pat" + rs(14, AL) + "." + hexs(64), "2/%d/%d:%s" % (R.randint(10**15, 10**16), R.randint(10**15, 10**16), hexs(32))
    add("p_oai_env_hubspot_airtable_asana", oai("Our sync worker env, which of these can be scoped down?\n```\nHUBSPOT_PRIVATE_APP_TOKEN=%s\nAIRTABLE_PAT=%s\nASANA_PAT=%s\nSYNC_INTERVAL=300\n```" % (hs, at, asn)),
        [(S, "hubspot private app token", hs), (S, "airtable PAT", at), (S, "asana PAT", asn)])
    fw, hk, ld = "FLWSECK-" + hexs(32) + "-X", ruuid(), "api-" + ruuid()
    add("p_br_llama_payments_yaml", br_llama("Explain this config:\n```yaml\npayments:\n  flutterwave:\n    secret_key: %s\ndeploy:\n  heroku_api_key: %s\nflags:\n  launchdarkly_api_key: %s\n```" % (fw, hk, ld)),
        [(S, "flutterwave secret key", fw), (S, "heroku legacy uuid api key", hk), (S, "launchdarkly api key", ld)])
    alk, dbx, okt = hexs(32), "sl.B" + rs(134, AL + "-_"), "00" + rs(40, AL + "-_")
    code = ("// search.js\nconst client = algoliasearch('%s', '%s');\n\n# backup.py\ndbx = dropbox.Dropbox(\"%s\")\n\n# ~/.okta/okta.yaml\nokta:\n  client:\n    orgUrl: https://acme.okta.com\n    token: %s\n" % (rs(10, UP + DIG), alk, dbx, okt))
    add("p_gem_unclaimed_providers_code", gem("Where should these credentials live instead?\n" + code), [(S, "algolia admin key (2nd arg)", alk), (S, "dropbox sl. token", dbx), (S, "okta api token in okta.yaml", okt)])

    # URL-encoded OAuth refresh request
    gcs, grt = "GOCSPX-" + rs(28, AL + "-_"), "1//0" + rs(100, AL + "-_")
    q = urllib.parse.urlencode({"client_id": "%d-%s.apps.googleusercontent.com" % (R.randint(10**11, 10**12), rs(32, LO + DIG)), "client_secret": gcs, "refresh_token": grt, "grant_type": "refresh_token"})
    add("p_conv_urlencoded_oauth_refresh", conv("The token refresh returns invalid_grant. curl -v shows:\n> POST /token HTTP/2\n> Host: oauth2.googleapis.com\n> content-type: application/x-www-form-urlencoded\n>\n" + q),
        [(S, "google client secret url-encoded", gcs), (S, "google refresh token url-encoded", grt, urllib.parse.quote_plus(grt))])

    # \u0022-escaped body: JSON config pasted, mailchimp + postmark + email
    mck, pmk, em = hexs(32) + "-us14", ruuid(), webmail()
    cfg = json.dumps({"mailchimp": {"apiKey": mck, "server": "us14"}, "postmark": {"serverToken": pmk}, "owner": em}, indent=2)
    add("p_u0022_escaped_config", u0022(oai("Convert this config to TOML:\n" + cfg)),
        [(S, "mailchimp key (\\u0022 quotes)", mck), (S, "postmark server token uuid", pmk), (P, "owner email", em)])

    # CRLF application.properties with a Jasypt ENC() (negative inside) and two plain passwords
    dsp, mlp = pwd(16), pwd(14)
    props = "\r\n".join(["spring.datasource.url=jdbc:mysql://db:3306/shop", "spring.datasource.username=shop", "spring.datasource.password=" + dsp,
                         "spring.mail.host=smtp.office365.com", "spring.mail.username=noreply@acme-shop.io", "spring.mail.password=" + mlp,
                         "app.legacy.password=ENC(%s)" % b64(rb(48)), ""])
    add("p_anth_crlf_properties", anth("Spring Boot 3 migration: are these keys still valid?\r\n" + props), [(S, "datasource password CRLF", dsp), (S, "mail password CRLF", mlp)])

    # CI log (GitHub Actions): masked values are fine, one leaked through set -x in a curl header
    glt = "glpat-" + rs(20, AL + "-_")
    cil = "\n".join("2025-11-24T10:%02d:%02d.%07dZ %s" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 9999999), x) for x in [
        "##[group]Run ./scripts/mirror.sh", "+ git remote add mirror https://oauth2:***@gitlab.com/acme/app.git", "env:", "  GITLAB_TOKEN: ***", "##[endgroup]",
        "+ curl -sf -H 'PRIVATE-TOKEN: %s' https://gitlab.com/api/v4/projects/4412/mirror/pull" % glt, "{\"message\":\"202 Accepted\"}", "Post job cleanup."])
    add("p_oai_tool_gha_log_leak", oai_tool("the mirror job works but is the log safe to share?", "run_shell", {"cmd": "gh run view 11911 --log"}, cil), [(S, "gitlab PAT unmasked in set -x trace", glt)])


# ================================================================ NEGATIVES
def negatives():
    # --- agent transcripts without secrets
    env = "\n".join(sorted(["AWS_PROFILE=prod-readonly", "AWS_REGION=eu-central-1", "AWS_SDK_LOAD_CONFIG=1", "COLORTERM=truecolor", "GIT_COMMIT=" + hexs(40), "GPG_AGENT_INFO=/run/user/1000/gnupg/S.gpg-agent:0:1",
                            "HOME=/home/mia", "KUBECONFIG=/home/mia/.kube/config", "LS_COLORS=" + LS_COLORS, "OPENAI_API_KEY=", "ANTHROPIC_BASE_URL=http://127.0.0.1:4000",
                            "SSH_AUTH_SOCK=/tmp/ssh-%s/agent.2231" % rs(12, AL), "TERM_SESSION_ID=" + ruuid(), "VAULT_ADDR=https://vault.acme.internal:8200",
                            "VSCODE_GIT_IPC_HANDLE=/run/user/1000/vscode-git-%s.sock" % hexs(10), "DOCKER_CONFIG=/home/mia/.docker", "GOOGLE_APPLICATION_CREDENTIALS=/home/mia/.config/gcloud/adc.json",
                            "NPM_CONFIG_USERCONFIG=/home/mia/.npmrc", "SECRETS_PROVIDER=vault", "TOKEN_TTL=3600", "PASSWORD_STORE_DIR=/home/mia/.password-store", "_=/usr/bin/env"]))
    add("n_cc_env_sort_benign", cc("why does the aws cli pick the wrong profile?", [("Bash", {"command": "env | sort"}, env)], history=30000, seed="nenv"))

    add("n_cc_read_big_python_gutter", cc("explain how the argument parser handles subcommands", [("Read", {"file_path": "/usr/lib/python3.11/argparse.py"}, gutter(filler(150000, "py", "bigpy")))]))

    add("n_cc_read_big_js_gutter", cc("where is the config loaded?", [("Read", {"file_path": "/home/dev/cli/lib/npm.js"}, gutter(filler(90000, "js", "bigjs")))], history=20000, seed="njs"))

    grep = []
    for i in range(220):
        grep.append("%s:%d:%s" % (R.choice(["app/models/user.rb", "app/controllers/sessions_controller.rb", "spec/models/user_spec.rb", "config/locales/en.yml", "db/schema.rb", "app/views/devise/passwords/edit.html.erb"]),
                                  R.randint(1, 400), R.choice(["  has_secure_password", "  validates :password, length: { minimum: 12 }, if: :password_required?", "    t.string \"password_digest\", null: false",
                                                              "  password_too_short: \"Password is too short (minimum is %{count} characters)\"", "      expect(user.authenticate('wrong-password')).to be(false)",
                                                              "  <%= f.password_field :password, autocomplete: \"new-password\" %>", "  def password_required?", "    params.require(:user).permit(:email, :password, :password_confirmation)",
                                                              "  let(:password) { SecureRandom.hex(12) }", "    reset_password_token: Devise.token_generator.generate(User, :reset_password_token)"])))
    add("n_cc_grep_password_code", cc("list every place that touches passwords", [("Grep", {"pattern": "password", "output_mode": "content", "-n": True}, "\n".join(grep))]))

    ci = "\n".join("2025-11-24T11:%02d:%02d.%07dZ %s" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 9999999), x) for x in [
        "##[group]Run docker/login-action@" + hexs(40), "with:", "  registry: ghcr.io", "  username: acme-bot", "  password: ***", "  logout: true", "##[endgroup]",
        "Logging into ghcr.io...", "Login Succeeded!", "::add-mask::***", "+ echo \"deploying with token ***\"", "deploying with token ***",
        "+ curl -sf -H 'Authorization: Bearer ***' https://api.acme.io/deploy", "WARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.",
        "Run aws-actions/configure-aws-credentials@v4", "  role-to-assume: arn:aws:iam::%d:role/gha-deploy" % R.randint(10**11, 10**12), "  aws-region: eu-central-1",
        "Assuming role with OIDC", "Authenticated as assumedRoleId AROA%s:GitHubActions" % rs(17, UP + "234567"), "Cleaning up orphan processes"])
    add("n_oai_tool_gha_log_masked", oai_tool("why did the deploy step take 9 minutes?", "run_shell", {"cmd": "gh run view 11920 --log"}, ci))

    gl = "\n".join(["Running with gitlab-runner 17.5.2 (c6eae8d3)", "  on acme-docker-runner-3 t3_" + rs(6, AL), "Preparing the \"docker\" executor", "Using docker image sha256:%s for registry.gitlab.com/acme/ci-images/node:22" % hexs(64),
                    "$ echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc", "$ npm publish --access public", "npm notice Publishing to https://registry.npmjs.org/ with tag latest",
                    "+ @acme/ui@4.18.2", "$ curl --header \"JOB-TOKEN: $CI_JOB_TOKEN\" --upload-file dist.tgz \"${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/ui/4.18.2/dist.tgz\"",
                    "{\"message\":\"201 Created\"}", "Variable DEPLOY_PASSWORD: [MASKED]", "Job succeeded"])
    add("n_gcli_gitlab_ci_log", gcli("is the publish job log ok?", [("run_shell_command", {"command": "glab ci trace 88412"}, gl)]))

    tf = json.dumps({"version": 4, "terraform_version": "1.9.8", "serial": 57, "lineage": ruuid(), "outputs": {"bucket_arn": {"value": "arn:aws:s3:::acme-logs-prod", "type": "string"}},
                     "resources": [{"mode": "managed", "type": "aws_s3_bucket", "name": "logs", "instances": [{"attributes": {"id": "acme-logs-prod", "arn": "arn:aws:s3:::acme-logs-prod", "bucket_domain_name": "acme-logs-prod.s3.amazonaws.com", "hosted_zone_id": "Z21DNDUVLTQW6Q"}}]},
                                   {"mode": "managed", "type": "random_id", "name": "suffix", "instances": [{"attributes": {"b64_url": b64u(rb(8)), "byte_length": 8, "dec": str(R.randint(10**18, 10**19)), "hex": hexs(16), "id": b64u(rb(8))}}]},
                                   {"mode": "managed", "type": "aws_db_instance", "name": "main", "instances": [{"attributes": {"id": "db-" + rs(26, UP + DIG), "password": None, "manage_master_user_password": True,
                                                                                                                            "master_user_secret": [{"kms_key_id": "arn:aws:kms:eu-central-1:%d:key/%s" % (R.randint(10**11, 10**12), ruuid()), "secret_arn": "arn:aws:secretsmanager:eu-central-1:%d:secret:rds!db-%s-%s" % (R.randint(10**11, 10**12), ruuid(), rs(6, AL)), "secret_status": "active"}]},
                                                                                                             "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]}]}]}, indent=2)
    add("n_codex_tfstate_no_secrets", codex("why does plan show drift on the bucket?", [("cat terraform.tfstate", tf)]))

    show = ("# aws_db_instance.main:\nresource \"aws_db_instance\" \"main\" {\n    allocated_storage = 100\n    arn = \"arn:aws:rds:eu-central-1:%d:db:main\"\n    password = (sensitive value)\n    username = \"app\"\n}\n\n"
            "# random_password.api:\nresource \"random_password\" \"api\" {\n    bcrypt_hash = (sensitive value)\n    result = (sensitive value)\n    length = 32\n}\n\nOutputs:\n\ndb_password = <sensitive>\n" % R.randint(10**11, 10**12))
    add("n_br_claude_tool_terraform_show", br_claude_tool("is anything in state in clear text?", "shell", {"cmd": "terraform show"}, show))

    add("n_cc_aws_configure_list", cc("which credentials does the CLI use?", [("Bash", {"command": "aws configure list && aws sts get-caller-identity"},
                                                                                 "      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                     prod    manual    --profile\n"
                                                                                 "access_key     ****************%s shared-credentials-file\nsecret_key     ****************%s shared-credentials-file\n    region             eu-central-1      config-file    ~/.aws/config\n"
                                                                                 "{\n    \"UserId\": \"AIDA%s\",\n    \"Account\": \"%d\",\n    \"Arn\": \"arn:aws:iam::%d:user/mia\"\n}\n" % (rs(4, UP + DIG), rs(4, AL), rs(17, UP + "234567"), R.randint(10**11, 10**12), R.randint(10**11, 10**12)))]))

    di = [{"Id": hexs(64), "Image": "sha256:" + hexs(64), "Config": {"Env": ["PATH=/usr/local/bin:/usr/local/sbin:/usr/bin", "LANG=C.UTF-8", "GPG_KEY=" + hexs(40).upper(), "PYTHON_VERSION=3.12.7",
                                                                           "PYTHON_SHA256=" + hexs(64), "PIP_NO_CACHE_DIR=1", "DJANGO_SETTINGS_MODULE=shop.settings.prod", "SECRET_KEY_FILE=/run/secrets/django_key"],
                                                                   "Labels": {"org.opencontainers.image.source": "https://github.com/acme/shop", "org.opencontainers.image.revision": hexs(40)}},
           "Mounts": [{"Type": "bind", "Source": "/run/secrets/django_key", "Destination": "/run/secrets/django_key", "RW": False}], "RepoDigests": ["ghcr.io/acme/shop@sha256:" + hexs(64)]}]
    add("n_chat_tool_docker_inspect_benign", chat_tool("is the secret mounted correctly?", "run_shell", {"cmd": "docker inspect shop-web-1"}, json.dumps(di, indent=4)))

    pl = {"name": "web", "version": "3.4.0", "lockfileVersion": 3, "requires": True, "packages": {"": {"name": "web", "version": "3.4.0"}}}
    for i in range(420):
        n_ = "%s%s" % (R.choice(["@babel/", "@types/", "", "", "@vitejs/", "postcss-", "eslint-plugin-"]), rs(R.randint(4, 12), LO))
        pl["packages"]["node_modules/" + n_] = {"version": "%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 20)), "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n_, n_.split("/")[-1]),
                                                "integrity": "sha512-" + b64(rb(64)), "dev": R.random() < .6, "license": R.choice(["MIT", "ISC", "Apache-2.0"])}
    add("n_cc_package_lock_gutter", cc("why is lodash resolved twice?", [("Read", {"file_path": "/home/dev/web/package-lock.json"}, gutter(json.dumps(pl, indent=2)))]))

    cl = "# This file is automatically @generated by Cargo.\nversion = 4\n\n" + "".join("[[package]]\nname = \"%s\"\nversion = \"%d.%d.%d\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n\n" % (rs(R.randint(3, 12), LO), R.randint(0, 2), R.randint(0, 40), R.randint(0, 30), hexs(64)) for _ in range(300))
    add("n_codex_cargo_lock", codex("cargo says the lock file needs updating", [("cat Cargo.lock", cl)]))

    gs = "".join("github.com/%s/%s v%d.%d.%d h1:%s=\ngithub.com/%s/%s v%d.%d.%d/go.mod h1:%s=\n" % ((lambda a, b, x, y, z: (a, b, x, y, z, b64(rb(32))[:43], a, b, x, y, z, b64(rb(32))[:43]))(rs(6, LO), rs(8, LO), R.randint(0, 3), R.randint(0, 20), R.randint(0, 9))) for _ in range(250))
    add("n_gcli_go_sum", gcli("go mod verify fails for one module, which one?", [("read_file", {"absolute_path": "/home/kai/svc/go.sum"}, gs)]))

    po = "".join("[[package]]\nname = \"%s\"\nversion = \"%d.%d.%d\"\ndescription = \"%s\"\noptional = false\npython-versions = \">=3.9\"\nfiles = [\n    {file = \"%s-1.0-py3-none-any.whl\", hash = \"sha256:%s\"},\n    {file = \"%s-1.0.tar.gz\", hash = \"sha256:%s\"},\n]\n\n"
                 % (n_, R.randint(0, 5), R.randint(0, 30), R.randint(0, 10), "Utilities", n_, hexs(64), n_, hexs(64)) for n_ in [rs(R.randint(4, 10), LO) for _ in range(200)])
    add("n_chat_tool_poetry_lock", chat_tool("poetry install is slow, anything odd in the lock?", "read_file", {"path": "poetry.lock"}, po))

    html = "<!DOCTYPE html><html><head>" + "".join("<script src=\"https://cdn.jsdelivr.net/npm/%s@%d.%d.%d/dist/%s.min.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>\n" % (n_, R.randint(1, 9), R.randint(0, 20), R.randint(0, 9), n_, b64(rb(48))) for n_ in [rs(6, LO) for _ in range(40)]) + \
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'nonce-%s' 'strict-dynamic'\"><link rel=\"icon\" href=\"data:image/png;base64,%s\"></head><body></body></html>" % (b64(rb(16)), b64(rb(1500)))
    add("n_resp_html_sri_many", resp("Which of these CDN scripts can I drop?\n" + html))

    minjs = "!function(e,t){\"object\"==typeof exports?module.exports=t():e.App=t()}(this,function(){" + ";".join(
        "var %s=function(%s,%s){return %s.apiKey=%s.apiKey||\"\",%s.token=%s,%s.headers={Authorization:\"Bearer \"+%s},%s}" % tuple(rs(2, LO) for _ in range(10)) for _ in range(500)) + \
        ";var m=\"%s\";return{init:function(e){return e}}});\n//# sourceMappingURL=data:application/json;base64,%s" % (b64(rb(600)), b64(rb(6000)))
    add("n_cc_minified_bundle", cc("why is the bundle so big?", [("Read", {"file_path": "/home/dev/web/dist/app.min.js"}, gutter(minjs))]))

    rfc = ("RFC 7519 section 3.1 example:\n  eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk\n"
           "jwt.io default token:\n  eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n"
           "Unsecured JWT (RFC 7519 6.1):\n  eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.\n"
           "Write a verifier test that accepts the first (HS256 with the RFC's JWK) and rejects the unsecured one.")
    add("n_jwt_rfc_vectors", gem(rfc))

    add("n_redacted_truncated_keys", oai("Our key inventory (from the dashboards):\n| name | key | created |\n|---|---|---|\n| prod-backend | sk-proj-...%s | 2025-06-01 |\n| ci | sk-...%s | 2025-02-11 |\n"
                                         "| github bot | ghp_************************%s | 2025-01-09 |\n| stripe | sk_live_\u2026%s | 2024-12-12 |\n| slack | xoxb-\u2026 (revoked) | 2024-11-02 |\n| anthropic | sk-ant-api03-\u2026%s | 2025-09-30 |\nWhich should we rotate first?"
                                         % (rs(4, AL), rs(4, AL), rs(4, AL), rs(4, DIG), rs(4, AL))))

    rep = [{"Description": d, "StartLine": R.randint(1, 300), "EndLine": 0, "Match": "REDACTED", "Secret": "REDACTED", "File": f, "SymlinkFile": "", "Commit": hexs(40), "Entropy": round(R.uniform(3.5, 5.9), 6),
            "Author": "dependabot[bot]", "Email": "49699333+dependabot[bot]@users.noreply.github.com", "Date": "2025-10-%02dT10:00:00Z" % R.randint(1, 28), "RuleID": r, "Fingerprint": "%s:%s:%s:%d" % (hexs(40), f, r, R.randint(1, 300))}
           for d, f, r in [("AWS Access Key", "infra/old.tf", "aws-access-token"), ("Generic API Key", "src/config.ts", "generic-api-key"), ("Slack token", "scripts/notify.sh", "slack-bot-token")]]
    add("n_conv_tool_gitleaks_redacted", conv_tool("triage the gitleaks report", "read_file", {"path": "gitleaks-report.json"}, result_text=json.dumps(rep, indent=2)))

    add("n_vault_agent_secretkeyref", anth("Review this deployment:\n```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing\nspec:\n  template:\n    metadata:\n      annotations:\n"
                                           "        vault.hashicorp.com/agent-inject: \"true\"\n        vault.hashicorp.com/role: billing\n        vault.hashicorp.com/agent-inject-secret-db: database/creds/billing-rw\n"
                                           "        vault.hashicorp.com/agent-inject-template-db: |\n          {{- with secret \"database/creds/billing-rw\" -}}\n          postgres://{{ .Data.username }}:{{ .Data.password }}@pg:5432/billing\n          {{- end -}}\n"
                                           "    spec:\n      containers:\n      - name: app\n        env:\n        - name: STRIPE_SECRET_KEY\n          valueFrom:\n            secretKeyRef:\n              name: billing-stripe\n              key: secret-key\n"
                                           "        - name: SMTP_PASSWORD\n          valueFrom:\n            secretKeyRef: {name: smtp, key: password}\n```"))

    add("n_argocd_avp_path_refs", br_cohere("Will argocd-vault-plugin replace these?\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api\n  annotations:\n    avp.kubernetes.io/path: \"kv/data/api\"\nstringData:\n"
                                               "  DB_PASSWORD: <path:kv/data/api#db_password>\n  JWT_SECRET: <jwt_secret>\n  OPENAI_API_KEY: <path:kv/data/llm#openai | base64decode>\n"))

    add("n_dummy_readme_values", resp("Fix the markdown formatting of our README quick start:\n## Quick start\n```bash\nexport OPENAI_API_KEY=<your-api-key>\nexport ANTHROPIC_API_KEY=\"sk-ant-...\"\n"
                                     "export GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nexport STRIPE_SECRET_KEY=sk_test_REPLACE_ME\ncurl -H \"Authorization: Bearer $API_TOKEN\" https://api.example.com/v1/ping\n"
                                     "docker run -e POSTGRES_PASSWORD=changeme -e DATABASE_URL=postgres://user:password@localhost:5432/app app:latest\n```\nThen set `password: \"${DB_PASSWORD:?missing}\"` in config.yaml."))

    # --- numbers and ids
    rows = ["Rechnungsnr.;Kundennr.;Datum;Sendungsnr.;Betrag;Artikel (GTIN)"]
    for _ in range(60):
        rows.append("RE-2025-%06d;KD%07d;%02d.11.2025;00340434%s;%d,%02d;%s" % (R.randint(1, 999999), R.randint(1, 9999999), R.randint(1, 28), rs(12, DIG), R.randint(5, 900), R.randint(0, 99), ean13("40")))
    add("n_gem_fr_invoice_numbers_de", gem_fr("Welche Rechnungen sind noch offen?", "erp_query", {"id": "open_invoices"}, {"csv": "\n".join(rows)}))

    bib = "".join("@book{%s%d,\n  author = {%s, %s},\n  title = {%s},\n  publisher = {Springer},\n  year = {%d},\n  isbn = {%s},\n  doi = {10.1007/978-3-%03d-%05d-%d},\n  pages = {%d--%d}\n}\n\n"
                  % (rs(5, LO), R.randint(1990, 2024), cap(R.choice(LAST)), cap(R.choice(FIRST)), "Topics in " + rs(8, LO), R.randint(1990, 2024), ean13("978"), R.randint(0, 999), R.randint(0, 99999), R.randint(1, 9), R.randint(1, 200), R.randint(201, 900)) for _ in range(80))
    add("n_conv_bibtex_isbn_doi", conv("Convert this BibTeX to APA:\n" + bib))

    add("n_versions_builds_ips", br_titan("Summarise the environment:\n$ uname -a\nLinux build-07 6.8.0-48-generic #48-Ubuntu SMP PREEMPT_DYNAMIC Fri Sep 27 14:04:52 UTC 2024 x86_64 GNU/Linux\n"
                                         "$ google-chrome --version\nGoogle Chrome 131.0.6778.85\n$ cat /etc/build-id\nBUILD_ID=20251124-184233-0412\nBUILD_NUMBER=4417220331\nANDROID_BUILD=TQ3A.230901.001\nIOS_BUILD=22B91\n"
                                         "$ ip -4 addr show eth0\n    inet 10.20.30.41/24 brd 10.20.30.255 scope global eth0\n$ winver\nVersion 24H2 (OS Build 26100.2314)\n$ date +%s%N\n1763999122418803311\n"))

    add("n_git_log_noreply", oai("Write release notes from this log:\n" + "\n".join("%s %s <%s> %s" % (hexs(40), n_, m_, s_) for n_, m_, s_ in [
        ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", "build(deps): bump vite from 5.4.10 to 5.4.11"),
        ("mia-k", "%d+mia-k@users.noreply.github.com" % R.randint(10**6, 10**8), "fix: retry on 429"), ("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com", "chore(deps): update actions/checkout digest to " + hexs(7)),
        ("GitHub", "noreply@github.com", "Merge pull request #412 from acme/feat/export"), ("ci", "ci@example.com", "chore: release 4.18.2")])))

    add("n_gcli_test_card_fixture", gcli("the 3DS e2e test is flaky", [("read_file", {"absolute_path": "/home/kai/shop/e2e/fixtures/cards.yml"},
                                                                         "stripe:\n  success: \"4242 4242 4242 4242\"\n  visa_debit: \"4000 0566 5566 5556\"\n  mastercard: \"5555 5555 5555 4444\"\n  three_ds_required: \"4000 0027 6000 3184\"\n  declined: \"4000 0000 0000 0002\"\n"
                                                                         "braintree:\n  visa: \"4111111111111111\"\n  mastercard: \"5555555555554444\"\n  amex: \"378282246310005\"\nadyen:\n  visa: \"4111 1111 4555 1142\"\n  amex: \"3700 0000 0000 002\"\n")]))

    add("n_receipts_masked_cards", br_titan("Categorise these receipts:\nREWE Markt  24.11.2025  EUR 43,18  VISA ************4417  AID A0000000031010\nShell  23.11.2025  EUR 81,02  Mastercard ending in 5520  Auth 082211\n"
                                            "Amazon.de  22.11.2025  EUR 19,99  PAN 535522******7731  Ref 303-%s-%s\n" % (rs(7, DIG), rs(7, DIG))))

    add("n_documented_national_ids", chat_tool("add more cases to this validator test", "read_file", {"path": "tests/test_ids.py"},
                                               "# Examples taken from the official documentation of each scheme\nCASES = [\n    ('nino', 'QQ123456C', True),      # HMRC example\n    ('bsn', '111222333', True),       # Dutch test BSN\n"
                                               "    ('dni', '12345678Z', True),       # example DNI\n    ('ssn', '078-05-1120', False),    # Woolworth wallet card, voided\n    ('ssn', '219-09-9999', False),    # SSA advertisement\n"
                                               "    ('cf', 'RSSMRA85T10A562S', True), # Mario Rossi example\n    ('cpf', '123.456.789-09', True),  # documentation CPF\n    ('tfn', '123 456 782', True),     # ATO example\n]\n"))

    add("n_high_entropy_fixtures", cc("why does this crypto test fail on arm64?", [("Read", {"file_path": "/home/dev/lib/tests/test_aead.py"}, gutter(
        "import binascii\n\n# Test vectors from RFC 8439 section 2.8.2 and our own fixtures\nKEY_HEX = '808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f'\nNONCE_HEX = '070000004041424344454647'\n"
        "AAD_HEX = '50515253c0c1c2c3c4c5c6c7'\nEXPECTED_TAG = '1ae10b594f09e26a7e902ecbd0600691'\nFIXTURE_SALT = '%s'\nFIXTURE_IV = '%s'\nEXPECTED_CIPHERTEXT = '%s'\nETAG = 'W/\"%s\"'\n" % (b64(rb(16)), hexs(24), hexs(128), hexs(32))))]))

    add("n_env_refs_many_languages", anth_doc_b64("// Go\nkey := os.Getenv(\"STRIPE_SECRET_KEY\")\n// Rust\nlet token = std::env::var(\"GITHUB_TOKEN\")?;\n// Java\nString pw = System.getenv(\"DB_PASSWORD\");\n"
                                                  "// C#\nvar secret = builder.Configuration[\"AzureAd:ClientSecret\"];\n// Node\nconst apiKey = process.env.OPENAI_API_KEY ?? '';\n# Python\npassword = os.environ[\"SMTP_PASSWORD\"]\n"
                                                  "# shell\n: \"${VAULT_TOKEN:?set VAULT_TOKEN}\"\n# terraform\npassword = var.db_password\n# ansible\nansible_become_password: \"{{ vault_become_pw }}\"\n", "Do all of these fail loudly when unset?", "env_access.txt"))

    add("n_ipynb_env_getpass", gcli("the notebook still asks for the key every time", [("read_file", {"absolute_path": "/home/kai/nb/eval.ipynb"}, json.dumps({"cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["import os, getpass\n", "if not os.environ.get(\"OPENAI_API_KEY\"):\n", "    os.environ[\"OPENAI_API_KEY\"] = getpass.getpass(\"OpenAI key: \")\n"],
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["OpenAI key: \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\n"]}]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["print(os.environ['OPENAI_API_KEY'][:5] + '...')\n"], "outputs": [{"name": "stdout", "output_type": "stream", "text": ["sk-pr...\n"]}]}],
        "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1))]))

    add("n_crlf_ini_integrated", conv("Why can't the service connect?\r\n[Database]\r\nServer=SQL01\\PROD\r\nDatabase=Orders\r\nTrusted_Connection=yes\r\nEncrypt=yes\r\n\r\n[Api]\r\nBaseUrl=https://api.acme.internal\r\nApiKeyHeader=X-Api-Key\r\nApiKeySource=CredentialManager\r\n"))

    add("n_u0022_config_benign", u0022(oai("Explain this config:\n" + json.dumps({"auth": {"tokenUrl": "https://auth.acme.io/oauth/token", "apiKeyHeader": "X-Api-Key", "passwordMinLength": 12,
                                                                                           "secretStore": "aws-secretsmanager", "secretName": "prod/api/keys", "tokenTtlSeconds": 900}}, indent=2))))

    i = tid()
    add("n_cc_write_workflow_refs", {"model": "claude-sonnet-4-5-20250929", "max_tokens": 16000, "system": CC_SYS, "tools": CC_TOOLS5, "messages": [
        {"role": "user", "content": "add a release workflow"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": i, "name": "Write", "input": {"file_path": ".github/workflows/release.yml", "content":
            "name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n      contents: write\n    steps:\n      - uses: actions/checkout@%s # v4.2.2\n"
            "      - run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n      - run: gh release create \"$GITHUB_REF_NAME\"\n        env:\n          GH_TOKEN: ${{ github.token }}\n" % hexs(40)}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": i, "content": "File created successfully at: .github/workflows/release.yml"}]}]})

    add("n_support_chat_masked", br_mistral("Summarise:\n[09:01] Customer: hi, order 4411-2208 never arrived\n[09:02] Agent: I see the order paid with Visa ending 4417, shipped to the address on file.\n"
                                            "[09:02] Agent: You can reach us at help@shop-help.eu or +1 206-555-0143.\n[09:03] Customer: my mail is j.doe@example.com if you need it\n[09:04] Agent: Refund issued, ticket 88412."))

    add("n_crm_company_only", chat_tool("dedupe these leads", "read_file", {"path": "leads.csv"}, "company,website,email,vat\n" + "\n".join(
        "%s %s,https://www.%s.de,%s@%s.de,DE%s" % (cap(rs(6, LO)), R.choice(["GmbH", "AG", "KG"]), d, R.choice(["info", "sales", "kontakt", "office", "vertrieb"]), d, rs(9, DIG)) for d in [rs(8, LO) for _ in range(40)])))

    add("n_gitleaks_toml_rules", cc("why doesn't gitleaks flag our test keys?", [("Read", {"file_path": "/home/dev/app/.gitleaks.toml"}, gutter(
        "title = \"acme gitleaks config\"\n[extend]\nuseDefault = true\n\n[[rules]]\nid = \"acme-internal-token\"\ndescription = \"Acme internal API token\"\nregex = '''acme_(live|test)_[0-9a-zA-Z]{32}'''\nkeywords = [\"acme_live_\", \"acme_test_\"]\n\n"
        "[allowlist]\ndescription = \"documentation examples\"\nregexes = ['''AKIAIOSFODNN7EXAMPLE''', '''sk_test_[0-9a-zA-Z]{24}''']\npaths = ['''testdata/''', '''(.*?)(jpg|gif|doc|pdf|bin)$''']\nstopwords = [\"example\", \"dummy\", \"changeme\"]\n"))]))

    add("n_i18n_password_strings", gem_fr("Are the German translations complete?", "read_locale", {"id": "de.json"}, {"auth": {"password": "Passwort", "password_confirmation": "Passwort bestätigen", "token_expired": "Ihr Token ist abgelaufen.",
                                                                                                                             "apiKey": "API-Schlüssel", "secret": "Geheimnis", "forgot_password": "Passwort vergessen?", "new_password_hint": "Mindestens 12 Zeichen"}}))

    add("n_confidential_book_titles", anth("Recommend three books like these for our team offsite: 'Kitchen Confidential' by Anthony Bourdain, Graham Greene's 'The Confidential Agent', and 'L.A. Confidential'. "
                                           "Also, is 'Confidential Computing' a good theme for a talk?"))

    add("n_confidential_classification_policy", conv_docs([("policy", "md", "# Information classification\nAcme uses four levels: Public, Internal, Confidential and Restricted.\nData classified as Confidential must be encrypted at rest. "
                                                                        "Mark documents with the label that applies; the label itself is set by the Purview policy `Confidential - All Employees`.\n")],
                                                          "Summarise the policy for new hires."))

    add("n_confidential_code_and_sql", oai_tool("why does the export skip rows?", "read_file", {"path": "src/export.py"},
                                                "from acme.classification import Level\n\nclass Level(enum.IntEnum):\n    PUBLIC = 0\n    INTERNAL = 1\n    CONFIDENTIAL = 2\n\n@Confidential\nclass Salary: ...\n\n"
                                                "QUERY = \"SELECT id, title FROM docs WHERE classification <> 'CONFIDENTIAL' AND NOT internal_only\"\nif doc.level >= Level.CONFIDENTIAL:\n    continue\n"))

    add("n_search_results_public_docs", anth_search([("https://docs.stripe.com/keys", "API keys", ["Use your test mode keys in development. Secret keys begin with sk_test_ in test mode and sk_live_ in live mode."]),
                                                     ("https://cloud.google.com/confidential-computing", "Confidential Computing", ["Confidential VMs encrypt data in use."])], "How should we manage Stripe keys?"))

    add("n_sigstore_sha_digests", br_claude("Verify this release:\nSHA256SUMS\n" + "".join("%s  app_%s_%s.tar.gz\n" % (hexs(64), os_, ar) for os_ in ("linux", "darwin", "windows") for ar in ("amd64", "arm64")) +
                                            "sha512: %s\ncosign signature: MEUCIQ%s\nbundle: %s\n" % (hexs(128), b64(rb(60)), json.dumps({"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", "verificationMaterial": {"certificate": {"rawBytes": b64(rb(700))}, "tlogEntries": [{"logIndex": str(R.randint(10**8, 10**9)), "integratedTime": "1763900000"}]}, "messageSignature": {"messageDigest": {"algorithm": "SHA2_256", "digest": b64(rb(32))}, "signature": b64(rb(70))}}))))

    add("n_ansible_inventory_ips_macs", br_llama("Convert to YAML inventory:\n" + "\n".join("node%02d ansible_host=10.40.%d.%d mac=%s serial=%s asset_tag=ACME-%06d" % (k, R.randint(0, 9), R.randint(2, 250), ":".join(hexs(2) for _ in range(6)), rs(10, UP + DIG), R.randint(1, 999999)) for k in range(30))))

    add("n_stacktrace_no_creds", gem("Startup fails:\norg.postgresql.util.PSQLException: FATAL: password authentication failed for user \"app\"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\n"
                                     "\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:562)\nCaused by: jdbc:postgresql://db.prod.internal:5432/app?user=app&ssl=true&sslmode=verify-full\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\n"
                                     "HikariPool-1 - Exception during pool initialization. (connection id 0x%s)" % hexs(8)))

    add("n_conn_strings_iam_auth", resp("Which of these use passwordless auth?\n- Server=tcp:acme.database.windows.net;Database=orders;Authentication=Active Directory Default;\n- Host=pg;Database=app;Username=app;Password=$(aws rds generate-db-auth-token --hostname pg --port 5432 --username app)\n"
                                        "- mongodb+srv://cluster0.abcde.mongodb.net/?authSource=%24external&authMechanism=MONGODB-AWS\n- postgresql://app@db.internal:5432/app?sslmode=verify-full&sslrootcert=/etc/ssl/rds.pem\n- redis://redis.internal:6379/0"))

    add("n_urlencoded_tracking_form", conv("Decode this form post for me:\nq=winter+jacket&page=2&sort=price_asc&utm_source=newsletter&utm_campaign=bf2025&gclid=%s&fbclid=IwAR%s&_ga=GA1.2.%d.%d&session_state=%s"
                                           % (rs(80, AL + "-_"), rs(58, AL + "-_"), R.randint(10**8, 10**9), R.randint(10**8, 10**9), ruuid())))

    har = {"log": {"version": "1.2", "entries": [{"request": {"method": "GET", "url": "https://shop.example.org/api/cart", "headers": [{"name": "traceparent", "value": "00-%s-%s-01" % (hexs(32), hexs(16))}, {"name": "x-request-id", "value": ruuid()}],
                                                              "cookies": [{"name": "_ga", "value": "GA1.1.%d.%d" % (R.randint(10**8, 10**9), R.randint(10**8, 10**9))}, {"name": "__cf_bm", "value": rs(43, AL + "._") + "-" + str(R.randint(10**9, 10**10)) + "-1.0.1.1-" + rs(80, AL + "._")},
                                                                          {"name": "OptanonConsent", "value": "isGpcEnabled=0&datestamp=Mon+Nov+24+2025&version=202409.1.0"}]},
                                                  "response": {"status": 200, "headers": [{"name": "etag", "value": "\"%s\"" % hexs(32)}, {"name": "cf-ray", "value": "%s-FRA" % hexs(16)}]}}]}}
    add("n_har_benign_cookies", gcli("is the cart call cached?", [("read_file", {"absolute_path": "/home/kai/cart.har"}, json.dumps(har, indent=2))]))

    add("n_shell_history_benign", cc("what did I run to set up vault?", [("Bash", {"command": "tail -n 30 ~/.zsh_history"}, "\n".join(": 1763%06d:0;%s" % (R.randint(0, 999999), c_) for c_ in [
        "aws sso login --profile prod", "export AWS_PROFILE=prod", "gh auth login --with-token < ~/.config/tok", "op read op://Private/vault/root-token | vault login -",
        "kubectl create secret generic api --from-literal=password=\"$(openssl rand -base64 24)\"", "vault kv get -field=password secret/app/db", "ssh-keygen -t ed25519 -C mia@laptop",
        "git commit -m 'rotate token refs'", "export VAULT_TOKEN=$(vault print token)", "mysql -u app -p"]))]))

    add("n_github_api_repos", chat_tool("which repos are archived?", "run_shell", {"cmd": "gh api orgs/acme/repos"}, [{"type": "text", "text": json.dumps([{"id": R.randint(10**8, 10**9), "node_id": "R_kgDO" + rs(6, AL + "-_"), "name": rs(8, LO),
                                                                                                                                                          "archived": R.random() < .3, "pushed_at": "2025-11-%02dT10:00:00Z" % R.randint(1, 24), "default_branch": "main"} for _ in range(40)], indent=2)}]))

    add("n_cc_image_tool_result", cc("what's wrong with the chart?", [("Read", {"file_path": "/home/dev/report/chart.png"}, [{"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": b64(b"\x89PNG\r\n\x1a\n" + rb(40000))}}])]))

    add("n_gem_inline_readme_b64", gem_inline("# acme-cli\n\nInstall with `pipx install acme-cli`, then run `acme login` (uses your browser; no token is stored in plain text).\n\nConfig lives in ~/.config/acme/config.toml.\n", "text/plain", "Improve this README"))

    add("n_resp_input_file_products", resp_file("sku,name,price,ean\n" + "\n".join("SKU-%05d,%s,%d.%02d,%s" % (R.randint(1, 99999), rs(8, LO), R.randint(1, 200), R.randint(0, 99), ean13("40")) for _ in range(60)), "products.csv", "Find duplicate EANs"))

    add("n_conv_docs_pdf_png", {"messages": [{"role": "user", "content": [{"document": {"format": "pdf", "name": "contract", "source": {"bytes": b64(b"%PDF-1.7\n" + rb(20000))}}},
                                                                          {"image": {"format": "png", "source": {"bytes": b64(b"\x89PNG\r\n\x1a\n" + rb(15000))}}}, {"text": "Compare the contract and the screenshot."}]}], "inferenceConfig": {"maxTokens": 1024}})

    add("n_conv_doc_runbook", conv_docs([("runbook", "md", "# Rotate the DB password\n1. `vault write -f database/rotate-root/pg`\n2. Restart the app: `kubectl rollout restart deploy/api`\n3. Confirm: `kubectl logs deploy/api | grep 'connected'`\n")], "Is this runbook complete?"))

    add("n_stripe_api_ids", oai_tool("list today's charges", "run_shell", {"cmd": "stripe charges list --limit 3"}, json.dumps({"object": "list", "data": [
        {"id": "ch_3" + rs(23, AL), "object": "charge", "amount": R.randint(100, 99999), "customer": "cus_" + rs(14, AL), "payment_intent": "pi_3" + rs(23, AL), "payment_method": "pm_1" + rs(23, AL),
         "payment_method_details": {"card": {"brand": "visa", "last4": rs(4, DIG), "fingerprint": rs(16, AL), "exp_month": R.randint(1, 12), "exp_year": 2028}}, "livemode": True,
         "balance_transaction": "txn_3" + rs(23, AL)} for _ in range(3)]}, indent=2)))

    add("n_uuid_trace_heavy_log", br_claude("\n".join("ts=2025-11-24T10:%02d:%02dZ level=info trace_id=%s span_id=%s request_id=%s tenant=%s user_id=%s dur_ms=%d" % (R.randint(0, 59), R.randint(0, 59), hexs(32), hexs(16), ruuid(), ruuid(), ruuid(), R.randint(1, 900)) for _ in range(120)) + "\nWhich tenant is slowest?"))

    add("n_k8s_secret_list_and_es", gem("kubectl get secrets,externalsecrets -n shop\nNAME                      TYPE                                  DATA   AGE\nsecret/api-tls            kubernetes.io/tls                     2      41d\n"
                                        "secret/gitlab-pull       kubernetes.io/dockerconfigjson        1      90d\nsecret/db-creds           Opaque                                2      12d\n\nNAME                                    STORE        REFRESH   STATUS\n"
                                        "externalsecret.external-secrets.io/db   vault-kv     1h        SecretSynced\nWhy is db-creds 12 days old if the refresh is 1h?"))

    add("n_cargo_build_output", codex("build is slow", [("cargo build --release -v 2>&1 | tail -n 40", "\n".join("     Running `rustc --crate-name %s --edition=2021 -C metadata=%s -C extra-filename=-%s --out-dir /home/dev/app/target/release/deps -L dependency=/home/dev/app/target/release/deps`" % (rs(8, LO), hexs(16), hexs(16)) for _ in range(40)) + "\n    Finished `release` profile [optimized] target(s) in 2m 41s")]))

    add("n_phone_like_numbers_ops", oai("Parse this ops report:\nIncident INC-2025-11-240017 opened 2025-11-24 08:14:22 UTC, build 20251124.1842.0, pipeline 4417220331, queue depth 1 202 333,\n"
                                        "change CHG0041172, rack A12-U33, part no. 0-7311-2201-4, firmware 10.0.26100.2314"))

    add("n_cohere_history_ids_benign", br_cohere("and for tenant 2?", [{"role": "USER", "message": "Tenant 1 (id %s) used 1,204,331 tokens, cost 41.22 USD; invoice INV-2025-11-0042, PO 4500012231." % ruuid()},
                                                                     {"role": "CHATBOT", "message": "Tenant 1 accounts for 61% of usage this month."}]))

    add("n_legacy_completion_sql", legacy("-- PostgreSQL\n-- list users created in the last 7 days without exposing emails\nSELECT id, created_at, md5(email) AS email_hash\nFROM users\nWHERE created_at > now() - interval '7 days'\n"))

    add("n_mistral_policy_prose_passwords", br_mistral("Rewrite for clarity: Employees must never paste passwords, API keys or tokens into chat tools. If you accidentally share a secret, rotate it immediately and report it to security@acme.io. "
                                                       "Documents marked as confidential must not be uploaded to AI services."))

    add("n_gemini_fr_public_keys", gem_fr("Which key signs the releases?", "get_keys", {"id": "release"}, {"ssh": key("ci_ed25519.pub").strip(), "rsa_public": key("rsa_pub.pem").strip(), "ca": key("ca.crt").strip()}))

    add("n_chat_tool_pip_freeze", chat_tool("any outdated deps?", "run_shell", {"cmd": "pip freeze"}, "\n".join("%s==%d.%d.%d" % (rs(R.randint(4, 14), LO), R.randint(0, 5), R.randint(0, 40), R.randint(0, 20)) for _ in range(120))))


def main():
    if not os.path.exists(os.path.join(KEYS, "vagrant_rsa")):
        import subprocess
        subprocess.run(["bash", os.path.join(HERE, "make_keys.sh")], check=True)
    pos_agents()
    pos_codex()
    pos_chat_gemini_bedrock()
    pos_pii()
    pos_conf_keys_misc()
    negatives()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    labels = {}
    for name, (text, labs) in sorted(BODIES.items()):
        assert (not labs) == name.startswith("n_"), name
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            f.write(text)
        labels[name] = labs
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
    npos = sum(1 for v in labels.values() if v)
    cats = {}
    for v in labels.values():
        for l in v:
            cats[l[0].split("|")[0]] = cats.get(l[0].split("|")[0], 0) + 1
    print("bodies=%d positive=%d negative=%d labels=%d %s" % (len(labels), npos, len(labels) - npos, sum(len(v) for v in labels.values()), cats))


if __name__ == "__main__":
    main()
