"""The forms of one item across modes as a chain [(condition, text)] (the first that holds wins,
the last is unconditional): by version, by API, or a struct's members each under its own gate."""
from __future__ import annotations

import difflib
import re

from gates import FULL_ONLY, conj, presence_gate, variant_chain
from model import MODES
from policy import EXPR_WORDS
from render import Renderer


def struct_units(text):
    """A struct's text as (head, [unit], tail): each unit one member, with the lines of a nested
    anonymous struct/union or a `#if ... #endif` around it."""
    lines = text.split("\n")
    head, body, tail = lines[0], lines[1:-1], lines[-1]
    units, cur, depth = [], [], 0
    for ln in body:
        cur.append(ln)
        depth += ln.count("{") - ln.count("}")
        if ln.startswith("#if"):
            depth += 1
        elif ln.startswith("#endif"):
            depth -= 1
        if depth == 0:
            units.append("\n".join(cur))
            cur = []
    return head, units, tail


def fields_gated(texts, present):
    """A struct whose members differ between versions as one definition, each member under its
    own gate (fields added in 3.12 under PY3FFI_TARGET_SINCE(3, 12)), instead of one definition
    per version. None when the members do not merge into one order (a reordering)."""
    if len(set(texts.values())) == 1 or not all(
            re.match(r"(struct|union) \w+ \{\n", t) and t.endswith("};") for t in texts.values()):
        return None
    order = sorted(texts, key=lambda m: m.order())
    heads = {struct_units(t)[0] for t in texts.values()}
    if len(heads) != 1:
        return None
    merged = []  # [unit text, set of modes]
    for m in order:
        _, units, _ = struct_units(texts[m])
        keys = [u for u, _ in merged]
        sm = difflib.SequenceMatcher(a=keys, b=units, autojunk=False)
        out = []
        for op, a0, a1, b0, b1 in sm.get_opcodes():
            if op == "equal":
                for k in range(a1 - a0):
                    merged[a0 + k][1].add(m)
                    out.append(merged[a0 + k])
            else:
                out += merged[a0:a1] + [[u, {m}] for u in units[b0:b1]]
        merged = out
    for m in order:  # the merge must give back every version's members, in order
        if [u for u, ms in merged if m in ms] != struct_units(texts[m])[1]:
            return None
    # what the struct's own gate already says, a member's gate does not repeat
    own = presence_gate(set(present))
    own_terms = {q.text for q in own.parts} if own is not None else set()

    def member_gate(ms):
        best = None
        for cand in (presence_gate(ms | (set(MODES) - set(present))), presence_gate(ms)):
            if cand is None:
                continue
            short = conj([q for q in cand.parts if q.text not in own_terms])
            for g in (short, cand):
                if all(g(x) == (x in ms) for x in present) and \
                        (best is None or len(g.text) < len(best.text)):
                    best = g
        return best

    lines, open_gate = [heads.pop()], None
    for unit, ms in merged:
        gate = None if ms >= set(present) else member_gate(ms)
        if gate is None and not ms >= set(present):
            return None
        text = gate.text if gate else None
        if open_gate and (text != open_gate or unit.startswith("#if ")):
            lines.append("#endif")
            open_gate = None
        if text and unit.startswith("#if "):  # a Windows/debug member: one condition, joined
            first, rest = unit.split("\n", 1)
            lines.append("#if %s && %s\n%s" % (text, first[4:], rest))
        elif text and text != open_gate:
            lines += ["#if " + text, unit]
            open_gate = text
        else:
            lines.append(unit)  # (under the #if still open, when the gate is the same)
    if open_gate:
        lines.append("#endif")
    lines.append("};")
    return [(None, "\n".join(lines))]


def by_api(texts, present):
    """A declaration whose full-API form differs from its limited-API one (a struct the limited
    API keeps opaque; a function taking it, spelled `struct _frame *` there): the full API's
    forms under !PY3FFI_LIMITED, then the limited API's."""
    full = {m: t for m, t in texts.items() if m.full}
    lim = {m: t for m, t in texts.items() if m.limited}
    if not full or not lim:
        return None
    fchain = fields_gated(full, [m for m in present if m.full]) or variant_chain(full)
    lchain = variant_chain(lim)
    if fchain is None or lchain is None:
        return None
    chain = [(conj([FULL_ONLY] + ([p] if p else [])), t) for p, t in fchain] + lchain
    # (a member-gated full form stands for every full version's own text)
    pick = {m: next(t for p, t in chain if p is None or p(m)) for m in texts}
    if all(pick[m] == texts[m] for m in lim) and \
            all(pick[m] in {t for _, t in fchain} for m in full):
        return chain
    return None


def constant_chain(it, n):
    """The variants of a constant. Its own expression where that is the same everywhere;
    otherwise its value, as one declaration whose initializer picks by version."""
    chain = variant_chain(it.texts)
    if chain is not None and len(chain) == 1:
        return chain
    values = it.numeric
    if not set(values) >= set(it.texts):
        return chain
    if len({values[m] for m in it.texts}) == 1:
        # one value, spelled differently over time: a spelling that names no other constant
        # (so it holds in every configuration, and on other platforms too), else the value
        numeric = Renderer.constant(n, *values[next(iter(it.texts))])
        own = [t for t in it.texts.values() if t != numeric and set(
            re.findall(r"[A-Za-z_]\w*", t.split("=", 1)[1])) <= EXPR_WORDS]
        return [(None, own[-1] if own else numeric)]
    if it.platform:
        return chain
    chain = variant_chain({m: values[m] for m in it.texts})
    if chain is None:
        return None
    types = {t for _, (t, _) in chain}
    if len(types) != 1:
        return [(p, Renderer.constant(n, t, v)) for p, (t, v) in chain]
    ctype = types.pop()
    expr = Renderer.literal(ctype, chain[-1][1][1])
    for p, (_, v) in reversed(chain[:-1]):
        expr = "%s ? %s : %s" % (p.text, Renderer.literal(ctype, v), expr)
    return [(None, "inline constexpr %s %s = %s;" % (ctype, n, expr))]
