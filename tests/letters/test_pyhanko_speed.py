"""The fast hex-string reader gives exactly what pyHanko's own reader gives."""

from __future__ import annotations

import io

import pytest
from pyhanko.pdf_utils.misc import PdfStreamError

from app.letters import _pyhanko_speed as speed

CASES = [b"<>", b"<41>", b"<4142 43\n44>rest", b"<414>", b"<41 % comment\n 42>",
         b"<" + b"AB" * 20000 + b"> 0 R", b"<0a0B\r\n\t\x00ff>"]


@pytest.mark.parametrize("data", CASES)
def test_same_value_and_position_as_pyhanko(data: bytes) -> None:
    a, b = io.BytesIO(data), io.BytesIO(data)
    assert speed.read_hex_string_fast(a) == speed._original(b)
    assert a.tell() == b.tell()


@pytest.mark.parametrize("data", [b"<41G2>", b"<4142", b"<"])
def test_same_errors_as_pyhanko(data: bytes) -> None:
    with pytest.raises(PdfStreamError):
        speed._original(io.BytesIO(data))
    with pytest.raises(PdfStreamError):
        speed.read_hex_string_fast(io.BytesIO(data))
