"""py3ffi as its users get it: the pip package (pure-Python wheel: headers, CMake package, config
tool), string_sum built by pip through scikit-build-core (a version-specific install, and a
cp310-abi3 wheel that abi3audit passes), and find_package(py3ffi) from an install, from the pip
package and through FetchContent, with CMake 3.15 too. Each in a fresh virtualenv; build
requirements come from PyPI and from the py3ffi wheel made here."""
import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest
from matrix import TOP

EXAMPLE = TOP / "examples" / "string_sum"


def run(cmd, **kw):
    out = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    assert out.returncode == 0, "%s\n%s%s" % (" ".join(map(str, cmd)), out.stdout, out.stderr)
    return out.stdout


def venv(path):
    run([sys.executable, "-m", "venv", path])
    run([path / "bin" / "python", "-m", "pip", "install", "-q", "--upgrade", "pip"])
    return path / "bin" / "python"


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory):
    """py3ffi's own wheel, built from this tree by pip."""
    d = tmp_path_factory.mktemp("wheelhouse")
    py = venv(tmp_path_factory.mktemp("build-venv") / "v")
    run([py, "-m", "pip", "wheel", "-q", "--no-deps", "-w", d, TOP])
    return d


@pytest.fixture(scope="module")
def installed(wheelhouse, tmp_path_factory):
    py = venv(tmp_path_factory.mktemp("user-venv") / "v")
    run([py, "-m", "pip", "install", "-q", "--find-links", wheelhouse, "py3ffi"])
    return py


@pytest.fixture
def example_copy(tmp_path):
    """string_sum outside the repository, so that only an installed py3ffi can serve it."""
    dst = tmp_path / "string_sum"
    shutil.copytree(EXAMPLE, dst, ignore=shutil.ignore_patterns("build*", "__pycache__"))
    return dst


def test_pip_builds_a_pure_python_wheel_with_headers_cmake_files_and_the_tool(wheelhouse, installed):
    (whl,) = list(wheelhouse.glob("py3ffi-*.whl"))
    assert whl.name.endswith("-py3-none-any.whl")
    names = zipfile.ZipFile(whl).namelist()
    for n in ("py3ffi/include/py3ffi/py3ffi.hpp", "py3ffi/include/py3ffi/cpython/object.hpp",
              "py3ffi/cmake/py3ffiConfig.cmake", "py3ffi/config.py", "py3ffi/targets.tsv",
              "py3ffi/__main__.py", "py3ffi/python_h/Python.h", "py3ffi/python_h/structmember.h",
              "py3ffi/python_h/py3ffi_dropin/micro_version.h"):
        assert n in names
    inc = run([installed, "-m", "py3ffi", "--include-dir"]).strip()
    assert os.path.exists(os.path.join(inc, "py3ffi", "config.hpp")) and "site-packages" in inc
    assert run([installed, "-m", "py3ffi", "--version"]).strip() == "0.1.0"
    assert run([installed, "-m", "py3ffi.config", "--abi3", "3.10", "--ext-suffix"]).strip() == ".abi3.so"


def test_pip_install_builds_string_sum_into_the_environment(installed, wheelhouse, example_copy):
    run([installed, "-m", "pip", "install", "-q", "--find-links", wheelhouse, example_copy])
    out = run([installed, "-c", "import string_sum; print(string_sum.__file__); print(string_sum.sum_as_string(5, 20))"],
              cwd="/")
    path, result = out.split()
    assert result == "25" and "site-packages" in path and path.endswith(
        run([installed, "-m", "py3ffi.config", "--python", installed, "--ext-suffix"]).strip())


def test_pip_wheel_for_the_stable_abi_is_cp310_abi3_and_abi3audit_passes_it(installed, wheelhouse, example_copy,
                                                                            tmp_path):
    out = tmp_path / "dist"
    run([installed, "-m", "pip", "wheel", "-q", "--no-deps", "--find-links", wheelhouse, "-w", out,
         "-C", "wheel.py-api=cp310", example_copy])
    (whl,) = list(out.glob("string_sum-*.whl"))
    assert "-cp310-abi3-" in whl.name
    assert any(n.endswith(".abi3.so") for n in zipfile.ZipFile(whl).namelist())
    run([installed, "-m", "pip", "install", "-q", "abi3audit"])
    report = json.loads(run([installed.parent / "abi3audit", "--strict", "--report", whl]))
    (result,) = [m["result"] for spec in report["specs"].values() for m in spec["wheel"]]
    assert result["is_abi3"] and result["is_abi3_baseline_compatible"], result
    assert result["baseline"] == result["computed"] == "3.10", result
    assert result["non_abi3_symbols"] == [] and result["future_abi3_objects"] == {}, result


def consumer(tmp_path, example_copy, cmake="cmake", extra=()):
    """Configures and builds the example copy as a consumer project; returns its build dir."""
    build = tmp_path / "consumer"
    run([cmake, "-S", example_copy, "-B", build, "-DSTRING_SUM_TARGET=ABI3;3.10"] + list(extra))
    run([cmake, "--build", build])
    assert (build / "string_sum.abi3.so").exists()
    return build


def import_it(build):
    py = shutil.which("python3")
    assert run([py, "-c", "import string_sum; print(string_sum.sum_as_string(5, 20))"], cwd=build).strip() == "25"


def test_find_package_from_an_install(tmp_path, example_copy):
    run(["cmake", "-S", TOP, "-B", tmp_path / "py3ffi-build"])
    run(["cmake", "--install", tmp_path / "py3ffi-build", "--prefix", tmp_path / "prefix"])
    assert (tmp_path / "prefix" / "share" / "py3ffi" / "cmake" / "py3ffiConfig.cmake").exists()
    assert (tmp_path / "prefix" / "include" / "py3ffi" / "py3ffi.hpp").exists()
    import_it(consumer(tmp_path, example_copy, extra=["-DCMAKE_PREFIX_PATH=%s" % (tmp_path / "prefix")]))


def test_find_package_from_the_pip_package(tmp_path, installed, example_copy):
    cmake_dir = run([installed, "-m", "py3ffi", "--cmake-dir"]).strip()
    import_it(consumer(tmp_path, example_copy, extra=["-Dpy3ffi_DIR=%s" % cmake_dir]))


DROPIN_DEMO = TOP / "tests" / "dropin"


def build_dropin_demo(tmp_path, extra):
    """The drop-in's C-style test extension (tests/dropin), built outside the repository with
    py3ffi::python_h from an installed py3ffi; returns its build dir."""
    src = tmp_path / "dropin-src"
    shutil.copytree(DROPIN_DEMO, src)
    build = tmp_path / "dropin-build"
    run(["cmake", "-S", src, "-B", build, "-DDROPIN_TARGET=ABI3;3.10", "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"]
        + list(extra))
    run(["cmake", "--build", build])
    assert (build / "dropin_demo.abi3.so").exists()
    return build


def test_the_dropin_from_the_pip_package(tmp_path, installed):
    folder = run([installed, "-m", "py3ffi", "--python-h-dir"]).strip()
    assert os.path.exists(os.path.join(folder, "Python.h")) and "site-packages" in folder
    cmake_dir = run([installed, "-m", "py3ffi", "--cmake-dir"]).strip()
    build = build_dropin_demo(tmp_path, ["-Dpy3ffi_DIR=%s" % cmake_dir])
    assert folder in (build / "compile_commands.json").read_text()


def test_the_dropin_from_an_install(tmp_path):
    run(["cmake", "-S", TOP, "-B", tmp_path / "py3ffi-build"])
    run(["cmake", "--install", tmp_path / "py3ffi-build", "--prefix", tmp_path / "prefix"])
    folder = tmp_path / "prefix" / "include" / "py3ffi_python_h"
    assert (folder / "Python.h").exists() and not (tmp_path / "prefix" / "include" / "Python.h").exists()
    build = build_dropin_demo(tmp_path, ["-DCMAKE_PREFIX_PATH=%s" % (tmp_path / "prefix")])
    assert str(folder) in (build / "compile_commands.json").read_text()


def test_fetchcontent(tmp_path):
    src = tmp_path / "fc"
    src.mkdir()
    shutil.copy(EXAMPLE / "string_sum.cpp", src)
    (src / "CMakeLists.txt").write_text(
        "cmake_minimum_required(VERSION 3.15)\nproject(fc CXX)\ninclude(FetchContent)\n"
        "FetchContent_Declare(py3ffi SOURCE_DIR %s)\nFetchContent_MakeAvailable(py3ffi)\n"
        "py3ffi_add_module(string_sum ABI3 3.10 string_sum.cpp)\n" % TOP)
    run(["cmake", "-S", src, "-B", tmp_path / "b"])
    run(["cmake", "--build", tmp_path / "b"])
    import_it(tmp_path / "b")


def test_cmake_3_15(tmp_path, example_copy):
    """The oldest CMake py3ffi supports (from PyPI's cmake wheels), as scikit-build-core may use."""
    py = venv(tmp_path / "cmake315")
    run([py, "-m", "pip", "install", "-q", "cmake==3.15.3"])
    cmake = py.parent / "cmake"
    assert "3.15.3" in run([cmake, "--version"])
    import_it(consumer(tmp_path, example_copy, cmake=cmake, extra=["-Dpy3ffi_DIR=%s" % (TOP / "cmake")]))


def test_fastjson_is_one_cp38_abi3_wheel_that_abi3audit_passes(installed, wheelhouse, tmp_path):
    """examples/fastjson as a user would ship it: one stable-ABI wheel (floor 3.8) from pip, with
    nothing outside the 3.8 stable ABI, installed and run in the venv's Python."""
    src = tmp_path / "fastjson"
    shutil.copytree(TOP / "examples" / "fastjson", src, ignore=shutil.ignore_patterns("build*", "__pycache__"))
    out = tmp_path / "dist"
    run([installed, "-m", "pip", "wheel", "-q", "--no-deps", "--find-links", wheelhouse, "-w", out,
         "-C", "wheel.py-api=cp38", src])
    (whl,) = list(out.glob("fastjson-*.whl"))
    assert "-cp38-abi3-" in whl.name
    run([installed, "-m", "pip", "install", "-q", "abi3audit"])
    report = json.loads(run([installed.parent / "abi3audit", "--strict", "--report", whl]))
    (result,) = [m["result"] for spec in report["specs"].values() for m in spec["wheel"]]
    assert result["is_abi3"] and result["is_abi3_baseline_compatible"], result
    assert result["non_abi3_symbols"] == [] and result["future_abi3_objects"] == {}, result
    run([installed, "-m", "pip", "install", "-q", whl])
    said = run([installed, "-c", "import fastjson; print(fastjson.dumps({'a': [1, 2.5, None]}).decode(), "
                "fastjson.loads(b'[1,2]'))"], cwd="/").strip()
    assert said == '{"a":[1,2.5,null]} [1, 2]', said
