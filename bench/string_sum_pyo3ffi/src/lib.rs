//! The string_sum module written against pyo3-ffi, with the logic of
//! examples/string_sum/string_sum.cpp step for step: METH_FASTCALL, `PyLong_Check`,
//! `PyLong_AsLongLong`, a 32-bit range check, an overflow-checked add and
//! `PyUnicode_FromFormat("%d")`, with the same error types and messages.
#![allow(non_snake_case)]

use core::ffi::{c_int, c_void};
use core::ptr::null_mut;
use pyo3_ffi::*;

/// Argument `pos` (1-based) as an i32, or None with a Python exception set.
unsafe fn to_int32(arg: *mut PyObject, pos: c_int) -> Option<i32> {
    if PyLong_Check(arg) == 0 {
        PyErr_Format(
            PyExc_TypeError,
            c"sum_as_string expected an int for positional argument %d".as_ptr(),
            pos,
        );
        return None;
    }
    let wide = PyLong_AsLongLong(arg);
    if wide == -1 && !PyErr_Occurred().is_null() {
        // more than 64 bits: said the same way as more than 32
        PyErr_Clear();
        let text = PyObject_Str(arg);
        if !text.is_null() {
            PyErr_Format(PyExc_OverflowError, c"cannot fit %U in 32 bits".as_ptr(), text);
            Py_DECREF(text);
        }
        return None;
    }
    match i32::try_from(wide) {
        Ok(narrow) => Some(narrow),
        Err(_) => {
            PyErr_Format(PyExc_OverflowError, c"cannot fit %lld in 32 bits".as_ptr(), wide);
            None
        }
    }
}

unsafe extern "C" fn sum_as_string(
    _module: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    if nargs != 2 {
        PyErr_SetString(PyExc_TypeError, c"sum_as_string expected 2 positional arguments".as_ptr());
        return null_mut();
    }
    let Some(a) = to_int32(*args, 1) else { return null_mut() };
    let Some(b) = to_int32(*args.add(1), 2) else { return null_mut() };
    match a.checked_add(b) {
        Some(sum) => PyUnicode_FromFormat(c"%d".as_ptr(), sum as c_int),
        None => {
            PyErr_SetString(PyExc_OverflowError, c"arguments too large to add".as_ptr());
            null_mut()
        }
    }
}

static mut METHODS: [PyMethodDef; 2] = [
    PyMethodDef {
        ml_name: c"sum_as_string".as_ptr(),
        ml_meth: PyMethodDefPointer { PyCFunctionFast: sum_as_string },
        ml_flags: METH_FASTCALL,
        ml_doc: c"Returns the sum of two ints as a string.".as_ptr(),
    },
    PyMethodDef::zeroed(),
];

#[cfg(Py_GIL_DISABLED)]
static mut SLOTS: [PyModuleDef_Slot; 2] = [
    PyModuleDef_Slot { slot: Py_mod_gil, value: Py_MOD_GIL_NOT_USED },
    PyModuleDef_Slot { slot: 0, value: null_mut::<c_void>() },
];
#[cfg(not(Py_GIL_DISABLED))]
static mut SLOTS: [PyModuleDef_Slot; 1] = [PyModuleDef_Slot { slot: 0, value: null_mut::<c_void>() }];

static mut MODULE_DEF: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c"string_sum".as_ptr(),
    m_doc: c"The string_sum example in Rust with pyo3-ffi.".as_ptr(),
    m_size: 0,
    m_methods: (&raw mut METHODS).cast(),
    m_slots: (&raw mut SLOTS).cast(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

#[no_mangle]
pub unsafe extern "C" fn PyInit_string_sum() -> *mut PyObject {
    PyModuleDef_Init(&raw mut MODULE_DEF)
}
