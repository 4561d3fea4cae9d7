"""The command line: formats, inputs, exit codes, one-line errors and atomic output."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tradecorpus.cli import bundled_seeds, main

from .conftest import InstallPlugin

STORY = "Trade talks resume\n\nChina agreed to buy more U.S. soybeans, officials said on Monday.\n"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as exc:  # argparse exits for usage errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_bundled_seeds_are_the_repository_seeds_byte_for_byte(seeds: list[Path]) -> None:
    bundled = bundled_seeds()
    assert [p.name for p in bundled] == [p.name for p in seeds]
    assert len(seeds) == 4
    for ours, theirs in zip(bundled, seeds, strict=True):
        assert ours.read_bytes() == theirs.read_bytes()


def test_extract_without_paths_prints_a_table_of_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["extract"], capsys)
    assert status == 0
    assert err == ""
    assert out.count("\n== ") + out.startswith("== ") == 4
    assert "title       President Donald Trump" in out
    assert "title       Trump’s trade negotiators head to China next week" in out
    assert "published   2019-11-13" in out
    assert "byline      Chao Deng, Lingling Wei, William Mauldin (in Beijing, Washington)" in out
    assert "trailer     Jenny Leonard, Miao Han" in out
    assert "punctuation-stripped" in out


def test_json_format_is_one_array_of_documents(capsys: pytest.CaptureFixture[str], seeds: list[Path]) -> None:
    status, out, _ = run(["extract", "--format", "json", str(seeds[2])], capsys)
    assert status == 0
    (doc,) = json.loads(out)
    assert doc["text"] == seeds[2].read_text(encoding="utf-8")
    assert doc["published"] == "2019-11-13"


def test_seed_ids_are_short(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["extract", "-f", "jsonl"], capsys)
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [
        f"seeds/{p.name}" for p in bundled_seeds()
    ]


def test_broken_installed_plugin_is_exit_1_not_a_usage_error(
    install_plugin: InstallPlugin, capsys: pytest.CaptureFixture[str]
) -> None:
    install_plugin("broken", "raise ImportError('needs numpy')\n", dist="tc-broken", version="1.0")
    for argv in (["plugins"], ["extract"]):
        status, out, err = run(argv, capsys)
        assert (status, out) == (1, "")
        assert err.startswith(
            "tradecorpus: error: plugin 'broken' (entry point 'tc_fake_broken' of tc-broken 1.0)"
        )
    sys.modules.pop("tc_fake_broken", None)


def test_jsonl_format_is_one_document_per_line(capsys: pytest.CaptureFixture[str], seeds: list[Path]) -> None:
    status, out, _ = run(["extract", "-f", "jsonl", *map(str, seeds)], capsys)
    assert status == 0
    lines = out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [str(p) for p in seeds]


def test_folder_input_reads_text_files_recursively(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    status, out, _ = run(["extract", "-f", "jsonl", str(tmp_path)], capsys)
    assert status == 0
    assert [Path(json.loads(line)["id"]).name for line in out.splitlines()] == ["a.txt", "b.txt"]


def test_jsonl_record_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "corpus.jsonl"
    records.write_text(
        json.dumps({"id": "r1", "text": STORY, "published": "1987-04-08"})
        + "\n\n"
        + json.dumps({"text": "Short."})
        + "\n",
        encoding="utf-8",
    )
    status, out, _ = run(["extract", "-f", "jsonl", str(records)], capsys)
    assert status == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["id"], first["published"], first["title"]) == ("r1", "1987-04-08", "Trade talks resume")
    assert second["id"] == f"{records}:3"


def test_stdin_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    status, out, _ = run(["extract", "-f", "jsonl", "-", "--published", "2019-11-13"], capsys)
    assert status == 0
    doc = json.loads(out)
    assert (doc["id"], doc["text"], doc["published"]) == ("<stdin>", STORY, "2019-11-13")


def test_output_file_is_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.jsonl"
    status, out, _ = run(["extract", "-f", "jsonl", "-o", str(target)], capsys)
    assert (status, out) == (0, "")
    assert len(target.read_text(encoding="utf-8").splitlines()) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_output_file_gets_ordinary_permissions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    fresh = tmp_path / "fresh.jsonl"
    old_umask = os.umask(0o022)
    try:
        assert run(["extract", "-f", "jsonl", "-o", str(fresh)], capsys)[0] == 0
    finally:
        os.umask(old_umask)
    assert fresh.stat().st_mode & 0o777 == 0o644
    kept = tmp_path / "kept.jsonl"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    assert run(["extract", "-f", "jsonl", "-o", str(kept)], capsys)[0] == 0
    assert kept.stat().st_mode & 0o777 == 0o640


def test_an_unreadable_article_is_skipped_listed_and_the_run_completes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"GIF89a\x00\x01\x02" * 10)
    target = tmp_path / "out.jsonl"
    target.write_text("previous results\n", encoding="utf-8")
    status, _, err = run(["extract", "-f", "jsonl", "-o", str(target), str(good), str(binary)], capsys)
    assert status == 3
    assert err.splitlines() == [
        f"tradecorpus: skipped: {binary}: looks binary (NUL byte at offset 6), not article text",
        f"tradecorpus: 1 article could not be read (listed in {target}.errors.jsonl)",
    ]
    assert [json.loads(line)["id"] for line in target.read_text(encoding="utf-8").splitlines()] == [str(good)]
    (listed,) = Path(f"{target}.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(listed) == {
        "id": str(binary),
        "error": "ReadError",
        "message": f"{binary}: looks binary (NUL byte at offset 6), not article text",
    }


def test_missing_file_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["extract", str(tmp_path / "nope.txt")], capsys)
    assert (status, out) == (1, "")
    assert err == f"tradecorpus: error: {tmp_path / 'nope.txt'}: no such file or folder\n"


def test_undecodable_file_names_the_byte(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Tariffs rose \x81\x8d\x8f\x90\x9d sharply.")
    status, _, err = run(["extract", str(bad)], capsys)
    assert status == 3
    assert err.startswith(f"tradecorpus: skipped: {bad}: not valid UTF-8 at byte 13 (0x81)")
    assert err.count("\n") == 2


def test_unknown_plugin_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["extract", "--disable", "mony"], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("tradecorpus: error: unknown plugin 'mony' for --disable; installed: ")
    assert "reader" in err


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["extract", "--format", "xml"], id="bad-format"),
        pytest.param(["extract", "--workers", "0"], id="zero-workers"),
        pytest.param(["extract", "--published", "yesterday"], id="bad-date"),
        pytest.param(["frobnicate"], id="bad-command"),
        pytest.param([], id="no-command"),
        pytest.param(["extract", "-", "-"], id="stdin-twice"),
    ],
)
def test_bad_command_lines_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(argv, capsys)
    assert (status, out) == (2, "")
    assert "error:" in err


def test_disable_accepts_comma_lists(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["extract", "-f", "jsonl", "--disable", "reader,reader"], capsys)
    assert status == 0
    assert json.loads(out.splitlines()[0])["paragraphs"] == []  # no reader: a bare article


def test_progress_goes_to_stderr_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, quiet = run(["extract", "-f", "jsonl"], capsys)
    assert quiet == ""  # stderr is not a terminal under pytest
    _, out, loud = run(["extract", "-f", "jsonl", "--progress"], capsys)
    assert "4/4 articles" in loud
    assert len(out.splitlines()) == 4


def test_plugins_lists_names_versions_and_hooks(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["plugins"], capsys)
    assert status == 0
    assert any(
        line.split()[:2] == ["reader", "0.1.0"] and "read_article" in line for line in out.splitlines()
    )
    status, out, _ = run(["plugins", "--format", "json"], capsys)
    rows = {row["name"]: row for row in json.loads(out)}
    assert rows["reader"]["hooks"] == ["read_article"]
    assert rows["reader"]["source"] == "built-in"


def test_module_entry_point_runs_in_a_fresh_interpreter() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tradecorpus", "extract", "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 4
    version = subprocess.run(
        [sys.executable, "-m", "tradecorpus", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert version.stdout.startswith("tradecorpus ")


def test_empty_file_is_skipped_with_its_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    status, out, err = run(["extract", str(empty)], capsys)
    assert (status, out) == (3, "")
    assert err == (
        f"tradecorpus: skipped: {empty}: empty file, no article text\n"
        "tradecorpus: 1 article could not be read\n"
    )
