"""A bundle that cannot be read at all is a one-line input error naming what is wrong."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from rathaus.cli import main
from rathaus.config import Limits, Settings
from rathaus.errors import InputError
from rathaus.intake.bundle import lade_vorgang
from tests.bundles import antrag, write_bundle


def test_antrag_that_is_not_json_names_line_and_column(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "b", antrag())
    (bundle / "antrag.json").write_text('{"id": "BA-1",\n "verfahren": }', encoding="utf-8")
    with pytest.raises(InputError, match=r"not valid JSON: .* line 2, column 15"):
        lade_vorgang(bundle)


def test_unknown_key_is_an_error_naming_its_path(tmp_path: Path) -> None:
    data = antrag()
    data["vorhaben"]["gebaeudeklase"] = 1
    with pytest.raises(InputError, match=r"vorhaben\.gebaeudeklase: unknown key"):
        lade_vorgang(write_bundle(tmp_path / "b", data))


def test_wrong_type_is_an_error_naming_the_key_path(tmp_path: Path) -> None:
    data = antrag()
    data["vorhaben"]["gebaeude"][0]["wandhoehe_m"] = "6,20 m"
    with pytest.raises(InputError, match=r"vorhaben\.gebaeude\[0\]\.wandhoehe_m: .*number"):
        lade_vorgang(write_bundle(tmp_path / "b", data))


def test_unknown_document_type_is_an_error_naming_the_key_path(tmp_path: Path) -> None:
    data = antrag(unterlagen=[{"typ": "grundriss", "datei": "unterlagen/x.pdf"}])
    with pytest.raises(InputError, match=r"unterlagen\[0\]\.typ"):
        lade_vorgang(write_bundle(tmp_path / "b", data))


def test_document_path_leaving_the_bundle_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "secret.pdf").write_bytes(b"%PDF-1.4 secret")
    data = antrag(unterlagen=[{"typ": "lageplan", "datei": "../secret.pdf"}])
    with pytest.raises(InputError, match=r"unterlagen\[0\]\.datei: .*leaves the bundle"):
        lade_vorgang(write_bundle(tmp_path / "b", data))


def _zip_with(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data)
    return path


@pytest.mark.parametrize("evil", ["../evil.txt", "unterlagen/../../evil.txt",
                                  "/etc/evil.txt", "C:/evil.txt"])
def test_zip_with_escaping_or_absolute_entry_is_rejected(tmp_path: Path, evil: str) -> None:
    z = _zip_with(tmp_path / "b.zip", {"antrag.json": json.dumps(antrag()).encode(),
                                        evil: b"x"})
    with pytest.raises(InputError, match="unsafe path in archive"):
        lade_vorgang(z)
    assert not (tmp_path / "evil.txt").exists()


def test_zip_bomb_is_rejected_before_unpacking(tmp_path: Path) -> None:
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("antrag.json", json.dumps(antrag()))
        with zf.open("unterlagen/lageplan.pdf", "w", force_zip64=True) as fh:
            for _ in range(64):
                fh.write(bytes(1024 * 1024))  # 64 MiB of zeros packs to ~64 KiB
    assert z.stat().st_size < 1024 * 1024
    with pytest.raises(InputError, match="zip bomb guard"):
        lade_vorgang(z)


def test_zip_unpacking_over_the_total_limit_is_rejected(tmp_path: Path) -> None:
    cfg = Settings(limits=Limits(max_unpacked_bytes=1000))
    z = _zip_with(tmp_path / "b.zip", {"antrag.json": json.dumps(antrag()).encode(),
                                        "unterlagen/a.pdf": bytes(range(256)) * 8})
    with pytest.raises(InputError, match=r"unpacks to .* over the limit"):
        lade_vorgang(z, cfg)


def test_upload_of_500_mb_is_rejected_by_the_configured_limit(tmp_path: Path) -> None:
    big = tmp_path / "antrag.zip"
    with big.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(500 * 1024 * 1024)
    with pytest.raises(InputError, match=r"500\.0 MiB exceeds the upload limit of 200\.0 MiB"):
        lade_vorgang(big)


def test_zipped_bundle_folder_is_read_like_a_folder(tmp_path: Path) -> None:
    folder = write_bundle(tmp_path / "BA-1", antrag())
    z = tmp_path / "BA-1.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for f in folder.rglob("*"):
            zf.write(f, f.relative_to(tmp_path).as_posix())
    vorgang = lade_vorgang(z)
    assert vorgang.antrag.id == "BA-TEST-0001"
    assert all(d.status == "ok" for d in vorgang.dokumente)


def test_cli_exits_2_with_one_line_on_stderr(tmp_path: Path, gemeinde_dir: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    bundle = write_bundle(tmp_path / "b", antrag())
    (bundle / "antrag.json").write_text("kein json", encoding="utf-8")
    assert main(["pruefen", str(bundle), "--gemeinde", str(gemeinde_dir), "--json"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("rathaus: error: ") and "not valid JSON" in err


def test_cli_checks_the_readable_bundles_and_reports_the_others(
        tmp_path: Path, gemeinde_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_bundle(tmp_path / "good", antrag())
    code = main(["pruefen", str(good), str(tmp_path / "missing"), "--gemeinde",
                 str(gemeinde_dir), "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert json.loads(out)["antrag"] == "BA-TEST-0001"
    assert "missing: no such file or folder" in err
    assert "1 von 2 Anträgen geprüft" in err


def test_a_crashing_agent_stops_the_check_instead_of_passing_it(
        tmp_path: Path, gemeinde_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from rathaus.agents.base import REGISTRY

    def boom(*_: object) -> list[object]:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(REGISTRY.agents["grundbuch"], "pruefe", boom)
    bundle = write_bundle(tmp_path / "b", antrag())
    assert main(["pruefen", str(bundle), "--gemeinde", str(gemeinde_dir), "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "agent 'grundbuch' failed: ZeroDivisionError" in err
