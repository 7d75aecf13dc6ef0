// string_sum with pybind11, written as pybind11 is meant to be used: typed arguments converted
// by its casters, a std::string result, C++ exceptions for errors. The second overload runs only
// when the first rejects its arguments (an int beyond 32 bits, a bool, a non-int): it applies the
// C reference's checks, so the results and errors are the same, without slowing the common call.
#include <pybind11/pybind11.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace py = pybind11;

namespace {

std::string sum_as_string(std::int32_t a, std::int32_t b) {
    std::int32_t sum;
    if (__builtin_add_overflow(a, b, &sum)) throw std::overflow_error("arguments too large to add");
    return std::to_string(sum);
}

// The slow path, for whatever the typed overload rejected: the checks of the C reference.
std::string sum_checked(py::handle a, py::handle b) {
    py::handle args[2] = {a, b};
    std::int32_t values[2];
    for (int i = 0; i < 2; ++i) {
        if (!PyLong_Check(args[i].ptr()))
            throw py::type_error("sum_as_string expected an int for positional argument " + std::to_string(i + 1));
        int overflow = 0;
        long long v = PyLong_AsLongLongAndOverflow(args[i].ptr(), &overflow);
        if (overflow != 0 || v < INT32_MIN || v > INT32_MAX)
            throw std::overflow_error("cannot fit " + std::string(py::str(args[i])) + " in 32 bits");
        values[i] = static_cast<std::int32_t>(v);
    }
    return sum_as_string(values[0], values[1]);
}

}  // namespace

PYBIND11_MODULE(string_sum, m, py::mod_gil_not_used()) {
    m.doc() = "The string_sum example in C++ with pybind11.";
    m.def("sum_as_string", &sum_as_string, "Returns the sum of two ints as a string.");
    m.def("sum_as_string", &sum_checked);
}
