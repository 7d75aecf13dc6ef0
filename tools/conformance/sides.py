"""Both sides of a conformance check, read in the target's configuration: the real headers
(as the platform's C compiler reads them), the interpreter's exported symbols and the values of
its constants; py3ffi's headers (C++17), and the values of its constants. check.py puts
tools/lib on the path."""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cscan
import cvalues
import headers
import pe
from capi import CONFIG_HEADERS, PREAMBLE, load_manifest

ROOT = Path(__file__).resolve().parents[2]
# The headers under test (the self-test points this at a deliberately broken copy).
INCLUDE = Path(os.environ.get("PY3FFI_INCLUDE", ROOT / "include"))


class Normalizer:
    """Spells a type the same way on both sides: no namespaces, no struct tags, API names for
    struct tags (_object -> PyObject)."""

    def __init__(self, tagmap, wchar="int"):
        self.tagmap = tagmap
        self.wchar = wchar

    def __call__(self, s: str) -> str:
        # (C++'s va_list is std::__va_list on ARM, C's the same type without the namespace)
        s = s.replace("py3ffi::detail::", "").replace("py3ffi::", "")
        s = s.replace("std::__va_list", "__va_list")
        s = re.sub(r"\b(?:struct|union|enum)\s+", "", s)
        s = re.sub(r"\b\w+\b", lambda m: self.tagmap.get(m.group(0), m.group(0)), s)
        # C's wchar_t is a typedef (of int on x86 Linux, unsigned int on ARM, unsigned short on
        # Windows); C++'s is its own type of the same ABI
        s = re.sub(r"\bwchar_t\b", self.wchar, s)
        s = s.replace("_Bool", "bool").replace("(void)", "()").replace(" noexcept", "")
        return re.sub(r"\s+", " ", s).strip()


def py3ffi_values(flags, names, it):
    """The values and types of py3ffi's constants, by compiling a C++ program for the
    interpreter's platform and running it there."""
    if not names:
        return {}
    prog = ['#include <py3ffi/py3ffi.hpp>', "#include <cstdio>", "#include <type_traits>",
            "template <class T> const char *tn() {",
            "  using U = std::remove_cv_t<T>;"]
    for t in ["int", "unsigned int", "long", "unsigned long", "long long", "unsigned long long",
              "char", "signed char", "unsigned char", "short", "unsigned short", "bool", "void *"]:
        prog.append('  if (std::is_same_v<U, %s>) return "%s";' % (t, t))
    prog += ['  if (std::is_enum_v<U>) return "int";', '  return "?";', "}", "int main() {"]
    for n in names:
        prog.append('  std::printf("%%s\\t%%s\\t%%lld\\t%%llu\\n", "%s", '
                    'tn<decltype(py3ffi::%s)>(), (long long)py3ffi::%s, '
                    '(unsigned long long)py3ffi::%s);' % (n, n, n, n))
    prog.append("}")
    with tempfile.TemporaryDirectory() as d:
        src, exe = os.path.join(d, "v.cpp"), os.path.join(d, "v.exe")  # (.exe: for wine)
        Path(src).write_text("\n".join(prog) + "\n")
        r = subprocess.run([it.tool("g++"), "-std=c++17", "-w", "-I", str(INCLUDE), "-o", exe,
                            src] + flags + it.link_flags(), capture_output=True, text=True)
        if r.returncode:
            raise SystemExit("conformance: py3ffi value probe does not compile:\n"
                             + r.stderr[-3000:])
        out = subprocess.run(it.probe_runner() + [exe], capture_output=True, text=True,
                             check=True).stdout
    return cvalues.read_values(out)


def api_names_of_tags() -> dict:
    """struct tag -> API name (_object -> PyObject, _frame -> PyFrameObject): CPython's own
    pairing, the same in every version, read from the newest headers here (older versions
    name some structs only by tag: frameobject.h was outside Python.h before 3.11)."""
    newest = list(headers.release_per_minor(headers.interpreters()).values())[-1]
    tu = cscan.parse(PREAMBLE + "#include <frameobject.h>\n", newest.cflags(), cxx=False)
    return {tag: n for tag, n in cscan.tag_names(tu).items() if not n.startswith("_")}


def exported_symbols(interp: headers.Interp, limited: bool = False) -> set[str]:
    path = interp.host_path(interp.symbols)
    if path.lower().endswith(".dll"):
        # (a stable-ABI module imports what python3.lib names, which python3.dll exports)
        try:
            if limited:
                return pe.import_library_names(
                    os.path.join(os.path.dirname(path), "libs", "python3.lib"), interp.tool("nm"))
            return pe.exports(path, interp.tool("objdump"))
        except RuntimeError as e:
            raise SystemExit("conformance: %s" % e) from None
    r = subprocess.run([interp.tool("nm"), "-D", "--defined-only", path], capture_output=True,
                       text=True)
    if r.returncode:
        raise SystemExit("conformance: nm -D %s failed: %s" % (path, r.stderr))
    return {line.split()[-1].split("@")[0] for line in r.stdout.splitlines() if line.strip()}


def expansions(flags: list[str], macros: dict, cc: str = "cc") -> dict:
    """name -> the identifier it expands to after the real headers, for each object-like macro
    of one identifier. PyPy binds the C API to its own symbols that way (#define PyList_New
    PyPyList_New), in chains under PY_SSIZE_T_CLEAN (PyArg_ParseTuple -> _PyArg_ParseTuple_SizeT
    -> _PyPyArg_ParseTuple_SizeT); the preprocessor, unlike the macro table, knows the #undefs."""
    names = sorted(n for n, m in macros.items() if not m["function_like"]
                   and len(m["tokens"]) == 1 and re.match(r"[A-Za-z_]\w*$", m["tokens"][0]))
    src = PREAMBLE + "".join("py3ffi_expands_%d %s ;\n" % (i, n) for i, n in enumerate(names))
    r = subprocess.run([cc, "-E", "-P", "-x", "c", "-"] + flags, input=src,
                       capture_output=True, text=True)
    if r.returncode:
        raise SystemExit("conformance: the real headers do not preprocess:\n" + r.stderr[-3000:])
    out = {}
    for i, exp in re.findall(r"\bpy3ffi_expands_(\d+)\s+([^;]*?)\s*;", r.stdout):
        if re.match(r"[A-Za-z_]\w*$", exp):
            out[names[int(i)]] = exp
    return out


def api_view(real: dict, binds: dict) -> dict:
    """The real declarations under their C API names: a function or datum the headers bind a
    name to (binds: name -> symbol) stands under that name, not under the symbol's (PyList_New,
    not PyPyList_New); the renaming macros themselves go, as they are those declarations now."""
    view = {kind: dict(decls) for kind, decls in real.items()}
    for kind in ("function", "data"):
        targets = {s for n, s in binds.items() if s != n and s in real[kind]}
        for s in targets - set(binds):
            del view[kind][s]
        for n, s in binds.items():
            if s in targets:
                view[kind][n] = real[kind][s]
                view["macro"].pop(n, None)
    return view


def data_symbols(tu, namespace: str) -> dict:
    """name -> symbol of the variables declared in `namespace` (cscan gives functions' only): an
    assembler label binds one to another name (PyList_Type to PyPyList_Type)."""
    return {c.spelling: c.mangled_name.lstrip("\x01") or c.spelling
            for prefix, c in cscan._walk_scope(tu.cursor, "")
            if prefix == namespace and c.kind == cscan.K.VAR_DECL}


@dataclass
class Sides:
    """What the checks compare. real: the real headers' declarations by C API name (cscan's
    kinds), raw: by symbol (they differ on PyPy, whose headers rename the API: binds, name ->
    symbol); known, fields: every name and struct field the real translation unit declares
    (system headers too); inc: the real include directory; macros: its macros. our: py3ffi's
    declarations in namespace py3ffi, detail_externs: the interpreter's functions it declares
    under other names (name -> (symbol, declaration)). syms: the interpreter's exported
    symbols. real_vals, our_vals: name -> (type, value) of the integer constants."""
    real_tu: object
    raw: dict
    real: dict
    binds: dict
    known: set
    fields: set
    inc: str
    macros: dict
    our_tu: object
    our: dict
    detail_externs: dict
    tagmap: dict
    norm: Normalizer
    enums: set
    man: dict
    syms: set
    real_vals: dict
    our_vals: dict


def _field_names(rec):
    for f in rec["fields"]:
        yield f["name"]
        if f.get("nested"):
            yield from _field_names(f["nested"])


def read(tg) -> Sides:
    """Both sides in the configuration of tg (check.Target)."""
    it = tg.it
    # (another platform's headers are read as its compiler reads them)
    real_tu = cscan.parse(PREAMBLE, tg.real_flags + it.target_flags(), cxx=False)
    real = cscan.declarations(real_tu)
    wchar = real["typedef"].get("wchar_t", {}).get("canonical", "int")  # (the platform's)
    # everything the real translation unit declares (system headers too), for unusable()
    known = set().union(*(set(v) for v in real.values()))
    fields = {n for r in real["record"].values() if r["complete"] for n in _field_names(r)}
    inc = it.host_path(it.include).rstrip("/") + "/"
    for kind in real:
        # (not libclang's "enum (unnamed at ...)" for an enum without a name: PyPy's PYGEN_RETURN)
        real[kind] = {n: d for n, d in real[kind].items() if d["file"].startswith(inc)
                      and re.match(r"\w+$", n)}
    # By symbol (raw) and by C API name (real): the same but on PyPy, whose headers rename the API
    binds = expansions(tg.real_flags, real["macro"], it.tool("gcc")) if tg.pypy else {}
    raw, real = real, api_view(real, binds)
    our_tu = cscan.parse("#include <py3ffi/py3ffi.hpp>\n#include <py3ffi/compat.hpp>\n",
                         ["-I", str(INCLUDE)] + tg.ours + it.target_flags(), cxx=True)
    our = cscan.declarations(our_tu, namespace="py3ffi::")
    for n, sym in data_symbols(our_tu, "py3ffi::").items():
        our["data"][n]["symbol"] = sym
    # The interpreter's functions declared out of the API's names: compat's backports call a few
    # its headers no longer declare, and an inline fast path can bind its slow path under a name
    # of its own (detail::mutex_lock is PyMutex_Lock): checked by the symbol they bind to.
    # (Not the C library's, such as detail::getenv.)
    detail_externs = {}
    for space in ("py3ffi::compat::detail::", "py3ffi::detail::"):
        for n, d in cscan.declarations(our_tu, namespace=space)["function"].items():
            sym = d.get("symbol") or n
            if not d["inline"] and re.match(r"_?Py", sym):
                detail_externs[space + n] = (sym, d)

    tagmap = dict(api_names_of_tags())
    tagmap.update({d["tag"]: n for n, d in real["typedef"].items()
                   if d.get("tag") and d["tag"] != n})  # (3.7's Py_buffer is struct bufferinfo)
    man = load_manifest()
    enums = {n for side in (our, real) for n, d in side["typedef"].items()
             if d.get("tag_kind") == "enum"}
    # (on Windows, a stable-ABI module links python3.dll: its names)
    syms = exported_symbols(it, limited=bool(tg.floor))

    macros = real["macro"]
    # (the build's own version macros are compared too: py3ffi derives them from its target)
    cands = [n for n, m in macros.items() if not m["function_like"]
             and m["file"].split("/")[-1] not in CONFIG_HEADERS and not n.startswith("SIZEOF_")]
    real_vals = cvalues.integer_macros(PREAMBLE, cands, tg.real_flags,
                                       {n: macros[n]["tokens"] for n in cands},
                                       cc=it.tool("gcc"), link=it.link_flags(),
                                       run=it.probe_runner())
    for n, e in real["enumerator"].items():
        real_vals.setdefault(n, ("int", e["value"]))
    our_consts = [n for n, d in our["data"].items() if not d["extern"]
                  and n in real_vals]
    our_vals = py3ffi_values(tg.ours, our_consts, it)
    for n, e in our["enumerator"].items():
        if n in real_vals:
            our_vals[n] = ("int", e["value"])
    return Sides(real_tu, raw, real, binds, known, fields, inc, macros, our_tu, our, detail_externs,
                 tagmap, Normalizer(tagmap, wchar), enums, man, syms, real_vals, our_vals)
