// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/slots_generated.h.
#ifndef PY3FFI_SLOTS_GENERATED_HPP
#define PY3FFI_SLOTS_GENERATED_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_SINCE(3, 15)
inline constexpr int Py_slot_end = 0;
#endif
inline constexpr int Py_mp_subscript = 5;
inline constexpr int Py_nb_absolute = 6;
inline constexpr int Py_nb_add = 7;
inline constexpr int Py_nb_and = 8;
inline constexpr int Py_nb_bool = 9;
inline constexpr int Py_nb_divmod = 10;
inline constexpr int Py_nb_float = 11;
inline constexpr int Py_nb_floor_divide = 12;
inline constexpr int Py_nb_index = 13;
inline constexpr int Py_nb_inplace_add = 14;
inline constexpr int Py_nb_inplace_and = 15;
inline constexpr int Py_nb_inplace_floor_divide = 16;
inline constexpr int Py_nb_inplace_lshift = 17;
inline constexpr int Py_nb_inplace_multiply = 18;
inline constexpr int Py_nb_inplace_or = 19;
inline constexpr int Py_nb_inplace_power = 20;
inline constexpr int Py_nb_inplace_remainder = 21;
inline constexpr int Py_nb_inplace_rshift = 22;
inline constexpr int Py_nb_inplace_subtract = 23;
inline constexpr int Py_nb_inplace_true_divide = 24;
inline constexpr int Py_nb_inplace_xor = 25;
inline constexpr int Py_nb_int = 26;
inline constexpr int Py_nb_invert = 27;
inline constexpr int Py_nb_lshift = 28;
inline constexpr int Py_nb_multiply = 29;
inline constexpr int Py_nb_negative = 30;
inline constexpr int Py_nb_or = 31;
inline constexpr int Py_nb_positive = 32;
inline constexpr int Py_nb_power = 33;
inline constexpr int Py_nb_remainder = 34;
inline constexpr int Py_nb_rshift = 35;
inline constexpr int Py_nb_subtract = 36;
inline constexpr int Py_nb_true_divide = 37;
inline constexpr int Py_nb_xor = 38;
inline constexpr int Py_sq_ass_item = 39;
inline constexpr int Py_sq_concat = 40;
inline constexpr int Py_sq_contains = 41;
inline constexpr int Py_sq_inplace_concat = 42;
inline constexpr int Py_sq_inplace_repeat = 43;
inline constexpr int Py_sq_item = 44;
inline constexpr int Py_sq_length = 45;
inline constexpr int Py_sq_repeat = 46;
inline constexpr int Py_tp_alloc = 47;
inline constexpr int Py_tp_base = 48;
inline constexpr int Py_tp_bases = 49;
inline constexpr int Py_tp_call = 50;
inline constexpr int Py_tp_clear = 51;
inline constexpr int Py_tp_dealloc = 52;
inline constexpr int Py_tp_del = 53;
inline constexpr int Py_tp_descr_get = 54;
inline constexpr int Py_tp_descr_set = 55;
inline constexpr int Py_tp_doc = 56;
inline constexpr int Py_tp_getattr = 57;
inline constexpr int Py_tp_getattro = 58;
inline constexpr int Py_tp_hash = 59;
inline constexpr int Py_tp_init = 60;
inline constexpr int Py_tp_is_gc = 61;
inline constexpr int Py_tp_iter = 62;
inline constexpr int Py_tp_iternext = 63;
inline constexpr int Py_tp_methods = 64;
inline constexpr int Py_tp_new = 65;
inline constexpr int Py_tp_repr = 66;
inline constexpr int Py_tp_richcompare = 67;
inline constexpr int Py_tp_setattr = 68;
inline constexpr int Py_tp_setattro = 69;
inline constexpr int Py_tp_str = 70;
inline constexpr int Py_tp_traverse = 71;
inline constexpr int Py_tp_members = 72;
inline constexpr int Py_tp_getset = 73;
inline constexpr int Py_tp_free = 74;
inline constexpr int Py_nb_matrix_multiply = 75;
inline constexpr int Py_nb_inplace_matrix_multiply = 76;
inline constexpr int Py_am_await = 77;
inline constexpr int Py_am_aiter = 78;
inline constexpr int Py_am_anext = 79;
inline constexpr int Py_tp_finalize = 80;
#if PY3FFI_SINCE(3, 10)
inline constexpr int Py_am_send = 81;
#endif
#if PY3FFI_SINCE(3, 14)
inline constexpr int Py_tp_vectorcall = 82;
inline constexpr int Py_tp_token = 83;
#endif
inline constexpr int Py_mod_create = PY3FFI_SINCE(3, 15) ? 84 : 1;
inline constexpr int Py_mod_exec = PY3FFI_SINCE(3, 15) ? 85 : 2;
#if PY3FFI_SINCE(3, 12)
inline constexpr int Py_mod_multiple_interpreters = PY3FFI_SINCE(3, 15) ? 86 : 3;
#endif
#if PY3FFI_SINCE(3, 13)
inline constexpr int Py_mod_gil = PY3FFI_SINCE(3, 15) ? 87 : 4;
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 11)
inline constexpr int Py_bf_getbuffer = PY3FFI_SINCE(3, 15) ? 88 : 1;
inline constexpr int Py_bf_releasebuffer = PY3FFI_SINCE(3, 15) ? 89 : 2;
#endif
inline constexpr int Py_mp_ass_subscript = PY3FFI_SINCE(3, 15) ? 90 : 3;
inline constexpr int Py_mp_length = PY3FFI_SINCE(3, 15) ? 91 : 4;
#if PY3FFI_SINCE(3, 15)
inline constexpr int Py_slot_subslots = 92;
inline constexpr int Py_tp_slots = 93;
inline constexpr int Py_mod_slots = 94;
inline constexpr int Py_tp_name = 95;
inline constexpr int Py_tp_basicsize = 96;
inline constexpr int Py_tp_extra_basicsize = 97;
inline constexpr int Py_tp_itemsize = 98;
inline constexpr int Py_tp_flags = 99;
inline constexpr int Py_mod_name = 100;
inline constexpr int Py_mod_doc = 101;
inline constexpr int Py_mod_state_size = 102;
inline constexpr int Py_mod_methods = 103;
inline constexpr int Py_mod_state_traverse = 104;
inline constexpr int Py_mod_state_clear = 105;
inline constexpr int Py_mod_state_free = 106;
inline constexpr int Py_tp_metaclass = 107;
inline constexpr int Py_tp_module = 108;
inline constexpr int Py_mod_abi = 109;
inline constexpr int Py_mod_token = 110;
#endif
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
