"""Document contents, stored content-addressed: `<data>/blobs/<aa>/<sha256>`.

The name is the hash, so equal content is stored once, and a stored file is never
written again: a new version of a document is a new blob. Files are made read-only,
and every read checks the hash, so silent damage on disk is reported, not served.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from pathlib import Path

from rathaus.errors import NotFoundError, StoreError

_SHA256 = re.compile(r"[0-9a-f]{64}")


def sha256_hex(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        # The hash becomes a path: only a well-formed hash may, never "../…".
        if not _SHA256.fullmatch(sha256):
            raise NotFoundError(f"kein Dokument-Hash: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def put(self, content: bytes) -> str:
        """Store `content` unless it is there already; return its sha256."""
        digest = sha256_hex(content)
        target = self.path(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o444)
            # link() fails if the name exists, unlike rename(): a blob written by a
            # concurrent writer in the meantime is kept, never replaced.
            with contextlib.suppress(FileExistsError):
                os.link(tmp, target)
        finally:
            os.unlink(tmp)
        return digest

    def get(self, sha256: str) -> bytes:
        path = self.path(sha256)
        try:
            content = path.read_bytes()
        except FileNotFoundError:
            raise NotFoundError(f"Dokument {sha256} fehlt im Ablageordner {self.root}") from None
        if sha256_hex(content) != sha256:
            raise StoreError(f"Dokument {sha256} ist beschädigt: der Inhalt passt nicht zum Hash")
        return content

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()
