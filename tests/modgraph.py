#!/usr/bin/env python3
"""Module dependency graph of a Rust library crate, from its source.

Every path in code (use trees, `crate::`/`super::`/`self::` paths, paths
through a child module or a module imported by name) is resolved to the
deepest module of the crate it names; an edge A -> B means module A names
something of module B. Comments and string literals are ignored; inline
`mod x { }` blocks (tests) count as their file's module. Prints the edges
with --edges, then every strongly connected component of more than one
module (an import cycle), with the edges inside it.

Usage: modgraph.py SRC_DIR [--edges] [--no-tests]
"""
import os
import re
import sys

SRC = sys.argv[1]
SHOW_EDGES = "--edges" in sys.argv
NO_TESTS = "--no-tests" in sys.argv


def strip(text):
    """Blanks comments, strings and char literals, keeping offsets."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif (m := re.match(r'b?r(#*)"', text[i:i + 20])) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            end = '"' + m.group(1)
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            j += 1
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "'":
            m = re.match(r"'(\\.[^']*|[^\\'])'", text[i:i + 12])
            if m:
                out.append(" " * m.end())
                i += m.end()
            else:
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def remove_test_blocks(code):
    """Blanks `#[cfg(test)] mod x { ... }` blocks."""
    for m in reversed(list(re.finditer(r"#\[cfg\(test\)\]\s*(pub(\([^)]*\))?\s+)?mod\s+\w+\s*\{", code))):
        depth, j = 1, m.end()
        while j < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[j], 0)
            j += 1
        code = code[:m.start()] + re.sub(r"[^\n]", " ", code[m.start():j]) + code[j:]
    return code


# Module tree: module path (tuple) -> file.
files = {}


def add_module(path, file):
    files[path] = file
    code = strip(open(file).read())
    if NO_TESTS:
        code = remove_test_blocks(code)
    for m in re.finditer(r"(?m)^\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;", code):
        name = m.group(1)
        if NO_TESTS and re.search(r"#\[cfg\(test\)\]\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+" + name + r"\s*;", code):
            continue
        base = os.path.dirname(file)
        stem = os.path.basename(file)[:-3]
        own_dir = base if stem in ("mod", "lib") else os.path.join(base, stem)
        for cand in (os.path.join(own_dir, name + ".rs"), os.path.join(own_dir, name, "mod.rs")):
            if os.path.exists(cand):
                add_module(path + (name,), cand)
                break
        else:
            print(f"warning: no file for mod {name} in {file}", file=sys.stderr)


add_module((), os.path.join(SRC, "lib.rs"))


def children(mod):
    return {p[-1] for p in files if len(p) == len(mod) + 1 and p[:-1] == mod}


def descend(mod, segs):
    segs = list(segs)
    while segs and segs[0] == "super":
        mod, segs = mod[:-1], segs[1:]
    for s in segs:
        if s in children(mod):
            mod = mod + (s,)
        else:
            break
    return mod


def parse_use_tree(s):
    """`a::{b, c::d as e, self}` -> list of (segments, alias)."""
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s*(::|\{|\}|,)\s*", r"\1", s)
    out = []

    def tree(s, prefix):
        # split top-level by commas
        parts, depth, cur = [], 0, ""
        for ch in s:
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            if ch == "," and depth == 0:
                parts.append(cur)
                cur = ""
            else:
                cur += ch
        if cur:
            parts.append(cur)
        for p in parts:
            i = p.find("{")
            if i >= 0:
                head = p[:i].rstrip(":")
                segs = prefix + [x for x in head.split("::") if x]
                tree(p[i + 1:p.rindex("}")], segs)
            else:
                alias = None
                if " as " in p:
                    p, alias = p.split(" as ", 1)
                segs = prefix + [x for x in p.split("::") if x]
                out.append((segs, alias))

    tree(s, [])
    return out


edges = {}
reasons = {}


def resolve_start(mod, first, aliases, inline=False):
    if first == "crate":
        return ()
    if first == "super":
        return mod if inline else mod[:-1]
    if first == "self":
        return mod
    if first in children(mod):
        return mod + (first,)
    if first in aliases:
        return aliases[first]
    return None


for mod, file in files.items():
    code = strip(open(file).read())
    if NO_TESTS:
        code = remove_test_blocks(code)
    aliases = {}
    targets = set()
    blocks = []
    for bm in re.finditer(r"\bmod\s+\w+\s*\{", code):
        depth, j = 1, bm.end()
        while j < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[j], 0)
            j += 1
        blocks.append((bm.start(), j))
    inside = lambda pos: any(a <= pos < b for a, b in blocks)
    uses = list(re.finditer(r"\buse\s+([^;]+);", code))
    # Two passes so aliases from one use serve later paths.
    for _ in range(2):
        for m in uses:
            for segs, alias in parse_use_tree(m.group(1)):
                if not segs:
                    continue
                start = resolve_start(mod, segs[0], aliases, inside(m.start()))
                if start is None:
                    continue
                rest = segs[1:]
                if rest and rest[-1] == "self":
                    rest = rest[:-1]
                target = descend(start, rest)
                targets.add((target, "use " + "::".join(segs)))
                if len(target) == len(start) + len(rest):
                    last = alias or (segs[-2] if segs[-1] == "self" else segs[-1])
                    if last not in ("*", "self", "super", "crate"):
                        aliases[last] = target
    body = re.sub(r"\buse\s+[^;]+;", lambda m: " " * len(m.group(0)), code)
    for m in re.finditer(r"\b([A-Za-z_]\w*)((?:\s*::\s*[A-Za-z_]\w*)+)", body):
        first = m.group(1)
        start = resolve_start(mod, first, aliases, inside(m.start()))
        if start is None:
            continue
        segs = [x.strip() for x in m.group(2).split("::") if x.strip()]
        target = descend(start, segs)
        targets.add((target, first + "::" + "::".join(segs)))
    for target, why in targets:
        if target == mod:
            continue
        edges.setdefault(mod, set()).add(target)
        reasons.setdefault((mod, target), set()).add(why)

name = lambda m: "crate" if not m else "::".join(m)

if SHOW_EDGES:
    for a in sorted(edges):
        for b in sorted(edges[a]):
            print(f"{name(a)} -> {name(b)}   ({', '.join(sorted(reasons[(a, b)])[:3])})")

# Tarjan's strongly connected components.
index, low, stack, on, sccs = {}, {}, [], set(), []
counter = [0]
sys.setrecursionlimit(10000)


def strong(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on.add(v)
    for w in edges.get(v, ()):
        if w not in index:
            strong(w)
            low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop()
            on.discard(w)
            comp.append(w)
            if w == v:
                break
        sccs.append(comp)


for v in list(files):
    if v not in index:
        strong(v)

cycles = [c for c in sccs if len(c) > 1]
print(f"{len(files)} modules, {sum(len(v) for v in edges.values())} edges, {len(cycles)} cycles")
for c in cycles:
    cs = set(c)
    print("cycle: " + ", ".join(sorted(name(m) for m in c)))
    for a in sorted(c):
        for b in sorted(edges.get(a, ())):
            if b in cs:
                print(f"    {name(a)} -> {name(b)}   ({', '.join(sorted(reasons[(a, b)])[:3])})")

sys.exit(1 if cycles else 0)
