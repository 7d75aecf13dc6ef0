"""Reads C or C++ headers with libclang and returns their declarations as plain data.

Used by the generator (real Python.h -> what to declare) and by the conformance check
(real Python.h vs py3ffi). One job: turn a translation unit into dictionaries.
"""
from __future__ import annotations

import glob
import re

import clang.cindex as ci

K = ci.CursorKind


def _resource_include() -> list[str]:
    # pip's libclang ships no builtin headers (stddef.h, stdarg.h); borrow the system clang's.
    hits = sorted(glob.glob("/usr/lib/llvm-*/lib/clang/*/include"))
    if not hits:
        raise SystemExit("cscan: no clang resource headers found (/usr/lib/llvm-*/lib/clang/*/include); "
                         "install clang (tools/provision/interpreters.sh does)")
    return ["-isystem", hits[-1]]


def parse(source: str, args: list[str], cxx: bool, filename: str = "probe",
          tolerant: bool = False) -> ci.TranslationUnit:
    lang = ["-x", "c++", "-std=c++17"] if cxx else ["-x", "c", "-std=c11"]
    name = filename + (".cpp" if cxx else ".c")
    index = ci.Index.create()
    tu = index.parse(name, args=lang + _resource_include() + args,
                     unsaved_files=[(name, source)],
                     options=ci.TranslationUnit.PARSE_DETAILED_PROCESSING_RECORD
                    )
    errors = [d for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]
    if errors and not tolerant:
        raise RuntimeError("cscan: %s does not parse with %s:\n%s" % (
            name, " ".join(args), "\n".join(str(d) for d in errors[:10])))
    return tu


_STRUCT_TAG = re.compile(r"\b(?:struct|union|enum)\s+")


def strip_tags(spelling: str) -> str:
    return _STRUCT_TAG.sub("", spelling)


def _where(cur: ci.Cursor) -> str:
    f = cur.location.file
    return f.name if f else ""


def _walk_scope(cursor: ci.Cursor, prefix: str):
    """Yields (qualified-prefix, cursor) for declarations at file/namespace scope under `prefix`."""
    for c in cursor.get_children():
        if c.kind == K.NAMESPACE:
            yield from _walk_scope(c, prefix + c.spelling + "::")
        elif c.kind == K.LINKAGE_SPEC:
            yield from _walk_scope(c, prefix)
        else:
            yield prefix, c


def declarations(tu: ci.TranslationUnit, namespace: str = "") -> dict:
    """Collects functions, variables, typedefs, records, enum constants and macros.

    With `namespace` (e.g. "py3ffi::"), only declarations in that namespace count and their
    names lose the prefix; nested namespaces (detail) are ignored.
    """
    out = {"function": {}, "data": {}, "typedef": {}, "record": {}, "enumerator": {},
           "macro": {}}
    for prefix, c in _walk_scope(tu.cursor, ""):
        if c.kind == K.MACRO_DEFINITION:
            if c.location.file is None:
                continue
            toks = [t.spelling for t in c.get_tokens()][1:]
            out["macro"][c.spelling] = {"file": _where(c), "line": c.location.line, "tokens": toks,
                                        "function_like": _macro_is_function_like(c)}
            continue
        if prefix != namespace:
            continue
        name = c.spelling
        if c.kind == K.FUNCTION_DECL:
            t = c.type
            params = [a.type for a in c.get_arguments()]
            out["function"][name] = {
                "file": _where(c), "line": c.location.line,
                "result": t.get_result().spelling,
                "params": [p.spelling for p in params],
                "param_names": [a.spelling for a in c.get_arguments()],
                "variadic": t.kind == ci.TypeKind.FUNCTIONPROTO and t.is_function_variadic(),
                "canonical": t.get_canonical().spelling,
                "inline": c.is_definition(),
                # C shows noreturn in the type; C++'s [[noreturn]] is only in the tokens
                "noreturn": "noreturn" in t.get_canonical().spelling or any(
                    a.kind == K.UNEXPOSED_ATTR and "noreturn" in [x.spelling for x in a.get_tokens()]
                    for a in c.get_children()),
                "extern_c": c.linkage == ci.LinkageKind.EXTERNAL,
                # the symbol it binds to (an assembler label can make it another name's)
                "symbol": c.mangled_name.lstrip("\x01") or name,
            }
        elif c.kind == K.FUNCTION_TEMPLATE:
            out.setdefault("template", {})[name] = {"file": _where(c)}
        elif c.kind == K.VAR_DECL:
            out["data"][name] = {"file": _where(c), "line": c.location.line, "type": c.type.spelling,
                                 "canonical": c.type.get_canonical().spelling,
                                 "extern": c.storage_class == ci.StorageClass.EXTERN,
                                 # a string constant's initializer, as spelled
                                 "string": next((x.spelling for x in c.get_children()
                                                 if x.kind == K.STRING_LITERAL), None)}
        elif c.kind in (K.TYPEDEF_DECL, K.TYPE_ALIAS_DECL):
            u = c.underlying_typedef_type
            decl = u.get_declaration()
            entry = {"file": _where(c), "line": c.location.line, "type": u.spelling,
                     "canonical": u.get_canonical().spelling}
            if decl.kind in (K.STRUCT_DECL, K.UNION_DECL, K.ENUM_DECL):
                entry["tag"] = decl.spelling
                entry["tag_kind"] = {K.STRUCT_DECL: "struct", K.UNION_DECL: "union",
                                     K.ENUM_DECL: "enum"}[decl.kind]
                if decl.kind == K.ENUM_DECL:
                    entry["enum_type"] = decl.enum_type.spelling
                    entry["enumerators"] = [(e.spelling, e.enum_value) for e in decl.get_children()
                                            if e.kind == K.ENUM_CONSTANT_DECL]
                    _enum(decl, out)
            out["typedef"][name] = entry
            if decl.kind in (K.STRUCT_DECL, K.UNION_DECL) and name not in out["record"]:
                rec = _record(decl.get_definition() or decl, name)
                if rec:
                    out["record"][name] = rec
        elif c.kind in (K.STRUCT_DECL, K.UNION_DECL) and name:
            rec = _record(c.get_definition() or c, name)
            if rec and (name not in out["record"] or not out["record"][name]["fields"]):
                out["record"][name] = rec
        elif c.kind == K.ENUM_DECL:
            _enum(c, out)
            if name:
                out["typedef"].setdefault(name, {"file": _where(c), "line": c.location.line,
                                                 "type": name, "canonical": name,
                                                 "tag": name, "tag_kind": "enum",
                                                 "enum_type": c.enum_type.spelling,
                                                 "enumerators": [
                                                     (e.spelling, e.enum_value)
                                                     for e in c.get_children()
                                                     if e.kind == K.ENUM_CONSTANT_DECL]})
    return out


def tag_names(tu: ci.TranslationUnit) -> dict:
    """struct/union tag -> typedef name, for typedefs that name a tagged struct differently."""
    out = {}
    for c in tu.cursor.get_children():
        if c.kind == K.TYPEDEF_DECL:
            d = c.underlying_typedef_type.get_declaration()
            if d.kind in (K.STRUCT_DECL, K.UNION_DECL) and d.spelling and d.spelling != c.spelling:
                out[d.spelling] = c.spelling
    return out


def _macro_is_function_like(c: ci.Cursor) -> bool:
    toks = list(c.get_tokens())
    if len(toks) < 2 or toks[1].spelling != "(":
        return False
    # function-like iff '(' immediately follows the name (no whitespace)
    a, b = toks[0].extent.end, toks[1].extent.start
    return a.line == b.line and a.column == b.column


def _enum(decl: ci.Cursor, out: dict) -> None:
    for e in decl.get_children():
        if e.kind == K.ENUM_CONSTANT_DECL:
            out["enumerator"][e.spelling] = {"file": _where(e), "value": e.enum_value,
                                             "enum": decl.spelling, "line": e.location.line}


def _record(decl: ci.Cursor, name: str) -> dict | None:
    t = decl.type
    fields = []
    complete = decl.is_definition()
    if complete:
        for f in decl.type.get_fields():
            field = {"name": f.spelling, "type": f.type.spelling,
                     "canonical": f.type.get_canonical().spelling,
                     "offset_bits": t.get_offset(f.spelling) if f.spelling else None,
                     "bitfield": f.get_bitfield_width() if f.is_bitfield() else None,
                     "nested": _nested(f)}
            e = f.type.get_canonical().get_declaration()
            if e.kind == K.ENUM_DECL and e.is_anonymous():
                # `enum { A, B } field;` (PyStatus::_type): spelled by its integer type, which
                # C and C++ name alike (each names the unnamed enum after its own location)
                field["enum_type"] = e.enum_type.spelling
                field["enumerators"] = [(x.spelling, x.enum_value) for x in e.get_children()
                                        if x.kind == K.ENUM_CONSTANT_DECL]
                field["canonical"] = field["type"] = "enum : " + e.enum_type.spelling
            fields.append(field)
    return {"file": _where(decl), "line": decl.location.line, "tag": decl.spelling, "complete": complete,
            "union": decl.kind == K.UNION_DECL,
            "size": t.get_size() if complete else None,
            "align": t.get_align() if complete else None,
            "fields": fields}


def _nested(field: ci.Cursor) -> dict | None:
    """The definition of an anonymous struct/union a field is declared with, if any."""
    d = field.type.get_declaration()
    if d.kind in (K.STRUCT_DECL, K.UNION_DECL) and d.is_anonymous():
        return _record(d, "")
    return None
