"""Frozen dataclasses to JSON and back, by their fields and type hints.

    stored = to_json(article)
    assert from_json(Article, stored) == article

Dataclasses become objects by field, enums their values, tuples lists; reading
back follows the type hints (unions, tuples, lists, sets, dicts, enums, nested
dataclasses), so a value comes back equal to the one written. A field added
since, with a default, reads from older JSON.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import types
import typing
from typing import Any, TypeVar

T = TypeVar("T")


def to_json(value: object) -> str:
    """Return `value` as compact JSON (`to_plain` of it)."""
    return _json_in_pieces(to_plain(value))


def from_json(kind: type[T], text: str) -> T:
    """Rebuild a value of type `kind` from what `to_json` wrote.

    Raises:
        ValueError, TypeError, KeyError: the text is not such a value.
    """
    value = from_plain(kind, json.loads(text))
    if not isinstance(value, kind):
        raise TypeError(f"expected a {kind.__name__}, got {value!r}")
    return value


#: Items of a list encoded per `json.dumps` call.
_JSON_PIECE = 1000


def _json_in_pieces(value: object) -> str:
    """Return `json.dumps(value)`, compact, computed a thousand list items at a time.

    One call over a 100,000-paragraph article held the GIL, and froze the
    window, for 75 ms.
    """
    if isinstance(value, dict):
        members = (f"{_json(key)}:{_json_in_pieces(item)}" for key, item in value.items())
        return "{" + ",".join(members) + "}"
    if isinstance(value, list) and len(value) > _JSON_PIECE:
        pieces = (
            _json(value[start : start + _JSON_PIECE])[1:-1]
            for start in range(0, len(value), _JSON_PIECE)
        )
        return "[" + ",".join(pieces) + "]"
    return _json(value)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def to_plain(value: object) -> object:
    """Return `value` as JSON values: dataclasses by field, enums by value, tuples as lists."""
    if isinstance(value, enum.Enum):
        return to_plain(value.value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    fields = _init_fields(type(value))
    if fields is not None:
        return {name: to_plain(getattr(value, name)) for name in fields}
    if isinstance(value, (list, tuple)):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_plain(item) for key, item in value.items()}
    raise TypeError(f"cannot write a {type(value).__name__} as JSON")


#: The init fields of each dataclass met, or None for other types.
_INIT_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _init_fields(kind: type) -> tuple[str, ...] | None:
    """Return the fields a dataclass is built from, or None for other types."""
    if kind not in _INIT_FIELDS:
        _INIT_FIELDS[kind] = (
            tuple(field.name for field in dataclasses.fields(kind) if field.init)
            if dataclasses.is_dataclass(kind)
            else None
        )
    return _INIT_FIELDS[kind]


def from_plain(hint: Any, value: Any) -> Any:
    """Rebuild a value of type `hint` from what `to_plain` made of it."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return from_plain(option, value)
            except (TypeError, ValueError, KeyError) as error:
                errors.append(error)
        raise TypeError(f"{value!r} fits none of {hint}: {errors}")
    if origin is tuple:
        args = typing.get_args(hint)
        _expect(value, list)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], item) for item in value)
        if len(args) != len(value):
            raise ValueError(f"expected {len(args)} items, got {len(value)}")
        return tuple(from_plain(arg, item) for arg, item in zip(args, value, strict=True))
    if origin in (list, frozenset, set):
        (item_hint,) = typing.get_args(hint)
        _expect(value, list)
        return origin(from_plain(item_hint, item) for item in value)
    if origin is dict:
        key_hint, item_hint = typing.get_args(hint)
        _expect(value, dict)
        return {from_plain(key_hint, k): from_plain(item_hint, v) for k, v in value.items()}
    if hint is Any:
        return value
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        _expect(value, dict)
        hints = _type_hints(hint)
        kwargs = {}
        for f in dataclasses.fields(hint):
            if not f.init:
                continue
            if f.name in value:
                kwargs[f.name] = from_plain(hints[f.name], value[f.name])
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise KeyError(f"{hint.__name__}.{f.name} is missing")
        return hint(**kwargs)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint in (str, int, float, bool, type(None)):
        if type(value) is not hint:
            raise TypeError(f"expected {hint.__name__}, got {value!r}")
        return value
    raise TypeError(f"cannot rebuild a {hint} from JSON")


@functools.cache
def _type_hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _expect(value: object, kind: type) -> None:
    if not isinstance(value, kind):
        raise TypeError(f"expected a {kind.__name__}, got {value!r}")
