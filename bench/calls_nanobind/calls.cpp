// The call-mechanism benchmark with nanobind: add_ints(a, b) -> a + b for two ints that fit in 32
// bits, written as nanobind is meant to be used: typed arguments converted by its casters, a C++
// integer result. The second overload runs only when the first rejects its arguments (an int
// beyond 32 bits, a bool, a non-int): it applies the C reference's checks (bench/calls_c/calls.c),
// so the results and errors are the same, without slowing the common call.
#include <nanobind/nanobind.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace nb = nanobind;

namespace {

long add_ints(std::int32_t a, std::int32_t b) { return static_cast<long>(a) + static_cast<long>(b); }

// The slow path, for whatever the typed overload rejected: the checks of the C reference.
long add_checked(nb::handle a, nb::handle b) {
    nb::handle args[2] = {a, b};
    std::int32_t values[2];
    for (int i = 0; i < 2; ++i) {
        if (!PyLong_Check(args[i].ptr()))
            throw nb::type_error(("add_ints expected an int for positional argument " + std::to_string(i + 1)).c_str());
        int overflow = 0;
        long long v = PyLong_AsLongLongAndOverflow(args[i].ptr(), &overflow);
        if (overflow != 0 || v < INT32_MIN || v > INT32_MAX)
            throw std::overflow_error("cannot fit " + std::string(nb::str(args[i]).c_str()) + " in 32 bits");
        values[i] = static_cast<std::int32_t>(v);
    }
    return add_ints(values[0], values[1]);
}

}  // namespace

NB_MODULE(calls, m) {
    m.doc() = "The call-mechanism benchmark in C++ with nanobind.";
    m.def("add_ints", &add_ints, "Returns the sum of two 32-bit ints.");
    m.def("add_ints", &add_checked);
}
