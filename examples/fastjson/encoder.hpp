// dumps: Python objects to compact UTF-8 JSON, in one growable buffer.
#ifndef FASTJSON_ENCODER_HPP
#define FASTJSON_ENCODER_HPP
#include "common.hpp"

#include <charconv>
#include <cmath>

namespace fastjson {

// What each byte of a str becomes inside a JSON string: 0 copies it; 'u' is \u00XX; any other
// value is the letter after a backslash. Matches json.dumps(ensure_ascii=False): only '"', '\\'
// and the C0 controls are escaped (DEL and non-ASCII are copied as UTF-8).
struct EscapeTable {
    unsigned char code[256];
    constexpr EscapeTable() : code() {
        for (int c = 0; c < 0x20; ++c) code[c] = 'u';
        code[static_cast<unsigned char>('\b')] = 'b';
        code[static_cast<unsigned char>('\f')] = 'f';
        code[static_cast<unsigned char>('\n')] = 'n';
        code[static_cast<unsigned char>('\r')] = 'r';
        code[static_cast<unsigned char>('\t')] = 't';
        code[static_cast<unsigned char>('"')] = '"';
        code[static_cast<unsigned char>('\\')] = '\\';
    }
};
inline constexpr EscapeTable kEscape;

class Encoder {
public:
    // The singletons, read once per call (each is a function call in the limited API of 3.13+).
    Encoder() : none_(Py_None), true_(Py_True), false_(Py_False) {}

    bool value(PyObject *o) {
        if (PyUnicode_CheckExact(o)) return str(o);
        if (PyLong_CheckExact(o)) return integer(o);
        if (PyFloat_CheckExact(o)) return real(o);
        if (o == none_) return out_.append("null", 4);
        if (o == true_) return out_.append("true", 4);
        if (o == false_) return out_.append("false", 5);
        if (PyList_Check(o)) return list(o);
        if (PyDict_Check(o)) return dict(o);
        if (PyTuple_Check(o)) return tuple(o);
        if (PyUnicode_Check(o)) return str(o);
        if (PyLong_Check(o)) return integer(o);
        if (PyFloat_Check(o)) return real(o);
        type_error("fastjson: type %U is not JSON serializable", o);
        return false;
    }

    PyObject *result() const { return PyBytes_FromStringAndSize(out_.data(), static_cast<Py_ssize_t>(out_.size())); }

private:
#if PY3FFI_LIMITED
    bool str(PyObject *o) {
        Utf8 u;
        if (!u.load(o)) return false;
        return quoted(reinterpret_cast<const unsigned char *>(u.data()), static_cast<std::size_t>(u.size()));
    }
#else
    // The full API reads the str's own storage (Latin-1, UCS-2 or UCS-4): PyUnicode_AsUTF8AndSize
    // would keep a UTF-8 copy in every non-ASCII str dumped, for the str's lifetime.
    bool str(PyObject *o) {
        if (PyUnicode_READY(o) < 0) return false;  // legacy strs before 3.12
        std::size_t n = static_cast<std::size_t>(PyUnicode_GET_LENGTH(o));
        const void *data = PyUnicode_DATA(o);
        if (PyUnicode_IS_ASCII(o)) return quoted(static_cast<const unsigned char *>(data), n);
        switch (PyUnicode_KIND(o)) {
            case PyUnicode_1BYTE_KIND: return quoted_wide(o, static_cast<const Py_UCS1 *>(data), n);
            case PyUnicode_2BYTE_KIND: return quoted_wide(o, static_cast<const Py_UCS2 *>(data), n);
            default: return quoted_wide(o, static_cast<const Py_UCS4 *>(data), n);
        }
    }

    template <class Char>
    bool quoted_wide(PyObject *o, const Char *s, std::size_t n) {
        if (!out_.reserve(n + 2)) return false;
        out_.put('"');
        for (std::size_t i = 0; i < n; ++i) {
            std::uint32_t c = s[i];
            if (!out_.reserve(6)) return false;  // the longest form of one character: \u00XX
            if (c < 0x80) {
                unsigned char e = kEscape.code[c];
                if (e == 0) {
                    out_.put(static_cast<char>(c));
                } else {
                    put_escape(static_cast<unsigned char>(c), e);
                }
            } else if (c < 0x800) {
                out_.put(static_cast<char>(0xC0 | (c >> 6)));
                out_.put(static_cast<char>(0x80 | (c & 0x3F)));
            } else if (c < 0x10000) {
                if (c >= 0xD800 && c <= 0xDFFF) return lone_surrogate(o);
                out_.put(static_cast<char>(0xE0 | (c >> 12)));
                out_.put(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
                out_.put(static_cast<char>(0x80 | (c & 0x3F)));
            } else {
                out_.put(static_cast<char>(0xF0 | (c >> 18)));
                out_.put(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
                out_.put(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
                out_.put(static_cast<char>(0x80 | (c & 0x3F)));
            }
        }
        return out_.append('"');
    }

    // The interpreter's own UnicodeEncodeError (a ValueError), which names the position.
    static bool lone_surrogate(PyObject *o) {
        Py_ssize_t size;
        if (PyUnicode_AsUTF8AndSize(o, &size) != nullptr)  // not expected: it has a surrogate
            PyErr_SetString(PyExc_ValueError, "fastjson: str contains a lone surrogate");
        return false;
    }
#endif

    // The escape for byte c (kEscape.code[c] == e, not 0); 6 bytes reserved.
    void put_escape(unsigned char c, unsigned char e) {
        out_.put('\\');
        if (e == 'u') {
            static const char digits[] = "0123456789abcdef";  // lowercase, as json.dumps
            out_.put("u00", 3);
            out_.put(digits[c >> 4]);
            out_.put(digits[c & 15]);
        } else {
            out_.put(static_cast<char>(e));
        }
    }

    bool quoted(const unsigned char *s, std::size_t n) {
        if (!out_.reserve(n + 2)) return false;  // the common case: nothing to escape
        out_.put('"');
        std::size_t run = 0;  // start of the bytes not yet copied
        for (std::size_t i = 0; i < n; ++i) {
            while (n - i >= 8 && !special8(s + i)) i += 8;
            if (i == n) break;
            unsigned char e = kEscape.code[s[i]];
            if (e == 0) continue;
            if (!out_.reserve(i - run + 6)) return false;
            out_.put(s + run, i - run);
            put_escape(s[i], e);
            run = i + 1;
        }
        if (!out_.reserve(n - run + 1)) return false;
        out_.put(s + run, n - run);
        out_.put('"');
        return true;
    }

    bool integer(PyObject *o) {
        int overflow = 0;
        long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
        if (overflow == 0) {
            if (v == -1 && PyErr_Occurred()) return false;
            char text[24];
            char *end = text + sizeof text, *p = end;
            // the magnitude as unsigned, so that LLONG_MIN does not overflow
            unsigned long long m = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
            do {
                *--p = static_cast<char>('0' + m % 10);
                m /= 10;
            } while (m);
            if (v < 0) *--p = '-';
            return out_.append(p, static_cast<std::size_t>(end - p));
        }
        // Beyond 64 bits: int's own decimal conversion (of an exact int, so that a subclass's
        // __str__ or __repr__ is not used, as in json.dumps).
        Ref exact(PyLong_CheckExact(o) ? new_ref(o) : PyNumber_Long(o));
        if (!exact) return false;
        Ref text(PyObject_Str(exact.get()));
        if (!text) {
            if (PyErr_ExceptionMatches(PyExc_ValueError)) {  // beyond sys.get_int_max_str_digits()
                PyErr_Clear();
                PyErr_SetString(PyExc_ValueError,
                                "fastjson: int has more digits than sys.get_int_max_str_digits() allows");
            }
            return false;
        }
        Utf8 u;
        return u.load(text.get()) && out_.append(u.data(), static_cast<std::size_t>(u.size()));
    }

    bool real(PyObject *o) {
        double v = PyFloat_AsDouble(o);
        if (v == -1.0 && PyErr_Occurred()) return false;
        if (!std::isfinite(v)) {
            PyErr_Format(PyExc_ValueError, "fastjson: float %s is not allowed in JSON",
                         std::isnan(v) ? "nan" : v > 0 ? "inf" : "-inf");
            return false;
        }
        // repr(float)'s shortest round-trip text, with ".0" on integral values, as json.dumps.
#if defined(__cpp_lib_to_chars)
        char text[32];
        std::size_t n = repr_double(v, text);
        return out_.append(text, n);
#else
        char *text = PyOS_double_to_string(v, 'r', 0, Py_DTSF_ADD_DOT_0, nullptr);
        if (text == nullptr) return false;
        bool ok = out_.append(text, std::strlen(text));
        PyMem_Free(text);
        return ok;
#endif
    }

#if defined(__cpp_lib_to_chars)
    // repr(v) for a finite v, without the interpreter's allocation: the shortest round-trip
    // digits from std::to_chars, laid out as CPython's float_repr does ('r' mode): fixed
    // notation when the decimal point falls within -4 < decpt <= 16, else d.ddde+XX.
    static std::size_t repr_double(double v, char *out) {
        char sci[32];  // "-d.ddddddddddddddddde-308"
        char *end = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific).ptr;
        const char *p = sci;
        char *o = out;
        if (*p == '-') *o++ = *p++;
        char digits[20];
        int nd = 0;
        for (; *p != 'e'; ++p)
            if (*p != '.') digits[nd++] = *p;
        bool negative_exp = *++p == '-';
        int exp = 0;
        for (++p; p != end; ++p) exp = exp * 10 + (*p - '0');  // after 'e' and its sign
        if (negative_exp) exp = -exp;
        int decpt = exp + 1;  // digits[0] stands for 10^exp: the point comes after decpt digits
        if (decpt <= -4 || decpt > 16) {
            *o++ = digits[0];
            if (nd > 1) {
                *o++ = '.';
                for (int i = 1; i < nd; ++i) *o++ = digits[i];
            }
            *o++ = 'e';
            *o++ = exp < 0 ? '-' : '+';
            int a = exp < 0 ? -exp : exp;
            if (a >= 100) *o++ = static_cast<char>('0' + a / 100);
            *o++ = static_cast<char>('0' + a / 10 % 10);
            *o++ = static_cast<char>('0' + a % 10);
        } else if (decpt <= 0) {
            *o++ = '0';
            *o++ = '.';
            for (int i = decpt; i < 0; ++i) *o++ = '0';
            for (int i = 0; i < nd; ++i) *o++ = digits[i];
        } else {
            for (int i = 0; i < decpt; ++i) *o++ = i < nd ? digits[i] : '0';
            *o++ = '.';
            if (decpt >= nd) *o++ = '0';
            for (int i = decpt; i < nd; ++i) *o++ = digits[i];
        }
        return static_cast<std::size_t>(o - out);
    }
#endif

    bool enter() {
        if (++depth_ <= kMaxDepth) return true;
        PyErr_Format(PyExc_ValueError, "fastjson: nesting deeper than %d levels (or a circular reference)",
                     kMaxDepth);
        return false;
    }

    // The list's item i as a new reference, or null past the end (no error set). The size is
    // read again each time and the item is held while it is encoded: nothing may free it
    // meanwhile (a finalizer run by the garbage collector, or another thread, may change the
    // list).
    static PyObject *list_item(PyObject *o, Py_ssize_t i) {
#if PY3FFI_GIL_DISABLED
        PyObject *item = PyList_GetItemRef(o, i);  // atomic against other threads
        if (item == nullptr && PyErr_ExceptionMatches(PyExc_IndexError)) PyErr_Clear();
        return item;
#elif !PY3FFI_LIMITED
        return i < PyList_GET_SIZE(o) ? new_ref(PyList_GET_ITEM(o, i)) : nullptr;
#else
        if (i >= PyList_Size(o)) return nullptr;
        PyObject *item = PyList_GetItem(o, i);
        return item ? new_ref(item) : nullptr;
#endif
    }

    bool list(PyObject *o) {
        if (!enter() || !out_.append('[')) return false;
        for (Py_ssize_t i = 0;; ++i) {
            PyObject *item = list_item(o, i);
            if (item == nullptr) {
                if (PyErr_Occurred()) return false;
                break;
            }
            bool ok = (i == 0 || out_.append(',')) && value(item);
            Py_DECREF(item);
            if (!ok) return false;
        }
        --depth_;
        return out_.append(']');
    }

    // A tuple is immutable and kept alive by whoever holds it: its items need no extra reference.
    bool tuple(PyObject *o) {
        if (!enter() || !out_.append('[')) return false;
#if PY3FFI_LIMITED
        Py_ssize_t n = PyTuple_Size(o);
#else
        Py_ssize_t n = PyTuple_GET_SIZE(o);
#endif
        for (Py_ssize_t i = 0; i < n; ++i) {
#if PY3FFI_LIMITED
            PyObject *item = PyTuple_GetItem(o, i);
            if (item == nullptr) return false;
#else
            PyObject *item = PyTuple_GET_ITEM(o, i);
#endif
            if ((i && !out_.append(',')) || !value(item)) return false;
        }
        --depth_;
        return out_.append(']');
    }

    bool member(PyObject *key, PyObject *val, bool first) {
        if (!PyUnicode_Check(key)) {
            type_error("fastjson: dict keys must be str, not %U", key);
            return false;
        }
        return (first || out_.append(',')) && str(key) && out_.append(':') && value(val);
    }

    bool dict(PyObject *o) {
        if (!enter() || !out_.append('{')) return false;
        bool ok = true;
        if (PyDict_CheckExact(o)) {
            Py_ssize_t pos = 0;
            PyObject *key, *val;
            bool first = true;
            // Free-threaded: PyDict_Next needs the dict's lock, held around the loop (the
            // critical sections of nested dicts nest; CPython releases outer ones if an inner
            // one would block, so the loop still copes with changes, as with the GIL).
#if PY3FFI_GIL_DISABLED
            PY3FFI_BEGIN_CRITICAL_SECTION(o);
#endif
            while (PyDict_Next(o, &pos, &key, &val)) {
                // held while encoded: a finalizer (or another thread) may change the dict
                Py_INCREF(key);
                Py_INCREF(val);
                ok = member(key, val, first);
                Py_DECREF(key);
                Py_DECREF(val);
                if (!ok) break;
                first = false;
            }
#if PY3FFI_GIL_DISABLED
            PY3FFI_END_CRITICAL_SECTION();
#endif
        } else {
            // A subclass (OrderedDict...) in its own iteration order, as json.dumps does.
            Ref items(PyMapping_Items(o));
            if (!items) return false;
            for (Py_ssize_t i = 0; ok; ++i) {
                PyObject *pair = list_item(items.get(), i);
                if (pair == nullptr) {
                    ok = !PyErr_Occurred();
                    break;
                }
#if PY3FFI_LIMITED
                PyObject *key = PyTuple_GetItem(pair, 0), *val = key ? PyTuple_GetItem(pair, 1) : nullptr;
                ok = val != nullptr && member(key, val, i == 0);
#else
                ok = member(PyTuple_GET_ITEM(pair, 0), PyTuple_GET_ITEM(pair, 1), i == 0);
#endif
                Py_DECREF(pair);
            }
        }
        if (!ok) return false;
        --depth_;
        return out_.append('}');
    }

    Buffer out_;
    int depth_ = 0;
    PyObject *none_, *true_, *false_;
};

}  // namespace fastjson
#endif
