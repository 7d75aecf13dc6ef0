// py3ffi's _Py_ThreadId on Windows (free-threaded builds: the owner of an object, ob_tid) is the
// address of the thread's TEB, as CPython's reads it: printed with ntdll's own NtCurrentTeb(),
// in two threads.
#include <py3ffi/detail/atomic.hpp>  // (alone: py3ffi.hpp would need the interpreter to link)
#include <cstdint>
#include <cstdio>
#include <thread>

std::uintptr_t teb_from_ntdll();  // teb.cpp

int main() {
    std::uintptr_t ids[2][2] = {};
    ids[0][0] = py3ffi::detail::thread_id();
    ids[0][1] = teb_from_ntdll();
    std::thread other([&ids] {
        ids[1][0] = py3ffi::detail::thread_id();
        ids[1][1] = teb_from_ntdll();
    });
    other.join();
    for (auto &row : ids) std::printf("%llx %llx\n", static_cast<unsigned long long>(row[0]),
                                      static_cast<unsigned long long>(row[1]));
    return 0;
}
