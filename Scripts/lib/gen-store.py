#!/usr/bin/env python3
"""Generates a record store of N records for benchmarks: the worked example in
Guidance/examples (four records of one AST) copied for N/4 invented ASTs.

usage: gen-store.py DIR [N]   (N defaults to 10000)
"""
import os
import sys

FIRST = ["Siân", "Amir", "Beth", "Chidi", "Dana", "Eoin", "Fatima", "Gus", "Hana", "Ivo",
         "Jess", "Kofi", "Lena", "Mo", "Nia", "Omar", "Pia", "Quin", "Rosa", "Sol"]
LAST = ["Prothero", "Okafor", "Ní Bhriain", "O'Neill", "Kowalczyk", "Patel", "Reyes", "Zhou",
        "MacLeod", "Adeyemi", "Brennan", "Castellano", "Dubois", "Evans", "Fischer", "Haddad",
        "Ito", "Jensen", "Khan", "Lindqvist"]


def slug(name):
    import unicodedata
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("'", "").lower()
    out, hyphen = "", False
    for c in s:
        if c.isascii() and c.isalnum():
            if hyphen and out:
                out += "-"
            hyphen = False
            out += c
        else:
            hyphen = True
    return out or "ast"


def vary(file, body, i):
    """Makes the copies differ the way a real LEA's records do, so that `due`
    and `report` have work to do: awards of 0-2 points, the outreach objective
    met, partly met or not met, different spine points, some support plans
    still open, some ASTs not new in post."""
    if file.endswith("-review.md"):
        outcome = ["met", "partly met", "not met"][(i // 3) % 3]
        body = body.replace('  points: "1"', f'  points: "{i % 3}"', 1)
        body = body.replace('  current-point: "19"', f'  current-point: "{18 + i % 4}"', 1)
        body = body.replace("    outcome: partly met", f"    outcome: {outcome}", 1)
    elif file.endswith("-support.md") and i % 5 == 0:
        body = body.replace('  improved: "yes"', '  improved: partly', 1)
    elif file.endswith("-planning.md") and i % 2 == 1:
        body = body.replace('  new-in-post: "yes"', '  new-in-post: "no"', 1)
    return body


def main():
    root = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    here = os.path.dirname(os.path.abspath(__file__))
    example = os.path.join(here, "..", "..", "Guidance", "examples", "sian-prothero")
    templates = {f: open(os.path.join(example, f), encoding="utf-8").read()
                 for f in sorted(os.listdir(example)) if f.endswith(".md")}
    os.makedirs(root, mode=0o700, exist_ok=True)
    os.chmod(root, 0o700)
    written = 0
    i = 0
    while written < n:
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
        name = f"{first} {last} {i}" if i >= len(FIRST) * len(LAST) else f"{first} {last}"
        folder = os.path.join(root, f"{slug(name)}-{i:04x}")
        os.makedirs(folder, mode=0o700, exist_ok=True)
        for file, text in templates.items():
            if written >= n:
                break
            body = text.replace("Siân Prothero", name).replace("Siân", first)
            body = vary(file, body, i)
            path = os.path.join(folder, file)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.write(fd, body.encode("utf-8"))
            os.close(fd)
            written += 1
        i += 1
    print(f"{written} records for {i} ASTs in {root}")


if __name__ == "__main__":
    main()
