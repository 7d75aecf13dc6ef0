// string_sum with nanobind, written as nanobind is meant to be used: typed arguments converted
// by its casters, a std::string result, C++ exceptions for errors. The second overload runs only
// when the first rejects its arguments (an int beyond 32 bits, a bool, a non-int): it applies the
// C reference's checks, so the results and errors are the same, without slowing the common call.
#include <nanobind/nanobind.h>
#include <nanobind/stl/string.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace nb = nanobind;

namespace {

std::string sum_as_string(std::int32_t a, std::int32_t b) {
    std::int32_t sum;
    if (__builtin_add_overflow(a, b, &sum)) throw std::overflow_error("arguments too large to add");
    return std::to_string(sum);
}

// The slow path, for whatever the typed overload rejected: the checks of the C reference.
std::string sum_checked(nb::handle a, nb::handle b) {
    nb::handle args[2] = {a, b};
    std::int32_t values[2];
    for (int i = 0; i < 2; ++i) {
        if (!PyLong_Check(args[i].ptr()))
            throw nb::type_error(("sum_as_string expected an int for positional argument " +
                                  std::to_string(i + 1)).c_str());
        int overflow = 0;
        long long v = PyLong_AsLongLongAndOverflow(args[i].ptr(), &overflow);
        if (overflow != 0 || v < INT32_MIN || v > INT32_MAX)
            throw std::overflow_error("cannot fit " + std::string(nb::str(args[i]).c_str()) + " in 32 bits");
        values[i] = static_cast<std::int32_t>(v);
    }
    return sum_as_string(values[0], values[1]);
}

}  // namespace

NB_MODULE(string_sum, m) {
    m.doc() = "The string_sum example in C++ with nanobind.";
    m.def("sum_as_string", &sum_as_string, "Returns the sum of two ints as a string.");
    m.def("sum_as_string", &sum_checked);
}
