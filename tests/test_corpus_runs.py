"""Runs over many files: bad files are skipped and listed while the rest completes, and an
interrupted run resumed with the same output ends with every article exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import tradecorpus
from tradecorpus import ReadError
from tradecorpus.cli import main

STORY = "Trade talks resumed on Monday, and China agreed to buy ${n} billion of U.S. soybeans.\n"


def _folder(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(STORY.replace("{n}", str(i + 1)), encoding="utf-8")
    return folder


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_bad_files_are_listed_and_the_rest_completes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a_good.txt").write_text(STORY.replace("{n}", "5"), encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "d_bom.txt").write_bytes(b"\xef\xbb\xbf" + STORY.replace("{n}", "6").encode())
    (folder / "e_crlf.txt").write_bytes(STORY.replace("{n}", "7").replace("\n", "\r\n").encode())
    (folder / "f_blank.txt").write_bytes(b" \n\t\n")
    (folder / "g_gone.txt").symlink_to(folder / "nowhere.txt")  # a file that cannot be opened
    out = tmp_path / "out.jsonl"
    status = main(["extract", str(folder), "-f", "jsonl", "-o", str(out), "--no-progress"])
    assert status == 3
    docs = [tradecorpus.Document.from_dict(json.loads(line)) for line in out.read_text().splitlines()]
    assert [Path(d.id or "").name for d in docs] == ["a_good.txt", "d_bom.txt", "e_crlf.txt"]
    assert [[m.text for m in d.money] for d in docs] == [["$5 billion"], ["$6 billion"], ["$7 billion"]]
    assert docs[2].text.endswith("soybeans.\r\n")  # CRLF kept, offsets index it
    errors = [json.loads(line) for line in Path(f"{out}.errors.jsonl").read_text().splitlines()]
    assert [(Path(e["id"]).name, e["error"]) for e in errors] == [
        ("b_empty.txt", "ReadError"),
        ("c_binary.txt", "ReadError"),
        ("f_blank.txt", "ReadError"),
        ("g_gone.txt", "ReadError"),
    ]
    assert errors[0]["message"].endswith("b_empty.txt: empty file, no article text")
    assert "looks binary" in errors[1]["message"]
    assert errors[3]["message"].endswith("g_gone.txt: no such file")
    err = capsys.readouterr().err
    assert err.count("tradecorpus: skipped: ") == 4
    assert err.endswith(f"tradecorpus: 4 articles could not be read (listed in {out}.errors.jsonl)\n")


def test_bad_jsonl_lines_are_listed_and_the_rest_completes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = tmp_path / "wire.jsonl"
    records.write_text(
        '{"id": "w1", "text": "China bought $1 billion of corn."}\n'
        "not json\n"
        '{"id": "w3", "text": 42}\n'
        '{"id": "w4", "text": "Japan bought $2 billion of beef."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert (
        main(["extract", str(records), "-f", "jsonl", "-o", str(out), "--errors", str(tmp_path / "bad")]) == 3
    )
    assert _ids(out) == ["w1", "w4"]
    errors = [json.loads(line) for line in (tmp_path / "bad").read_text().splitlines()]
    assert [(e["id"], e["error"]) for e in errors] == [
        (f"{records}:2", "FormatError"),
        (f"{records}:3", "FormatError"),
    ]
    assert errors[1]["message"] == f"{records}:3: a record needs a string 'text' field"


def test_extract_many_reports_unreadable_sources_and_goes_on(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    for workers in (1, 2):
        seen: list[tuple[object, str]] = []

        def note(source: object, err: ReadError, seen: list[tuple[object, str]] = seen) -> None:
            seen.append((source, str(err)))

        record = {"id": "r", "text": "Beijing bought soybeans."}
        sources = ["Talks resumed.", missing, b"\x00\x01binary", record]
        docs = tradecorpus.extract_many(sources, workers=workers, on_error=note)
        assert [d.text for d in docs] == ["Talks resumed.", "Beijing bought soybeans."]
        assert [s for s, _ in seen] == [missing, b"\x00\x01binary"]
        assert seen[0][1] == f"{missing}: no such file"
    with pytest.raises(ReadError):
        list(tradecorpus.extract_many(["Talks resumed.", missing]))


def test_resume_skips_what_is_done_and_cuts_a_half_written_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 12)
    whole = tmp_path / "whole.jsonl"
    assert main(["extract", str(folder), "-f", "jsonl", "-o", str(whole), "--no-progress"]) == 0
    lines = whole.read_text(encoding="utf-8").splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_text("".join(lines[:5]) + lines[5][:40], encoding="utf-8")  # a killed run's output
    assert main(["extract", str(folder), "-f", "jsonl", "-o", str(out), "--resume", "--no-progress"]) == 0
    assert _ids(out) == _ids(whole)
    assert out.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def test_resume_needs_jsonl_into_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "--resume", "-f", "json", "-o", "x.json"])
    assert exit_.value.code == 2
    assert "--resume continues a --format jsonl run into an --output FILE" in capsys.readouterr().err


#: How many articles the interrupted run is given.
_RUN_LENGTH = 3000


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["killed", "interrupted"])
def test_a_killed_run_resumed_ends_with_every_article_exactly_once(
    tmp_path: Path, how: signal.Signals
) -> None:
    # (enough short articles that the run lasts a few seconds after its first lines: far longer
    # than the watch below takes to see them)
    folder = _folder(tmp_path, _RUN_LENGTH)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "tradecorpus", "extract", str(folder), "-f", "jsonl", "-o", str(out),
               "--resume", "--no-progress"]  # fmt: skip
    # (with SIGINT at its default, as from a terminal: a test run started in the background of a
    # shell ignores SIGINT, and so would the run it starts)
    run = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and run.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 20:
            break
        time.sleep(0.01)
    assert run.poll() is None, "the run ended before it could be interrupted"
    os.kill(run.pid, how)
    status = run.wait(timeout=60)
    assert run.stderr is not None
    assert status == (-signal.SIGKILL if how == signal.SIGKILL else 130), run.stderr.read()
    done = out.read_bytes().count(b"\n")
    assert 20 <= done < _RUN_LENGTH
    again = subprocess.run(command, capture_output=True, timeout=600, check=False)
    assert again.returncode == 0, again.stderr
    ids = _ids(out)
    assert len(ids) == len(set(ids)) == _RUN_LENGTH
    assert sorted(ids) == sorted(str(p) for p in folder.glob("*.txt"))


def test_a_glob_left_unexpanded_is_expanded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path, 3)
    (folder / "sub").mkdir()
    (folder / "sub" / "deep.txt").write_text(STORY.replace("{n}", "9"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", f"{folder}/**/*.txt", "-f", "jsonl", "-o", str(out), "--no-progress"]) == 0
    assert [Path(i).name for i in _ids(out)] == ["0000.txt", "0001.txt", "0002.txt", "deep.txt"]
    assert main(["extract", f"{folder}/*.none", "-f", "jsonl"]) == 1
    assert capsys.readouterr().err == f"tradecorpus: error: {folder}/*.none: no file matches\n"


@pytest.mark.parametrize("fmt", ["brat", "timeml", "html"])
def test_the_errors_file_stands_beside_any_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY.replace("{n}", "3"), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / ("page.html" if fmt == "html" else "folder")  # a folder not made yet
    assert main(["extract", str(good), str(empty), "--format", fmt, "--output", str(out)]) == 3
    (listed,) = Path(f"{out}.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(listed)["id"] == str(empty)
    assert out.exists()


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # (the lost one, reported)
def test_an_interrupt_that_is_lost_still_stops_the_run() -> None:
    from tradecorpus.cli import _interruptible, _unless

    class Finalized:
        def __del__(self) -> None:
            # Ctrl-C while an object is finalized: Python reports the KeyboardInterrupt and goes on
            signal.raise_signal(signal.SIGINT)

    def documents() -> Iterator[int]:
        for i in range(5):
            if i == 2:
                Finalized()  # made and dropped at once
            yield i

    seen: list[int] = []

    def run() -> None:
        with _interruptible() as interrupted:
            seen.extend(_unless(interrupted, documents()))  # type: ignore[arg-type]

    # (SIGINT at Python's default, as from a terminal; a test run in a shell's background ignores it)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            run()
        assert seen == [0, 1]
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_run_that_ignores_interrupts_is_left_to_ignore_them() -> None:
    from tradecorpus.cli import _interruptible

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # (as under nohup)
    try:
        with _interruptible() as interrupted:
            signal.raise_signal(signal.SIGINT)
            assert not interrupted()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
