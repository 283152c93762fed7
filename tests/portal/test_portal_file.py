"""Mistakes in PORTAL.yml stop the command before any build, with Thai and English naming
the file, the field or folder, and the fix."""

from __future__ import annotations

from ita_site.cli import main


def _site(folder):
    folder.mkdir(parents=True)
    (folder / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")


def _run(tmp_path, text, capsys):
    portal = tmp_path / "portal.yml"
    portal.write_text(text, encoding="utf-8")
    code = main(["portal", "build", str(portal)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


def test_two_folders_with_the_same_slug_are_refused(tmp_path, capsys):
    _site(tmp_path / "north" / "abt-nong-bua")
    _site(tmp_path / "south" / "ABT_Nong_Bua")
    code, err = _run(tmp_path, "name: P\nsite_url: https://p.example/\n"
                               "agencies: [north/*, south/*]\n", capsys)
    assert code == 2
    assert "/abt-nong-bua/" in err and "เปลี่ยนชื่อโฟลเดอร์" in err and "rename one" in err
    assert not (tmp_path / "public").exists()


def test_reserved_and_non_ascii_folder_names_are_refused(tmp_path, capsys):
    _site(tmp_path / "agencies" / "data")
    _site(tmp_path / "agencies" / "อบต.หนองบัว")
    code, err = _run(tmp_path, "name: P\nsite_url: https://p.example/\n"
                               "agencies: [agencies/*]\n", capsys)
    assert code == 2
    assert err.count("cannot be a web address") == 2


def test_missing_fields_and_unmatched_patterns_are_named(tmp_path, capsys):
    code, err = _run(tmp_path, "agencies: [nowhere/*]\n", capsys)
    assert code == 2
    assert "name" in err and "site_url" in err and "ไม่มีช่อง" in err
    assert '"nowhere/*" matches no folder' in err


def test_broken_yaml_names_the_line(tmp_path, capsys):
    code, err = _run(tmp_path, "name: P\nagencies: [a\n", capsys)
    assert code == 2
    assert "portal.yml" in err and "YAML" in err


def test_zero_workers_is_refused_with_a_message(tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit) as stop:
        main(["portal", "build", str(tmp_path / "portal.yml"), "--workers", "0"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "มากกว่า 0" in err and "above 0" in err
