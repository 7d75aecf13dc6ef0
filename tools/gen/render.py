"""Declarations as py3ffi writes them: C's declarations of the scans turned into C++, and the
forms of one declaration as an #if/#elif chain."""
from __future__ import annotations

import re

from gates import conj, holds_all, simplest
from model import ALL_MODES
from policy import EXPR_WORDS, STDINT_LIMITS


class Renderer:
    """Writes a scan's declarations (JSON dicts, as tools/lib/cscan.py reads them) as C++."""

    def __init__(self, tagmap):
        self.tagmap = tagmap  # struct tag -> API name (_object -> PyObject)
        self.defined = set()  # the structs py3ffi defines (the others stay opaque)
        self.abi3t_hidden = {}  # struct -> "absent" or "opaque" in abi3t (3.15+)

    def ty(self, spelling: str) -> str:
        # Where C writes `struct _frame *`, so does py3ffi (with the API's name for the tag):
        # the elaborated form declares the struct in place when no header of that version
        # names it (3.7's limited API has no PyFrameObject, only struct _frame).
        s = re.sub(r"\benum\s+", "", spelling)  # (an enum cannot be declared in passing)
        s = re.sub(r"\b\w+\b", lambda m: self.tagmap.get(m.group(0), m.group(0)), s)
        s = s.replace("_Bool", "bool")
        # system types py3ffi spells without their headers (which would leak macros)
        s = re.sub(r"\bpthread_key_t\b", "detail::native_tss_key", s)
        return s

    def declarator(self, spelling: str, name: str) -> str:
        s = self.ty(spelling)
        if "(*)" in s:
            return s.replace("(*)", "(*%s)" % name, 1)
        if s.endswith("]"):
            i = s.index("[")
            return "%s %s%s" % (s[:i].rstrip(), name, s[i:])
        return s + name if s.endswith("*") else s + " " + name

    def function(self, name, d, exported=True):
        """The declaration of function `name`: an export of the interpreter (PY3FFI_API, the
        dllimport of Windows); with exported=False, the head of an inline definition."""
        params = []
        for ty, pn in zip(d["params"], d["param_names"] or [""] * len(d["params"])):
            usable = pn and "(" not in ty and "[" not in ty and not pn.startswith("_")
            params.append(self.declarator(ty, pn) if usable else self.ty(ty))
        if d["variadic"]:
            params.append("...")
        noreturn = "[[noreturn]] " if "noreturn" in d["canonical"] else ""
        # C functions throw no C++ exception: noexcept lets callers (py3ffi's inline forms among
        # them) tail-call them and need no unwinding tables, as in C
        return "%s%s%s(%s) noexcept;" % (noreturn, "PY3FFI_API " if exported else "",
                                         self.declarator(d["result"], name), ", ".join(params))

    def data(self, name, d):
        return "PY3FFI_DATA %s;" % self.declarator(d["type"], name)

    def typedef(self, name, d, scan, variants=None, abi3t=True):
        kind = d.get("tag_kind")
        if kind == "enum":
            body = ", ".join("%s = %d" % tuple(e) for e in d["enumerators"])
            return "enum %s : %s { %s };" % (name, d["enum_type"], body)
        if kind in ("struct", "union") and abi3t and name in self.abi3t_hidden and \
                name in self.defined:
            # abi3t hides what holds a PyObject by value (PyModuleDef) or drops it (its m_base);
            # the gate is 0 outside abi3t, so every version's text is the same
            text = self.typedef(name, d, scan, variants, abi3t=False)
            if self.abi3t_hidden[name] == "absent":
                return "#if !PY3FFI_OPAQUE_OBJECT\n%s\n#endif" % text
            if text != "%s %s;" % (kind, name):
                return "#if PY3FFI_OPAQUE_OBJECT\n%s %s;\n#else\n%s\n#endif" % (kind, name, text)
            return text
        if kind in ("struct", "union"):
            rec = scan["record"].get(name)
            ft = (variants or {}).get("PY3FFI_GIL_DISABLED", {}).get("record", {}).get(name)
            if name in self.defined and ft and ft["complete"] and not (rec and rec["complete"]):
                # defined only in free-threaded builds (PyCriticalSection in 3.13 and 3.14)
                return "#if PY3FFI_GIL_DISABLED\n%s\n#else\n%s %s;\n#endif" % (
                    self.record(name, ft), kind, name)
            if rec and rec["complete"] and name in self.defined:
                return self.record(name, rec, variants={
                    gate: v["record"][name] for gate, v in (variants or {}).items()
                    if name in v["record"] and v["record"][name]["complete"]})
            return "%s %s;" % (kind, name)
        return "using %s = %s;" % (name, self.ty(d["type"]))

    @staticmethod
    def merged_fields(fields, variants):
        """The fields, each under the gate of the readings that have it: those only a variant
        reading has (PyConfig's legacy_windows_stdio under PY3FFI_WINDOWS, run_presite under
        PY3FFI_DEBUG) under its gate, those it lacks or declares otherwise under the negation
        (3.14's free-threaded state.interned is a char, not a 2-bit field). A variant that
        reorders the fields is ignored."""
        out = [(f, None) for f in fields]
        for gate, rec in sorted(variants.items()):
            names = [f["name"] for f, _ in out]
            theirs = {f["name"]: f for f in rec["fields"]}
            # (members another variant added are not in this one: compare the common ones)
            if [n for n in theirs if n in names] != [n for n in names if n in theirs]:
                continue
            merged, i = [], 0

            # (only the free-threaded reading is complete enough to remove or retype members:
            # the Windows one lacks windows.h's types)
            exact = gate == "PY3FFI_GIL_DISABLED"

            def lacked(upto, i=i, gate=gate, exact=exact, theirs=theirs, out=out):
                """Base fields from i up to `upto`: those the variant lacks under !gate."""
                return [(f, "!" + gate if exact and f["name"] not in theirs and g is None else g)
                        for f, g in out[i:upto]]

            for f in rec["fields"]:
                if f["name"] in names:
                    j = names.index(f["name"], i)
                    merged += lacked(j, i)
                    base, g = out[j]
                    if exact and g is None and \
                            (base["type"], base.get("bitfield")) != (f["type"], f.get("bitfield")):
                        merged += [(f, gate), (base, "!" + gate)]
                    else:
                        merged.append((base, g))
                    i = j + 1
                else:
                    merged.append((f, gate))
            merged += lacked(len(out), i)
            out = merged
        return out

    def record(self, name, rec, indent="", variants=None):
        """A struct body; `variants`: gate -> the same struct read with that macro defined."""
        kw = "union" if rec["union"] else "struct"
        lines = ["%s%s %s{" % (indent, kw, name + " " if name else "")]
        for f, gate in self.merged_fields(rec["fields"], variants or {}):
            if gate:
                lines.append("#if " + gate)
            if f.get("nested"):
                inner = self.record("", f["nested"], indent + "    ")
                named = f["name"] and "(" not in f["name"]  # clang names anonymous members oddly
                lines.append(inner[:-1] + (" %s;" % f["name"] if named else ";"))
            elif f.get("enumerators") is not None:
                body = ", ".join("%s = %d" % tuple(x) for x in f["enumerators"])
                lines.append("%s    enum : %s { %s } %s;" % (
                    indent, f["enum_type"], body, f["name"]))
            else:
                decl = self.declarator(f["type"], f["name"])
                if f["bitfield"] is not None:
                    decl += " : %d" % f["bitfield"]
                if f["type"].endswith("[]"):
                    # a flexible array member (GraalPy 24's PyLongObject): C99's, an extension
                    # of GCC's and Clang's in C++
                    lines += ["#  pragma GCC diagnostic push",
                              '#  pragma GCC diagnostic ignored "-Wpedantic"',
                              "#  if defined(__clang__)",
                              '#    pragma clang diagnostic ignored "-Wc99-extensions"',
                              '#    pragma clang diagnostic ignored "-Wflexible-array-extensions"',
                              "#  endif", "%s    %s;" % (indent, decl),
                              "#  pragma GCC diagnostic pop"]
                    continue
                lines.append("%s    %s;" % (indent, decl))
            if gate:
                lines.append("#endif")
        lines.append("%s};" % indent)
        return "\n".join(lines)

    @staticmethod
    def constant(name, ctype, value, tokens=None, known=()):
        expr = Renderer.expression(tokens, known)
        if expr and (re.search(r"\(\s*\w+_t\s*\)", expr) or
                     set(re.findall(r"\w+", expr)) & STDINT_LIMITS):
            # its own cast gives the type (size_t, not what size_t is on Linux)
            return "inline constexpr auto %s = %s;" % (name, expr)
        return "inline constexpr %s %s = %s;" % (
            ctype, name, expr or Renderer.literal(ctype, value))

    @staticmethod
    def literal(ctype, value):
        suffix = {"unsigned int": "U", "long": "L", "unsigned long": "UL",
                  "long long": "LL", "unsigned long long": "ULL"}.get(ctype, "")
        if value in (-2 ** 63, -2 ** 31):  # the most negative value has no literal of its own
            return "(%d%s - 1)" % (value + 1, suffix)
        return "%d%s" % (value, suffix) if value >= 0 or suffix.startswith("U") else \
            "(%d%s)" % (value, suffix)

    @staticmethod
    def expression(tokens, known):
        """The macro's own expression, if it only uses literals, basic types and constants
        py3ffi also declares; keeps the source's form (and its platform-dependence)."""
        if not tokens:
            return None
        # (an underscore alias of a public constant reads as that one: 3.9's _PyHASH_BITS)
        tokens = [t[1:] if t.startswith("_") and t[1:] in known else t for t in tokens]
        for t in tokens:
            if re.match(r"[A-Za-z_]\w*$", t) and t not in EXPR_WORDS and t not in known and \
                    t not in STDINT_LIMITS:
                return None
            if t.startswith(("'", '"')):
                return None
        s = " ".join(tokens)
        s = s.replace("( ", "(").replace(" )", ")")
        return s


def render_chain(chain, gate=None):
    """The forms of one declaration as one #if/#elif chain; the item's own gate, if any, joins
    the conditions (one level of #if, not a pyramid). Each branch's condition is the simplest
    that picks, over every mode, what the chain with the gate picks; a branch no mode reaches
    is left out."""
    if len(chain) == 1:
        return chain[0][1]
    gate = gate or conj([])
    want = {m: next((t for p, t in chain if p is None or p(m)), None) if gate(m) else None
            for m in ALL_MODES}
    lines, rest = [], list(ALL_MODES)
    for p, text in chain:
        take = [m for m in rest if want[m] == text]
        if not take:
            continue  # (dead: an earlier branch, or the gate, leaves it no mode)
        avoid = [m for m in rest if want[m] != text]
        own = p.parts if p else []
        # (an implementation's own branch says so first)
        terms = own + gate.parts if own and own[0].text.startswith("PY3FFI_IS_") \
            else gate.parts + own
        # (where an earlier branch took a disjunct's modes, another disjunct may do)
        terms += [q for d in gate.parts for alt in d.alternatives for q in alt.parts
                  if q not in terms]
        # (every mode that wants this form, else just those the branch itself picks)
        cond = simplest(terms, take, avoid) or simplest(
            terms, [m for m in take if holds_all(terms, m)], avoid)
        rest = [m for m in rest if not holds_all(cond, m)]
        if not cond:
            if not lines:
                return text  # (one form wherever it exists)
            lines += ["#else", text]
            break
        lines += ["#%s %s" % ("elif" if lines else "if", " && ".join(q.text for q in cond)), text]
    lines.append("#endif")
    return "\n".join(lines)
