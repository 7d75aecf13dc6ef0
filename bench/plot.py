"""Draws bench/results.png from the results bench/run.py wrote: `python plot.py results.json out.png`
(runs in the bench venv, which has matplotlib).

Six panels, the variants in the same colours everywhere (one legend at the top):
  instructions per call / C for sum_as_string and for add_ints (callgrind: no noise), per interpreter;
  time per add_ints call / C (noisy on a shared machine); header cost;
  build cost (with the stripped module size); JSON throughput.
"""
import json
import statistics
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

COLORS = {"py3ffi": "#d62728", "c": "#7f7f7f", "pyo3ffi": "#ff7f0e", "nanobind": "#1f77b4",
          "pybind11": "#2ca02c", "cython": "#9467bd", "json": "#7f7f7f", "orjson": "#1f77b4", "fastjson": "#d62728"}
NAMES = {"py3ffi": "py3ffi", "c": "C + Python.h (reference)", "pyo3ffi": "pyo3-ffi", "nanobind": "nanobind",
         "pybind11": "pybind11", "cython": "Cython"}
SHORT = dict(NAMES, c="C + Python.h")


def counted(res, n, function):
    store = res["callgrind"] if function == "sum_as_string" else res.get("callgrind_add_ints", {})
    v = store.get(n)
    return v if isinstance(v, dict) else None


def timed(res, n, function):
    return res["call"].get(n, {}).get("variants" if function == "sum_as_string" else "add_ints", {}) or {}


def grouped(ax, groups, series, values, ylabel, title, ref_line=None, fmt="%.2f", errors=None, missing=None,
            label_size=7):
    """Bars: one group per entry of `groups`, one bar per series; values[(group, series)],
    errors[(group, series)] an error bar's half-height; missing[(group, series)] a word written
    where a bar is absent. Returns {(group, series): x}."""
    width = 0.84 / max(1, len(series))
    where = {}
    for k, s in enumerate(series):
        xs, ys, es = [], [], []
        for g, group in enumerate(groups):
            x = g + (k - (len(series) - 1) / 2) * width
            where[(group, s)] = x
            v = values.get((group, s))
            if v is not None:
                xs.append(x)
                ys.append(v)
                es.append((errors or {}).get((group, s), 0))
            elif missing and (group, s) in missing:
                ax.annotate(missing[(group, s)], (x, 0), ha="center", va="bottom", fontsize=6.5, rotation=90,
                            color=COLORS.get(s), xytext=(0, 3), textcoords="offset points")
        bars = ax.bar(xs, ys, width * 0.92, color=COLORS.get(s), yerr=es if errors else None,
                      error_kw=dict(elinewidth=0.7, capsize=1.5, ecolor="#333333"))
        for b, y, e in zip(bars, ys, es):
            ax.annotate(fmt % y, (b.get_x() + b.get_width() / 2, y + e), ha="center", va="bottom",
                        fontsize=label_size, rotation=90, xytext=(0, 2), textcoords="offset points")
    if ref_line is not None:
        ax.axhline(ref_line, color="black", linewidth=0.8, zorder=0)
        ax.axhspan(ref_line, ref_line * 1.02, color="#d62728", alpha=0.15, zorder=0)
    ax.set_xlim(-0.5, len(groups) - 0.5)
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels(groups, fontsize=8.5)
    ax.set_ylabel(ylabel, fontsize=9)
    ax.set_title(title, fontsize=10.5)
    ax.tick_params(axis="y", labelsize=8)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    return where


def instructions_panel(ax, res, function, title, ymax):
    variants, labels = res["variants"], res["labels"]
    interps = [n for n in res["interpreters"] if counted(res, n, function) is not None]
    if not interps:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "callgrind not run", ha="center", transform=ax.transAxes)
        return
    vals, missing, groups = {}, {}, []
    for n in interps:
        cg = counted(res, n, function)
        ref = cg.get("c", {}).get("instructions")
        group = "%s\nC: %s instr/call" % (labels[n], "%.0f" % ref if ref else "-")
        groups.append(group)
        for key in variants:
            if ref and "instructions" in cg.get(key, {}):
                vals[(group, key)] = cg[key]["instructions"] / ref
            else:
                missing[(group, key)] = "not built"
    where = grouped(ax, groups, variants, vals, "instructions per call ÷ C + Python.h", title, ref_line=1.0,
                    missing=missing)
    if function == "sum_as_string":  # hatched: the part spent in PyUnicode_FromFormat
        width = 0.84 / max(1, len(variants)) * 0.92
        for group, n in zip(groups, interps):
            cg = counted(res, n, function)
            ref = cg.get("c", {}).get("instructions")
            for key in variants:
                part = cg.get(key, {}).get("in_format")
                if ref and part:
                    ax.bar(where[(group, key)], part / ref, width, fill=False, hatch="///", edgecolor="white",
                           linewidth=0)
    ax.set_ylim(0, ymax)


def header_panel(ax, res):
    rows = [r for r in res["headers"]["rows"] if "median_ms" in r]
    names = [r["label"].replace(" (C++17)", "").replace(" (g++ -std=c++17, the floor)", " (the floor)")
             for r in rows]
    colors = ["#d62728" if n.startswith("py3ffi") else "#7f7f7f" if n.startswith(("Python.h", "empty"))
              else "#1f77b4" if n.startswith("nanobind") else "#2ca02c" for n in names]
    bars = ax.barh(range(len(rows)), [r["median_ms"] for r in rows], color=colors)
    ref = next((r["median_ms"] for r in rows if r["label"].startswith("Python.h compiled as C++")), None)
    floor = next((r["median_ms"] for r in rows if r["label"].startswith("empty")), 0)
    for b, r in zip(bars, rows):
        over = " (%.2f× Python.h as C++ over the floor)" % ((r["median_ms"] - floor) / (ref - floor)) \
            if ref and ref > floor and not r["label"].startswith("empty") else ""
        ax.annotate("%.0f ms%s, %s lines" % (r["median_ms"], over, "{:,}".format(r["lines"])),
                    (b.get_width(), b.get_y() + b.get_height() / 2), va="center", fontsize=8,
                    xytext=(3, 0), textcoords="offset points")
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(names, fontsize=8.5)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlabel("ms (log scale), g++ -fsyntax-only on the include alone, median", fontsize=9)
    ax.set_title("Header cost (lower is better)", fontsize=10.5)
    ax.set_xlim(right=max(r["median_ms"] for r in rows) * 25 if rows else 1)
    ax.tick_params(axis="x", labelsize=8)


def build_panel(ax, res):
    variants = res["variants"]
    keys = [k for k in variants if "clean_s" in res["build_cost"].get(k, {})]
    clean = [statistics.median(res["build_cost"][k]["clean_s"]) for k in keys]
    own = [statistics.median(res["build_cost"][k]["module_s"]) for k in keys]
    x = range(len(keys))
    ax.bar([i - 0.2 for i in x], clean, 0.4, color=[COLORS[k] for k in keys])
    ax.bar([i + 0.2 for i in x], own, 0.4, color=[COLORS[k] for k in keys], alpha=0.45)
    for i, (c, k) in enumerate(zip(clean, keys)):
        b = res["build_cost"][k]
        ax.annotate("%.1f s\n%.0f MiB RSS\n%.0f KiB .so" % (c, b["clean_rss_kb"] / 1024,
                                                           (b.get("stripped") or b.get("size") or 0) / 1024),
                    (i - 0.2, c), ha="center", va="bottom", fontsize=7, xytext=(0, 2), textcoords="offset points")
    ax.set_xticks(list(x))
    ax.set_xticklabels([SHORT[k] for k in keys], fontsize=8.5)
    ax.set_ylabel("seconds (-j1)", fontsize=9)
    ax.set_title("Build: clean (solid), the module's own code (light);\npeak RSS, stripped module size",
                 fontsize=10.5)
    ax.margins(y=0.3)
    ax.tick_params(axis="y", labelsize=8)


def json_panel(ax, res):
    j = res.get("json", {})
    if j.get("status") != "ok":
        ax.set_axis_off()
        ax.text(0.5, 0.5, "JSON benchmark " + j.get("status", "not run"), ha="center", transform=ax.transAxes)
        return
    groups, vals = [], {}
    for doc in j["docs"]:
        for op in ("dumps", "loads"):
            g = "%s\n%s" % (doc, op)
            groups.append(g)
            for lib, r in j["results"][doc][op].items():
                if "mb_s" in r:
                    vals[(g, lib)] = r["mb_s"]
    libs = [lib for lib in ("json", "orjson", "fastjson") if any(k[1] == lib for k in vals)]
    grouped(ax, groups, libs, vals, "MB/s", "JSON throughput (higher is faster); fastjson: %s"
            % j.get("fastjson", "-"), fmt="%.0f")
    ax.legend(handles=[Patch(color=COLORS[lib], label=lib) for lib in libs], fontsize=8)
    ax.margins(y=0.15)


def main():
    res = json.load(open(sys.argv[1]))
    variants = res["variants"]
    labels = res["labels"]
    fig, axes = plt.subplots(3, 2, figsize=(14, 15))
    (a_sum, a_add), (a_time, a_hdr), (a_build, a_json) = axes

    # the two instruction panels on one scale, so that the bars compare across them
    ratios = [1.1]
    for f in ("sum_as_string", "add_ints"):
        for n in res["interpreters"]:
            cg = counted(res, n, f) or {}
            ref = cg.get("c", {}).get("instructions")
            ratios += [v["instructions"] / ref for v in cg.values() if ref and "instructions" in v]
    ymax = max(ratios) * 1.22
    instructions_panel(a_sum, res, "sum_as_string",
                       "sum_as_string(5, 20): the call and the making of a str\n"
                       "(hatched: inside PyUnicode_FromFormat, the seed example's way to make it)", ymax)
    instructions_panel(a_add, res, "add_ints",
                       "add_ints(5, 20): the call mechanism alone (two ints in, an int out)", ymax)

    # time per add_ints call, with its noise
    interps = [n for n in res["interpreters"] if timed(res, n, "add_ints")]
    vals, errs, missing, groups = {}, {}, {}, []
    for n in interps:
        v = timed(res, n, "add_ints")
        ref = v.get("c", {}).get("median_ns")
        group = "%s\nC: %s ns" % (labels[n], "%.0f" % ref if ref else "-")
        groups.append(group)
        for key in variants:
            if ref and v.get(key, {}).get("median_ns"):
                vals[(group, key)] = r = v[key]["median_ns"] / ref
                errs[(group, key)] = r * v[key]["iqr_pct"] / 200
            else:
                missing[(group, key)] = "not built"
    if vals:
        grouped(a_time, groups, variants, vals, "time per call ÷ C + Python.h",
                "add_ints(5, 20), time: median of timeit rounds, ± half the IQR\n"
                "(a shared machine: noisy; the instruction counts above decide)", ref_line=1.0, errors=errs,
                missing=missing)
        a_time.set_ylim(bottom=0)
        a_time.margins(y=0.15)
    else:
        a_time.set_axis_off()
        a_time.text(0.5, 0.5, "add_ints not timed", ha="center", transform=a_time.transAxes)

    header_panel(a_hdr, res)
    build_panel(a_build, res)
    json_panel(a_json, res)

    m = res["machine"]
    handles = [Patch(color=COLORS[k], label=NAMES[k]) for k in variants]
    handles.append(Patch(facecolor="#d62728", alpha=0.15, label="goal: within 2% of C"))
    fig.legend(handles=handles, loc="upper center", ncol=len(handles), fontsize=9, frameon=False,
               bbox_to_anchor=(0.5, 0.958))
    fig.suptitle("py3ffi benchmarks (%s mode), %s, %s, %s cores; load average %.1f at the start, %.1f at the end\n"
                 "Lower is better except JSON. On a shared machine the times are noisy; the instruction counts "
                 "are exact." % (res["mode"], m["date"], m["cpu"].split(" (")[0], m["cores"], m["loadavg_start"][0],
                                 m["loadavg_end"][0]), fontsize=11)
    fig.tight_layout(rect=(0, 0, 1, 0.945), h_pad=2.5)
    fig.savefig(sys.argv[2], dpi=100)


if __name__ == "__main__":
    main()
