#!/usr/bin/env python3
"""Inlines docs/*.md into README.md between <!-- BEGIN docs/X.md --> and
<!-- END docs/X.md --> markers, demoting headings by one level, so README is
complete on its own while each doc keeps one owner. Run after editing docs/."""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
readme = root / "README.md"
text = readme.read_text()

def demote(md: str) -> str:
    out, fence = [], False
    for line in md.splitlines():
        if line.startswith("```"):
            fence = not fence
        if not fence and re.match(r"^#{1,5} ", line):
            line = "#" + line
        out.append(line)
    return "\n".join(out).strip() + "\n"

def inline(m: re.Match) -> str:
    name = m.group(1)
    body = demote((root / name).read_text())
    return f"<!-- BEGIN {name} -->\n{body}<!-- END {name} -->"

text = re.sub(r"<!-- BEGIN (docs/[A-Z]+\.md) -->.*?<!-- END \1 -->", inline, text, flags=re.S)
readme.write_text(text)
