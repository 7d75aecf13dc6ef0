// loads: RFC 8259 JSON (UTF-8) to Python objects, with byte offsets in every error.
#ifndef FASTJSON_DECODER_HPP
#define FASTJSON_DECODER_HPP
#include "common.hpp"

#include <cerrno>
#include <charconv>

namespace fastjson {

// Owned PyObject pointers: the items of the arrays being parsed, moved into each list when its
// ']' is reached; whatever is left on an error is released with the stack.
class ObjectStack {
public:
    ObjectStack() = default;
    ObjectStack(const ObjectStack &) = delete;
    ObjectStack &operator=(const ObjectStack &) = delete;
    ~ObjectStack() {
        for (std::size_t i = 0; i < len_; ++i) Py_DECREF(items_[i]);
        PyMem_Free(items_);
    }
    bool push(PyObject *o) {  // steals o, also on failure
        if (len_ == cap_) {
            std::size_t cap = cap_ ? cap_ * 2 : 64;
            void *p = cap > static_cast<std::size_t>(PY_SSIZE_T_MAX) / sizeof(PyObject *)
                          ? nullptr
                          : PyMem_Realloc(items_, cap * sizeof(PyObject *));
            if (p == nullptr) {
                Py_DECREF(o);
                PyErr_NoMemory();
                return false;
            }
            items_ = static_cast<PyObject **>(p);
            cap_ = cap;
        }
        items_[len_++] = o;
        return true;
    }
    std::size_t size() const noexcept { return len_; }
    // Moves the items from `base` on into a new list.
    PyObject *to_list(std::size_t base) {
        PyObject *list = PyList_New(static_cast<Py_ssize_t>(len_ - base));
        if (list == nullptr) return nullptr;
        for (std::size_t i = base; i < len_; ++i) {
#if PY3FFI_LIMITED
            PyList_SetItem(list, static_cast<Py_ssize_t>(i - base), items_[i]);  // steals
#else
            PyList_SET_ITEM(list, static_cast<Py_ssize_t>(i - base), items_[i]);  // steals
#endif
        }
        len_ = base;
        return list;
    }

private:
    PyObject **items_ = nullptr;
    std::size_t len_ = 0, cap_ = 0;
};

// Recently made dict keys of this call: a document with many objects repeats its keys, and a
// cached str also keeps its hash. Keys are found by their bytes in the input, which outlives
// the call's cache; only short keys without escapes are cached. Direct-mapped: a collision
// only costs a new str.
class KeyCache {
public:
    static constexpr std::size_t kMaxKey = 64;

    KeyCache() = default;
    KeyCache(const KeyCache &) = delete;
    KeyCache &operator=(const KeyCache &) = delete;
    ~KeyCache() {
        for (Entry &e : slots_) Py_XDECREF(e.str);
    }
    // The cached str for these bytes as a new reference, or null (no error set).
    PyObject *find(const unsigned char *s, std::size_t n) const {
        const Entry &e = slots_[slot(s, n)];
        return e.str != nullptr && e.len == n && std::memcmp(e.data, s, n) == 0 ? new_ref(e.str) : nullptr;
    }
    void put(const unsigned char *s, std::size_t n, PyObject *str) {
        Entry &e = slots_[slot(s, n)];
        Py_XDECREF(e.str);
        e = Entry{s, n, new_ref(str)};
    }

private:
    static constexpr std::size_t kSlots = 256;
    static std::size_t slot(const unsigned char *s, std::size_t n) {
        std::uint32_t h = 2166136261u;  // FNV-1a
        for (std::size_t i = 0; i < n; ++i) h = (h ^ s[i]) * 16777619u;
        return h % kSlots;
    }
    struct Entry {
        const unsigned char *data;
        std::size_t len;
        PyObject *str;
    };
    Entry slots_[kSlots] = {};
};

// The length of the well-formed UTF-8 sequence at s (whose first byte is >= 0x80), 0 if it is
// not one: overlong forms, surrogates (U+D800..U+DFFF), beyond U+10FFFF, stray continuation
// bytes and truncated sequences are all rejected (RFC 3629).
inline int utf8_sequence(const unsigned char *s, const unsigned char *end) {
    auto cont = [](unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; };
    std::ptrdiff_t avail = end - s;
    unsigned char c = s[0];
    if (c >= 0xC2 && c <= 0xDF) return avail >= 2 && cont(s[1], 0x80, 0xBF) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return avail >= 3 && cont(s[1], lo, hi) && cont(s[2], 0x80, 0xBF) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return avail >= 4 && cont(s[1], lo, hi) && cont(s[2], 0x80, 0xBF) && cont(s[3], 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

inline int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

class Decoder {
public:
    Decoder(const char *data, std::size_t size)
        : begin_(reinterpret_cast<const unsigned char *>(data)), p_(begin_), end_(begin_ + size),
          none_(Py_None), true_(Py_True), false_(Py_False) {}

    PyObject *document() {
        if (end_ - p_ >= 3 && p_[0] == 0xEF && p_[1] == 0xBB && p_[2] == 0xBF)
            return fail("byte order mark (U+FEFF) is not allowed");  // RFC 8259 8.1: may reject
        Ref v(value());
        if (!v) return nullptr;
        skip_space();
        if (p_ != end_) return fail("trailing data after the JSON value");
        return v.release();
    }

private:
    Py_ssize_t offset() const { return static_cast<Py_ssize_t>(p_ - begin_); }

    // ValueError "fastjson: <what> at byte <offset of p_>"; returns null for the caller.
    PyObject *fail(const char *what) {
        PyErr_Format(PyExc_ValueError, "fastjson: %s at byte %zd", what, offset());
        return nullptr;
    }
    PyObject *fail_at(const unsigned char *at, const char *what) {
        p_ = at;
        return fail(what);
    }
    PyObject *fail_end() { return fail("unexpected end of input"); }

    void skip_space() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    bool starts_with(const char *word, std::size_t n) const {
        return static_cast<std::size_t>(end_ - p_) >= n && std::memcmp(p_, word, n) == 0;
    }

    PyObject *literal(const char *word, std::size_t n, PyObject *result) {
        if (!starts_with(word, n)) return fail("invalid literal");
        p_ += n;
        return new_ref(result);
    }

    PyObject *value() {
        skip_space();
        if (p_ == end_) return fail_end();
        switch (*p_) {
            case '{': return object();
            case '[': return array();
            case '"': return string(false);
            case 't': return literal("true", 4, true_);
            case 'f': return literal("false", 5, false_);
            case 'n': return literal("null", 4, none_);
            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9': return number();
            default: return unexpected();
        }
    }

    PyObject *unexpected() {
        if (starts_with("NaN", 3) || starts_with("Infinity", 8))
            return fail("NaN and Infinity are not allowed in JSON");
        unsigned char c = *p_;
        if (c >= 0x20 && c < 0x7F)
            PyErr_Format(PyExc_ValueError, "fastjson: expected a value, found '%c' at byte %zd", c, offset());
        else
            PyErr_Format(PyExc_ValueError, "fastjson: expected a value, found byte %s at byte %zd",
                         HexByte(c).text, offset());
        return nullptr;
    }

    bool enter() {
        if (++depth_ <= kMaxDepth) return true;
        PyErr_Format(PyExc_ValueError, "fastjson: nesting deeper than %d levels at byte %zd", kMaxDepth,
                     offset());
        return false;
    }

    PyObject *array() {
        if (!enter()) return nullptr;
        ++p_;
        skip_space();
        std::size_t base = stack_.size();
        if (p_ != end_ && *p_ == ']') {
            ++p_;
        } else {
            for (;;) {
                PyObject *item = value();
                if (item == nullptr || !stack_.push(item)) return nullptr;
                skip_space();
                if (p_ == end_) return fail_end();
                if (*p_ == ',') {
                    ++p_;
                    skip_space();
                    if (p_ != end_ && *p_ == ']') return fail("trailing comma before ']'");
                    continue;
                }
                if (*p_ != ']') return fail("expected ',' or ']'");
                ++p_;
                break;
            }
        }
        --depth_;
        return stack_.to_list(base);
    }

    PyObject *object() {
        if (!enter()) return nullptr;
        ++p_;
        Ref dict(PyDict_New());
        if (!dict) return nullptr;
        skip_space();
        if (p_ != end_ && *p_ == '}') {
            ++p_;
        } else {
            for (;;) {
                skip_space();
                if (p_ == end_) return fail_end();
                if (*p_ != '"') return fail("expected a string key");
                Ref key(string(true));
                if (!key) return nullptr;
                skip_space();
                if (p_ == end_) return fail_end();
                if (*p_ != ':') return fail("expected ':'");
                ++p_;
                Ref val(value());
                if (!val || PyDict_SetItem(dict.get(), key.get(), val.get()) < 0) return nullptr;
                skip_space();
                if (p_ == end_) return fail_end();
                if (*p_ == ',') {
                    ++p_;
                    skip_space();
                    if (p_ != end_ && *p_ == '}') return fail("trailing comma before '}'");
                    continue;
                }
                if (*p_ != '}') return fail("expected ',' or '}'");
                ++p_;
                break;
            }
        }
        --depth_;
        return dict.release();
    }

    PyObject *control_char(const unsigned char *at) {
        p_ = at;
        PyErr_Format(PyExc_ValueError, "fastjson: unescaped control character %s in string at byte %zd",
                     HexByte(*at).text, offset());
        return nullptr;
    }

    // A str from the UTF-8 bytes s[0..n), whose raw form in the input is [raw, raw_end). The
    // interpreter's strict decoder checks them (the same rules as utf8_sequence); only when it
    // fails are the raw bytes scanned here again, for the offset of the first bad sequence.
    PyObject *make_str(const unsigned char *s, std::size_t n, const unsigned char *raw,
                       const unsigned char *raw_end) {
        PyObject *str = PyUnicode_DecodeUTF8(reinterpret_cast<const char *>(s), static_cast<Py_ssize_t>(n), nullptr);
        if (str != nullptr || !PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) return str;
        PyErr_Clear();
        while (raw != raw_end) {
            int len = *raw < 0x80 ? 1 : utf8_sequence(raw, raw_end);
            if (len == 0) break;
            raw += len;
        }
        return fail_at(raw, "invalid UTF-8");
    }

    // At p_: the opening quote. Strings without escapes are made straight from the input.
    PyObject *string(bool key) {
        const unsigned char *open = p_, *start = p_ + 1, *q = start;
        for (;;) {
            while (end_ - q >= 8 && !special8(q)) q += 8;
            if (q == end_) return fail_at(open, "unterminated string starting");
            unsigned char c = *q;
            if (c == '"') break;
            if (c == '\\') return escaped_string(open, start, q);
            if (c < 0x20) return control_char(q);
            ++q;  // ASCII or part of a UTF-8 sequence: make_str checks those
        }
        p_ = q + 1;
        std::size_t n = static_cast<std::size_t>(q - start);
        if (!key || n > KeyCache::kMaxKey) return make_str(start, n, start, q);
        if (PyObject *cached = keys_.find(start, n)) return cached;
        PyObject *str = make_str(start, n, start, q);
        if (str != nullptr) keys_.put(start, n, str);
        return str;
    }

    // The \uXXXX at q (q[0] == '\\', q[1] == 'u'): its value, or -1.
    int u_escape(const unsigned char *q) const {
        if (end_ - q < 6) return -1;
        int v = 0;
        for (int i = 2; i < 6; ++i) {
            int h = hex_value(q[i]);
            if (h < 0) return -1;
            v = v * 16 + h;
        }
        return v;
    }

    bool put_code_point(std::uint32_t cp) {
        unsigned char b[4];
        std::size_t n;
        if (cp < 0x80) {
            b[0] = static_cast<unsigned char>(cp);
            n = 1;
        } else if (cp < 0x800) {
            b[0] = static_cast<unsigned char>(0xC0 | (cp >> 6));
            b[1] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            n = 2;
        } else if (cp < 0x10000) {
            b[0] = static_cast<unsigned char>(0xE0 | (cp >> 12));
            b[1] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
            b[2] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            n = 3;
        } else {
            b[0] = static_cast<unsigned char>(0xF0 | (cp >> 18));
            b[1] = static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F));
            b[2] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
            b[3] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            n = 4;
        }
        return scratch_.append(b, n);
    }

    // The string from `start`, where q is its first backslash: unescaped into the scratch buffer.
    PyObject *escaped_string(const unsigned char *open, const unsigned char *start, const unsigned char *q) {
        scratch_.clear();
        if (!scratch_.append(start, static_cast<std::size_t>(q - start))) return nullptr;
        for (;;) {
            if (q == end_) return fail_at(open, "unterminated string starting");
            unsigned char c = *q;
            if (c == '"') break;
            if (c < 0x20) return control_char(q);
            if (c != '\\') {
                // a run of plain bytes up to the next special one (UTF-8 is checked in make_str)
                const unsigned char *run = q;
                while (q != end_ && *q >= 0x20 && *q != '"' && *q != '\\') ++q;
                if (!scratch_.append(run, static_cast<std::size_t>(q - run))) return nullptr;
                continue;
            }
            if (end_ - q < 2) return fail_at(open, "unterminated string starting");
            char simple = 0;
            switch (q[1]) {
                case '"': simple = '"'; break;
                case '\\': simple = '\\'; break;
                case '/': simple = '/'; break;
                case 'b': simple = '\b'; break;
                case 'f': simple = '\f'; break;
                case 'n': simple = '\n'; break;
                case 'r': simple = '\r'; break;
                case 't': simple = '\t'; break;
                case 'u': break;
                default: return fail_at(q, "invalid escape");
            }
            if (simple) {
                if (!scratch_.append(simple)) return nullptr;
                q += 2;
                continue;
            }
            int cp = u_escape(q);
            if (cp < 0) return fail_at(q, "invalid \\u escape");
            if (cp >= 0xDC00 && cp <= 0xDFFF) return fail_at(q, "lone surrogate in \\u escape");
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                // must be followed by the low half of the pair
                int low = end_ - q >= 8 && q[6] == '\\' && q[7] == 'u' ? u_escape(q + 6) : -1;
                if (low < 0xDC00 || low > 0xDFFF) return fail_at(q, "lone surrogate in \\u escape");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                q += 6;
            }
            if (!put_code_point(static_cast<std::uint32_t>(cp))) return nullptr;
            q += 6;
        }
        p_ = q + 1;
        return make_str(reinterpret_cast<const unsigned char *>(scratch_.data()), scratch_.size(), start, q);
    }

    PyObject *number() {
        const unsigned char *start = p_, *q = p_;
        bool negative = *q == '-';
        if (negative) ++q;
        if (q == end_ || !is_digit(*q)) {
            p_ = q;
            if (starts_with("Infinity", 8)) return fail_at(start, "NaN and Infinity are not allowed in JSON");
            return fail_at(start, "invalid number");
        }
        if (*q == '0') {
            ++q;
            if (q != end_ && is_digit(*q)) return fail_at(start, "leading zero in number");
        } else {
            while (q != end_ && is_digit(*q)) ++q;
        }
        bool integral = true;
        if (q != end_ && *q == '.') {
            ++q;
            if (q == end_ || !is_digit(*q)) return fail_at(q, "expected a digit after '.' in number");
            while (q != end_ && is_digit(*q)) ++q;
            integral = false;
        }
        if (q != end_ && (*q == 'e' || *q == 'E')) {
            ++q;
            if (q != end_ && (*q == '+' || *q == '-')) ++q;
            if (q == end_ || !is_digit(*q)) return fail_at(q, "expected a digit in the exponent of number");
            while (q != end_ && is_digit(*q)) ++q;
            integral = false;
        }
        p_ = q;
        std::size_t len = static_cast<std::size_t>(q - start), digits = len - (negative ? 1 : 0);
        if (integral && digits <= 18) {  // fits in 63 bits: no text conversion
            long long v = 0;
            for (const unsigned char *d = start + (negative ? 1 : 0); d != q; ++d) v = v * 10 + (*d - '0');
            return PyLong_FromLongLong(negative ? -v : v);
        }
#if defined(__cpp_lib_to_chars)
        if (!integral) {  // correctly rounded, as the interpreter's own conversion
            double v = 0;
            const char *first = reinterpret_cast<const char *>(start), *last = reinterpret_cast<const char *>(q);
            auto r = std::from_chars(first, last, v);
            if (r.ec == std::errc() && r.ptr == last) return PyFloat_FromDouble(v);
            // out of range (1e400, 1e-400): left to the interpreter, below
        }
#endif
        // The interpreter's converters need a NUL-terminated copy (the input goes on after the
        // number).
        scratch_.clear();
        if (!scratch_.append(start, len) || !scratch_.append('\0')) return nullptr;
        if (integral) {
            PyObject *v = PyLong_FromString(scratch_.data(), nullptr, 10);
            if (v == nullptr && PyErr_ExceptionMatches(PyExc_ValueError)) {  // sys.get_int_max_str_digits()
                PyErr_Clear();
                PyErr_Format(PyExc_ValueError,
                             "fastjson: integer of %zd digits exceeds sys.get_int_max_str_digits() at byte %zd",
                             static_cast<Py_ssize_t>(digits), static_cast<Py_ssize_t>(start - begin_));
            }
            return v;
        }
        // Correctly rounded; out of range gives +-inf (no exception), as float() and json.loads.
        char *stop = nullptr;
        // PyPy's (7.3 and 8.0) takes an errno left at ERANGE by an earlier overflow (1e400) for
        // one of its own: 1e-400 then comes back -inf, in a Python.h build too. CPython clears it.
        errno = 0;
        double v = PyOS_string_to_double(scratch_.data(), &stop, nullptr);
        if (v == -1.0 && PyErr_Occurred()) return nullptr;
        return PyFloat_FromDouble(v);
    }

    const unsigned char *const begin_;
    const unsigned char *p_;
    const unsigned char *const end_;
    PyObject *none_, *true_, *false_;
    int depth_ = 0;
    Buffer scratch_;
    ObjectStack stack_;
    KeyCache keys_;
};

}  // namespace fastjson
#endif
