"""Export findings to annotation tools, and read corrected annotations back as gold documents.

Three export formats, for correcting the library's output by hand or exchanging it:

* **brat** standoff (:func:`to_brat`): the text as ``NAME.txt`` and the findings as ``NAME.ann``.
  Each mention is a text-bound annotation (``T1	Money 320 337	up to $50 billion``) whose
  normalised fields sit in an ``AnnotatorNotes`` line as JSON; a quote's speaker mention is a
  ``Speaker`` relation. A span that crosses a line break is written as fragments, as brat needs.
* **Label Studio** tasks (:func:`to_label_studio`): the text as ``data.text`` and the findings as
  ``predictions``: a ``labels`` region per mention, a per-region ``textarea`` with its fields as
  JSON, and a ``speaker`` relation per quote. Offsets are converted to the UTF-16 code units Label
  Studio counts in. :data:`LABEL_STUDIO_CONFIG` is the labelling interface to create the project
  with.
* **TimeML** (:func:`to_timeml`): the text with inline ``TIMEX3`` tags, as TempEval-3 systems
  exchange it, the publication date as the document creation time.

:func:`load_gold` reads brat files (a folder of ``.txt``/``.ann`` pairs, or one ``.ann``) or a
Label Studio export (corrected ``annotations`` first, else ``predictions``) back into
:class:`~tradecorpus.Document` objects in the gold shape (``doc.to_dict()`` is a gold file), so a
corrected export becomes gold with no hand editing. Offsets survive curly quotes, CRLF line ends
and non-ASCII text. A plugin's own kinds (``doc.extras``) are not exported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import quoteattr

from tradecorpus.errors import FormatError
from tradecorpus.model import Document

__all__ = [
    "LABELS",
    "LABEL_STUDIO_CONFIG",
    "load_gold",
    "to_brat",
    "to_label_studio",
    "to_timeml",
    "write_brat",
    "write_timeml",
]

#: The label of each kind's mentions in brat and Label Studio.
LABELS: Final = {
    "money": "Money",
    "dates": "Date",
    "officials": "Official",
    "entities": "Entity",
    "quotes": "Quote",
    "deadlines": "Deadline",
    "commitments": "Commitment",
}
_SPEAKER: Final = "Speaker"
_KIND_OF: Final = {label: kind for kind, label in LABELS.items()}

#: A Label Studio labelling interface for tradecorpus findings: create the project with it.
LABEL_STUDIO_CONFIG: Final = """<View>
  <Labels name="label" toName="text">
    <Label value="Money" background="#b7e4c7"/>
    <Label value="Date" background="#bde0fe"/>
    <Label value="Official" background="#ffd6a5"/>
    <Label value="Entity" background="#e2c2ff"/>
    <Label value="Quote" background="#fff3b0"/>
    <Label value="Speaker" background="#f4a261"/>
    <Label value="Deadline" background="#90caf9"/>
    <Label value="Commitment" background="#80cbc4"/>
  </Labels>
  <Relations>
    <Relation value="speaker"/>
  </Relations>
  <Text name="text" value="$text"/>
  <TextArea name="fields" toName="text" perRegion="true" editable="true" maxSubmissions="1"
            placeholder="the normalised fields, as JSON"/>
</View>
"""


# --------------------------------------------------------------------------- what is exported


class _Region:
    """One exported mention: a labelled span with its fields (everything but the offsets)."""

    __slots__ = ("end", "fields", "key", "label", "start")

    def __init__(self, key: str, label: str, start: int, end: int, fields: dict[str, Any]) -> None:
        self.key, self.label, self.start, self.end, self.fields = key, label, start, end, fields


def _without_span(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ("start", "end", "text")}


def _regions(doc: Document) -> tuple[list[_Region], list[tuple[str, str]]]:
    """The mentions to export, and the (quote, speaker mention) pairs between them, by key."""
    data = doc.to_dict()
    regions: list[_Region] = []
    by_span: dict[tuple[int, int], str] = {}

    def add(key: str, kind: str, span: Mapping[str, Any], fields: dict[str, Any]) -> None:
        regions.append(_Region(key, LABELS[kind], span["start"], span["end"], fields))
        by_span.setdefault((span["start"], span["end"]), key)

    for i, m in enumerate(data["money"]):
        add(f"money-{i}", "money", m, _without_span(m))
    for i, d in enumerate(data["dates"]):
        add(f"date-{i}", "dates", d, _without_span(d))
    for kind in ("officials", "entities"):
        for i, item in enumerate(data[kind]):
            fields = {k: v for k, v in item.items() if k != "mentions"}
            for j, mention in enumerate(item["mentions"]):
                add(f"{kind}-{i}-{j}", kind, mention, fields)
    for i, d in enumerate(data["deadlines"]):
        add(
            f"deadline-{i}",
            "deadlines",
            d["date"],
            {"kind": d["kind"], "event": d["event"], "date": _without_span(d["date"])},
        )
    for i, c in enumerate(data["commitments"]):
        fields = {k: v for k, v in c.items() if k != "money"}
        add(f"commitment-{i}", "commitments", c["money"], {**fields, "money": _without_span(c["money"])})
    relations: list[tuple[str, str]] = []
    for i, q in enumerate(data["quotes"]):
        key = f"quote-{i}"
        regions.append(
            _Region(
                key,
                LABELS["quotes"],
                q["start"],
                q["end"],
                _without_span({k: v for k, v in q.items() if k != "speaker_mention"}),
            )
        )
        mention = q["speaker_mention"]
        if mention is not None:
            target = by_span.get((mention["start"], mention["end"]))
            if target is None:
                target = f"speaker-{i}"
                regions.append(_Region(target, _SPEAKER, mention["start"], mention["end"], {}))
                by_span[(mention["start"], mention["end"])] = target
            relations.append((key, target))
    return regions, relations


# --------------------------------------------------------------------------- brat


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``start:end`` cut at line breaks, blank fragments left out (brat spans stay on one line)."""
    out = [(start + line.start(), start + line.end()) for line in re.finditer(r"[^\r\n]+", text[start:end])]
    return out or [(start, end)]


def to_brat(doc: Document) -> tuple[str, str]:
    """The brat standoff pair for ``doc``: the ``.txt`` text (``doc.text`` exactly) and the ``.ann``.

    >>> import tradecorpus
    >>> txt, ann = to_brat(tradecorpus.extract("China agreed to buy $50 billion of goods."))
    >>> print(ann.splitlines()[0])
    T1	Money 20 31	$50 billion
    """
    regions, relations = _regions(doc)
    lines: list[str] = []
    ids: dict[str, str] = {}
    for n, region in enumerate(regions, start=1):
        tid = f"T{n}"
        ids[region.key] = tid
        pieces = _fragments(doc.text, region.start, region.end)
        offsets = ";".join(f"{a} {b}" for a, b in pieces)
        shown = " ".join(doc.text[a:b] for a, b in pieces)
        lines.append(f"{tid}\t{region.label} {offsets}\t{shown}")
        if region.fields:
            lines.append(f"#{n}\tAnnotatorNotes {tid}\t{json.dumps(region.fields, ensure_ascii=False)}")
    for n, (quote, speaker) in enumerate(relations, start=1):
        lines.append(f"R{n}\t{_SPEAKER} Arg1:{ids[quote]} Arg2:{ids[speaker]}")
    return doc.text, "\n".join(lines) + ("\n" if lines else "")


def _file_names(docs: Sequence[Document]) -> list[str]:
    """A distinct, safe file name (no suffix) for each document: its id's stem, else ``document-N``."""
    names: list[str] = []
    taken: set[str] = set()
    for i, doc in enumerate(docs, start=1):
        stem = Path(doc.id).stem if doc.id else f"document-{i}"
        stem = re.sub(r"[^\w.-]+", "_", stem).strip("._") or f"document-{i}"
        name, n = stem, 2
        while name in taken:
            name, n = f"{stem}-{n}", n + 1
        taken.add(name)
        names.append(name)
    return names


def write_brat(docs: Iterable[Document], folder: str | Path) -> list[Path]:
    """Write each document's ``.txt`` and ``.ann`` into ``folder`` (made if missing); return the
    ``.ann`` paths.

    The ``.txt`` is written byte for byte as ``doc.text`` in UTF-8 (``\\r\\n`` kept), so brat's
    character offsets index it.
    """
    documents = list(docs)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, doc in zip(_file_names(documents), documents, strict=True):
        text, ann = to_brat(doc)
        (out / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
        (out / f"{name}.ann").write_text(ann, encoding="utf-8", newline="")
        written.append(out / f"{name}.ann")
    return written


_T_LINE: Final = re.compile(r"(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)")
_NOTE_LINE: Final = re.compile(r"#\d+\tAnnotatorNotes (T\d+)\t(.*)")
_R_LINE: Final = re.compile(r"R\d+\t(\S+) Arg1:(T\d+) Arg2:(T\d+)")


def _read_brat(ann_path: Path) -> Document:
    txt_path = ann_path.with_suffix(".txt")
    if not txt_path.is_file():
        raise FormatError(f"no text file {txt_path.name} beside it", where=str(ann_path))
    text = txt_path.read_bytes().decode("utf-8-sig")
    regions: dict[str, tuple[str, int, int]] = {}
    notes: dict[str, Any] = {}
    relations: list[tuple[str, str]] = []
    for number, line in enumerate(ann_path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{ann_path.name}:{number}"
        if not line.strip():
            continue
        if t := _T_LINE.fullmatch(line):
            tid, label, offsets, _ = t.groups()
            pairs = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            start, end = pairs[0][0], pairs[-1][1]
            if not 0 <= start <= end <= len(text):
                raise FormatError(f"{start}:{end} is outside the text (length {len(text)})", where=where)
            regions[tid] = (label, start, end)
        elif n := _NOTE_LINE.fullmatch(line):
            try:
                notes[n.group(1)] = json.loads(n.group(2))
            except json.JSONDecodeError as err:
                raise FormatError(
                    f"the note is not the JSON of a finding's fields: {err}", where=where
                ) from err
        elif r := _R_LINE.fullmatch(line):
            if r.group(1) == _SPEAKER:
                relations.append((r.group(2), r.group(3)))
        elif not line.startswith(("A", "M", "N", "E", "*", "#")):
            raise FormatError(f"not a brat annotation line: {line[:60]!r}", where=where)
    labelled = [(tid, label, start, end, notes.get(tid)) for tid, (label, start, end) in regions.items()]
    return _assemble(text, ann_path.stem, None, labelled, relations, where=ann_path.name)


# --------------------------------------------------------------------------- Label Studio


def _utf16_offsets(text: str) -> list[int]:
    """``offsets[i]`` is where character ``i`` of ``text`` starts in UTF-16 code units."""
    out = [0] * (len(text) + 1)
    units = 0
    for i, ch in enumerate(text):
        out[i] = units
        units += 2 if ord(ch) > 0xFFFF else 1
    out[len(text)] = units
    return out


def to_label_studio(doc: Document, *, model_version: str | None = None) -> dict[str, Any]:
    """A Label Studio task for ``doc``: the text, and the findings as a prediction.

    >>> import tradecorpus
    >>> task = to_label_studio(tradecorpus.extract("China agreed to buy $50 billion of goods."))
    >>> region = task["predictions"][0]["result"][0]
    >>> region["value"]["labels"], region["value"]["start"], region["value"]["end"]
    (['Money'], 20, 31)
    """
    import tradecorpus

    regions, relations = _regions(doc)
    units = _utf16_offsets(doc.text)
    result: list[dict[str, Any]] = []
    for region in regions:
        value = {
            "start": units[region.start],
            "end": units[region.end],
            "text": doc.text[region.start : region.end],
            "labels": [region.label],
        }
        result.append(
            {"id": region.key, "from_name": "label", "to_name": "text", "type": "labels", "value": value}
        )
        if region.fields:
            fields = {
                "start": value["start"],
                "end": value["end"],
                "text": [json.dumps(region.fields, ensure_ascii=False)],
            }
            result.append(
                {
                    "id": region.key,
                    "from_name": "fields",
                    "to_name": "text",
                    "type": "textarea",
                    "value": fields,
                }
            )
    result.extend(
        {"type": "relation", "from_id": quote, "to_id": speaker, "direction": "right", "labels": ["speaker"]}
        for quote, speaker in relations
    )
    data: dict[str, Any] = {"text": doc.text}
    if doc.id is not None:
        data["id"] = doc.id
    if doc.published is not None:
        data["published"] = doc.published.isoformat()
    version = model_version or f"tradecorpus {tradecorpus.__version__}"
    return {"data": data, "predictions": [{"model_version": version, "result": result}]}


def _read_label_studio(path: Path) -> list[Document]:
    try:
        tasks = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as err:
        raise FormatError(f"not a Label Studio JSON export: {err}", where=str(path)) from err
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise FormatError("expected a list of tasks", where=str(path))
    docs = []
    for i, task in enumerate(tasks):
        where = f"{path.name}[{i}]"
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise FormatError("a task needs data.text", where=where)
        text: str = data["text"]
        done = [a for a in task.get("annotations") or () if not a.get("was_cancelled")]
        source = done[-1] if done else (task.get("predictions") or [{"result": []}])[-1]
        units = _utf16_offsets(text)
        to_char = {u: i for i, u in enumerate(units)}
        spans: dict[str, tuple[str, int, int]] = {}
        fields: dict[str, Any] = {}
        relations: list[tuple[str, str]] = []
        for item in source.get("result", ()):
            kind = item.get("type")
            if kind == "relation":
                if "speaker" in (item.get("labels") or ["speaker"]):
                    relations.append((item["from_id"], item["to_id"]))
                continue
            value = item.get("value", {})
            if kind == "labels":
                start, end = to_char.get(value.get("start")), to_char.get(value.get("end"))
                if start is None or end is None or not 0 <= start <= end <= len(text):
                    raise FormatError(f"region {item.get('id')!r} has offsets outside the text", where=where)
                spans[item["id"]] = (value["labels"][0], start, end)
            elif kind == "textarea" and value.get("text"):
                try:
                    fields[item["id"]] = json.loads(value["text"][0])
                except json.JSONDecodeError as err:
                    msg = f"region {item.get('id')!r}: its fields are not JSON: {err}"
                    raise FormatError(msg, where=where) from err
        labelled = [(key, label, start, end, fields.get(key)) for key, (label, start, end) in spans.items()]
        doc_id = data.get("id") if isinstance(data.get("id"), str) else f"task-{task.get('id', i + 1)}"
        docs.append(_assemble(text, doc_id, data.get("published"), labelled, relations, where=where))
    return docs


# --------------------------------------------------------------------------- back to documents


def _assemble(
    text: str,
    doc_id: str | None,
    published: Any,
    labelled: Sequence[tuple[str, str, int, int, Any]],
    relations: Sequence[tuple[str, str]],
    *,
    where: str,
) -> Document:
    """A document from labelled spans (key, label, start, end, fields or None) and speaker links."""

    def span(start: int, end: int) -> dict[str, Any]:
        return {"start": start, "end": end, "text": text[start:end]}

    out: dict[str, Any] = {"text": text, "id": doc_id}
    if published:
        out["published"] = published
    lists: dict[str, list[Any]] = {kind: [] for kind in LABELS}
    groups: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {"officials": {}, "entities": {}}
    at: dict[str, dict[str, Any]] = {}
    quotes: dict[str, dict[str, Any]] = {}
    for key, label, start, end, fields in sorted(labelled, key=lambda x: (x[2], x[3])):
        kind = _KIND_OF.get(label)
        note = dict(fields) if isinstance(fields, dict) else {}
        at[key] = span(start, end)
        if label == _SPEAKER:
            continue
        if kind is None:
            raise FormatError(f"unknown label {label!r}; labels: {', '.join(LABELS.values())}", where=where)
        if kind in ("money", "dates"):
            lists[kind].append({**note, **span(start, end)})
        elif kind in ("officials", "entities"):
            name = note.get("name") or " ".join(text[start:end].split())
            facts = {"name": name, "country": note.get("country")}
            facts["title" if kind == "officials" else "kind"] = note.get(
                "title" if kind == "officials" else "kind", None if kind == "officials" else "other"
            )
            group = groups[kind].setdefault((name,), {**facts, "mentions": []})
            group["mentions"].append(span(start, end))
        elif kind == "quotes":
            quote = {**note, **span(start, end), "speaker_mention": None}
            quote.setdefault("direct", True)
            quotes[key] = quote
            lists["quotes"].append(quote)
        elif kind == "deadlines":
            date = note.get("date")
            if not isinstance(date, dict):
                raise FormatError(f"deadline {text[start:end]!r} has no date fields in its note", where=where)
            lists["deadlines"].append(
                {"kind": note.get("kind"), "event": note.get("event"), "date": {**date, **span(start, end)}}
            )
        else:  # commitments
            given = note.get("money")
            money: dict[str, Any] = given if isinstance(given, dict) else {}
            fields_ = {k: v for k, v in note.items() if k != "money"}
            lists["commitments"].append({**fields_, "money": {**money, **span(start, end)}})
    for quote_key, speaker_key in relations:
        if quote_key in quotes and speaker_key in at:
            quotes[quote_key]["speaker_mention"] = at[speaker_key]
    for kind, found in groups.items():
        lists[kind] = list(found.values())
    out.update(lists)
    try:
        return Document.from_dict(out)
    except FormatError as err:
        raise FormatError(str(err), where=where) from err


def load_gold(path: str | Path) -> list[Document]:
    """Read corrected annotations back as documents in the gold shape.

    ``path`` is a folder of brat ``.txt``/``.ann`` pairs, one brat ``.ann`` file, or a Label
    Studio JSON export (a task list). Raises :class:`~tradecorpus.FormatError` naming the file and
    line (or task) of what cannot be read: an unknown label, offsets outside the text, a finding
    whose fields are missing or of the wrong type.
    """
    source = Path(path)
    if source.is_dir():
        anns = sorted(source.glob("*.ann"))
        if not anns:
            raise FormatError("no .ann files in the folder", where=str(source))
        return [_read_brat(ann) for ann in anns]
    if source.suffix == ".ann":
        return [_read_brat(source)]
    if source.suffix == ".json":
        return _read_label_studio(source)
    raise FormatError(
        "expected a folder of brat files, a .ann file or a Label Studio .json export", where=str(source)
    )


# --------------------------------------------------------------------------- TimeML


# a carriage return kept as a reference: XML readers would turn a bare "\r\n" into "\n"
_CR: Final = {"\r": "&#13;"}


def to_timeml(doc: Document, *, docid: str | None = None) -> str:
    """``doc`` as a TimeML document: the text with an inline ``TIMEX3`` for every date, and the
    publication date (when known) as the document creation time.

    >>> import tradecorpus
    >>> doc = tradecorpus.extract("Talks resume next week.", published="2019-11-13")
    >>> print(to_timeml(doc).splitlines()[4])
    <TEXT>Talks resume <TIMEX3 tid="t1" type="DATE" value="2019-W47">next week</TIMEX3>.</TEXT>
    """
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
        f"<DOCID>{_xml_escape(docid or doc.id or 'document')}</DOCID>",
    ]
    if doc.published is not None:
        day = doc.published.isoformat()
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>'
        )
    else:
        parts.append("<DCT></DCT>")
    body: list[str] = []
    pos = 0
    for n, date in enumerate(sorted(doc.dates, key=lambda d: d.start), start=1):
        if date.start < pos:
            continue  # (merged dates never overlap; a plugin's might)
        body.append(_xml_escape(doc.text[pos : date.start], _CR))
        attributes = f'tid="t{n}" type={quoteattr(date.type)} value={quoteattr(date.value)}'
        if date.mod:
            attributes += f" mod={quoteattr(date.mod)}"
        body.append(f"<TIMEX3 {attributes}>{_xml_escape(date.text, _CR)}</TIMEX3>")
        pos = date.end
    body.append(_xml_escape(doc.text[pos:], _CR))
    parts.append(f"<TEXT>{''.join(body)}</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts) + "\n"


def write_timeml(docs: Iterable[Document], folder: str | Path) -> list[Path]:
    """Write each document as ``NAME.tml`` into ``folder`` (made if missing); return the paths."""
    documents = list(docs)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, doc in zip(_file_names(documents), documents, strict=True):
        target = out / f"{name}.tml"
        target.write_text(to_timeml(doc, docid=name), encoding="utf-8", newline="")
        written.append(target)
    return written
