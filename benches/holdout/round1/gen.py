#!/usr/bin/env python3
"""Blind holdout generator for promptwall's detection engine.

Writes bodies/NAME.json (next to this script) (AI API request bodies), labels.json
(NAME -> multiset of [category, detector_id]) and labels_detail.json (the same
with the exact planted value, used by score.py to match findings by span), and
optional.json (values a finding MAY hit without counting either way).

Labelling policy (documented in README.md next to this file):
  * secret / private_key: any live-looking credential in a format a provider
    issues, or a hard-coded password/secret value in config or code.
    Not labelled: env-var / template references, dummy values, documented
    example values (AWS EXAMPLE keys, jwt.io token), public keys, certificates,
    hashes, lockfile integrity, ids.
  * pii: emails, phone numbers, payment cards, IBANs, national ids of real-
    looking people.  NOT pii: git remotes (git@github.com:...), noreply and
    bot addresses, example.com/test addresses, npm scopes, decorators, user@host
    ssh targets, test card numbers (4242...). Names / postal addresses are not
    labelled (no detector category covers them).
  * confidential: the default keywords CONFIDENTIAL / INTERNAL ONLY /
    DO NOT DISTRIBUTE used as a document marker. Not: "confidential client"
    (OAuth prose), "Confidential Computing", enum constants in code.
"""
import json, os, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_values import *  # noqa

OUT = os.path.dirname(os.path.abspath(__file__))
K = Keys()
BODIES = {}


def body(name, data, labels=(), optional=()):
    assert name not in BODIES, name
    BODIES[name] = (data, list(labels), list(optional))


# ---------------------------------------------------------------- API shapes
CC_SYSTEM = ("You are Claude Code, Anthropic's official CLI for Claude.\nYou are an interactive CLI tool that helps users "
             "with software engineering tasks. Use the instructions below and the tools available to you to assist the user.\n"
             "IMPORTANT: Refuse to write code or explain code that may be used maliciously.\n\n<env>\nWorking directory: /home/dev/src/app\n"
             "Is directory a git repo: Yes\nPlatform: linux\nToday's date: 2025-06-11\n</env>")
CC_TOOLS = [
    {"name": "Read", "description": "Reads a file from the local filesystem.", "input_schema": {"type": "object", "properties": {"file_path": {"type": "string"}}, "required": ["file_path"]}},
    {"name": "Bash", "description": "Executes a given bash command in a persistent shell session.", "input_schema": {"type": "object", "properties": {"command": {"type": "string"}, "description": {"type": "string"}}, "required": ["command"]}},
    {"name": "Edit", "description": "Performs exact string replacements in files.", "input_schema": {"type": "object", "properties": {"file_path": {"type": "string"}, "old_string": {"type": "string"}, "new_string": {"type": "string"}}, "required": ["file_path", "old_string", "new_string"]}},
]


def tid(prefix="toolu_01"):
    return prefix + rs(22)


def numbered(text):
    return "\n".join(f"{i:>6}\u2192{l}" for i, l in enumerate(text.split("\n"), 1))


def anth(user, calls=(), thinking=None, model="claude-sonnet-4-5-20250929"):
    """calls: list of (tool, input, result, assistant_text)."""
    msgs = [{"role": "user", "content": [{"type": "text", "text": user}]}]
    for tool, inp, result, say in calls:
        i = tid()
        content = []
        if say:
            content.append({"type": "text", "text": say})
        content.append({"type": "tool_use", "id": i, "name": tool, "input": inp})
        msgs.append({"role": "assistant", "content": content})
        if tool == "Read":
            result = numbered(result)
        msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": i, "content": result}]})
    return {"model": model, "max_tokens": 32000, "stream": True,
            "system": [{"type": "text", "text": CC_SYSTEM, "cache_control": {"type": "ephemeral"}}],
            "tools": CC_TOOLS, "messages": msgs,
            "metadata": {"user_id": "user_" + hex_(64) + "_account__session_" + uuid4()}}


def anth_chat(turns, system="You are a helpful assistant.", model="claude-opus-4-1-20250805"):
    msgs = []
    for i, t in enumerate(turns):
        msgs.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return {"model": model, "max_tokens": 4096, "system": system, "messages": msgs}


def oai_chat(user, calls=(), system="You are a coding assistant with file system access.", model="gpt-4.1-2025-04-14"):
    """calls: list of (fn, args_dict, result)."""
    msgs = [{"role": "system", "content": system}, {"role": "user", "content": user}]
    for fn, args, result in calls:
        i = "call_" + rs(24)
        msgs.append({"role": "assistant", "content": None, "tool_calls": [
            {"id": i, "type": "function", "function": {"name": fn, "arguments": json.dumps(args)}}]})
        if result is not None:
            msgs.append({"role": "tool", "tool_call_id": i, "content": result})
    return {"model": model, "messages": msgs, "temperature": 0.2,
            "tools": [{"type": "function", "function": {"name": "read_file", "description": "Read a file",
                                                          "parameters": {"type": "object", "properties": {"path": {"type": "string"}}}}},
                      {"type": "function", "function": {"name": "write_file", "description": "Write a file",
                                                          "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}}}},
                      {"type": "function", "function": {"name": "run_shell", "description": "Run a shell command",
                                                          "parameters": {"type": "object", "properties": {"cmd": {"type": "string"}}}}}]}


def oai_resp(user, calls=(), instructions="You are Codex, a coding agent running in the user's terminal.", model="gpt-5-codex"):
    inp = [{"type": "message", "role": "user", "content": [{"type": "input_text", "text": user}]}]
    for fn, args, result in calls:
        i = "call_" + rs(24)
        inp.append({"type": "function_call", "call_id": i, "name": fn, "arguments": json.dumps(args)})
        inp.append({"type": "function_call_output", "call_id": i, "output": result})
    return {"model": model, "instructions": instructions, "input": inp, "store": False, "stream": True,
            "reasoning": {"effort": "medium", "summary": "auto"},
            "tools": [{"type": "function", "name": "shell", "parameters": {"type": "object", "properties": {"command": {"type": "array", "items": {"type": "string"}}}}}]}


def gemini(user, calls=(), system="You are a helpful assistant for software engineers.", model_turn=None):
    contents = [{"role": "user", "parts": [{"text": user}]}]
    for fn, args, result in calls:
        contents.append({"role": "model", "parts": [{"functionCall": {"name": fn, "args": args}}]})
        contents.append({"role": "user", "parts": [{"functionResponse": {"name": fn, "response": {"output": result}}}]})
    if model_turn:
        contents.append({"role": "model", "parts": [{"text": model_turn[0]}]})
        contents.append({"role": "user", "parts": [{"text": model_turn[1]}]})
    return {"contents": contents, "systemInstruction": {"parts": [{"text": system}]},
            "generationConfig": {"temperature": 0.4, "maxOutputTokens": 8192, "thinkingConfig": {"thinkingBudget": 1024}}}


S = lambda cat, det, val: (cat, det, val)

# shared realistic names
PEOPLE = [("Olivia", "Martinez"), ("Ethan", "Nguyen"), ("Priya", "Raman"), ("Lukas", "Hoffmann"), ("Chloe", "Dubois"),
          ("Marcus", "Okafor"), ("Hannah", "Schmidt"), ("Diego", "Alvarez"), ("Aisha", "Khan"), ("Tom", "Whitaker"),
          ("Sofia", "Rossi"), ("Daniel", "Kowalski"), ("Grace", "Liu"), ("Noah", "Bergstrom")]
MAILDOM = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "proton.me"]


def person_email(f, l, dom=None):
    dom = dom or R.choice(MAILDOM)
    sep = R.choice([".", "", "_"])
    return f"{f.lower()}{sep}{l.lower()}{R.choice(['', str(R.randint(1, 99))])}@{dom}"


exec(open(os.path.join(OUT, "bodies_pos.py")).read())
exec(open(os.path.join(OUT, "bodies_neg.py")).read())
exec(open(os.path.join(OUT, "bodies_pos2.py")).read())
exec(open(os.path.join(OUT, "bodies_neg2.py")).read())


def main():
    bd = os.path.join(OUT, "bodies")
    shutil.rmtree(bd, ignore_errors=True)
    os.makedirs(bd)
    labels, detail, optional = {}, {}, {}
    for name, (data, lab, opt) in sorted(BODIES.items()):
        raw = json.dumps(data, ensure_ascii=False, indent=None)
        for cat, det, val in lab + opt:
            if isinstance(val, tuple):  # (first, last): span from first to the following last
                assert all(v in raw for v in val), (name, det, val)
                continue
            forms = [val, json.dumps(val, ensure_ascii=False)[1:-1],
                     json.dumps(json.dumps(val, ensure_ascii=False)[1:-1], ensure_ascii=False)[1:-1]]
            assert any(f in raw for f in forms), (name, det, val[:40])
        with open(os.path.join(bd, name + ".json"), "w") as fh:
            fh.write(raw)
        labels[name] = [[c, d] for c, d, _ in lab]
        detail[name] = [{"category": c, "detector": d, "value": v} for c, d, v in lab]
        optional[name] = [{"category": c, "detector": d, "value": v} for c, d, v in opt]
    for fn, obj in (("labels.json", labels), ("labels_detail.json", detail), ("optional.json", optional)):
        with open(os.path.join(OUT, fn), "w") as fh:
            json.dump(obj, fh, indent=1, ensure_ascii=False)
    npos = sum(1 for v in labels.values() if v)
    print(f"{len(BODIES)} bodies, {npos} with findings, {len(BODIES) - npos} hard negatives, "
          f"{sum(len(v) for v in labels.values())} labels")
    shutil.rmtree(K.d, ignore_errors=True)


if __name__ == "__main__":
    main()
