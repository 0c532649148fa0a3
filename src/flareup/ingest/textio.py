"""Safe byte-level reading shared by the readers: size limits, binary sniffing, UTF-8, gzip, bounded lines.

Every problem becomes an InputError whose message names the file (and line), so one bad input costs one line.
"""
from __future__ import annotations

import gzip
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from flareup.errors import InputError

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # one text document (a .txt/.html file, a JSONL line, a CSV record)
SNIFF_BYTES = 8192
_CHUNK = 1 << 20


def read_whole(path: Path, label: str) -> bytes:
    """A single-document file's bytes, refused early when empty, too large or binary."""
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{label}: empty file")
    if size > MAX_DOCUMENT_BYTES:
        raise InputError(f"{label}: {size / 2**20:.0f} MB is more than the {MAX_DOCUMENT_BYTES // 2**20} MB "
                         "limit for one document (split it, or use JSONL/CSV with one document per record)")
    data = path.read_bytes()
    check_not_binary(data[:SNIFF_BYTES], label)
    return data


def check_not_binary(head: bytes, label: str) -> None:
    """Refuse data whose start holds NUL bytes: text formats never do, binaries nearly always (git's test)."""
    if b"\x00" in head:
        raise InputError(f"{label}: binary file, not text")


def decode_utf8(data: bytes, label: str) -> str:
    """UTF-8 text (a leading BOM dropped), or an InputError saying where the first bad byte is."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes as a stream, decompressing `.gz` files on the fly."""
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


@contextmanager
def open_stream(path: Path, label: str) -> Iterator[BinaryIO]:
    """The file opened for streaming (`.gz` decompressed), once empty and binary files have been refused."""
    if path.stat().st_size == 0:
        raise InputError(f"{label}: empty file")
    with open_binary(path) as stream:
        check_not_binary(stream.peek(SNIFF_BYTES)[:SNIFF_BYTES], label)
        yield stream


def iter_lines(path: Path, label: str) -> Iterator[tuple[int, bytes | InputError]]:
    """(line number, line bytes) for every non-blank line, streamed; an over-long line yields an InputError instead.

    Raises InputError for problems with the file as a whole (empty, binary, corrupt gzip).
    """
    try:
        with open_stream(path, label) as stream:
            number = 0
            seen_any = False
            while True:
                line = _read_line(stream)
                if line is None:
                    break
                number += 1
                if isinstance(line, int):
                    seen_any = True
                    yield number, InputError(f"{label}:{number}: line of {line / 2**20:.0f} MB is longer than the "
                                             f"{MAX_DOCUMENT_BYTES // 2**20} MB limit for one document")
                elif line.strip():
                    seen_any = True
                    yield number, line
            if not seen_any:
                raise InputError(f"{label}: empty file")
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise InputError(f"{label}: corrupt gzip data ({exc})") from None


def _read_line(stream: BinaryIO) -> bytes | int | None:
    """The next line, its length in bytes when over the limit (its content dropped on the way), or None at the end."""
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = stream.readline(_CHUNK)
        size += len(chunk)
        if size <= MAX_DOCUMENT_BYTES:
            parts.append(chunk)
        else:
            parts.clear()
        if not chunk or chunk.endswith(b"\n"):
            break
    if size == 0:
        return None
    return b"".join(parts) if size <= MAX_DOCUMENT_BYTES else size
