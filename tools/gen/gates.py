"""config.hpp's predicates as the generator builds and checks them, and the gate finder: the
simplest condition true in exactly the modes where a name exists, or a chain of conditions
picking a form per mode. Every condition is checked over every mode (model.ALL_MODES: CPython's
full and limited API at each version and floor, PyPy's and GraalPy's versions)."""
from __future__ import annotations

from itertools import combinations

from model import ALL_MODES, MODES, OTHERS, VERSIONS, Mode, vname


class Pred:
    """A config.hpp predicate: its C++ spelling and its value in a mode. `version`: the version
    a version predicate compares with; `parts`: the terms of a conjunction. An opaque predicate
    is a platform's or a build's (PY3FFI_WINDOWS, PY3FFI_HAVE_FORK), which no mode decides: true
    where checked, and never left out of a condition."""

    def __init__(self, text, holds, version=None, parts=None, opaque=False):
        self.text, self.holds, self.version = text, holds, version
        self.parts = parts or [self]
        self.opaque = opaque
        self.alternatives = []  # the disjuncts of a disjunction

    def __call__(self, mode: Mode) -> bool:
        return self.holds(mode)

    @property
    def name(self) -> str:
        """The macro it calls (PY3FFI_SINCE of PY3FFI_SINCE(3, 12))."""
        return self.text.split("(")[0]


def SINCE(v):  # noqa: N802  (named as config.hpp's macro)
    return Pred("PY3FFI_SINCE(%s)" % vname(v), lambda m: m.api_version >= v, v)


def LIMITED_SINCE(v):  # noqa: N802
    return Pred("PY3FFI_LIMITED_SINCE(%s)" % vname(v), lambda m: m.full or m.floor >= v, v)


def TARGET_SINCE(v):  # noqa: N802
    return Pred("PY3FFI_TARGET_SINCE(%s)" % vname(v), lambda m: m.target >= v, v)


def BEFORE(v):  # noqa: N802
    return Pred("PY3FFI_BEFORE(%s)" % vname(v), lambda m: m.target < v)


FULL_ONLY = Pred("!PY3FFI_LIMITED", lambda m: m.full)
LIMITED_ONLY = Pred("PY3FFI_LIMITED", lambda m: m.limited)


def OPAQUE(text):  # noqa: N802
    return Pred(text, lambda m: True, opaque=True)


# PyPy's and GraalPy's: the implementation, and gates of what it lacks (true on the others)
def IS(impl):  # noqa: N802
    return Pred(impl.is_, lambda m: m.implementation == impl.name)


def NOT(impl):  # noqa: N802
    return Pred(impl.not_, lambda m: m.implementation != impl.name)


def NOT_BEFORE(impl, v):  # noqa: N802
    return Pred("%s(%s)" % (impl.not_before, vname(v)),
                lambda m: m.implementation != impl.name or m.target >= v)


def NOT_SINCE(impl, v):  # noqa: N802
    return Pred("%s(%s)" % (impl.not_since, vname(v)),
                lambda m: m.implementation != impl.name or m.target < v)


def on_versions(impl, versions):
    """Terms that, on `impl`, hold at exactly these of its versions: none for all of them,
    TARGET_SINCE(first) for the newest ones, else BEFORE(the one after the last)."""
    vs = sorted(versions)
    if vs == impl.versions:
        return []
    if vs == impl.versions[-len(vs):]:
        return [TARGET_SINCE(vs[0])]
    return [BEFORE((3, vs[-1][1] + 1))]


def conj(preds):
    parts = [q for p in preds for q in p.parts]
    return Pred(" && ".join(p.text for p in parts) or "1",
                lambda m: all(p(m) for p in parts), parts=parts)


def also(gate, term):
    """gate && term, where gate may be the empty condition "1"."""
    return conj(([gate] if gate.text != "1" else []) + [term])


def holds_all(terms, mode) -> bool:
    return all(q(mode) for q in terms)


def either(preds):
    """The disjunction of conjunctions, each in parentheses where it has more than one term."""
    texts = [p.text if len(p.parts) == 1 else "(%s)" % p.text for p in preds]
    out = Pred("(%s)" % " || ".join(texts), lambda m: any(p(m) for p in preds))
    out.alternatives = preds
    return out


def exact_gate(base, present):
    """The simplest gate true in exactly the modes `present` (of every implementation), given
    `base`, CPython's gate (exact on CPython's modes). On PyPy and GraalPy, base holds as on
    CPython's full API at the same version; where they lack the name, a term says so
    (PY3FFI_NOT_PYPY, PY3FFI_NOT_PYPY_BEFORE(3, 11)); where they have it but base does not
    hold, a disjunct does ((PY3FFI_IS_PYPY || ...)). None if no such gate is exact."""
    extend, restrict = [], []
    for impl in OTHERS:
        have = {m.target for m in impl.modes() if m in present}
        options = []  # (the disjunct's terms or None, the restricting term or None)
        extensions = [None] + ([[IS(impl)] + on_versions(impl, have)] if have else [])
        restrictions = [None, NOT(impl)] + ([NOT_BEFORE(impl, min(have)),
                                             NOT_SINCE(impl, (3, max(have)[1] + 1))]
                                            if have else [])
        for e in extensions:
            for r in restrictions:
                def holds(m, e=e, r=r):
                    return (base(m) or e is not None and holds_all(e, m)) and \
                        (r is None or r(m))
                if all(holds(m) == (m in present) for m in impl.modes()):
                    size = (e is not None, sum(len(q.text) for q in (e or []) + [r] if q))
                    options.append((size, e, r))
        if not options:
            return None
        _, e, r = min(options, key=lambda o: o[0])
        if e is not None:
            if any(q.opaque for q in base.parts):
                return None  # (its platform terms would hold on that implementation too)
            extend.append(conj(e))
        if r is not None:
            restrict.append(r)
    gate = conj(([either(extend + [base])] if extend else [base] if base.text != "1" else [])
                + restrict)
    if not all(gate(m) == (m in present) for m in ALL_MODES):
        return None
    return gate


def simplest(terms, take, avoid):
    """The fewest of `terms` (then the shortest) whose conjunction holds in every mode of
    `take` and in none of `avoid`, in their order; opaque terms are always kept. None if even
    all of them do not."""
    kept = [q for q in terms if q.opaque]
    free = [q for q in terms if not q.opaque]
    for n in range(len(free) + 1):
        fits = []
        for subset in combinations(free, n):
            cond = [q for q in terms if q in kept or q in subset]
            if all(holds_all(cond, m) for m in take) and \
                    not any(holds_all(cond, m) for m in avoid):
                fits.append(cond)
        if fits:
            return min(fits, key=lambda c: sum(len(q.text) for q in c))
    return None


def interval(vs):
    """Predicates true exactly for target versions `vs`: [TARGET_SINCE(lo)] + [BEFORE(hi)] for
    a run of versions, a disjunction of runs otherwise (3.9 and 3.10 do not export
    PyStructSequence_UnnamedField, which 3.8 and 3.11 do)."""
    vs = sorted(set(vs))
    runs, cur = [], [vs[0]]
    for v in vs[1:]:
        if VERSIONS.index(v) == VERSIONS.index(cur[-1]) + 1:
            cur.append(v)
        else:
            runs.append(cur)
            cur = [v]
    runs.append(cur)

    def run(r):
        out = []
        if r[0] > VERSIONS[0]:
            out.append(TARGET_SINCE(r[0]))
        if r[-1] < VERSIONS[-1]:
            out.append(BEFORE((3, r[-1][1] + 1)))
        return out

    if len(runs) == 1:
        return run(runs[0])
    parts = [conj(run(r)) for r in runs]
    return [Pred("(%s)" % " || ".join(p.text if " && " not in p.text else "(%s)" % p.text
                                      for p in parts),
                 lambda m, parts=parts: any(p(m) for p in parts))]


def presence_gate(present: set):
    """The simplest gate true exactly on `present` (a set of modes), of the form
    A && (!LIMITED || B): A bounds the target version, B adds the limited API's own bounds
    (its floor, and target versions whose limited headers lack the name)."""
    if present == set(MODES):
        return conj([])
    fulls = [m.target for m in present if m.full]
    lims = [m for m in present if m.limited]
    if not fulls:
        targets = interval([m.target for m in lims])
        floor = min(m.floor for m in lims)
        terms = [LIMITED_ONLY] + (targets or []) + \
            ([LIMITED_SINCE(floor)] if floor > VERSIONS[0] else [])
        candidates = [conj(terms)] if targets is not None else []
    else:
        targets = interval(fulls)
        if targets is None:
            return None
        if not lims:
            candidates = [conj([FULL_ONLY] + targets)]
        else:
            floor = min(m.floor for m in lims)
            lim_targets = interval([m.target for m in lims]) or []
            # drop the limited bounds the targets already imply
            lim_targets = [p for p in lim_targets if p.text not in {q.text for q in targets}]
            since = [LIMITED_SINCE(floor)] if floor > VERSIONS[0] else []
            # a floor >= y already means a target >= y
            lim_targets = [p for p in lim_targets if not (
                p.name == "PY3FFI_TARGET_SINCE" and since and p.version <= since[0].version)]
            candidates = []
            if not lim_targets:
                # SINCE(x) is TARGET_SINCE(x) for the full API and floor >= x for the limited one
                if targets and targets[0].name == "PY3FFI_TARGET_SINCE" and since and \
                        targets[0].version == since[0].version:
                    candidates.append(conj([SINCE(floor)] + targets[1:]))
                candidates.append(conj(targets + since))
            else:
                inner = conj(lim_targets + since)
                candidates.append(conj(targets + [Pred("(!PY3FFI_LIMITED || %s)" % (
                    inner.text if len(lim_targets + since) == 1 else "(%s)" % inner.text),
                    lambda m, inner=inner: m.full or inner(m))]))
    for c in candidates:
        if all(c(m) == (m in present) for m in MODES):
            return c
    return None


def variant_chain(texts: dict):
    """`texts`: mode -> text, for the modes where the item exists. Returns [(pred, text)], the
    first matching pred wins, the last one is unconditional; or None if no chain fits."""
    distinct = sorted(set(texts.values()),
                      key=lambda t: min(m.target for m in texts if texts[m] == t))
    if len(distinct) == 1:
        return [(None, distinct[0])]
    # along the target version (TARGET_SINCE), or the version of the API used (SINCE)
    for key, make in ((lambda m: m.target, TARGET_SINCE), (lambda m: m.api_version, SINCE)):
        by = {}
        if any(by.setdefault(key(m), t) != t for m, t in texts.items()):
            continue
        # change points along the version axis
        chain, prev = [], None
        for v in sorted(by):
            if by[v] != prev:
                chain.append((v, by[v]))
                prev = by[v]
        out = [(make(v), t) for v, t in reversed(chain[1:])] + [(None, chain[0][1])]
        if all(next(t for p, t in out if p is None or p(m)) == texts[m] for m in texts):
            return out
    return None


def describe(present) -> str:
    fulls = sorted("%d.%d" % m.target for m in present if m.full)
    lims = sorted("%d.%d/%d.%d" % (m.floor + m.target) for m in present if m.limited)
    return "full at [%s]; limited floor/target at [%s]" % (" ".join(fulls), " ".join(lims))
