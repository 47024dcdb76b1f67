"""Round 8 request shapes: one session (a list of steps) rendered as any API kind.

Steps: ("u", text) a user turn, ("a", text) an assistant turn, ("t", kind, arg, result) a tool call and its result,
kind in read / bash / edit / grep (arg: the path, the command, or (path, old, new) for edit).  Renderers produce the
request bodies real clients send: Claude Code (Anthropic Messages with tool_use / tool_result, Read output numbered
`     1→`), OpenAI Chat tool_calls, OpenAI Responses function_call items, Gemini functionCall / functionResponse,
Bedrock Converse toolUse / toolResult, Bedrock InvokeModel (Anthropic body), and plain chats for the other InvokeModel
families (Llama, Titan, Mistral, Cohere) from round 3's wrappers.
"""
import json

from gen_common import R, rs, b64, rb, CC_TOOLS, anth, oai, resp, gem, conv, br_claude, br_llama, br_titan, br_cohere, br_mistral, oai_parts

CC_SYS = ("You are Claude Code, Anthropic's official CLI for Claude.\nYou are an interactive CLI tool that helps users with software "
          "engineering tasks. Use the instructions below and the tools available to you to assist the user.\n")
CC_EXTRA = [{"name": "Edit", "description": "Performs exact string replacements in files.",
             "input_schema": {"type": "object", "properties": {"file_path": {"type": "string"}, "old_string": {"type": "string"},
                                                                "new_string": {"type": "string"}}, "required": ["file_path", "old_string", "new_string"]}},
            {"name": "Grep", "description": "A powerful search tool built on ripgrep",
             "input_schema": {"type": "object", "properties": {"pattern": {"type": "string"}, "path": {"type": "string"}}, "required": ["pattern"]}}]
NAMES = {"cc": {"read": "Read", "bash": "Bash", "edit": "Edit", "grep": "Grep"},
         "fn": {"read": "read_file", "bash": "run_shell", "edit": "apply_patch", "grep": "search_code"}}


def numbered(text, start=1):
    return "\n".join("%6d→%s" % (i + start, l) for i, l in enumerate(text.split("\n")))


def _inp(kind, arg, style):
    if kind == "read":
        return {"file_path": arg} if style == "cc" else {"path": arg}
    if kind == "bash":
        return {"command": arg, "description": "Run command"} if style == "cc" else {"cmd": arg}
    if kind == "edit":
        p, o, n = arg
        return {"file_path": p, "old_string": o, "new_string": n} if style == "cc" else {"path": p, "patch": "--- a/%s\n+++ b/%s\n-%s\n+%s" % (p, p, o, n)}
    return {"pattern": arg, "path": "."} if style == "cc" else {"query": arg}


def _res(step, style):
    _, kind, arg, result = step
    return numbered(result) if (style == "cc" and kind == "read") else result


def _merge(msgs):
    out = []
    for m in msgs:
        if out and out[-1]["role"] == m["role"] and isinstance(m["content"], list) and isinstance(out[-1]["content"], list):
            out[-1]["content"] += m["content"]
        else:
            out.append(m)
    return out


def anth_msgs(steps):
    msgs = []
    for s in steps:
        if s[0] in ("u", "a"):
            msgs.append({"role": "user" if s[0] == "u" else "assistant", "content": [{"type": "text", "text": s[1]}]})
        else:
            i = "toolu_01" + rs(22)
            msgs.append({"role": "assistant", "content": [{"type": "tool_use", "id": i, "name": NAMES["cc"][s[1]], "input": _inp(s[1], s[2], "cc")}]})
            msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": i, "content": _res(s, "cc")}]})
    return _merge(msgs)


def cc(steps, model="claude-sonnet-4-5-20250929"):
    return {"model": model, "max_tokens": 32000, "stream": True, "tools": CC_TOOLS + CC_EXTRA,
            "system": [{"type": "text", "text": CC_SYS, "cache_control": {"type": "ephemeral"}}],
            "messages": anth_msgs(steps), "metadata": {"user_id": "user_" + rs(64, "0123456789abcdef") + "_account__session_" + rs(8, "0123456789abcdef")}}


def bedrock_claude(steps):
    return {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 8192, "system": "You are a coding assistant inside the IDE.",
            "tools": CC_TOOLS + CC_EXTRA, "messages": anth_msgs(steps)}


def oai_chat(steps, model="gpt-4.1", system="You are a coding agent running in the user's workspace. Use the tools to inspect files."):
    msgs = [{"role": "system", "content": system}]
    for s in steps:
        if s[0] in ("u", "a"):
            msgs.append({"role": "user" if s[0] == "u" else "assistant", "content": s[1]})
        else:
            c = "call_" + rs(24)
            msgs.append({"role": "assistant", "content": None, "tool_calls": [{"id": c, "type": "function", "function": {
                "name": NAMES["fn"][s[1]], "arguments": json.dumps(_inp(s[1], s[2], "fn"))}}]})
            msgs.append({"role": "tool", "tool_call_id": c, "content": _res(s, "fn")})
    tools = [{"type": "function", "function": {"name": n, "description": "workspace tool", "parameters": {"type": "object"}}} for n in NAMES["fn"].values()]
    return {"model": model, "stream": True, "messages": msgs, "tools": tools, "parallel_tool_calls": False}


def oai_resp(steps, model="gpt-5-codex"):
    items = []
    for s in steps:
        if s[0] == "u":
            items.append({"role": "user", "content": [{"type": "input_text", "text": s[1]}]})
        elif s[0] == "a":
            items.append({"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": s[1]}]})
        else:
            c = "call_" + rs(24)
            items.append({"type": "function_call", "call_id": c, "name": NAMES["fn"][s[1]], "arguments": json.dumps(_inp(s[1], s[2], "fn"))})
            items.append({"type": "function_call_output", "call_id": c, "output": _res(s, "fn")})
    return {"model": model, "instructions": "You are a coding agent. Prefer small, reviewable changes.", "input": items,
            "tools": [{"type": "function", "name": n, "parameters": {"type": "object"}} for n in NAMES["fn"].values()],
            "reasoning": {"effort": "medium"}, "store": False, "stream": True}


def gemini(steps, system="You are a helpful coding assistant."):
    cs = []
    for s in steps:
        if s[0] in ("u", "a"):
            cs.append({"role": "user" if s[0] == "u" else "model", "parts": [{"text": s[1]}]})
        else:
            n = NAMES["fn"][s[1]]
            cs.append({"role": "model", "parts": [{"functionCall": {"name": n, "args": _inp(s[1], s[2], "fn")}}]})
            cs.append({"role": "user", "parts": [{"functionResponse": {"name": n, "response": {"output": _res(s, "fn")}}}]})
    return {"contents": cs, "systemInstruction": {"parts": [{"text": system}]},
            "tools": [{"functionDeclarations": [{"name": n, "description": "workspace tool"} for n in NAMES["fn"].values()]}],
            "generationConfig": {"temperature": 0.2, "maxOutputTokens": 8192}}


def converse(steps, system="You are an assistant for the engineering team."):
    ms = []
    for s in steps:
        if s[0] in ("u", "a"):
            ms.append({"role": "user" if s[0] == "u" else "assistant", "content": [{"text": s[1]}]})
        else:
            t = "tooluse_" + rs(22)
            ms.append({"role": "assistant", "content": [{"toolUse": {"toolUseId": t, "name": NAMES["fn"][s[1]], "input": _inp(s[1], s[2], "fn")}}]})
            ms.append({"role": "user", "content": [{"toolResult": {"toolUseId": t, "content": [{"text": _res(s, "fn")}], "status": "success"}}]})
    return {"system": [{"text": system}], "messages": _merge(ms), "inferenceConfig": {"maxTokens": 4096, "temperature": 0.2},
            "toolConfig": {"tools": [{"toolSpec": {"name": n, "inputSchema": {"json": {"type": "object"}}}} for n in NAMES["fn"].values()]}}


AGENT = [cc, oai_chat, gemini, converse, oai_resp, bedrock_claude]


def chat(text, kind):
    """A plain chat paste in one of eleven shapes."""
    return {"anth": anth, "oai": oai, "resp": resp, "gem": gem, "conv": conv, "brc": br_claude, "llama": br_llama, "titan": br_titan,
            "cohere": br_cohere, "mistral": br_mistral, "parts": oai_parts}[kind](text)


def chat_turns(steps, kind):
    """A multi-turn chat (u/a steps only) in an agent-capable shape."""
    return {"anth": lambda s: {"model": "claude-opus-4-1", "max_tokens": 4096, "messages": anth_msgs(s)}, "oai": oai_chat, "gem": gemini,
            "conv": converse, "resp": oai_resp, "brc": bedrock_claude}[kind](steps)
