"""fastjson against json (the standard library) and orjson, for bench/run.py; runs in the bench
venv's interpreter and prints its results as JSON.

    python jsonbench.py [--module-dir DIR] [--scale 1.0] [--repeat 7] [--seconds 0.05]

The documents are generated here, deterministically (a seeded random.Random), shaped like the
usual JSON benchmark corpora:
  twitter   a search result: statuses with nested users, entities, retweets, text in many scripts
  canada    a GeoJSON polygon collection: tens of thousands of float coordinate pairs
  records   many small flat objects (ids, names, flags, scores, short lists)
Throughput is the size of the compact UTF-8 document (what orjson.dumps writes) divided by the
time of one dumps or loads; every library is timed on the same object and the same bytes, in
turns, and each result is checked to round-trip before it is timed.
"""
import argparse
import json
import random
import statistics
import sys
import time

WORDS = ("the a of to and in is it you that he was for on are with as his they at be this have from "
         "or one had by word but not what all were we when your can said there use an each which she do "
         "how their if will up other about out many then them these so some her would make like him into "
         "time has look two more write go see number no way could people my than first water been call "
         "python binding fast json release build wheel module header compile benchmark").split()
UNICODE = ["日本語のテキストです", "東京タワー", "café", "naïve", "Ünïcödé", "😀", "🚀🔥", "Привет, мир",
           "مرحبا بالعالم", "中文字符测试", "한국어 문장", "ñandú", "Ελληνικά", "ąćęłńóśźż", "עברית",
           "emoji ✨ sparkle", "tab\tand \"quotes\" and \\ backslash", "line\nbreak"]
LANGS = ["en", "ja", "es", "fr", "ru", "ar", "zh", "ko", "de", "pt"]


def text(rng, lo=6, hi=24):
    return " ".join(rng.choice(UNICODE) if rng.random() < 0.2 else rng.choice(WORDS)
                    for _ in range(rng.randint(lo, hi)))


def date(rng):
    return "%s %s %02d %02d:%02d:%02d +0000 20%02d" % (
        rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
        rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
        rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(10, 26))


def user(rng):
    uid = rng.randrange(10**8, 10**12)
    name = rng.choice(WORDS) + "_" + str(rng.randrange(1000))
    return {
        "id": uid, "id_str": str(uid), "name": text(rng, 1, 3), "screen_name": name,
        "location": rng.choice(["", "Tokyo", "東京都", "São Paulo", "Москва", "Berlin, Deutschland"]),
        "description": text(rng, 4, 20), "url": None if rng.random() < 0.5 else "https://t.co/" + name,
        "entities": {"description": {"urls": []}}, "protected": False,
        "followers_count": rng.randrange(10**6), "friends_count": rng.randrange(10**4),
        "listed_count": rng.randrange(1000), "created_at": date(rng), "favourites_count": rng.randrange(10**5),
        "utc_offset": rng.choice([None, 32400, -18000, 3600]), "time_zone": rng.choice([None, "Tokyo", "Irkutsk"]),
        "geo_enabled": rng.random() < 0.3, "verified": rng.random() < 0.05, "statuses_count": rng.randrange(10**5),
        "lang": rng.choice(LANGS), "contributors_enabled": False, "is_translator": False,
        "profile_background_color": "%06X" % rng.randrange(2**24),
        "profile_image_url_https": "https://pbs.twimg.com/profile_images/%d/%s_normal.jpeg" % (uid, name),
        "profile_use_background_image": True, "default_profile": rng.random() < 0.5,
        "following": False, "follow_request_sent": False, "notifications": False,
    }


def status(rng, depth=0):
    sid = rng.randrange(10**17, 10**18)
    body = text(rng)
    tags = [{"text": rng.choice(WORDS), "indices": [i * 7, i * 7 + 6]} for i in range(rng.randint(0, 3))]
    mentions = [{"screen_name": rng.choice(WORDS), "name": text(rng, 1, 2), "id": n, "id_str": str(n),
                 "indices": [3, 15]} for n in (rng.randrange(10**9) for _ in range(rng.randint(0, 2)))]
    s = {
        "metadata": {"result_type": "recent", "iso_language_code": rng.choice(LANGS)},
        "created_at": date(rng), "id": sid, "id_str": str(sid), "text": body,
        "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
        "truncated": False, "in_reply_to_status_id": None, "in_reply_to_user_id": None,
        "in_reply_to_screen_name": None, "user": user(rng), "geo": None, "coordinates": None, "place": None,
        "contributors": None, "retweet_count": rng.randrange(10**4), "favorite_count": rng.randrange(10**4),
        "entities": {"hashtags": tags, "symbols": [], "urls": [], "user_mentions": mentions},
        "favorited": False, "retweeted": False, "lang": rng.choice(LANGS),
    }
    if depth == 0 and rng.random() < 0.3:
        s["retweeted_status"] = status(rng, 1)
    return s


def twitter(rng, scale):
    n = max(2, int(200 * scale))
    return {"statuses": [status(rng) for _ in range(n)],
            "search_metadata": {"completed_in": 0.087, "max_id": 505874924095815681, "query": "%E4%B8%80",
                                "refresh_url": "?since_id=505874924095815681&q=%E4%B8%80&include_entities=1",
                                "count": n, "since_id": 0}}


def canada(rng, scale):
    rings = []
    for _ in range(max(2, int(480 * scale))):
        lon, lat = rng.uniform(-141.0, -52.6), rng.uniform(41.7, 83.1)
        ring = []
        for _ in range(rng.randint(20, 220)):
            lon += rng.uniform(-0.05, 0.05)
            lat += rng.uniform(-0.05, 0.05)
            ring.append([lon, lat])
        ring.append(list(ring[0]))
        rings.append(ring)
    return {"type": "FeatureCollection",
            "features": [{"type": "Feature", "properties": {"name": "Canada"},
                          "geometry": {"type": "Polygon", "coordinates": rings}}]}


def records(rng, scale):
    tags = ["alpha", "beta", "gamma", "delta", "prod", "dev", "eu", "us", "ünï", "日本"]
    return [{"id": i, "uuid": "%032x" % rng.getrandbits(128), "name": "item-%d" % i, "active": i % 3 == 0,
             "score": round(rng.uniform(0, 100), 3), "count": rng.randrange(-1000, 10**6),
             "tags": rng.sample(tags, rng.randint(0, 4)),
             "owner": None if i % 5 == 0 else {"id": rng.randrange(10**6), "login": rng.choice(WORDS)}}
            for i in range(max(10, int(12000 * scale)))]


DOCS = {"twitter": twitter, "canada": canada, "records": records}


def compact(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


def per_call(fn, arg, seconds, repeat):
    """Median seconds per call over `repeat` rounds of about `seconds` each."""
    t = time.perf_counter()
    fn(arg)
    one = max(time.perf_counter() - t, 1e-7)
    n = max(1, int(seconds / one))
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in range(n):
            fn(arg)
        samples.append((time.perf_counter() - t) / n)
    return samples


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--module-dir")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--seconds", type=float, default=0.05)
    args = ap.parse_args()

    libs = {"json": {"dumps": compact, "loads": json.loads}}
    versions = {"python": sys.version.split()[0]}
    errors = {}
    try:
        import orjson
        libs["orjson"] = {"dumps": orjson.dumps, "loads": orjson.loads}
        versions["orjson"] = orjson.__version__
    except ImportError as e:
        errors["orjson"] = str(e)
    if args.module_dir:
        sys.path.insert(0, args.module_dir)
        try:
            import fastjson
            libs["fastjson"] = {"dumps": fastjson.dumps, "loads": fastjson.loads}
        except Exception as e:  # noqa: BLE001 - reported
            errors["fastjson"] = "import failed: %s: %s" % (type(e).__name__, e)

    docs, results = {}, {}
    for d, make in DOCS.items():
        obj = make(random.Random("py3ffi-bench-" + d), args.scale)
        data = compact(obj)
        docs[d] = {"bytes": len(data)}
        results[d] = {"dumps": {}, "loads": {}}
        checked = {}
        for lib, f in libs.items():
            for op in ("dumps", "loads"):
                r = results[d][op][lib] = {}
                try:
                    if op == "dumps":
                        out = f["dumps"](obj)
                        ok = isinstance(out, bytes) and json.loads(out) == obj
                        r["check"] = "ok" if ok else "output does not round-trip"
                    else:
                        ok = f["loads"](data) == obj
                        if lib == "fastjson":
                            ok = ok and f["loads"](data.decode()) == obj
                        r["check"] = "ok" if ok else "result differs from the document"
                    checked[(lib, op)] = True
                except Exception as e:  # noqa: BLE001 - reported, not timed
                    r["error"] = "%s: %s" % (type(e).__name__, e)
        samples = {k: [] for k in checked}
        for _ in range(args.repeat):  # the libraries take turns
            for (lib, op) in checked:
                arg = obj if op == "dumps" else data
                samples[(lib, op)] += per_call(libs[lib][op], arg, args.seconds, 1)
        for (lib, op), s in samples.items():
            t = statistics.median(s)
            results[d][op][lib].update(seconds=t, mb_s=len(data) / t / 1e6)
        print("jsonbench: %s done" % d, file=sys.stderr)
    json.dump({"docs": docs, "results": results, "versions": versions, "errors": errors}, sys.stdout)


if __name__ == "__main__":
    main()
