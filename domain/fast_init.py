"""A cheaper ``__init__`` for frozen dataclasses built in hot loops.

``@dataclass(frozen=True)`` generates an ``__init__`` that stores each field
with ``object.__setattr__(self, name, value)`` (to get past its own
``__setattr__`` guard): a method lookup and a call per field. An assessment
builds a few hundred such objects (inputs, messages, check results, schedule
rows), and that cost was a sixth of it. :func:`fast_frozen_init` replaces the
generated ``__init__`` with one that writes the fields straight into the
instance dictionary: the same parameters, defaults and default factories, the
same stored values, about half the time. Everything else the dataclass made
(``__eq__``, ``__hash__``, ``__repr__``, the frozen ``__setattr__``) stays.

Only plain frozen dataclasses qualify: no ``__slots__``, no ``__post_init__``,
no ``InitVar``, every field an ``__init__`` parameter, none keyword-only.
Anything else raises ``TypeError`` when the class is decorated, so a later
change to a class cannot silently lose a field.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")

_FACTORY = object()  # marks a parameter whose default comes from a factory
_RESERVED = frozenset({"self", "_d_", "_FACTORY"})


def fast_frozen_init(cls: type[T]) -> type[T]:
    """Give the frozen dataclass ``cls`` a faster, equivalent ``__init__``."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen:
        raise TypeError(f"{cls.__name__}: fast_frozen_init needs a frozen dataclass")
    if "__slots__" in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: slots and __post_init__ are not supported")
    all_fields = getattr(cls, dataclasses._FIELDS)  # type: ignore[attr-defined]
    if any(f._field_type is not dataclasses._FIELD for f in all_fields.values()):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__}: InitVar and ClassVar pseudo-fields are not supported")
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__}: every field must be a positional __init__ parameter")
    if any(f.name in _RESERVED or f.name.startswith(("_default_", "_factory_")) for f in fields):
        raise TypeError(f"{cls.__name__}: a field name clashes with the generated code's names")

    namespace: dict[str, Any] = {"_FACTORY": _FACTORY}
    args: list[str] = []
    body: list[str] = ["    _d_ = self.__dict__"]
    for i, f in enumerate(fields):
        name = f.name
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{i}"] = f.default
            args.append(f"{name}=_default_{i}")
            body.append(f"    _d_[{name!r}] = {name}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{i}"] = f.default_factory
            args.append(f"{name}=_FACTORY")
            body.append(f"    _d_[{name!r}] = _factory_{i}() if {name} is _FACTORY else {name}")
        else:
            args.append(name)
            body.append(f"    _d_[{name!r}] = {name}")
    source = f"def __init__(self, {', '.join(args)}):\n" + "\n".join(body) + "\n"
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


__all__ = ["fast_frozen_init"]
