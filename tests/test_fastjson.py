"""fastjson (examples/fastjson), a JSON module on py3ffi: compiles warning-free for every target
and floor with GCC and Clang; passes its script (conformance cases, round trips against json,
reference counts, threads) under every interpreter of the matrix, version-specific and as abi3;
and, in this process (the tools' venv, which has hypothesis), round-trips generated documents
against the json module. JSONTestSuite's files run too when JSONTESTSUITE_DIR names them."""
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import targets  # (tools/lib: conftest.py puts it on the path)
from matrix import (
    BUILD,
    TOP,
    abi3_loads,
    config_file,
    cpython_or_skip,
    import_error,
    interpreters,
    run_script,
    targeted_or_skip,
    version_tuple,
)

EXAMPLE = TOP / "examples" / "fastjson"
SCRIPT = EXAMPLE / "test_fastjson.py"
ALL = interpreters()
WARNINGS = ["-Wall", "-Wextra", "-Wpedantic", "-Wundef", "-Werror"]


def build(name, target_args, compiler="g++"):
    """Configures and builds fastjson for `target_args` (FASTJSON_TARGET) with warnings as
    errors; returns the build directory."""
    build_dir = BUILD / "fastjson" / name
    build_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cmake", "-S", str(EXAMPLE), "-B", str(build_dir), "-G", "Ninja",
                    "-DFASTJSON_TARGET=" + ";".join(target_args), "-DCMAKE_CXX_COMPILER=" + compiler,
                    "-DCMAKE_CXX_FLAGS=" + " ".join(WARNINGS)],
                   check=True, capture_output=True, text=True)
    out = subprocess.run(["cmake", "--build", str(build_dir), "-j", "1"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "warning" not in out.stdout + out.stderr, out.stdout + out.stderr
    return build_dir


# ---- every target and floor, both compilers ---------------------------------------------
VERSIONS = [targets.hex_of(v) for v in targets.VERSIONS]
FREE_THREADED_VERSIONS = [targets.hex_of(v) for v in targets.FREE_THREADED]
COMPILE = [(c, d) for c in ["g++", "clang++-19"] for v in VERSIONS
           for d in ("PY3FFI_PYTHON_VERSION=" + v, "Py_LIMITED_API=" + v, "PY3FFI_PYTHON_VERSION=%s -DPy_DEBUG" % v)] + \
          [(c, "PY3FFI_PYTHON_VERSION=%s -DPy_GIL_DISABLED%s" % (v, debug)) for c in ["g++", "clang++-19"]
           for v in FREE_THREADED_VERSIONS for debug in ("", " -DPy_DEBUG")]


def compile_only(compiler, define):
    cmd = [compiler, "-std=c++17", "-O1", "-fsyntax-only", "-I", str(TOP / "include")] + WARNINGS + \
          ["-D" + d for d in define.split(" -D")] + [str(EXAMPLE / "fastjson.cpp")]
    out = subprocess.run(cmd, capture_output=True, text=True)
    return out.returncode, out.stdout + out.stderr


@pytest.mark.parametrize("compiler, define", COMPILE, ids=["%s-%s" % (c, d.replace(" -D", "+")) for c, d in COMPILE])
def test_compiles_warning_free_for_every_target_and_floor(compiler, define):
    rc, text = compile_only(compiler, define)
    assert rc == 0 and not text, text


# ---- under every interpreter ------------------------------------------------------------
@pytest.mark.parametrize("interp", ALL, ids=[i["name"] for i in ALL])
def test_version_specific_build(interp):
    targeted_or_skip(interp)
    build_dir = build(interp["name"], ["CONFIG_FILE", str(config_file(interp))])
    run_script(interp, SCRIPT, build_dir, interp["ext_suffix"])


@pytest.fixture(scope="module")
def abi3_38_build():
    # floor 3.8: METH_VARARGS and PyUnicode_AsUTF8String, the branches for floors below 3.10
    return build("abi3-3.8", ["ABI3", "3.8"])


@pytest.fixture(scope="module")
def abi3_313_build():
    # floor 3.13: METH_FASTCALL, PyUnicode_AsUTF8AndSize and Py_None & co. as function calls
    return build("abi3-3.13", ["ABI3", "3.13"], compiler="clang++-19")


FROM_38 = [i for i in ALL if version_tuple(i) >= (3, 8)]
FROM_313 = [i for i in ALL if version_tuple(i) >= (3, 13)]


def run_abi3(interp, build_dir, floor):
    """The script under the interpreter; a free-threaded one before 3.15 (no abi3) must refuse
    the module with an ImportError instead."""
    cpython_or_skip(interp)
    if not abi3_loads(interp):
        msg = import_error(interp, "fastjson", build_dir)
        assert "stable ABI (abi3) of CPython %s" % floor in msg and "(free-threaded)" in msg, msg
        return
    run_script(interp, SCRIPT, build_dir, ".abi3.so")


@pytest.mark.parametrize("interp", FROM_38, ids=[i["name"] for i in FROM_38])
def test_one_abi3_3_8_binary_in_every_python_from_3_8(interp, abi3_38_build):
    run_abi3(interp, abi3_38_build, "3.8")


@pytest.mark.parametrize("interp", FROM_313, ids=[i["name"] for i in FROM_313])
def test_one_abi3_3_13_binary_in_every_python_from_3_13(interp, abi3_313_build):
    run_abi3(interp, abi3_313_build, "3.13")


FREE_THREADED = [i for i in ALL if i["gil_disabled"] == "1"]


@pytest.mark.parametrize("interp", FREE_THREADED or [None],
                         ids=[i["name"] for i in FREE_THREADED] or ["no-free-threaded-interpreter"])
def test_free_threaded_build_from_many_threads(interp):
    """The script's ThreadTest (8 threads dumping and loading in a loop, results checked) with
    the GIL really off: the module must not make the interpreter turn it back on."""
    if interp is None:
        pytest.skip("CANNOT RUN HERE: no free-threaded interpreter (gil_disabled=1) in the matrix "
                    "(tools/provision/freethreaded.sh builds them)")
    cpython_or_skip(interp)
    build_dir = build(interp["name"], ["CONFIG_FILE", str(config_file(interp))])  # as above: reused
    text = run_script(interp, SCRIPT, build_dir, interp["ext_suffix"])
    assert "GIL enabled: False" in text, text


# ---- in this process: hypothesis against the json module --------------------------------
@pytest.fixture(scope="module")
def fastjson():
    """fastjson built (with Clang) for the Python running pytest, imported here."""
    if sys.implementation.name != "cpython":
        pytest.skip("the tools' Python is not CPython")
    build_dir = build("tools-python", ["PYTHON", sys.executable], compiler="clang++-19")
    path = next(build_dir.glob("fastjson*.so"))
    spec = importlib.util.spec_from_file_location("fastjson", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


try:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError:  # an old venv: tools/provision/venv.sh installs it (requirements.txt)
    given = None


def test_hypothesis_is_installed():
    assert given is not None, "hypothesis is missing from the tools' venv: run tools/provision/venv.sh"


if given is not None:
    TEXT = st.text(st.characters(codec="utf-8"))  # every code point but the surrogates
    SCALARS = (st.none() | st.booleans() | st.integers() | st.integers(-2 ** 63, 2 ** 63)
               | st.floats(allow_nan=False, allow_infinity=False) | TEXT)
    DOCS = st.recursive(SCALARS, lambda kids: st.lists(kids) | st.dictionaries(TEXT, kids), max_leaves=30)
    WITH_TUPLES = st.recursive(SCALARS, lambda kids: st.lists(kids) | st.lists(kids).map(tuple)
                               | st.dictionaries(TEXT, kids), max_leaves=30)
    SETTINGS = settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])


    def compact(obj):
        return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


    @SETTINGS
    @given(DOCS)
    def test_hypothesis_round_trips_against_json(fastjson, doc):
        encoded = fastjson.dumps(doc)
        assert encoded == compact(doc)  # byte for byte, float repr included
        assert fastjson.loads(encoded) == doc
        assert json.loads(encoded) == doc
        assert fastjson.loads(json.dumps(doc)) == doc
        assert fastjson.loads(json.dumps(doc, ensure_ascii=False)) == doc
        assert fastjson.loads(json.dumps(doc, indent=2)) == doc
        assert fastjson.loads(encoded.decode()) == doc
        assert fastjson.loads(bytearray(encoded)) == doc


    @SETTINGS
    @given(WITH_TUPLES)
    def test_hypothesis_tuples_encode_as_json_does(fastjson, doc):
        assert fastjson.dumps(doc) == compact(doc)


    @SETTINGS
    @given(st.floats(allow_nan=False, allow_infinity=False) | st.integers() | TEXT)
    def test_hypothesis_scalars_byte_equal(fastjson, x):
        assert fastjson.dumps(x) == compact(x)
        assert fastjson.dumps([x, {"k": x}]) == compact([x, {"k": x}])
        back = fastjson.loads(compact(x))
        assert type(back) is type(x) and (back == x)
        if isinstance(x, float):
            assert repr(back) == repr(x)  # -0.0 and the last bit too


    # Where fastjson may reject what json.loads accepts, by design (README): the reason is in the
    # message. json.loads(bytes) also reads UTF-16 and UTF-32 (detected by the NUL bytes).
    DOCUMENTED_STRICTER = ("NaN and Infinity", "lone surrogate", "invalid UTF-8", "byte order mark",
                           "found byte 0x00", "nesting deeper")


    def json_reference(data):
        try:
            return True, json.loads(data)
        except (ValueError, RecursionError) as e:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            return False, e


    def check_against_json(fastjson, data):
        ok, expected = json_reference(data)
        try:
            got = fastjson.loads(data)
        except ValueError as e:
            if ok:
                assert any(reason in str(e) for reason in DOCUMENTED_STRICTER), (data, e, expected)
            assert str(e).startswith("fastjson: "), e
            return
        assert ok, (data, got, expected)
        assert repr(got) == repr(expected), data


    @settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(DOCS, st.lists(st.tuples(st.integers(0, 10 ** 6), st.integers(0, 2), st.binary(max_size=3)),
                          min_size=1, max_size=3))
    def test_hypothesis_mutated_documents_agree_with_json(fastjson, doc, edits):
        """Valid JSON with bytes replaced, inserted or deleted: fastjson accepts exactly what
        json.loads accepts (with the same value), except the documented stricter cases."""
        data = bytearray(fastjson.dumps(doc))
        for pos, op, chunk in edits:
            pos %= len(data) + 1
            if op == 0:
                data[pos:pos + len(chunk)] = chunk
            elif op == 1:
                data[pos:pos] = chunk
            else:
                del data[pos:pos + len(chunk)]
        check_against_json(fastjson, bytes(data))


    @settings(max_examples=1500, deadline=None)
    @given(st.binary(max_size=40) | st.text(st.sampled_from('[]{}",:0123456789.eE+-tfnrulasx\\ \n'), max_size=40))
    def test_hypothesis_arbitrary_input_agrees_with_json(fastjson, data):
        if isinstance(data, str):
            data = data.encode()
        check_against_json(fastjson, data)


# ---- JSONTestSuite (nst/JSONTestSuite's test_parsing), when a checkout is given ---------
def test_jsontestsuite_when_available(request):
    """y_ files must parse, n_ files must raise ValueError, i_ files may do either (never
    anything else). Set JSONTESTSUITE_DIR to the test_parsing directory of a checkout."""
    root = os.environ.get("JSONTESTSUITE_DIR")
    if not root:
        pytest.skip("JSONTESTSUITE_DIR is not set (point it at a checkout of nst/JSONTestSuite's "
                    "test_parsing directory to run its files; the script's own y_/n_/i_ cases run anyway)")
    fastjson = request.getfixturevalue("fastjson")
    files = sorted(Path(root).glob("*.json"))
    assert files, f"no .json files in {root}"
    wrong = []
    counts = {"y": 0, "n": 0, "i": 0}
    for path in files:
        kind = path.name[0]
        data = path.read_bytes()
        try:
            fastjson.loads(data)
            accepted = True
        except ValueError:
            accepted = False
        except Exception as e:  # anything else is a bug
            wrong.append(f"{path.name}: {type(e).__name__}: {e}")
            continue
        if (kind == "y" and not accepted) or (kind == "n" and accepted):
            wrong.append(f"{path.name}: {'accepted' if accepted else 'rejected'}")
        counts[kind] = counts.get(kind, 0) + 1
    assert not wrong, "\n".join(wrong)
    assert counts["y"] and counts["n"], counts
