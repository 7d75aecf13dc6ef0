"""The conformance report, which every check of checks.py writes to: mismatches filed under the
check that found them, notes, counts of what was compared, what py3ffi lacks, and the names set
apart from the coverage figure. Its outputs: the summary line (PY3FFI_CONFORMANCE=-v: the
details too) and build/conformance/NAME-MODE.json, which tools/conformance/table.py reads."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

# What was compared, in the summary line's order.
COUNTED = ["functions", "data", "typedefs", "structs", "fields", "constants", "symbols"]


class Report:
    def __init__(self):
        self.check = None  # the check running, under whose name a mismatch is filed
        self.findings: list[tuple[str, str]] = []  # (check, mismatch), in the order found
        self.info: list[str] = []
        self.counts = dict.fromkeys(COUNTED, 0)
        # kind -> the public names of the real headers that py3ffi lacks
        self.missing: dict[str, list[str]] = {}
        # why -> names: what the summary counts apart (left_out, cannot, later, unlisted,
        # unexported, forms_apart, own_names, same_abi, gil_only_lib, unchecked)
        self.apart: dict[str, list[str]] = defaultdict(list)
        # the real headers' public names, for the coverage figure
        self.public: set[str] = set()

    def fail(self, mismatch: str):
        self.findings.append((self.check, mismatch))

    def note(self, text: str):
        self.info.append(text)

    @property
    def failures(self) -> list[str]:
        return [m for _, m in self.findings]

    def by_check(self) -> dict[str, list[str]]:
        out = defaultdict(list)
        for check, m in self.findings:
            out[check].append(m)
        return dict(out)

    def cover(self):
        """Sets counts' covered and public: the real headers' public names, but for those set
        apart, and how many of them py3ffi has."""
        a = self.apart
        set_apart = set(a["left_out"]) | {c.split(" (")[0] for c in a["cannot"]} | \
            set(a["later"]) | set(a["unlisted"]) | set(a["unexported"]) | set(a["forms_apart"]) | \
            set(a["own_names"])
        public = self.public - set_apart
        lacking_n = len({n for v in self.missing.values() for n in v} & public)
        self.counts["covered"] = len(public) - lacking_n
        self.counts["public"] = len(public)

    def summary(self, label: str, impl: str, as_ft: bool) -> str:
        """The one line of counts that every run prints."""
        a, c = self.apart, self.counts
        summary = " ".join("%s=%d" % kv for kv in c.items() if kv[0] not in ("covered", "public"))
        summary += "; covered %d of %d public names of Python.h (%.1f%%)" % (
            c["covered"], c["public"], 100.0 * c["covered"] / max(c["public"], 1))
        lacking = " ".join("%s:%d" % (k, len(v)) for k, v in sorted(self.missing.items()))
        own = len(a["own_names"])
        by_impl = {"PyPy": " PyPy's own names=%d; spelled as CPython's, same ABI=%d;"
                           % (own, len(a["same_abi"])),
                   "GraalPy": " GraalPy's own names=%d;" % own}
        return ("conformance %s: checked %s; mismatches=%d; not checkable here "
                "(Windows-only)=%d%s; left out on purpose=%d; unusable here=%d; "
                "not stable ABI at this floor=%d; declared but not exported=%d;%s "
                "py3ffi lacks %s" % (
                    label, summary, len(self.findings), len(a["unchecked"]),
                    "; NOT CHECKED (no free-threaded library): %d symbols" % len(a["gil_only_lib"])
                    if as_ft else "",
                    len(a["left_out"]), len(a["cannot"]), len(a["later"]) + len(a["unlisted"]),
                    len(a["unexported"]),
                    by_impl.get(impl, ""),
                    lacking or "nothing"))

    def details(self) -> list[str]:
        """What -v adds: the names lacked, the notes, the names spelled otherwise."""
        out = ["  lacks %s: %s" % (k, " ".join(sorted(v))) for k, v in sorted(self.missing.items())]
        out += ["  note: " + i for i in self.info]
        if self.apart["same_abi"]:
            out.append("  spelled as CPython's, same ABI: "
                       + " ".join(sorted(self.apart["same_abi"])))
        return out

    def write(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"counts": self.counts, "failures": self.failures,
                                    "missing": self.missing, "info": self.info},
                                   indent=1, sort_keys=True))
