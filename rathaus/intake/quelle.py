"""Where a bundle's files come from: a folder or a .zip, read safely within limits."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Protocol

from rathaus.config import Limits
from rathaus.errors import InputError


class Quelle(Protocol):
    """Read access to the files of one bundle, by path relative to its root."""

    @property
    def name(self) -> str: ...

    def size(self, rel: str) -> int | None: ...
    def read(self, rel: str) -> bytes: ...


def safe_relpath(rel: str) -> str | None:
    """The normalised relative path, or None if it is absolute or leaves the root."""
    if not rel or "\\" in rel or "\x00" in rel:
        return None
    p = PurePosixPath(rel)
    if p.is_absolute() or ".." in p.parts or (p.parts and ":" in p.parts[0]):
        return None
    return str(p)


@dataclass(frozen=True)
class OrdnerQuelle:
    root: Path
    name: str

    def _path(self, rel: str) -> Path | None:
        safe = safe_relpath(rel)
        if safe is None:
            return None
        path = (self.root / safe).resolve()
        # a symlink must not lead out of the bundle either
        return path if path.is_relative_to(self.root.resolve()) else None

    def size(self, rel: str) -> int | None:
        path = self._path(rel)
        return path.stat().st_size if path is not None and path.is_file() else None

    def read(self, rel: str) -> bytes:
        path = self._path(rel)
        if path is None or not path.is_file():
            raise FileNotFoundError(rel)
        return path.read_bytes()


class ZipQuelle:
    """A .zip bundle. Every member name is checked before anything is read: absolute
    paths and `..` reject the whole archive, as do sizes and ratios over the limits."""

    def __init__(self, path: Path, limits: Limits) -> None:
        self.name = str(path)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise InputError(f"{path}: not a readable .zip archive ({exc})") from exc
        self._members = self._check_members(limits)
        self._prefix = self._root_prefix()

    def _check_members(self, limits: Limits) -> dict[str, zipfile.ZipInfo]:
        infos = [i for i in self._zip.infolist() if not i.is_dir()]
        if len(infos) > limits.max_files:
            raise InputError(f"{self.name}: {len(infos)} files exceed the limit of "
                             f"{limits.max_files}")
        members, total = {}, 0
        for info in infos:
            safe = safe_relpath(info.filename)
            if safe is None:
                raise InputError(f"{self.name}: unsafe path in archive: {info.filename!r} "
                                 "(absolute or leaving the bundle)")
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_compression_ratio and info.file_size > 1 * 1024 * 1024:
                raise InputError(f"{self.name}: {info.filename!r} expands {ratio:.0f}-fold "
                                 "(zip bomb guard)")
            total += info.file_size
            members[safe] = info
        if total > limits.max_unpacked_bytes:
            raise InputError(f"{self.name}: unpacks to {_mib(total)}, over the limit of "
                             f"{_mib(limits.max_unpacked_bytes)} (zip bomb guard)")
        return members

    def _root_prefix(self) -> str:
        """`antrag.json` at the root, or inside one top-level folder (a zipped folder)."""
        if "antrag.json" in self._members:
            return ""
        tops = {m.split("/", 1)[0] for m in self._members if "/" in m}
        if len(tops) == 1:
            top = tops.pop()
            if f"{top}/antrag.json" in self._members:
                return top + "/"
        return ""

    def size(self, rel: str) -> int | None:
        safe = safe_relpath(rel)
        info = self._members.get(self._prefix + safe) if safe else None
        return info.file_size if info else None

    def read(self, rel: str) -> bytes:
        safe = safe_relpath(rel)
        info = self._members.get(self._prefix + safe) if safe else None
        if info is None:
            raise FileNotFoundError(rel)
        try:
            # ZipExtFile stops at the declared size and checks the CRC
            with self._zip.open(info) as fh:
                return fh.read(info.file_size + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise OSError(f"{rel}: damaged in the archive ({exc})") from exc


def _mib(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB"


def open_quelle(path: Path, limits: Limits) -> Quelle:
    if path.is_dir():
        return OrdnerQuelle(root=path, name=str(path))
    if path.is_file():
        size = path.stat().st_size
        if size > limits.max_bundle_bytes:
            raise InputError(f"{path}: {_mib(size)} exceeds the upload limit of "
                             f"{_mib(limits.max_bundle_bytes)}")
        if zipfile.is_zipfile(path):
            return ZipQuelle(path, limits)
        raise InputError(f"{path}: neither a bundle folder nor a .zip archive")
    raise InputError(f"{path}: no such file or folder")
