"""Limits that keep a run bounded: the longest article taken, and the time a plugin may spend."""

from __future__ import annotations

import pickle
import signal
import time
from pathlib import Path

import pytest

import tradecorpus
from tradecorpus import Pipeline, PluginError, ReadError
from tradecorpus.cli import main
from tradecorpus.pipeline import MAX_CHARS, TIMEOUT


class Sleeper:
    """A plugin whose money extractor never ends on a document that mentions a deadlock."""

    @tradecorpus.hookimpl
    def extract_money(self, doc: tradecorpus.Document) -> list[tradecorpus.Money]:
        if "deadlock" in doc.text:
            while True:  # a plugin that hangs, catching everything it can
                try:
                    time.sleep(0.01)
                except Exception:  # the point: it cannot swallow the timeout
                    continue
        return []


def test_the_defaults_are_documented_numbers() -> None:
    pipeline = Pipeline()
    assert (pipeline.max_chars, pipeline.timeout) == (MAX_CHARS, TIMEOUT) == (10_000_000, 60.0)


def test_a_text_over_the_limit_is_refused_before_any_work() -> None:
    pipeline = Pipeline(max_chars=1_000)
    with pytest.raises(ReadError, match=r"the article: 1,001 characters, over the limit of 1,000"):
        pipeline.extract("x" * 1_001)
    with pytest.raises(ReadError, match=r"wire-7: 2,000 characters, over the limit of 1,000"):
        pipeline.extract({"id": "wire-7", "text": "y " * 1_000})
    assert pipeline.extract("z" * 1_000).text == "z" * 1_000


def test_a_file_far_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:  # 50 MB, sparse: refused from its size alone
        f.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(ReadError, match=r"big\.txt: 52,428,800 bytes, too long for the limit of 10,000,000"):
        Pipeline().extract(big)
    assert time.perf_counter() - started < 5


def test_a_50_megabyte_article_is_refused_with_a_clear_error_and_the_run_goes_on(tmp_path: Path) -> None:
    text = "China agreed to buy $50 billion of goods. " * (50 * 1024 * 1024 // 42)
    docs = Pipeline().extract_many([{"id": "huge", "text": text}, "Talks resumed."])
    with pytest.raises(ReadError, match=r"huge: 52,428,\d+ characters, over the limit of 10,000,000"):
        next(docs)


def test_no_limit_takes_any_length() -> None:
    assert len(Pipeline(max_chars=None, disable=["dates"]).extract("a " * 20_000).text) == 40_000


def test_a_plugin_that_hangs_is_cut_off_and_the_others_stand() -> None:
    pipeline = Pipeline(plugins={"sleeper": Sleeper()}, timeout=0.5)
    started = time.perf_counter()
    text = "The deadlock on $50 billion in purchases broke on Friday."
    doc = pipeline.extract(text, published="2019-11-13")
    assert time.perf_counter() - started < 10
    (failure,) = doc.errors
    assert (failure.plugin, failure.hook, failure.error) == ("sleeper", "extract_money", "TimeoutError")
    assert failure.message == "plugin 'sleeper' took longer than 0.5 s in extract_money on this document"
    assert [m.text for m in doc.money] == ["$50 billion"]  # the built-in's result stands
    assert [d.text for d in doc.dates] == ["Friday"]
    # the next document is not affected, and the timer is off afterwards
    assert pipeline.extract("No deadline here.").errors == ()
    time.sleep(0.6)


class Slow:
    """A plugin that takes 0.3 s over each of two hooks: under a limit of 0.5 s, though 0.6 s in all."""

    @tradecorpus.hookimpl
    def extract_money(self, doc: tradecorpus.Document) -> list[tradecorpus.Money]:
        time.sleep(0.3)
        return []

    @tradecorpus.hookimpl
    def extract_dates(self, doc: tradecorpus.Document) -> list[tradecorpus.DateMention]:
        time.sleep(0.3)
        return []


def test_the_limit_is_per_plugin_call_not_per_document() -> None:
    doc = Pipeline(plugins={"slow": Slow()}, timeout=0.5).extract("Talks resumed on Friday.")
    assert doc.errors == ()
    # (the timer went off during the second call, which had run 0.2 s: it was set again, not fired)
    # a plugin that hangs beside the slow ones is cut off after its own limit, and named
    started = time.perf_counter()
    doc = Pipeline(plugins={"slow": Slow(), "sleeper": Sleeper()}, timeout=0.5).extract("A deadlock.")
    assert [(e.plugin, e.hook, e.error) for e in doc.errors] == [("sleeper", "extract_money", "TimeoutError")]
    assert 1.0 < time.perf_counter() - started < 5


def test_the_callers_alarm_handler_is_put_back() -> None:
    def handler(signum: int, frame: object) -> None:
        raise AssertionError("the caller's handler ran")

    previous = signal.signal(signal.SIGALRM, handler)
    try:
        Pipeline(timeout=5.0).extract("Tariffs rise on Friday.")
        with pytest.raises(PluginError):
            Pipeline(plugins={"sleeper": Sleeper()}, timeout=0.2, strict=True).extract("A deadlock.")
        assert signal.getsignal(signal.SIGALRM) is handler
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_under_strict_a_timeout_raises() -> None:
    pipeline = Pipeline(plugins={"sleeper": Sleeper()}, timeout=0.2, strict=True)
    with pytest.raises(PluginError, match="plugin 'sleeper' failed in extract_money: TimeoutError") as err:
        pipeline.extract("A deadlock.")
    assert (err.value.plugin, err.value.hook) == ("sleeper", "extract_money")


def test_a_timeout_is_enforced_in_worker_processes_too() -> None:
    pipeline = Pipeline(plugins={"sleeper": Sleeper()}, timeout=0.5)
    texts = ["Talks resumed.", "A deadlock over tariffs.", "Beijing bought soybeans."]
    docs = list(pipeline.extract_many(texts, workers=2))
    assert [d.text for d in docs] == texts
    assert [[e.error for e in d.errors] for d in docs] == [[], ["TimeoutError"], []]


def test_limits_travel_with_a_pickled_pipeline() -> None:
    copy = pickle.loads(pickle.dumps(Pipeline(max_chars=123, timeout=4.5)))
    assert (copy.max_chars, copy.timeout) == (123, 4.5)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_chars": 0}, "max_chars must be a whole number >= 1 or None, got 0"),
        ({"max_chars": 2.5}, "max_chars must be a whole number >= 1 or None, got 2.5"),
        ({"timeout": 0}, "timeout must be a number of seconds > 0 or None, got 0"),
        ({"timeout": "5"}, "timeout must be a number of seconds > 0 or None, got '5'"),
    ],
)
def test_bad_limits_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Pipeline(**kwargs)  # type: ignore[arg-type]


def test_cli_limits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Trade talks resumed in Beijing. " * 100, encoding="utf-8")
    assert main(["extract", "--max-chars", "100", str(article)]) == 3
    assert "a.txt: 3,200 bytes, too long for the limit of 100 characters" in capsys.readouterr().err
    assert main(["extract", "--max-chars", "0", "--timeout", "0", "--format", "jsonl", str(article)]) == 0
    with pytest.raises(SystemExit):
        main(["extract", "--timeout", "-1", str(article)])
    assert "expected a number >= 0 (0: no limit), got '-1'" in capsys.readouterr().err
