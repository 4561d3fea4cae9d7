"""Reading articles: bytes to text, and text to an :class:`~tradecorpus.model.Article`.

:func:`read` is the front door: :func:`load_text` turns a path, a ``str`` or ``bytes`` into text
(:func:`decode` picks the encoding), and :func:`parse_article` finds the parts of the article:

- a header line ``date 2019-11-13 By ...`` (``published``, and the byline after it);
- a title (a short first line followed by a blank line that does not end like a sentence);
- a byline ``By Jane Doe and John Roe in Beijing`` and a trailer ``Additional reporting by ...``;
- the body's paragraphs (split on blank lines) and sentences (:func:`split_sentences`);
- whether the body is a lower-cased, punctuation-stripped corpus dump (:func:`is_stripped`).

Offsets always index the decoded text exactly as given: nothing is normalised (``\\r\\n`` stays).
Every regular expression here is free of nested quantifiers, so reading is linear in the length
of the text, also on adversarial input. The module is the built-in ``reader`` plugin: its
:func:`read_article` hook implementation answers last, after any third-party reader.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re

from tradecorpus.errors import ReadError
from tradecorpus.hookspecs import hookimpl
from tradecorpus.model import Article, Byline, Span

__all__ = [
    "coerce_published",
    "decode",
    "is_stripped",
    "load_text",
    "looks_like_path",
    "parse_article",
    "read",
    "read_article",
    "split_sentences",
]

# --------------------------------------------------------------------------- decoding

#: Byte order marks we honour, longest first (a UTF-32-LE mark starts like a UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# C0 control characters that never occur in article text (\t \n \r \f are allowed).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _binary(where: str, path: str | None, offset: int, byte: int) -> ReadError:
    what = "NUL byte" if byte == 0 else f"control byte 0x{byte:02x}"
    msg = f"{where}: looks binary ({what} at offset {offset}), not article text"
    return ReadError(msg, path=path, offset=offset)


def _invalid(where: str, path: str | None, data: bytes, name: str, offset: int) -> ReadError:
    shown = f" (0x{data[offset]:02x})" if offset < len(data) else " (truncated)"
    return ReadError(f"{where}: not valid {name} at byte {offset}{shown}", path=path, offset=offset)


def decode(data: bytes, *, path: str | None = None, encoding: str | None = None) -> str:
    """Decode article bytes: the given ``encoding``, else a BOM, UTF-8, then Windows-1252.

    Windows-1252 is the documented fallback for bytes that are not UTF-8; it is used only when
    they decode strictly as cp1252. Data with NUL or control bytes (other than tab, line breaks
    and form feed) is binary. Nothing else is changed: offsets index the returned text.

    Raises:
        ReadError: binary or undecodable data; ``path`` and ``offset`` (bytes) are set.

    >>> decode("Mnuchin’s “goodwill”".encode())
    'Mnuchin’s “goodwill”'
    >>> decode(b"\\xef\\xbb\\xbftrade\\r\\n"), decode(b"caf\\xe9")
    ('trade\\r\\n', 'café')
    >>> decode(b"PK\\x03\\x04", path="x.zip")
    Traceback (most recent call last):
    tradecorpus.errors.ReadError: x.zip: looks binary (control byte 0x03 at offset 2), not article text
    """
    where = path if path is not None else "<bytes>"
    if encoding is not None:
        try:
            name = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
            return data.decode(name)
        except LookupError as err:
            raise ReadError(f"{where}: unknown text encoding {encoding!r}", path=path) from err
        except UnicodeDecodeError as err:
            raise _invalid(where, path, data, encoding, err.start) from err
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as err:
                raise _invalid(where, path, data, name, len(bom) + err.start) from err
            found = _CONTROL_CHARS.search(text)
            if found:
                offset = len(bom) + len(text[: found.start()].encode(codec))
                raise _binary(where, path, offset, ord(found.group()))
            return text
    bad = _CONTROL_BYTES.search(data)
    if bad:
        raise _binary(where, path, bad.start(), data[bad.start()])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise _invalid(where, path, data, "UTF-8", err.start) from err


# --------------------------------------------------------------------------- sources

_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_PATH_SUFFIXES = (".txt", ".text", ".json", ".jsonl", ".md", ".htm", ".html")


def looks_like_path(source: str) -> bool:
    """Whether a ``str`` names a file (True) or is article text (False): the one rule for both.

    A path has no line break and either names an existing file or directory, or has no
    whitespace and contains a slash or backslash or ends with a text-file suffix.

    >>> looks_like_path("seeds/002_94ab136c4d34d466.txt"), looks_like_path("new_story.txt")
    (True, True)
    >>> looks_like_path("C:\\\\news\\\\story"), looks_like_path("Trade talks hit a snag.")
    (True, False)
    >>> looks_like_path("Tariffs"), looks_like_path("and/or\\nmore text")
    (False, False)
    """
    if not source or _LINE_BREAK.search(source):
        return False
    if len(source) < 4096 and os.path.exists(source):
        return True
    if any(c.isspace() for c in source):
        return False
    return "/" in source or "\\" in source or source.lower().endswith(_PATH_SUFFIXES)


def load_text(
    source: str | os.PathLike[str] | bytes, *, encoding: str | None = None, max_chars: int | None = None
) -> tuple[str, str | None]:
    """Return ``(text, id)`` for a path, article text or bytes; ``id`` is the path, or None.

    A ``str`` is a path when :func:`looks_like_path` says so, article text otherwise. With
    ``max_chars``, a file too large to hold at most that many characters (over four bytes a
    character, the most UTF-8 takes) is refused before it is read.

    Raises:
        ReadError: the file is missing, a directory, unreadable, binary, undecodable or empty
            (article text given directly may be empty; a file with no text is an error).

    >>> load_text("Trade talks hit a snag.")
    ('Trade talks hit a snag.', None)
    >>> load_text(b"caf\\xc3\\xa9")
    ('café', None)
    """
    if isinstance(source, (bytes, bytearray)):
        return decode(bytes(source), encoding=encoding), None
    if isinstance(source, str) and not looks_like_path(source):
        return source, None
    path = os.fsdecode(os.fspath(source))
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if max_chars is not None and size > 4 * max_chars:
                msg = (
                    f"{path}: {size:,} bytes, too long for the limit of {max_chars:,} characters "
                    "(raise it with Pipeline(max_chars=...) or --max-chars)"
                )
                raise ReadError(msg, path=path)
            data = f.read()
    except (FileNotFoundError, NotADirectoryError) as err:
        raise ReadError(f"{path}: no such file", path=path) from err
    except IsADirectoryError as err:
        raise ReadError(f"{path}: is a directory, not a file", path=path) from err
    except PermissionError as err:
        if os.path.isdir(path):  # Windows reports a directory as a permission error
            raise ReadError(f"{path}: is a directory, not a file", path=path) from err
        raise ReadError(f"{path}: permission denied", path=path) from err
    except OSError as err:
        raise ReadError(f"{path}: cannot read ({err.strerror or err})", path=path) from err
    text = decode(data, path=path, encoding=encoding)
    if not text.strip():
        what = "empty file" if not data else "file holds only white space"
        raise ReadError(f"{path}: {what}, no article text", path=path, offset=0)
    return text, path


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def coerce_published(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """A publication date from an ISO string, a date or a datetime (its date); None stays None.

    >>> coerce_published("2019-11-13"), coerce_published("2019-11-13T23:30:00Z")
    (datetime.date(2019, 11, 13), datetime.date(2019, 11, 13))
    >>> coerce_published(dt.datetime(2019, 11, 13, 8, 0))
    datetime.date(2019, 11, 13)
    >>> coerce_published("Nov. 13, 2019")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: published must be an ISO date 'YYYY-MM-DD' ... got str 'Nov. 13, 2019'
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            if _ISO_DATE.fullmatch(s):
                return dt.date.fromisoformat(s)
            if _ISO_DATE.match(s) and s[10:11] in ("T", " "):
                return dt.datetime.fromisoformat(s[:-1] + "+00:00" if s.endswith("Z") else s).date()
        except ValueError:
            pass
    msg = (
        "published must be an ISO date 'YYYY-MM-DD' (or an ISO datetime string), a datetime.date, "
        f"a datetime.datetime or None; got {type(value).__name__} {value!r}"
    )
    raise ValueError(msg)


# --------------------------------------------------------------------------- stripped text

_PUNCTUATION = ".,;:!?\"'“”‘’"  # full stop and comma first: is_stripped counts them first


def is_stripped(text: str) -> bool:
    """Whether text is a lower-cased, punctuation-stripped corpus dump.

    With 8 words or more: fewer than one punctuation mark per 50 words. With fewer words: no
    punctuation and no upper-case letter at all. Empty text is not stripped.

    >>> is_stripped("the u s will be represented by robert lighthizer one of the people said")
    True
    >>> is_stripped("The U.S. will be represented by Robert Lighthizer, one of the people said.")
    False
    >>> is_stripped("76 7 billion"), is_stripped("Tariffs")
    (True, False)
    """
    most = (len(text) + 1) // 2  # the most words the text can hold
    marks = text.count(".") + text.count(",")
    if not marks or marks * 50 < most:
        marks += sum(text.count(c) for c in _PUNCTUATION[2:])
    if marks and marks * 50 >= most:
        return False  # more marks than so many words allow: no need to count the words
    words = len(text.split())
    if words == 0:
        return False
    if words >= 8:
        return marks * 50 < words
    return marks == 0 and not any(c.isupper() for c in text)


# --------------------------------------------------------------------------- sentences

# fmt: off
#: Abbreviations that never end a sentence (titles and the like), as written.
_NEVER_ENDS = frozenset({
    "Mr.", "Mrs.", "Ms.", "Messrs.", "Mmes.", "Dr.", "Drs.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.",
    "Govs.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Sgt.", "Prof.", "Rev.", "Hon.",
    "St.", "Mt.", "Ft.", "No.", "Nos.", "Sec.", "Fig.", "Vol.", "Supt.", "vs.", "cf.", "e.g.", "i.e."
})
#: Abbreviations that may end a sentence: a boundary only before a sentence opener.
_MAY_END = frozenset({
    "Inc.", "Corp.", "Co.", "Cos.", "Ltd.", "Plc.", "Jr.", "Sr.", "Bros.", "Dept.", "Govt.", "Assn.",
    "Ave.", "Blvd.", "etc.", "approx.", "est.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
    "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.",
    "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.",
    "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.",
    "Wash.", "Wis.", "Wyo."
})
#: Capitalised closed-class words (and titles) that typically open a sentence.
_OPENERS = frozenset({
    "The", "A", "An", "But", "And", "Or", "So", "Yet", "He", "She", "It", "They", "We", "I", "You",
    "Its", "His", "Her", "Their", "Our", "My", "Your", "This", "That", "These", "Those", "There",
    "Here", "In", "On", "At", "As", "After", "Before", "For", "If", "When", "While", "Although",
    "Though", "Since", "Because", "Until", "Unless", "Meanwhile", "However", "Also", "Still", "Instead",
    "Indeed", "Moreover", "Furthermore", "Besides", "Nevertheless", "Nonetheless", "Otherwise", "Thus",
    "Therefore", "Separately", "Earlier", "Later", "Last", "Next", "Now", "Then", "Today", "Yesterday",
    "Tomorrow", "Some", "Many", "Most", "Much", "Other", "Others", "Such", "Both", "Each", "Every",
    "All", "Any", "No", "None", "Neither", "Nor", "Under", "Over", "Among", "Amid", "By", "From", "To",
    "With", "Without", "Despite", "During", "Asked", "What", "Who", "Why", "How", "Where", "Which",
    "Mr", "Mrs", "Ms"
})
# fmt: on
# A run of terminal marks, the closing quotes/brackets after it, then whitespace or the end.
# The look-behind starts matches only at the first mark of a run, so the scan stays linear; it
# comes after that mark, so that the engine can skip ahead to a mark.
_TERMINAL = re.compile(r"[.?!…](?<![.?!…].)[.?!…]*[\"'”’)\]]*(?=\s|\Z)")
# Whitespace, then the next token (bounded: only its first characters matter).
_NEXT = re.compile(r"\s*(\S{1,40})")
_NON_SPACE = re.compile(r"\S")
_QUOTES = "\"'“‘"
_OPENING = _QUOTES + "([{"
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+")
_LEADING_WORD = re.compile(r"[A-Za-z]+")
# Some corpora (Reuters-21578) capitalise the word after an abbreviation: ``the U.S. Is``. The
# evidence: a dotted abbreviation, a capitalised word, a lower-case word (``U.S. Officials said``).
# (It opens with the first full stop, so that the engine can skip ahead to one.)
_CAPITALISED_AFTER = re.compile(r"\.(?<=(?<![\w.])[A-Z]\.)(?:[A-Z]\.)+[ \t]+([A-Z][a-z]+)[ \t]+[a-z]")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _abbreviation(token: str) -> int:
    """2 for a word that never ends a sentence, 1 for one that may, 0 for an ordinary word.

    >>> _abbreviation("Mr."), _abbreviation("U.S."), _abbreviation("W."), _abbreviation("said.")
    (2, 1, 1, 0)
    """
    token = token.lstrip(_OPENING)
    for sep in "-/—":
        token = token.rpartition(sep)[2]
    if token in _NEVER_ENDS or (token.isupper() and token.capitalize() in _NEVER_ENDS):
        return 2
    if token in _MAY_END or (token.isupper() and token.capitalize() in _MAY_END) or _DOTTED.fullmatch(token):
        return 1
    return 0


def _capitalises_after_abbreviations(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` capitalises common words after abbreviations.

    True when a word capitalised after ``U.S.`` (and not a sentence opener) also occurs in lower
    case in the region: ``the U.S. Officials said`` next to ``officials``.

    >>> _capitalises_after_abbreviations("The U.S. Officials said officials met.", 0, 38)
    True
    """
    found = {m.group(1) for m in _CAPITALISED_AFTER.finditer(text, start, end)} - _OPENERS
    if not found:
        return False
    lower = set(_LOWER_WORD.findall(text, start, end))
    return any(word.lower() in lower for word in found)


def _is_boundary(mark: str, before: str, after: str, capitalised: bool) -> bool:
    """Decide one candidate: ``mark`` (marks and closers) between ``before`` and ``after``.

    ``capitalised``: the text capitalises after abbreviations, so only a quote ends one there.
    """
    word = after.lstrip(_OPENING)
    if not word or not (word[0].isupper() or word[0].isdigit()):
        return False
    if "?" in mark or "!" in mark or not mark.startswith("."):
        return True
    kind = _abbreviation(before + ".") if mark[:2] != ".." else 0
    if kind == 2:
        return False
    if kind == 1:
        leading = _LEADING_WORD.match(word)
        if leading is not None and leading.end() == 1 and word[1:2] == ".":
            return False  # another initial: ``J. A. Smith``
        opener = not capitalised and leading is not None and leading.group() in _OPENERS
        return after[0] in _QUOTES or opener
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split ``text[start:end]`` into sentences; the spans index ``text``, whitespace trimmed.

    Line breaks inside the region count as spaces. Abbreviations such as ``Mr.`` never end a
    sentence; ``U.S.``, ``Inc.``, ``Oct.`` and initials do so only before a typical opener
    (``The``, ``But``, ``He``, ...) or an opening quote; in text that capitalises every word after
    an abbreviation (``the U.S. Is``, as Reuters-21578 does), only before a quote. Closing quotes
    belong to the sentence; ``?`` and ``!`` end one; decimals (``5.9``) never split.

    >>> [s.text for s in split_sentences("Mr. Trump met Liu on Oct. 11. He said “it’s moving.” Good!")]
    ['Mr. Trump met Liu on Oct. 11.', 'He said “it’s moving.”', 'Good!']
    >>> [s.text for s in split_sentences("Talks with the U.S. stalled. The U.S. But Beijing...", 11)]
    ['the U.S. stalled.', 'The U.S.', 'But Beijing...']
    """
    start = min(max(start, 0), len(text))
    end = len(text) if end is None else max(start, min(end, len(text)))
    return _split(text, start, end, _capitalises_after_abbreviations(text, start, end))


def _split(text: str, start: int, end: int, capitalised: bool) -> list[Span]:
    """:func:`split_sentences` over ``text[start:end]``; ``capitalised`` as for :func:`_is_boundary`."""
    spans: list[Span] = []
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return spans
    begin = first.start()
    for m in _TERMINAL.finditer(text, begin, end):
        nxt = _NEXT.match(text, m.end(), end)
        if nxt is None:  # only whitespace follows: the region's last sentence
            break
        window = text[max(begin, m.start() - 40) : m.start()]
        before = window.rsplit(None, 1)[-1] if window.strip() else ""
        if _is_boundary(m.group(), before, nxt.group(1), capitalised):
            spans.append(Span.of(text, begin, m.end()))
            begin = nxt.start(1)
    last = text[begin:end].rstrip()
    if last:
        spans.append(Span.of(text, begin, begin + len(last)))
    return spans


# --------------------------------------------------------------------------- credits

# A header line: ``date 2019-11-13`` or ``published: 2019-11-13``, optionally with a time of day.
_HEADER = re.compile(
    r"(?i)(?:date|dated|published)[ \t]*:?[ \t]*(\d{4}-\d{2}-\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|\Z)"
)
# The start of a byline: ``By `` and a capitalised word.
_BYLINE = re.compile(r"(?:By|BY)[ \t]+(?=[A-Z])")
# One role in a trailer: ``Additional reporting by``, ``Editing by``, ``Compiled by``, ...
_CREDIT = re.compile(
    r"(?i)\b(?:additional |further |contributing |with additional )?"
    r"(?:reporting|writing|editing|compiled|research|produced|translated|written|edited|reported)"
    r"[ \t]+by[ \t]+"
)
# Where a list of names breaks into segments: ``Jane Doe, John Roe; Reuters (Tokyo)``.
_SEGMENT = re.compile(r"\s*[,;|/()]\s*")
#: Lower-case particles inside personal names: ``Ursula von der Leyen``.
_PARTICLES = frozenset({"de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von"})
# fmt: off
#: Words that mark a byline segment as an affiliation, not a person: ``Jane Doe, Reuters``.
_AFFILIATION = frozenset({
    "reuters", "ap", "afp", "bloomberg", "xinhua", "cnn", "associated", "press", "news", "agency",
    "staff", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "editor",
    "service", "wire", "newswires", "times", "journal", "post", "herald", "tribune", "guardian",
    "telegraph", "economist"
})
# fmt: on


def _names(credit: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The people and places of a credit, or None when it is not a list of capitalised names.

    >>> _names("Chao Deng and Lingling Wei in Beijing and William Mauldin in Washington")
    (('Chao Deng', 'Lingling Wei', 'William Mauldin'), ('Beijing', 'Washington'))
    >>> _names("Jane Doe, Reuters"), _names("the end of the year")
    ((('Jane Doe',), ()), None)
    """
    credit = credit.strip()
    if credit.endswith(".") and _abbreviation(credit.rsplit(None, 1)[-1]) == 0:
        credit = credit[:-1]
    authors: list[str] = []
    places: list[str] = []
    for i, segment in enumerate(_SEGMENT.split(credit)):
        words = segment.split()
        if i > 0 and (len(words) < 2 or any(w.lower().strip(".") in _AFFILIATION for w in words)):
            continue
        if "for" in words:  # "Jane Doe for Reuters"
            words = words[: words.index("for")]
        units: list[tuple[list[str], list[str]]] = []
        current: tuple[list[str], list[str]] = ([], [])
        target = 0
        for w in [*words, "and"]:
            low = w.lower()
            if low in ("and", "&"):
                if current[0]:
                    units.append(current)
                current, target = ([], []), 0
            elif low == "in" and current[0]:
                target = 1
            elif w[0].isupper() or (low in _PARTICLES and current[target]):
                current[target].append(w)
            else:
                return None
        for j, (name, place) in enumerate(units):
            if not place and len(name) == 1 and j > 0 and units[j - 1][1]:
                places.append(name[0])  # "Jane Doe in Beijing and Washington"
                continue
            authors.append(" ".join(name))
            if place:
                places.append(" ".join(place))
    if not authors:
        return None
    return tuple(dict.fromkeys(authors)), tuple(dict.fromkeys(places))


def _byline(text: str, start: int, end: int) -> Byline | None:
    """The byline ``By ...`` filling ``text[start:end]``, or None."""
    if end - start > 200:
        return None
    m = _BYLINE.match(text, start, end)
    found = _names(text[m.end() : end]) if m else None
    if found is None:
        return None
    return Byline.of(text, start, end, authors=found[0], places=found[1])


def _trailer(text: str, start: int, end: int) -> Byline | None:
    """The credits paragraph ``(Reporting by ...; Editing by ...)`` filling ``text[start:end]``, or None."""
    if end - start > 400:
        return None
    core = text[start:end].lstrip("(-—– \t").rstrip(".) \t")
    credits = list(_CREDIT.finditer(core))
    if not credits or credits[0].start() != 0:
        return None
    authors: list[str] = []
    places: list[str] = []
    for i, credit in enumerate(credits):
        stop = credits[i + 1].start() if i + 1 < len(credits) else len(core)
        part = core[credit.end() : stop].strip(" \t;,|")
        part = part[:-4] if part.endswith(" and") else part
        found = _names(part)
        if found is None:
            return None
        authors.extend(found[0])
        places.extend(found[1])
    return Byline.of(
        text, start, end, authors=tuple(dict.fromkeys(authors)), places=tuple(dict.fromkeys(places))
    )


# --------------------------------------------------------------------------- articles

_CLOSERS = "\"'”’)]"


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` can be a title: short, no header, not a sentence."""
    line = text[start:end]
    if len(line) > 200 or len(line.split()) > 30 or not any(c.isalpha() for c in line):
        return False
    if _HEADER.match(line) or _byline(text, start, end) is not None:
        return False
    core = line.rstrip(_CLOSERS)
    if not core or core[-1] in ",;:":
        return False
    return core[-1] != "." or _abbreviation(core.rsplit(None, 1)[-1]) != 0


def _blocks(text: str) -> tuple[list[list[tuple[int, int]]], bool]:
    """The non-blank lines (trimmed ``(start, end)``) grouped into blocks between blank lines.

    The flag says whether blank lines separate blocks; without them, each line is a block.
    """
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = 0
    for piece in text.split("\n"):
        content = piece.strip()
        if content:
            first = pos + len(piece) - len(piece.lstrip())
            current.append((first, first + len(content)))
        elif current:
            blocks.append(current)
            current = []
        pos += len(piece) + 1
    if current:
        blocks.append(current)
    if len(blocks) == 1 and len(blocks[0]) > 1:
        return [[line] for line in blocks[0]], False
    return blocks, len(blocks) > 1


def _iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def parse_article(text: str, *, id: str | None = None, published: dt.date | None = None) -> Article:
    """Find header, title, byline, trailer, paragraphs and sentences in article text.

    Never raises on a ``str``; linear in its length. An explicit ``published`` wins over a
    ``date YYYY-MM-DD`` header line. Paragraphs and sentences cover the body only.

    >>> art = parse_article("Talks stall\\n\\nBy Jane Doe in Geneva\\n\\nMr. Lee spoke. He left.")
    >>> art.title, art.byline.authors, art.byline.places, [s.text for s in art.sentences]
    ('Talks stall', ('Jane Doe',), ('Geneva',), ['Mr. Lee spoke.', 'He left.'])
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    blocks, blank_lines = _blocks(text)
    found_date: dt.date | None = None
    byline: Byline | None = None
    title: Span | None = None
    trailer: Byline | None = None
    if blocks:  # a header line: date, and maybe the byline
        start, end = blocks[0][0]
        header = _HEADER.match(text, start, end)
        if header:
            found_date = _iso_date(header.group(1))
            rest = _NON_SPACE.search(text, header.end(), end)
            lines = blocks[0][1:]
            if rest is not None:
                byline = _byline(text, rest.start(), end)
                # Other words after the date are text unless the header stands alone (``10:00 GMT``).
                if byline is None and (lines or len(blocks) == 1):
                    lines.insert(0, (rest.start(), end))
            if lines:
                blocks[0] = lines
            else:
                del blocks[0]
    if len(blocks) >= 2:
        trailer = _trailer(text, blocks[-1][0][0], blocks[-1][-1][1])
        if trailer is not None:
            del blocks[-1]
    if blank_lines and len(blocks) >= 2:
        first = blocks[0]
        below = _byline(text, *first[1]) if len(first) == 2 and byline is None else None
        if (len(first) == 1 or below is not None) and _is_title(text, *first[0]):
            title = Span.of(text, *first[0])
            byline = byline or below
            del blocks[0]
    if byline is None and blocks:
        byline = _byline(text, *blocks[0][0])
        if byline is not None:
            if len(blocks[0]) > 1:
                blocks[0] = blocks[0][1:]
            else:
                del blocks[0]
    paragraphs = [Span.of(text, block[0][0], block[-1][1]) for block in blocks]
    stripped = bool(paragraphs) and is_stripped(text[paragraphs[0].start : paragraphs[-1].end])
    capitalised = (
        bool(paragraphs)
        and not stripped
        and _capitalises_after_abbreviations(text, paragraphs[0].start, paragraphs[-1].end)
    )
    sentences: list[Span] = []
    for paragraph in paragraphs:
        if stripped:
            sentences.append(paragraph)
        else:
            sentences.extend(_split(text, paragraph.start, paragraph.end, capitalised))
    return Article(
        text=text,
        id=id,
        title=title.text if title else None,
        title_span=title,
        published=published if published is not None else found_date,
        byline=byline,
        trailer=trailer,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        stripped=stripped,
    )


def read(
    source: str | os.PathLike[str] | bytes,
    *,
    published: str | dt.date | None = None,
    id: str | None = None,
    encoding: str | None = None,
) -> Article:
    """Read an article from a path, text or bytes (:func:`load_text`, then :func:`parse_article`).

    ``id`` defaults to the path when the source is a file; ``published`` may be an ISO string.

    Raises:
        ReadError: the source cannot be read or decoded.
        ValueError: ``published`` is not a date or an ISO date string.
    """
    date = coerce_published(published)
    text, path = load_text(source, encoding=encoding)
    return parse_article(text, id=id if id is not None else path, published=date)


@hookimpl(trylast=True)
def read_article(text: str, id: str | None, published: dt.date | None) -> Article:
    """The built-in reader: :func:`parse_article` (asked after every third-party reader)."""
    return parse_article(text, id=id, published=published)
