"""The supported targets, as python/py3ffi/targets.tsv lists them (the one list: its comments
say what each column means), for the generator, the conformance check and the tests. (The
config tool and the provisioning scripts read the file themselves.)"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

TABLE = Path(__file__).resolve().parents[2] / "python" / "py3ffi" / "targets.tsv"
KINDS = ("cpython", "pypy", "graalpy", "platform")

Version = tuple[int, int]  # (major, minor)


def version(text: str) -> Version:
    major, minor = text.split(".")
    return int(major), int(minor)


def rows(kind: str, path: Path = TABLE) -> list[list[str]]:
    """The rows of one kind, each without its kind column, in the table's order."""
    if kind not in KINDS:
        raise ValueError("targets: unknown kind %r (one of %s)" % (kind, ", ".join(KINDS)))
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            fields = line.split("\t")
            if fields[0] not in KINDS:
                raise ValueError("%s: unknown kind %r in %r" % (path, fields[0], line))
            if fields[0] == kind:
                out.append(fields[1:])
    return out


@dataclass(frozen=True)
class CPython:
    version: Version
    features: frozenset
    provision: str


@dataclass(frozen=True)
class Alternative:
    """A PyPy or GraalPy version: the Python version it implements, its releases as error
    messages name them, and (GraalPy) the one release provisioning installs."""
    version: Version
    releases: str
    provisioned: str | None


@dataclass(frozen=True)
class Platform:
    name: str  # OS-ARCH
    checked: str  # host | foreign | windows | macos

    @property
    def os(self) -> str:
        return self.name.split("-", 1)[0]

    @property
    def arch(self) -> str:
        return self.name.split("-", 1)[1]


def cpythons(path: Path = TABLE) -> list[CPython]:
    return [CPython(version(v), frozenset(f.split(",")) - {"-"}, p)
            for v, f, p in rows("cpython", path)]


def alternatives(kind: str, path: Path = TABLE) -> list[Alternative]:
    return [Alternative(version(r[0]), r[1], r[2] if len(r) > 2 else None)
            for r in rows(kind, path)]


def platforms(path: Path = TABLE) -> list[Platform]:
    return [Platform(*r) for r in rows("platform", path)]


def since(feature: str) -> Version:
    """The first CPython version with a feature (free-threaded, abi3t)."""
    return min(c.version for c in CPYTHON if feature in c.features)


CPYTHON = cpythons()
VERSIONS = [c.version for c in CPYTHON]
OLDEST, NEWEST = VERSIONS[0], VERSIONS[-1]
FLOORS = [c.version for c in CPYTHON if "floor" in c.features]
FREE_THREADED = [c.version for c in CPYTHON if "free-threaded" in c.features]
FREE_THREADED_SINCE = since("free-threaded")
ABI3T_SINCE = since("abi3t")
PYPY = alternatives("pypy")
GRAALPY = alternatives("graalpy")
PYPY_VERSIONS = [a.version for a in PYPY]
GRAALPY_VERSIONS = [a.version for a in GRAALPY]
PLATFORMS = platforms()


def hex_of(v: Version) -> str:
    """A version as PY_VERSION_HEX spells its X.Y.0 alpha 0: 0x030F0000."""
    return "0x%02X%02X0000" % v


def dotted(v: Version) -> str:
    return "%d.%d" % v
