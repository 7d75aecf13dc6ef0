// The thread's TEB address as ntdll reports it (NtQueryInformationThread, ThreadBasicInformation:
// TebBaseAddress), not as winnt.h's inline NtCurrentTeb() reads it (the register py3ffi reads,
// so it would prove nothing). Apart from py3ffi: <windows.h> defines macros.
#include <windows.h>
#include <winternl.h>
#include <cstdint>

namespace {
// THREAD_BASIC_INFORMATION, as ntdll fills it (winternl.h names the class, not the struct)
struct BasicInformation {
    LONG ExitStatus;
    PVOID TebBaseAddress;
    CLIENT_ID ClientId;
    ULONG_PTR AffinityMask;
    LONG Priority;
    LONG BasePriority;
};
}  // namespace

std::uintptr_t teb_from_ntdll() {
    BasicInformation info{};
    ULONG size = 0;
    NTSTATUS status = NtQueryInformationThread(GetCurrentThread(), ThreadBasicInformation,
                                               &info, sizeof info, &size);
    return status == 0 && size == sizeof info ? reinterpret_cast<std::uintptr_t>(info.TebBaseAddress) : 0;
}
