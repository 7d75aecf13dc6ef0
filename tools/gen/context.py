"""What deciding an item's gate and forms needs besides the item: the inputs, the manifest, the
renderer, what the other implementations export, and where problems go."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from capi import abi_of
from model import GRAALPY, PYPY, Implementation


@dataclass
class Context:
    inputs: object  # inputs.Inputs
    manifest: dict  # capi.load_manifest()
    renderer: object  # render.Renderer
    pypy_names: dict  # version -> name -> the symbol PyPy binds it to
    graalpy_names: dict  # version -> the names GraalPy declares and exports
    enums: set  # typedef names of enums (an enum is passed as an int)
    problems: list = field(default_factory=list)
    presence: dict = field(default_factory=dict)  # name -> the modes in which it exists

    def __post_init__(self):
        self.cpython = self.inputs.cpython  # (a view built once)

    def readings_of(self, impl: Implementation) -> dict:
        """PyPy's or GraalPy's readings, by version."""
        return {PYPY: self.inputs.pypy, GRAALPY: self.inputs.graalpy}[impl]

    def abi_of(self, canonical: str) -> str:
        return abi_of(canonical, self.enums)

    def retag(self, text: str) -> str:
        """Another implementation's layout, naming what py3ffi declares by its API name
        (struct _object: PyObject)."""
        tagmap = self.renderer.tagmap
        return re.sub(r"\b(struct|union) (\w+)\b(?!\s*[{;])",
                      lambda g: tagmap.get(g.group(2), g.group(2))
                      if tagmap.get(g.group(2), g.group(2)) in self.presence else g.group(0),
                      text)
