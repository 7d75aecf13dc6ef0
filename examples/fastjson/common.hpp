// fastjson's building blocks: owned references, a byte buffer on the Python allocator, a str's
// UTF-8, and word-at-a-time scanning. Private to fastjson.cpp (its one translation unit).
#ifndef FASTJSON_COMMON_HPP
#define FASTJSON_COMMON_HPP
#include <py3ffi/py3ffi.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace fastjson {
using namespace py3ffi;

inline constexpr int kMaxDepth = 1024;  // nesting limit of dumps and loads (MAX_DEPTH)

inline PyObject *new_ref(PyObject *o) {
    Py_INCREF(o);
    return o;
}

// An owned reference, released on every return path.
class Ref {
public:
    explicit Ref(PyObject *o = nullptr) noexcept : o_(o) {}
    ~Ref() { Py_XDECREF(o_); }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    PyObject *get() const noexcept { return o_; }
    PyObject *release() noexcept {
        PyObject *o = o_;
        o_ = nullptr;
        return o;
    }
    explicit operator bool() const noexcept { return o_ != nullptr; }

private:
    PyObject *o_;
};

// The type's __name__ for error messages (tp_name is not readable in the limited API).
inline PyObject *type_name(PyObject *o) {
    return PyObject_GetAttrString(reinterpret_cast<PyObject *>(Py_TYPE(o)), "__name__");
}

inline void type_error(const char *format, PyObject *o) {
    Ref name(type_name(o));
    if (name) PyErr_Format(PyExc_TypeError, format, name.get());
}

// The UTF-8 bytes of a str: borrowed from the str's own cache where the API allows it (full
// API, limited API 3.10+), else from a bytes copy (PyUnicode_AsUTF8AndSize is not in the limited
// API before 3.10). A str with lone surrogates fails with UnicodeEncodeError (a ValueError).
class Utf8 {
public:
    bool load(PyObject *s) {
#if PY3FFI_LIMITED_SINCE(3, 10)
        data_ = PyUnicode_AsUTF8AndSize(s, &size_);
        return data_ != nullptr;
#else
        holder_ = PyUnicode_AsUTF8String(s);
        char *p = nullptr;
        if (holder_ == nullptr || PyBytes_AsStringAndSize(holder_, &p, &size_) < 0) return false;
        data_ = p;
        return true;
#endif
    }
    ~Utf8() { Py_XDECREF(holder_); }
    const char *data() const noexcept { return data_; }
    Py_ssize_t size() const noexcept { return size_; }

private:
    const char *data_ = nullptr;
    Py_ssize_t size_ = 0;
    PyObject *holder_ = nullptr;
};

// A growable byte buffer on the Python allocator (no C++ exceptions can escape into C frames).
class Buffer {
public:
    Buffer() = default;
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;
    ~Buffer() { PyMem_Free(data_); }

    bool reserve(std::size_t extra) { return cap_ - len_ >= extra || grow(extra); }
    // Callers reserve first: the hot paths then write without checks.
    void put(char c) noexcept { data_[len_++] = c; }
    void put(const void *p, std::size_t n) noexcept {
        if (n) std::memcpy(data_ + len_, p, n);
        len_ += n;
    }
    bool append(const void *p, std::size_t n) {
        if (!reserve(n)) return false;
        put(p, n);
        return true;
    }
    bool append(char c) {
        if (!reserve(1)) return false;
        put(c);
        return true;
    }
    const char *data() const noexcept { return data_; }
    std::size_t size() const noexcept { return len_; }
    void clear() noexcept { len_ = 0; }

private:
    bool grow(std::size_t extra) {
        constexpr std::size_t limit = static_cast<std::size_t>(PY_SSIZE_T_MAX);
        if (extra > limit - len_) {
            PyErr_NoMemory();
            return false;
        }
        std::size_t cap = cap_ ? cap_ : 256;
        while (cap - len_ < extra) cap = cap > limit / 2 ? limit : cap * 2;
        void *p = PyMem_Realloc(data_, cap);
        if (p == nullptr) {
            PyErr_NoMemory();
            return false;
        }
        data_ = static_cast<char *>(p);
        cap_ = cap;
        return true;
    }

    char *data_ = nullptr;
    std::size_t len_ = 0, cap_ = 0;
};

// "0x1f" for messages (PyErr_Format's %x has no zero padding on old versions).
struct HexByte {
    char text[5];
    explicit HexByte(unsigned char c) noexcept {
        static const char digits[] = "0123456789abcdef";
        text[0] = '0';
        text[1] = 'x';
        text[2] = digits[c >> 4];
        text[3] = digits[c & 15];
        text[4] = '\0';
    }
};

// Eight bytes at a time (SWAR): whether a word may hold a byte that ends a plain run of a
// string. `any_below(w, n)` and `any_equal` are exact as "any" tests (only which byte matched
// can be wrong, and the callers then look at each byte).
inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
inline std::uint64_t any_below(std::uint64_t w, unsigned n) { return (w - kOnes * n) & ~w & kHigh; }
inline std::uint64_t any_equal(std::uint64_t w, unsigned char c) { return any_below(w ^ (kOnes * c), 1); }
inline std::uint64_t load8(const unsigned char *p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);  // one unaligned load
    return w;
}
// Whether the 8 bytes at p hold a '"', '\\' or control character: what dumps escapes, and
// what ends a run of plain string bytes in loads.
inline bool special8(const unsigned char *p) {
    std::uint64_t w = load8(p);
    return (any_below(w, 0x20) | any_equal(w, '"') | any_equal(w, '\\')) != 0;
}

}  // namespace fastjson
#endif
