// Sets the interpreter's cfgs (Py_3_13, Py_GIL_DISABLED...) for src/lib.rs.
fn main() {
    pyo3_build_config::use_pyo3_cfgs();
}
