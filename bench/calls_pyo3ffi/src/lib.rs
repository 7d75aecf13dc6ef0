//! The call-mechanism benchmark written against pyo3-ffi: add_ints(a, b) -> a + b for two ints
//! that fit in 32 bits, with the logic of bench/calls_c/calls.c step for step: METH_FASTCALL,
//! `PyLong_Check`, `PyLong_AsLongLong` and a 32-bit range check for each argument,
//! `PyLong_FromLong` for the result, the same error types and messages.
#![allow(non_snake_case)]

use core::ffi::{c_int, c_long, c_void};
use core::ptr::null_mut;
use pyo3_ffi::*;

/// Argument `pos` (1-based) as an i32, or None with a Python exception set.
unsafe fn to_int32(arg: *mut PyObject, pos: c_int) -> Option<i32> {
    if PyLong_Check(arg) == 0 {
        PyErr_Format(PyExc_TypeError, c"add_ints expected an int for positional argument %d".as_ptr(), pos);
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

unsafe extern "C" fn add_ints(
    _module: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    if nargs != 2 {
        PyErr_SetString(PyExc_TypeError, c"add_ints expected 2 positional arguments".as_ptr());
        return null_mut();
    }
    let Some(a) = to_int32(*args, 1) else { return null_mut() };
    let Some(b) = to_int32(*args.add(1), 2) else { return null_mut() };
    // c_long is 64 bits here: the sum of two i32 cannot overflow it
    PyLong_FromLong(a as c_long + b as c_long)
}

static mut METHODS: [PyMethodDef; 2] = [
    PyMethodDef {
        ml_name: c"add_ints".as_ptr(),
        ml_meth: PyMethodDefPointer { PyCFunctionFast: add_ints },
        ml_flags: METH_FASTCALL,
        ml_doc: c"Returns the sum of two 32-bit ints.".as_ptr(),
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
    m_name: c"calls".as_ptr(),
    m_doc: c"The call-mechanism benchmark in Rust with pyo3-ffi.".as_ptr(),
    m_size: 0,
    m_methods: (&raw mut METHODS).cast(),
    m_slots: (&raw mut SLOTS).cast(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

#[no_mangle]
pub unsafe extern "C" fn PyInit_calls() -> *mut PyObject {
    PyModuleDef_Init(&raw mut MODULE_DEF)
}
