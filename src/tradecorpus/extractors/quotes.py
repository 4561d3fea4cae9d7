"""Quotes (SPEC §5): direct quotes and reported speech, each with its speaker.

1. **Direct quotes** are the words between quotation marks (``“ ”``, straight ``"``, and the
   ````` ``...'' ````` of some wire copy), in the body's paragraphs. A paragraph that opens a quote
   and does not close it runs on into the next one when that re-opens with a mark (one quote over
   several paragraphs); otherwise the quote ends with its paragraph. Single quotes inside are part
   of the quote. The span excludes the marks.
2. **Their speaker** is read from the speech verb (the *cue*) next to the quote (``“…,” Mnuchin
   told reporters``, ``said one Chinese official``, ``He said: “…”``); a quote inside a sentence
   with a cue elsewhere is a partial quote of that cue's speaker (``described as “…”``); a quote
   that makes up a whole paragraph or sentence without a cue continues the last speaker. Words in
   marks with no cue anywhere and no speaker to continue are titles or scare quotes, not quotes.
3. **Reported speech** is the clause a cue reports: after it (``Mr. Trump said the two sides
   had…``, ``told CNN that…``) or before it (``…, some of the people said.``, ``…, according to
   people familiar with the matter.``). Verbs that also take a plain object (``reported a loss``,
   ``noted the figures``) report a clause only with ``that`` or when the clause comes first. In
   lower-cased punctuation-stripped text only reported speech is found.

The speaker is an official's canonical name when the words before or after the cue name one
(from the first stage's ``doc.officials``); an organisation's canonical name when they name one
(``doc.entities``: ``Xinhua``); a named person's full name (``Lardy`` after ``Nicholas Lardy``);
``he``/``she`` resolve to the last person who spoke, ``it`` to the last organisation, ``the
president`` to the last official with that title; anything else is kept as the source's own
description without its article (``one Chinese official``, ``people familiar with the matter``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from typing import Final, NamedTuple

from tradecorpus.extractors._entity_data import _Hit
from tradecorpus.extractors._phrases import trie_pattern
from tradecorpus.extractors.entities import gazetteer_scan
from tradecorpus.hookspecs import hookimpl
from tradecorpus.model import Document, Quote, Span
from tradecorpus.reader import split_sentences

__all__ = ["CUES", "extract_quotes", "find_quotes"]


@hookimpl
def extract_quotes(doc: Document) -> list[Quote]:
    """The built-in quotes extractor (plugin name ``quotes``): :func:`find_quotes`."""
    return find_quotes(doc)


# --------------------------------------------------------------------------- cues

#: Speech verbs that report a clause straight after them (``said the talks had failed``).
_OPEN_CUES: Final = ("said", "says", "say", "told", "tells", "tweeted", "tweets", "saying")
#: Speech verbs that also take a plain object (``reported a loss``): a clause after them needs
#: ``that``; a clause before them (``…, he added.``) needs nothing.
_THAT_CUES: Final = (
    "added", "adds", "adding", "noted", "notes", "stressed", "stresses", "insisted", "insists", "warned",
    "warns", "argued", "argues", "explained", "explains", "wrote", "writes", "declared", "asserted",
    "maintained", "contended", "cautioned", "complained", "conceded", "replied", "remarked", "observed",
    "testified", "predicted", "predicts", "acknowledged", "acknowledges", "reported", "reports",
    "announced", "announces", "estimated", "estimates", "confirmed", "confirms", "claimed", "claims",
    "disclosed", "revealed", "suggested", "recalled", "emphasized", "emphasised", "stated", "states",
    "reiterated", "repeated", "indicated", "forecast", "projected", "agreed", "denied", "denies",
    "admitted", "admits", "boasted", "boasts", "noting", "signaled", "signalled", "alleged", "alleging",
    "acknowledging", "insisting", "warning", "arguing", "stressing", "explaining", "complaining",
    "assured", "assures", "assuring",
)  # fmt: skip
#: Verbs that attribute words in quotation marks but report no clause (``“Why?” he asked``).
_DIRECT_ONLY: Final = frozenset(
    {"asked", "asks", "answered", "shouted", "exclaimed", "joked", "quipped", "continued", "concluded",
     "called", "calls", "described", "describes", "describing", "urged", "urges", "read", "went on",
     "proclaimed", "pleaded", "protested", "demanded"}
)  # fmt: skip
#: Every cue, ``according to`` included.
CUES: Final = frozenset(
    (*_OPEN_CUES, *_THAT_CUES, *_DIRECT_ONLY, "according to", "made clear", "made it clear")
)
_CUE_WORDS: Final = sorted(CUES)


def _cue_pattern(words: Sequence[str], before: str = r"\b") -> re.Pattern[str]:
    """The cue ``words`` after ``before``, as group 1. (``\b`` first: the engine skips ahead to a
    word's start; :func:`_cues` still refuses a cue joined to the word before it by ``'`` or ``-``.)"""
    return re.compile(
        before
        + "("
        + trie_pattern(
            words, end=r"(?![\w'’-])", escape=lambda ch: r"[ \t\n]+" if ch == " " else re.escape(ch)
        )
        + ")"
    )


#: The cues as written in running text (lower case, or ``According to`` opening a sentence), and
#: in headlines (capitals); each factored as a trie so the engine skips ahead.
# (``Adding, “…”`` opens a sentence.) A cue stands after a space, or after another character that
# is no part of a word, or at the text's start: three patterns, the first of which (by far the most
# found) the engine finds fastest, by the space it opens with.
_RUNNING_CUES: Final = [*_CUE_WORDS, "According to", "Adding"]
_CUE_AFTER_SPACE: Final = _cue_pattern(_RUNNING_CUES, " ")
_CUE_AFTER_MARK: Final = _cue_pattern(_RUNNING_CUES, r"[^\w'’ -]")
_CUE_AT_START: Final = _cue_pattern(_RUNNING_CUES, "")
_CUE_CAPITALS: Final = _cue_pattern([w.upper() for w in _CUE_WORDS])
_WORD_START: Final = re.compile(r"[\w'’-]")
#: What before a cue makes it no speech verb (``is said to``, ``the said``, ``it was reported``).
_NOT_CUE_BEFORE: Final = re.compile(
    r"(?i:\b(?:is|was|were|are|be|been|being|the|to|would|will|can|could|may|might|should|must|not|"
    r"never|n't|cannot)[ \t\n]+)$"
)
#: ``told him to leave``: an order, not speech.
_TOLD_TO: Final = re.compile(r"[ \t\n]+\w+[ \t\n]+to\b")
#: What after a cue makes it no speech verb here (``said to be``, ``told to leave``, ``reports of``).
_NOT_CUE_AFTER: Final = re.compile(r"[ \t\n]+(?:to|of|by|against)\b")

# --------------------------------------------------------------------------- marks

#: (One character class first, which the engine skips ahead on; then the second of ```` `` ```` or ``''``.)
_MARK: Final = re.compile(r"[`'“”\"](?:(?<=`)`|(?<=')'|(?<=[“”\"]))")
_OPENERS: Final = frozenset("“")
_CLOSERS: Final = frozenset("”")
#: Characters after which a straight ``"`` opens a quote.
_BEFORE_OPEN: Final = frozenset(" \t\n([{—–-/:;,")


class _Marked(NamedTuple):
    start: int  # the first quoted character
    end: int  # after the last quoted character
    closed: bool


# --------------------------------------------------------------------------- speakers

_PRONOUNS: Final = {"he": "person", "she": "person", "it": "org", "they": "any", "we": "any", "i": "any"}
#: The last clause boundary before the end of the search, which ends a speaker phrase before a cue:
#: punctuation or a clause word (greedy, so the engine tries from the end back).
_LAST_BOUNDARY: Final = re.compile(
    r"(?s:.*)((?:[,;:“”\"—]|--|``|''|(?i:\b(?:that|and|but|while|as|because|although|though|who|which|"
    r"when|after|before|if|where|whom|whose|so|since|until|than|or)\b)))"
)
#: Words between a speaker and the cue that are not part of who spoke (``Mr. Trump has recently said``).
_AUXILIARIES: Final = re.compile(
    r"(?:(?:^|[ \t\n]+)(?:has|have|had|also|recently|again|repeatedly|previously|earlier|later|then|further|"
    r"always|often|publicly|privately|reportedly|separately|once|himself|herself|itself|themselves|"
    r"did|does|do|is|was|were|are|would|will|frequently|openly|flatly|firmly|bluntly|angrily|quickly|"
    r"initially|originally|subsequently|specifically|explicitly|officially|formally|informally|"
    r"personally|directly|already|still|just|first|last|too|here|there|yesterday|today|tonight|"
    r"(?:on[ \t\n]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:last|this|earlier|later)[ \t\n]+(?:week|month|year)))+$"
)
#: A document by which an organisation speaks (``a Taoran Notes post``, ``the ministry's statement``).
_DOCUMENTS: Final = re.compile(
    r"(?:['’]s)?[ \t\n]*(?:post|report|statement|commentary|article|editorial|blog|release|communique|"
    r"letter|filing|memo|memorandum|tweet|survey|study|analysis|data|figures|estimates|newsletter|"
    r"bulletin|website|web site)"
)
#: Role words that make a phrase a description even when an official is named in it.
_ROLES: Final = re.compile(
    r"\b(?:spokes(?:man|woman|person|men|women|people)|aides?|advis[eo]rs?|officials?|sources?|"
    r"colleagues?|people|person|members?|staff|statement|office|representatives?)\b",
    re.IGNORECASE,
)
_DETERMINERS: Final = frozenset(
    {"one", "a", "an", "some", "two", "three", "several", "many", "other", "another", "senior", "top",
     "officials", "people", "sources", "analysts", "economists", "traders", "dealers", "diplomats",
     "experts", "critics", "most", "few", "both", "all", "no"}
)  # fmt: skip
#: Title words that ``the …`` may use for an official who has already been named.
_TITLE_HEADS: Final = frozenset(
    {"president", "minister", "secretary", "premier", "chancellor", "ambassador", "senator", "governor",
     "representative", "commissioner", "chairman", "spokesman", "spokeswoman", "leader", "negotiator",
     "envoy", "director", "mayor", "king", "queen", "prince"}
)  # fmt: skip
_CAP_NAME: Final = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?[ \t]+)?((?:[A-Z][a-zA-Z'’-]*[a-z][ \t]+|[A-Z]\.[ \t]*){0,3}"
    r"[A-Z][a-zA-Z'’-]*[a-z])$"
)
#: A description of one person: ``one Western envoy``, ``a senior official``, ``the spokesman``.
_ONE_PERSON: Final = re.compile(
    r"(?i:\b(?:official|envoy|diplomat|source|spokes(?:man|woman|person)|economist|analyst|banker|trader|"
    r"dealer|expert|minister|aide|adviser|advisor|negotiator|executive|lawyer|person|owner|president|"
    r"secretary|director|chairman|representative|manager|member|officer|delegate)$)"
)
#: Nouns by which a story refers back to an organisation it has named, and the kinds they fit.
_BODY_NOUNS: Final = {
    "company": ("company",), "firm": ("company",), "group": ("company",), "corporation": ("company",),
    "carrier": ("company",), "airline": ("company",), "bank": ("company", "government", "international"),
    "ministry": ("government",), "department": ("government",), "agency": ("government", "media"),
    "office": ("government",), "commission": ("government", "international"), "council": ("government",),
    "board": ("government",), "government": ("government", "country"), "newspaper": ("media",),
    "paper": ("media",), "daily": ("media",), "organisation": ("international",),
    "organization": ("international",), "fund": ("international",), "union": ("international", "other"),
    "association": ("other", "company"),
}  # fmt: skip
_LEADING_CONJUNCTION: Final = re.compile(r"(?:And|But|Yet|So|Or|and|but|yet)[ \t\n]+")
_LEADING_ARTICLE: Final = re.compile(r"(?i:the)[ \t\n]+")
_WS: Final = re.compile(r"\s+")

# --------------------------------------------------------------------------- clause parts

#: What may stand between a cue and the clause it reports: when, where, how, to whom.
_ADJUNCT: Final = re.compile(
    r"[ \t\n]*,?[ \t\n]*(?:"
    r"(?:(?:on|last|this|late|early|earlier|later|next)[ \t\n]+){0,2}(?:past[ \t\n]+)?"
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|morning|afternoon|evening|night)\b"
    r"|(?:in|at|during|after|on|before|via|through|from)[ \t\n]+(?:a|an|the|its|his|her|their|this|"
    r"one|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's)[ \t\n]+(?:[\w-]+[ \t\n]+)?(?:interview|"
    r"conference|statement|speech|meeting|address|briefing|report|session|hearing|letter|message|"
    r"post|posting|broadcast|release|program|programme|show|commentary|editorial|article|news conference|"
    r"press conference|television interview|radio interview)\b"
    r"|(?:in|at|from)[ \t\n]+[A-Z][\w'’.-]*(?:[ \t\n]+[A-Z][\w'’.-]*){0,2}(?=[ \t\n]*(?:,|that\b|on\b|$))"
    r"|(?:in|since|until|during|last|this|next)[ \t\n]+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|spring|summer|autumn|fall|winter|\d{4})\b"
    r"|(?:on[ \t\n]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t\n]+\d{1,2}"
    r"(?:st|nd|rd|th)?\b"
    r"|(?:in|at|during|on)[ \t\n]+(?:a|an|the|its|his|her|their)[ \t\n]+[\w-]+(?:[ \t\n]+[\w-]+){0,2}"
    r"(?=[ \t\n]*(?:[,.;:]|that\b|$))"
    r"|(?:also|again|recently|previously|publicly|privately|separately|repeatedly|earlier|later|"
    r"yesterday|today|too|however|then|now|late|flatly|bluntly|frankly|firmly|simply)\b"
    r"|(?:reporters|journalists|newsmen|correspondents|Reuters|him|her|them|us|me|parliament|"
    r"Parliament|Congress|lawmakers|legislators|delegates|the[ \t\n]+(?:newspaper|paper|agency|"
    r"magazine|committee|conference|audience|meeting|panel|parliament|assembly|board|senate|house|"
    r"press)|an?[ \t\n]+(?:news|press)[ \t\n]+conference|a[ \t\n]+(?:meeting|conference|briefing|"
    r"seminar|hearing|gathering|group|forum|luncheon|dinner|news[ \t\n]+agency|newspaper|television|"
    r"radio|panel|committee))\b"
    r"),?"
)
#: Whom a speaker told, before a quote: ``told the official PAP news agency recently, “…``.
_OBJECT: Final = re.compile(r"[ \t\n]*(?:[\w'’.-]+[ \t\n]+){0,7}[\w'’.-]+[ \t\n]*[,:][ \t\n]*(?:``|“|\")?")
_THAT: Final = re.compile(r"[ \t\n]*,?[ \t\n]*that\b")
#: Cues that are plural nouns too (``the notes``, ``trade reports``): a clause after them needs ``that``.
_NOUN_LIKE: Final = frozenset(
    {"notes", "reports", "claims", "estimates", "states", "writes", "calls", "hopes"}
)
#: Cues with an object before their clause.
_TELLING: Final = frozenset(
    {"told", "tells", "assured", "assures", "assuring", "informed", "warned", "reminded"}
)
#: ``told reporters at the white house on wednesday that``: ``that`` a few verbless words on.
_LATER_THAT: Final = re.compile(
    r"(?:[ \t\n]+(?!(?:would|will|could|can|is|was|were|are|had|has|have|did|does|that)\b)[\w'’.(),-]+){1,12}"
    r"[ \t\n]+that\b"
)
#: A dateline at the start of a wire story's first sentence (``TAIPEI, March 2 -``).
#: A dateline, with the agency's name where the wire gives it (``PHNOM PENH, Cambodia (AP) _``).
_DATELINE: Final = re.compile(
    r"[A-Z][A-Z .'’&-]{1,40}(?:,[ \t][A-Za-z0-9 .]{1,30})?"
    r"(?:[ \t]+-+[ \t]+|[ \t]*\([A-Za-z .-]{1,20}\)[ \t]*(?:-+|_)[ \t]*)"
)
_CLAUSE_END: Final = " \t\n.,;:!?\"“”'’)-—"
#: How far from a cue or quote its sentence is read, at most.
_REACH: Final = 800
#: A clause must say something: at least this many words.
_MIN_WORDS: Final = 3


class _Speaker(NamedTuple):
    name: str
    mention: Span | None
    kind: str  # "person", "org" or "any"


#: A speaker the text points to (``he``) but does not name: the quote stands, its speaker is None.
_UNKNOWN: Final = _Speaker("", None, "any")


class _Context:
    """What a document offers for telling who spoke: its mentions, sentences, and who spoke last."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.stripped = doc.stripped
        ends: dict[int, tuple[int, str, str]] = {}
        person_mentions: list[tuple[int, int, str, str]] = []
        self.countries = {o.name: o.country for o in doc.officials}
        for official in doc.officials:
            for m in official.mentions:
                ends[m.end] = (m.start, official.name, "person")
                person_mentions.append((m.start, m.end, official.name, (official.title or "").lower()))
        bodies: list[tuple[int, str, str]] = []
        for entity in doc.entities:
            for m in entity.mentions:
                bodies.append((m.start, entity.name, entity.kind))
                if m.end not in ends:
                    ends[m.end] = (m.start, entity.name, "person" if entity.kind == "person" else "org")
        self.ends = ends
        bodies.sort()
        self.bodies = bodies
        self.body_starts = [b[0] for b in bodies]
        self.mention_ends = sorted(ends)
        person_mentions.sort()
        self.person_mentions = person_mentions
        self.person_starts = [p[0] for p in person_mentions]
        self.sentences = [s for s in doc.sentences if s.end > s.start] or split_sentences(doc.text)
        self.sentence_starts = [s.start for s in self.sentences]
        self.paragraphs = list(doc.paragraphs) or [Span.of(doc.text, 0, len(doc.text))]
        self.paragraph_starts = [p.start for p in self.paragraphs]
        self.named: dict[str, str] = {}  # surname -> full name of people named as speakers
        self.last: dict[str, _Speaker] = {}
        self.last_at = -1  # where the last speaker spoke
        self.last_one_at = -1  # where the last single person (named or described) spoke
        self.last_clause_end = 0  # where the last reported clause ended (stripped text)
        self.cue_starts: list[int] = []

    @functools.cached_property
    def gazetteer(self) -> tuple[tuple[_Hit, ...], list[int]]:
        """The gazetteer's names in the text (the scan the first stage shares), and where they start."""
        hits = gazetteer_scan(self.text, self.stripped)
        return hits, [h.start for h in hits]

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``, never across a blank line (a title merged with a dateline)."""
        lo, hi = self._sentence(pos)
        # a "sentence" of thousands of characters is none: keep the work near ``pos`` bounded
        lo, hi = max(lo, pos - _REACH), min(hi, pos + _REACH)
        text = self.text
        blank = text.rfind("\n\n", lo, pos)
        if blank >= 0:
            lo = blank + 2
        blank = text.find("\n\n", pos, hi)
        if blank >= 0:
            hi = blank
        return lo, hi

    def _sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if 0 <= i < len(self.sentences) and pos < self.sentences[i].end:
            return self.sentences[i].start, self.sentences[i].end
        j = bisect.bisect_right(self.paragraph_starts, pos) - 1
        if 0 <= j < len(self.paragraphs) and pos < self.paragraphs[j].end:
            return self.paragraphs[j].start, self.paragraphs[j].end
        return max(0, pos - 300), min(len(self.text), pos + 300)

    def mention_in(self, lo: int, hi: int) -> tuple[int, int, str, str] | None:
        """The last official or entity mention that ends inside ``lo:hi`` and starts in it."""
        i = bisect.bisect_right(self.mention_ends, hi) - 1
        while i >= 0 and self.mention_ends[i] > lo:
            end = self.mention_ends[i]
            start, name, kind = self.ends[end]
            if start >= lo:
                return start, end, name, kind
            i -= 1
        return None

    def first_person(self, lo: int, hi: int) -> tuple[int, int, str, str] | None:
        """The first official mentioned inside ``lo:hi``."""
        i = bisect.bisect_left(self.person_starts, lo)
        if i < len(self.person_mentions) and self.person_mentions[i][1] <= hi:
            return self.person_mentions[i]
        return None

    def mention_at(self, pos: int) -> tuple[int, int] | None:
        """The mention that starts at ``pos`` (after blanks), if any."""
        while pos < len(self.text) and self.text[pos] in " \t\n":
            pos += 1
        i = bisect.bisect_right(self.mention_ends, pos)
        if i < len(self.mention_ends) and self.ends[self.mention_ends[i]][0] == pos:
            return pos, self.mention_ends[i]
        return None

    def in_mention(self, pos: int) -> bool:
        """Whether ``pos`` is inside an official's or entity's mention."""
        i = bisect.bisect_right(self.mention_ends, pos)
        return i < len(self.mention_ends) and self.ends[self.mention_ends[i]][0] < pos

    def body_before(self, noun: str, before: int) -> str | None:
        """The organisation ``the <noun>`` at ``before`` refers back to: the one organisation named
        before it whose kind fits the noun (and whose name has the noun, unless it is a company:
        ``the ministry``, ``the bank``, ``the agency``); None when there are several or none."""
        kinds = _BODY_NOUNS[noun]
        names = {
            name
            for _, name, kind in self.bodies[: bisect.bisect_left(self.body_starts, before)]
            if kind in kinds and (kind == "company" or noun in name.lower())
        }
        return names.pop() if len(names) == 1 else None

    def last_person(self, before: int) -> _Speaker | None:
        """Who ``he`` or ``she`` at ``before`` stands for: the latest official named since the person
        who spoke last as the subject of a sentence or clause, else the person who spoke last, else
        the official named last."""
        spoke = self.last.get("one")
        spoke_at = self.last_one_at
        i = bisect.bisect_left(self.person_starts, before) - 1
        latest: _Speaker | None = None
        for _ in range(8):  # the officials named since the last speaker, latest first
            if i < 0:
                break
            start, _, name, _ = self.person_mentions[i]
            if spoke is not None and (start <= spoke_at or spoke.name == name):
                break
            if self._subject_at(start):
                return _Speaker(name, None, "person")  # ``Rabin said…``: a subject, not ``Rabin's murder``
            latest = latest or _Speaker(name, None, "person")
            i -= 1
        return spoke or latest

    def _subject_at(self, start: int) -> bool:
        """Whether the mention at ``start`` opens its sentence or clause, after title words at most."""
        lo, _ = self.sentence(start)
        d = _DATELINE.match(self.text, lo, start)
        lo = d.end() if d is not None else lo
        return not self.text[lo:start].strip() or _title_words_before(self.text, lo, start)

    def official_titled(self, head: str, before: int, country: str | None) -> tuple[str, str] | None:
        """The official last mentioned before ``before`` whose title has ``head`` in it (and who
        serves ``country``, when one is given: ``the American president``)."""
        i = bisect.bisect_left(self.person_starts, before) - 1
        while i >= 0:
            _, _, name, title = self.person_mentions[i]
            if head in title.split() and (country is None or self.countries.get(name) == country):
                return name, title
            i -= 1
        return None


# --------------------------------------------------------------------------- finder


def find_quotes(doc: Document) -> list[Quote]:
    """The direct quotes and reported speech in ``doc``, in text order, each with its speaker.

    >>> text = '“We are making progress,” Mnuchin told reporters. Officials said talks would resume soon.'
    >>> for q in find_quotes(Document(text=text)):
    ...     print(repr(q.text), q.speaker, q.cue, q.direct)
    'We are making progress,' Mnuchin told True
    'talks would resume soon' officials said False
    """
    text = doc.text
    if not text:
        return []
    ctx = _Context(doc)
    marked = [] if doc.stripped else list(_marked(text, ctx.paragraphs))
    marked_starts = [m.start - 1 for m in marked]
    every = list(_cues(text, ctx))
    cues = [c for c in every if not _within(marked, marked_starts, c[0])]
    inside = [c for c in every if _within(marked, marked_starts, c[0])]
    ctx.cue_starts = [c[0] for c in cues]
    used: set[int] = set()
    attributions: dict[int, tuple[int, int, str] | None] = {}
    for m in marked:
        cue = _direct_cue(text, m, cues, ctx)
        attributions[m.start] = cue
        if cue is not None:
            used.add(cue[0])
    events: list[tuple[int, _Marked | tuple[int, int, str]]] = [(m.start, m) for m in marked]
    events += [(c[0], c) for c in cues if c[0] not in used]
    events.sort(key=lambda e: e[0])
    found: list[Quote] = []
    for _, item in events:
        if isinstance(item, _Marked):
            quote = _direct_quote(text, item, attributions[item.start], cues, ctx)
            if quote is not None:
                found.append(quote)
            continue
        cue_start, cue_end, cue_word = item
        for lo, hi, speaker in _reported(text, cue_start, cue_end, cue_word, ctx):
            found.append(_quote(text, lo, hi, speaker, cue_word, direct=False))
            if speaker is not None:
                _remember(ctx, speaker, cue_start)
    found += _reported_inside(text, [q for q in found if q.direct], inside)
    return sorted(found, key=lambda q: (q.start, q.end))


def _reported_inside(text: str, direct: Sequence[Quote], cues: Sequence[tuple[int, int, str]]) -> list[Quote]:
    """What a speaker reports of their own words inside their quote: ``“I’ve said repeatedly this is
    not a 10-minute process,” Ross told Fox``: ``this is not a 10-minute process``, said by Ross."""
    out: list[Quote] = []
    starts = [q.start for q in direct]
    for cue_start, cue_end, word in cues:
        i = bisect.bisect_right(starts, cue_start) - 1
        if i < 0 or cue_start >= direct[i].end or direct[i].speaker is None or word not in _FIRST_PERSON_CUES:
            continue
        quote = direct[i]
        if not _FIRST_PERSON.search(text, max(quote.start, cue_start - 16), cue_start):
            continue
        pos = _skip_adjuncts(text, cue_end, quote.end)
        that = _THAT.match(text, pos, quote.end)
        pos = that.end() if that is not None else pos
        while pos < quote.end and text[pos] in " \t\n":
            pos += 1
        end = _trim_end(text, pos, quote.end)
        if len(text[pos:end].split()) >= _MIN_WORDS and (that is not None or _finite(text, pos)):
            out.append(
                Quote.of(
                    text,
                    pos,
                    end,
                    speaker=quote.speaker,
                    speaker_mention=quote.speaker_mention,
                    cue=word,
                    direct=False,
                )
            )
    return out


#: A speaker's own earlier words, reported in their quote: ``I’ve said``, ``we have warned``.
_FIRST_PERSON: Final = re.compile(
    r"\b(?:I|I['’]ve|I have|I had|we|We|we['’]ve|We['’]ve|we have|We have)[ \t]+(?:\w+ly[ \t]+)?$"
)
_FIRST_PERSON_CUES: Final = frozenset(
    {"said", "say", "says", "told", "warned", "argued", "stressed", "insisted"}
)


def _within(marked: Sequence[_Marked], starts: Sequence[int], pos: int) -> bool:
    """Whether ``pos`` is inside one of the ``marked`` stretches (marks included)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < marked[i].end + 1


#: How far into a text a headline in capitals may reach.
_HEADLINE_REACH: Final = 400


def _cues(text: str, ctx: _Context) -> Iterator[tuple[int, int, str]]:
    found = [*_CUE_AFTER_SPACE.finditer(text), *_CUE_AFTER_MARK.finditer(text)]
    first = _CUE_AT_START.match(text)
    if first is not None:
        found.append(first)
    found.sort(key=lambda m: m.start(1))
    # headlines (``YEUTTER SAYS …``) open the text
    capitals = list(_CUE_CAPITALS.finditer(text, 0, _HEADLINE_REACH))
    if capitals:
        found = sorted([*found, *capitals], key=lambda m: m.start(1))
    for m in found:
        start, end = m.span(1)
        if start and _WORD_START.match(text, start - 1):
            continue
        before = text[max(0, start - 12) : start]
        not_cue = _NOT_CUE_BEFORE.search(before)
        if (
            not_cue is not None
            and not text[start:end].lower().startswith("according")
            and not ctx.in_mention(start - len(before) + not_cue.start() + 1)
        ):
            continue  # ``is said to``; but ``Theresa May said`` is a name before the cue
        raw = m.group(1)
        word = _WS.sub(" ", raw.lower()) if " " in raw or "\n" in raw or "\t" in raw else raw.lower()
        if word not in ("according to", "told", "tells") and _NOT_CUE_AFTER.match(text, end):
            continue
        if word in ("told", "tells") and _TOLD_TO.match(text, end):
            continue  # told him to leave
        yield start, end, word


def _marked(text: str, paragraphs: Sequence[Span]) -> Iterator[_Marked]:
    """The stretches of text inside quotation marks, paragraph by paragraph."""
    open_at: int | None = None
    for p, para in enumerate(paragraphs):
        for m in _MARK.finditer(text, para.start, para.end):
            mark = m.group()
            if mark == "``" or mark in _OPENERS:
                opening = True
            elif mark in _CLOSERS:
                opening = False
            elif open_at is not None:
                # a straight mark (or ``''``) while a quote is open closes it, unless it re-opens
                # the quote at the start of the paragraph it runs on into
                opening = m.start() == para.start
            else:
                # none open: it opens one unless it plainly ends a word (``kids'' he said``)
                after = text[m.end() : m.end() + 1]
                opening = (
                    m.start() == para.start
                    or text[m.start() - 1] in _BEFORE_OPEN
                    or not (after == "" or after.isspace() or after in ",.;:!?)")
                )
            if opening:
                if open_at is None:
                    open_at = m.end()
                # an opening mark inside an open quote: a re-opened paragraph or a stray mark
            elif open_at is not None:
                if m.start() > open_at:
                    yield _Marked(open_at, m.start(), True)
                open_at = None
        if open_at is not None:
            following = paragraphs[p + 1] if p + 1 < len(paragraphs) else None
            if (
                following is not None
                and _MARK.match(text, following.start)
                and (text[following.start] in "“\"`'")
            ):
                continue  # the quote runs on into the next paragraph
            end = para.end
            while end > open_at and text[end - 1].isspace():
                end -= 1
            if end > open_at:
                yield _Marked(open_at, end, False)
            open_at = None


def _opens_sentence(text: str, sentence_start: int, quote_start: int) -> bool:
    """Whether the quote at ``quote_start`` opens a sentence: nothing before it in its sentence, or
    a sentence's end just before its mark (``…in Lebanon. ``This is…``, run together)."""
    before = text[max(sentence_start, quote_start - 200) : quote_start].rstrip(" \t\n“\"`'")
    return text[sentence_start:quote_start].strip(" \t\n“\"`'") == "" or before.endswith((".", "!", "?", ":"))


def _direct_cue(
    text: str, m: _Marked, cues: Sequence[tuple[int, int, str]], ctx: _Context
) -> tuple[int, int, str] | None:
    """The cue that attributes the whole quote ``m``: just after its closing mark when the quote
    opens its sentence (``“…,” Mnuchin told reporters``), or just before its opening mark when
    nothing but adjuncts stands between (``He told reporters: “…”``). A quote inside a clause is a
    partial quote of that clause's cue, which keeps reporting the clause."""
    starts = ctx.cue_starts
    sentence_start, _ = ctx.sentence(m.start)
    opens = _opens_sentence(text, sentence_start, m.start)
    after = m.end + 1 if m.closed else m.end
    i = bisect.bisect_left(starts, after)
    if opens and i < len(cues):
        cue = cues[i]
        _, close_sentence_end = ctx.sentence(max(after - 1, m.start))
        gap = text[after : cue[0]]
        if (
            cue[0] < max(close_sentence_end, after + 2)
            and len(gap) <= 80
            and len(gap.split()) <= 6
            and not re.search(r"[.!?;:“\"]", gap)
        ):
            return cue
    j = bisect.bisect_left(starts, m.start) - 1
    if j >= 0:
        cue = cues[j]
        if cue[0] >= sentence_start:
            pos = _skip_adjuncts(text, cue[1], m.start)
            that = _THAT.match(text, pos, m.start)
            if that is not None:
                pos = that.end()
            gap = text[pos : m.start].strip(' \t\n,:“"`')
            if cue[2] != "according to" and (
                gap == "" or (cue[2] in ("told", "tells") and _OBJECT.fullmatch(text[pos : m.start]))
            ):
                return cue
    return None


#: Between a closing mark and a name: blanks and capitalised title words only (``,” Senate Leader``).
_TITLE_ONLY: Final = re.compile(r"[\s,”\"'’]*(?:[A-Z][\w.'’-]*[ \t\n]+)*")


def _cue_speaker(
    text: str, cue: tuple[int, int, str], ctx: _Context, quote: tuple[int, int]
) -> _Speaker | None:
    """Who a cue next to a direct quote names: before it (``Mnuchin told``) or after (``said Mnuchin``)."""
    cue_start, cue_end, word = cue
    lo, hi = ctx.sentence(cue_start)
    if word == "according to":
        end = _speaker_end(text, cue_end, hi)
        return _resolve(text, cue_end, end, ctx) if end > cue_end else None
    floor = quote[1] + 1 if quote[1] < cue_start else lo
    if floor > lo:
        # ``“…,” Senate Democratic Leader Chuck Schumer, Sen. Ron Wyden, … wrote``: the first
        # person named between the quote and its cue, unless a role makes the speaker someone else
        first = ctx.first_person(floor, cue_start)
        if first is not None and _TITLE_ONLY.fullmatch(text, floor, first[0]):
            return _Speaker(first[2], Span.of(text, first[0], first[1]), "person")
    start, end = _speaker_phrase(text, lo, cue_start, ctx)
    start = max(start, min(floor, cue_start))
    if text[start:end].strip(" \t\n,”\"'"):
        speaker = _resolve(text, start, end, ctx)
        if speaker is not None:
            return speaker
    comma = _comma_before(text, lo, start) if quote[0] >= cue_end else None
    if comma is not None:
        # ``Louis Gerstner Jr., chairman of RJR, called the sale a “significant step”``: the name
        # the apposition follows, not the words after the cue
        subject = _subject(text, lo, comma, ctx)
        named = _resolve(text, subject[0], subject[1], ctx) if subject is not None else None
        if named is not None:
            return named
    end = _speaker_end(text, cue_end, hi)
    if end > cue_end:
        return _resolve(text, cue_end, end, ctx)
    if word in ("saying", "adding"):
        return ctx.last.get("any")
    return None


def _direct_quote(
    text: str,
    m: _Marked,
    cue: tuple[int, int, str] | None,
    cues: Sequence[tuple[int, int, str]],
    ctx: _Context,
) -> Quote | None:
    start, end = m.start, m.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    words = len(text[start:end].split())
    if cue is not None:
        speaker = _cue_speaker(text, cue, ctx, quote=(m.start, m.end))
        if speaker is not None:
            _remember(ctx, speaker, m.start)
        return _quote(text, start, end, speaker, cue[2], direct=True)
    # a partial quote in a sentence whose cue is elsewhere
    lo, hi = ctx.sentence(start)
    near = cues[bisect.bisect_left(ctx.cue_starts, lo) : bisect.bisect_left(ctx.cue_starts, hi)]
    if near:
        before = [c for c in near if c[0] < start]
        c = before[-1] if before else near[0]
        speaker = _cue_speaker(text, c, ctx, quote=(m.start, m.end))
        if speaker is not None:  # (``Ivanov calls it “a movement in the wrong direction”``: he spoke)
            _remember(ctx, speaker, m.start)
        return _quote(text, start, end, speaker, c[2], direct=True)
    # a whole sentence or paragraph in marks with no cue: the last speaker goes on
    opens_sentence = _opens_sentence(text, lo, m.start)
    if opens_sentence and words >= 4:
        last = ctx.last.get("quote")
        return _quote(text, start, end, last, None, direct=True)
    return None


def _quote(
    text: str, start: int, end: int, speaker: _Speaker | None, cue: str | None, *, direct: bool
) -> Quote:
    return Quote.of(
        text,
        start,
        end,
        speaker=(speaker.name or None) if speaker is not None else None,
        speaker_mention=speaker.mention if speaker is not None else None,
        cue=cue,
        direct=direct,
    )


def _remember(ctx: _Context, speaker: _Speaker, at: int) -> None:
    if not speaker.name:
        return
    ctx.last_at = at
    if speaker.kind == "person" or (speaker.kind == "any" and _ONE_PERSON.search(speaker.name)):
        # ``he`` may be a person named or described (``one Western envoy``)
        ctx.last["one"] = speaker
        ctx.last_one_at = at
    ctx.last["quote"] = speaker
    ctx.last[speaker.kind] = speaker
    ctx.last["any"] = speaker


# --------------------------------------------------------------------------- reported speech


def _reported(
    text: str, cue_start: int, cue_end: int, cue: str, ctx: _Context
) -> list[tuple[int, int, _Speaker | None]]:
    """The clauses a cue reports (none, one, or one each side) and who said them."""
    if cue in _DIRECT_ONLY:
        return []
    if ctx.stripped:
        return _reported_stripped(text, cue_start, cue_end, cue, ctx)
    lo, hi = ctx.sentence(cue_start)
    hi = _trim_end(text, lo, hi)
    if cue == "according to":
        reported = _according(text, lo, hi, cue_start, cue_end, ctx)
        return [reported] if reported is not None else []
    participle = cue.endswith("ing")
    pos = _skip_adjuncts(text, cue_end, hi)
    told = None
    if cue in _TELLING and pos == cue_end:
        article = _LEADING_ARTICLE.match(text, cue_end + 1) if text.startswith(" ", cue_end) else None
        told = ctx.mention_at(article.end() if article is not None else cue_end)
    if told is not None:
        # ``told CNN in August she thought…``: whom, not what (but ``told Reuters Taiwan would…``)
        after_told = _skip_adjuncts(text, told[1], hi)
        start = after_told + len(text[after_told:hi]) - len(text[after_told:hi].lstrip())
        if _THAT.match(text, after_told, hi) or _finite(text, start, far=True):
            pos = after_told
    later = cue in _TELLING or _PREPOSITION.match(text, pos + 1 if text.startswith(" ", pos) else pos)
    that = _THAT.match(text, pos, hi) or (_LATER_THAT.match(text, pos, hi) if later else None)
    if that is not None:
        pos = that.end()
    p_lo, p_hi = _speaker_phrase(text, lo, cue_start, ctx)
    joined = _JOINED_SOURCE.search(text, max(lo, p_lo - 40), p_lo)
    if joined is not None and text[p_lo:p_hi].strip():
        p_lo = joined.start(1)  # ``…, officials and businessmen said``: both are the source
    comma = _comma_before(text, lo, p_lo)
    speaker: _Speaker | None
    if participle:
        # ``…, saying the talks failed``: the sentence's speaker, or whoever spoke last
        speaker = ctx.last.get("any") if ctx.last_at >= lo else None
        if speaker is None:
            start = _after_opening(text, lo, cue_start)
            opener = _resolve(text, start, _subject_end(text, start, cue_start), ctx)
            speaker = opener or ctx.last.get("any") or _UNKNOWN
        comma = None
    else:
        coordinated = not text[p_lo:p_hi].strip() and _AND_BEFORE.search(text, max(lo, p_lo - 6), p_lo)
        if (
            coordinated
            or _PREPOSITION.match(text[p_lo:p_hi].lstrip())
            or _ADVERB_ONLY.fullmatch(text[p_lo:p_hi].strip())
        ):
            # ``The relatives have refused…, and in recent days said``: the sentence's subject spoke
            start = _after_opening(text, lo, cue_start)
            opening = _OPENING_NAME.match(text, start, cue_start)
            if opening is not None and opening.group(1).split()[0] not in _NOT_OPENING_NAMES:
                p_lo, p_hi = opening.span(1)  # ``Solomon forecast inflation…, but said``
            else:
                p_lo, p_hi = start, _subject_end(text, start, cue_start)
            comma = None
        speaker = _resolve(text, p_lo, p_hi, ctx) if text[p_lo:p_hi].strip() else None
        if speaker is None and coordinated:
            speaker = _UNKNOWN
        if speaker is None and comma is not None:
            # inverted: ``…, said one Chinese official.`` (the speaker ends the sentence)
            end = _speaker_end(text, cue_end, hi)
            rest = text[end:hi].strip()
            short = len(text[cue_end:end].split()) <= 6 and not _FINITE_WORD.search(text, cue_end, end)
            ends = rest == "" or rest.startswith((",", "who ", "whose "))
            if end > cue_end and short and cue not in _TELLING and ends:
                speaker = _resolve(text, cue_end, end, ctx)
                clause = _clause_before(text, lo, cue_start) if speaker is not None else None
                return [(clause[0], clause[1], speaker)] if clause is not None else []
        if comma is not None and speaker is None:
            # ``Wang Chao-Ming, vice-chairman of the council, told Reuters``: the name before the comma
            subject = _subject(text, lo, comma, ctx)
            if subject is not None:
                named = _resolve(text, subject[0], subject[1], ctx)
                if named is not None:
                    speaker, comma = named, _comma_before(text, lo, subject[0])
    if speaker is None:
        return []
    if comma is not None and that is None and _ends_clause(text, pos, hi):
        found: list[tuple[int, int, _Speaker | None]] = []
        clause = _clause_before(text, lo, comma)
        if clause is not None:
            found.append((clause[0], clause[1], speaker))
        more = _AND_MORE.match(text, pos, hi)
        if more is not None:
            clause = _clause_after(text, more.start(1), hi)
            if clause is not None:
                found.append((clause[0], clause[1], speaker))
        if found:
            return found
        # ``In fact, the FTC report said, such policies could…``: too little before; the clause follows
    after = _clause_after(text, pos, _next_attribution(text, pos, hi, ctx), after_that=that is not None)
    if (
        after is not None
        and cue in _TELLING
        and that is None
        and pos == cue_end
        and not _finite(text, after[0])
    ):
        after = None  # ``told Israel's Channel One``: whom, not what
    pronoun = cue in _NOUN_LIKE and _SUBJECT_PRONOUN.search(text, lo, cue_start) is not None
    if after is not None and cue in _NOUN_LIKE and that is None and not pronoun:
        after = None  # ``those notes you no longer need``: a noun, unless ``that`` follows
    if after is not None and (
        that is not None
        or cue not in _THAT_CUES
        or (participle and cue != "adding")
        or _finite(text, after[0])
        or pronoun  # ``that he claims the country promised to purchase``: a verb, with its clause
    ):
        return [(after[0], after[1], speaker)]
    if ctx.stripped and after is None:
        clause = _clause_before(text, lo, p_lo)
        if clause is not None:
            return [(clause[0], clause[1], speaker)]
    return []


#: What may stand before a sentence's subject: a conjunction, a dateline's dash.
_SUBJECT_BEFORE: Final = re.compile(r"(?:(?:[,;:]|--|—|\b(?:that|and|but|And|But))[ \t\n]*|[ \t\n]+)$")


def _subject(text: str, lo: int, comma: int, ctx: _Context) -> tuple[int, int] | None:
    """The name an apposition follows: the first official, organisation or capitalised name before
    ``comma`` that opens its clause (after a boundary or title words) and is followed by a comma
    (``Duffy, here on a visit…, said``; ``Polish National Bank head Wladyslaw Baka, in talks…,``)."""
    start = lo
    dateline = _DATELINE.match(text, lo, comma)
    if dateline is not None:
        start = dateline.end()
    candidates: list[tuple[int, int]] = []
    i = bisect.bisect_right(ctx.mention_ends, start)
    while i < len(ctx.mention_ends) and ctx.mention_ends[i] <= comma:
        end = ctx.mention_ends[i]
        i += 1
        if ctx.ends[end][0] >= start and text.startswith(",", end):
            candidates.append((ctx.ends[end][0], end))
    candidates += [m.span(1) for m in _NAME_BEFORE_COMMA.finditer(text, start, comma + 1)]
    for m_start, end in sorted(set(candidates)):
        if (
            text[start:m_start].strip() == ""
            or _SUBJECT_BEFORE.search(text, start, m_start)
            or _title_words_before(text, start, m_start)
        ):
            return m_start, end
    named = _APPOSED_NAME.search(text, max(start, comma - 80), comma + 1)
    if named is not None:
        return named.span(1)  # ``the father's lawyer, Gregory Craig, said``
    # ``This economist, who declined to be named, said``; ``Hata, speaking at the meeting, said``:
    # the comma-separated part before the cue that is not a relative clause, participle or adjunct
    end = comma
    for _ in range(3):
        previous = text.rfind(",", start, end)
        seg_lo = previous + 1 if previous >= 0 else start
        segment = text[seg_lo:end].strip()
        words = segment.split()
        if not words:
            return None
        if not _NOT_A_SUBJECT.match(segment):
            if len(words) > 8:
                return None
            while text[seg_lo] in " \t\n":
                seg_lo += 1
            return seg_lo, seg_lo + len(segment)
        if previous < 0:
            return None
        end = previous
    return None


#: What opens a comma-separated part that is no subject: a relative clause, a participle, an adjunct.
_NOT_A_SUBJECT: Final = re.compile(
    r"(?i:who|which|whose|where|when|while|although|though|because|if|as|in|on|at|for|with|from|by|after|"
    r"before|during|under|since|however|meanwhile|moreover|nevertheless|instead|also|separately|"
    r"[a-z]+ing|[a-z]+ly)\b"
)
#: A capitalised name followed by a comma.
_NAME_BEFORE_COMMA: Final = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-zA-Z'’-]*[a-z][ \t\n]+|[A-Z]\.[ \t\n]*){1,2}[A-Z][a-zA-Z'’-]*[a-z]"
    r"(?:,?[ \t]+(?:Jr\.|Sr\.|III|II))?)(?=,)"
)


#: A name set off by commas just before the cue's comma: ``…, Gregory Craig,``.
_APPOSED_NAME: Final = re.compile(
    r",[ \t\n]+((?:[A-Z][a-zA-Z'’-]*[a-z][ \t\n]+|[A-Z]\.[ \t\n]*){0,2}[A-Z][a-zA-Z'’-]*[a-z]),$"
)


def _title_words_before(text: str, lo: int, start: int) -> bool:
    """Whether the words from the clause boundary before ``start`` to it are a title's."""
    last = _LAST_BOUNDARY.match(text, max(lo, start - 120), start)
    words = text[last.end(1) if last is not None else lo : start].split()
    return bool(words) and all(
        w[:1].isupper() or w.lower() in _TITLE_VOCABULARY or w == "head" for w in words
    )


#: A short source joined by ``and`` to the one before a cue, after a comma: ``, officials and``.
_JOINED_SOURCE: Final = re.compile(
    r",[ \t\n]+((?:[\w.'’-]+[ \t\n]+){0,2}[\w.'’-]+[ \t\n]+(?:and|or)[ \t\n]*)$"
)
#: Capitalised words that open sentences without naming anyone.
_NOT_OPENING_NAMES: Final = frozenset(
    {"The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "In", "On",
     "At", "But", "And", "Some", "Many", "Most", "Other", "Its", "His", "Her", "Their", "Our", "Officials"}
)  # fmt: skip
#: A capitalised name opening a sentence (``Solomon forecast…``).
_OPENING_NAME: Final = re.compile(
    r"[ \t\n]*((?:[A-Z][a-zA-Z'’-]*[a-z][ \t\n]+|[A-Z]\.[ \t\n]*){0,2}[A-Z][a-zA-Z'’-]*[a-z])"
    r"(?=[ \t\n]+[a-z])"
)
#: ``Japan denied…but said``: a verb joined to the sentence's first, so its subject spoke.
_AND_BEFORE: Final = re.compile(r"\b(?:and|but)[ \t\n]*$")
_ADVERB_ONLY: Final = re.compile(r"(?i:then|later|earlier|also|again|now|thus|still|yesterday|today)")
#: Words that end a sentence's subject: a verb or an adverb after it.
_SUBJECT_END: Final = re.compile(
    r"[ \t\n]+(?:has|have|had|is|was|were|are|will|would|could|can|may|might|should|must|did|does|do|"
    r"thus|also|still|then|now|later|earlier|[a-z]+ed|[a-z]+ly)\b|[,;:(]"
)


#: An opening phrase before the subject, up to its comma: ``Putting it more sharply,``, ``Before his
#: address,``, ``In Washington,``.
_OPENING_PHRASE: Final = re.compile(_NOT_A_SUBJECT.pattern + r"[^,.;:!?\n]{0,80},[ \t]+")


def _after_opening(text: str, lo: int, hi: int) -> int:
    """Where the subject of the sentence at ``lo`` may start: after its dateline and an opening
    phrase (``Putting it more sharply, one senior banking official blamed…``)."""
    d = _DATELINE.match(text, lo, hi)
    start = d.end() if d is not None else lo
    opening = _OPENING_PHRASE.match(text, start, hi)
    return opening.end() if opening is not None else start


def _subject_end(text: str, start: int, hi: int) -> int:
    """Where the subject that opens at ``start`` (past the sentence's dateline and opening phrase:
    :func:`_after_opening`) ends, at most ten words in, or ``start``."""
    m = _SUBJECT_END.search(text, start, min(hi, start + 120))
    if m is None or len(text[start : m.start()].split()) > 10:
        return start
    return m.start()


# --------------------------------------------------------------------------- stripped text

_STRIPPED_WORD: Final = re.compile(r"[^\W_]+")
#: Words that may open an unnamed source in stripped text (``one of the people``, ``officials``).
_SOURCE_OPENERS: Final = frozenset(
    {"the", "a", "an", "one", "some", "two", "three", "several", "many", "most", "other", "another",
     "senior", "top", "officials", "people", "sources", "analysts", "economists", "traders", "diplomats",
     "experts", "lawmakers", "executives", "dealers", "bankers", "critics", "negotiators"}
)  # fmt: skip
#: Words a stripped source phrase may hold between its opener and the cue.
_SOURCE_STOPS: Final = frozenset(
    {"to", "by", "in", "on", "at", "for", "from", "and", "but", "that", "is", "was", "were", "are", "be",
     "will", "would", "has", "have", "had", "if", "when", "as", "it", "he", "she", "they", "we", "i"}
)  # fmt: skip
#: ``according to`` sources in stripped text: a description ending in its matter, ``the X of the Y``,
#: or a few words ending in a kind of source (``chinese state media``, ``trade ministry figures``).
_STRIPPED_SOURCE: Final = re.compile(
    r"[ \t\n]+((?:[^\W_]+[ \t\n]+){0,4}?(?:familiar|close|briefed|involved)[ \t\n]+(?:with|to|on|in)"
    r"[ \t\n]+(?:the[ \t\n]+)?[^\W_]+|(?:the|a|an)[ \t\n]+[^\W_]+(?:[ \t\n]+of[ \t\n]+the[ \t\n]+[^\W_]+)?"
    r"|(?:[^\W_]+[ \t\n]+){0,3}?(?:officials?|sources?|media|reports?|data|figures|statistics|estimates?"
    r"|analysts?|economists?|diplomats?|experts?|documents?|spokes(?:man|woman|person)|people)(?![^\W_]))"
)
#: How many words a stripped clause runs to at most before its cue's speaker, and after its cue when
#: no other cue follows in reach (a clause after the cue runs on more often than one before it).
_STRIPPED_REACH: Final = 16
_STRIPPED_AFTER_REACH: Final = 24


def _reported_stripped(
    text: str, cue_start: int, cue_end: int, cue: str, ctx: _Context
) -> list[tuple[int, int, _Speaker | None]]:
    """Reported speech in lower-cased punctuation-stripped text, where no sentence ends are marked:
    a name or pronoun before the cue reports the clause after it (``trump noted that…``, ``he told
    reporters…that…``); an unnamed source or ``according to`` the words before it (``…one of the
    people said``). A clause runs to the next cue's speaker or at most ``_STRIPPED_REACH`` words
    (``_STRIPPED_AFTER_REACH`` after the cue), and never across a blank line: stripped text keeps its
    paragraphs, and reported speech ends with one."""
    start, stop = _paragraph(text, cue_start)
    floor = max(ctx.last_clause_end, cue_start - 400, start)
    if cue == "according to":
        m = _STRIPPED_SOURCE.match(text, cue_end)
        mention = ctx.mention_at(cue_end)
        if mention is not None:
            s_lo, s_hi = mention
        elif m is not None:
            s_lo, s_hi = m.span(1)
        else:
            return []
        speaker = _resolve(text, s_lo, s_hi, ctx)
        clause = _stripped_before(text, floor, cue_start)
        if clause is None or len(text[clause[0] : clause[1]].split()) < 6:
            # too little before: ``according to the text of the agreement signed earlier this year
            # china has agreed to buy…``: the clause after the source (and a participle of it)
            adjunct = _STRIPPED_PARTICIPLE.match(text, s_hi)
            pos = adjunct.end() if adjunct is not None else s_hi
            pos += len(text[pos:]) - len(text[pos:].lstrip())
            after = _stripped_after(text, pos, ctx, cue_end, stop) if _finite(text, pos) else None
            if after is not None:
                ctx.last_clause_end = after[1]
                return [(after[0], after[1], speaker)]
        ctx.last_clause_end = s_hi
        return [(clause[0], clause[1], speaker)] if clause is not None else []
    phrase = _stripped_speaker(text, floor, cue_start, ctx)
    if phrase is None:
        return []
    p_lo, p_hi = phrase
    speaker = _resolve(text, p_lo, p_hi, ctx)
    if speaker is None:
        return []
    # a name, a pronoun or ``a business owner who`` reports what follows
    named = speaker.mention is not None or text[p_lo:p_hi].strip() in _PRONOUNS or p_hi < cue_start
    pos = _skip_adjuncts(text, cue_end, len(text))
    that = _THAT.match(text, pos) or (_LATER_THAT.match(text, pos) if cue in _TELLING else None)
    if that is not None:
        pos = that.end()
    following = _STRIPPED_WORD.match(text, pos + 1 if pos < len(text) and text[pos] == " " else pos)
    joined = following is not None and following.group() in ("and", "but")
    found: list[tuple[int, int, _Speaker | None]] = []
    if (not named and that is None) or joined:
        clause = _stripped_before(text, floor, p_lo)
        if clause is not None:
            found.append((clause[0], clause[1], speaker))
    if named or that is not None or joined:
        clause = _stripped_after(text, pos, ctx, cue_end, stop)
        if clause is not None:
            found.append((clause[0], clause[1], speaker))
            ctx.last_clause_end = clause[1]
        elif named and that is None and not found:
            # the cue closes its paragraph (``…the animal he said``): it reports the words before it
            clause = _stripped_before(text, floor, p_lo)
            if clause is not None:
                found.append((clause[0], clause[1], speaker))
    if found:
        ctx.last_clause_end = max(ctx.last_clause_end, cue_end)
    return found


#: A participle after a source in stripped text, with a time adjunct: ``signed earlier this year``.
_STRIPPED_PARTICIPLE: Final = re.compile(
    r"[ \t]+[a-z]+ed(?:[ \t]+(?:earlier|later|last|this|next|in|on)(?:[ \t]+[a-z0-9]+){0,2})?\b"
)


def _stripped_speaker(text: str, floor: int, cue_start: int, ctx: _Context) -> tuple[int, int] | None:
    """The speaker phrase before a cue in stripped text (``trump``, ``he``, ``one of the people``,
    ``a business owner`` before ``who``), or None if there is none."""
    end = cue_start
    words = list(_STRIPPED_WORD.finditer(text, max(floor, cue_start - 80), cue_start))
    if words and words[-1].group() == "who":
        words.pop()
        end = words[-1].end() if words else cue_start
    if not words:
        return None
    mention = ctx.mention_in(max(floor, end - 60), end)
    if mention is not None and mention[1] == words[-1].end():
        return mention[0], end
    if words[-1].group() in _PRONOUNS:
        return words[-1].start(), end
    best = None
    for k in range(1, min(6, len(words)) + 1):
        w = words[-k].group()
        if w in _SOURCE_OPENERS:
            best = words[-k].start()
        elif best is not None and w != "of":
            break  # ``one of the people``, not ``some targets one of the people``
        elif w in _SOURCE_STOPS or ctx.in_mention(words[-k].start()) or ctx.in_mention(words[-k].end() - 1):
            break
    return (best, end) if best is not None else None


def _paragraph(text: str, pos: int, reach: int = 600) -> tuple[int, int]:
    """The paragraph around ``pos``, no further than ``reach`` characters each side: from just after
    the blank line before it to the one after it."""
    lo, hi = max(0, pos - reach), min(len(text), pos + reach)
    blank = text.rfind("\n\n", lo, pos)
    end = text.find("\n\n", pos, hi)
    return (blank + 2 if blank >= 0 else lo), (end if end >= 0 else hi)


def _stripped_before(text: str, floor: int, end: int) -> tuple[int, int] | None:
    words = list(_STRIPPED_WORD.finditer(text, max(floor, end - 200), end))[-_STRIPPED_REACH:]
    if len(words) < _MIN_WORDS:
        return None
    return words[0].start(), words[-1].end()


def _stripped_after(text: str, pos: int, ctx: _Context, cue_end: int, stop: int) -> tuple[int, int] | None:
    limit = min(stop, pos + 200)
    reach = _STRIPPED_AFTER_REACH
    i = bisect.bisect_left(ctx.cue_starts, cue_end)
    if i < len(ctx.cue_starts) and ctx.cue_starts[i] < limit:
        # up to the next cue's speaker (``…on the tariffs trump noted``), leaving that cue the words
        # it may report before it
        following = _stripped_speaker(text, pos, ctx.cue_starts[i], ctx)
        limit = following[0] if following is not None else ctx.cue_starts[i]
        reach = _STRIPPED_REACH
    words: list[re.Match[str]] = []
    for w in _STRIPPED_WORD.finditer(text, pos, limit):
        if len(words) >= reach or w.group() in ("according",):
            break
        words.append(w)
    if len(words) < _MIN_WORDS:
        return None
    return words[0].start(), words[-1].end()


#: A second clause after a clause-final cue: ``…, some of the people said, and also wants…``.
_AND_MORE: Final = re.compile(r"[ \t\n]*,[ \t\n]*((?:and|but)[ \t\n]+)")


#: Modals and auxiliaries: the verb forms that only a finite clause has.
_FINITE_VERBS: Final = (
    "would|will|could|can|may|might|should|must|is|was|were|are|had|has|have|did|does|wo|won't|can't|"
    "isn't|wasn't|aren't|weren't"
)


def _finite_pattern(words: str) -> re.Pattern[str]:
    """A subject pronoun, or one of ``_FINITE_VERBS`` after ``words`` (a bounded run of words)."""
    return re.compile(rf"(?:(?:he|she|it|they|we|I|there|you)[ \t\n]|{words}(?:{_FINITE_VERBS})\b)")


_FINITE: Final = _finite_pattern(r"(?:[\w'’.-]+[ \t\n]+){1,5}")
_FINITE_FAR: Final = _finite_pattern(r"(?:[\w'’.,-]+[ \t\n]+){1,12}?")
_FINITE_WORD: Final = re.compile(rf"\b(?:{_FINITE_VERBS})\b")


def _finite(text: str, pos: int, *, far: bool = False) -> bool:
    """Whether the words at ``pos`` open a finite clause (``he would be willing``, ``March 1 would be``)
    rather than an object (``a loss of 5 mln dlrs``): a subject pronoun, or a modal or auxiliary within
    five words (``far``: twelve, where no object can stand, as after a preposition)."""
    return (_FINITE_FAR if far else _FINITE).match(text, pos) is not None


def _next_attribution(text: str, pos: int, hi: int, ctx: _Context) -> int:
    """Where a clause from ``pos`` must stop: before the speaker of a further cue in the sentence
    (``there is no evidence, and the father's lawyer, Gregory Craig, said``)."""
    i = bisect.bisect_right(ctx.cue_starts, pos)
    if i >= len(ctx.cue_starts) or ctx.cue_starts[i] >= hi:
        return hi
    cue = ctx.cue_starts[i]
    p_lo, p_hi = _speaker_phrase(text, pos, cue, ctx)
    if text[p_lo:p_hi].strip() and text[p_lo:p_hi].strip().lower() not in _PRONOUNS:
        stop = p_lo
    else:
        comma = _comma_before(text, pos, p_lo)
        subject = _subject(text, pos, comma, ctx) if comma is not None else None
        if subject is None:
            return hi
        stop = subject[0]
    while stop > pos:
        if text.endswith((" and", " but", " the"), pos, stop):
            stop -= 4
        elif text[stop - 1] in " \t\n,'’":
            stop -= 1
        else:
            break
    return stop if stop > pos else hi


def _comma_before(text: str, lo: int, pos: int) -> int | None:
    """The offset of a comma just before ``pos`` (blanks between), if the sentence has one there."""
    i = pos
    while i > lo and text[i - 1] in " \t\n":
        i -= 1
    return i - 1 if i > lo and text[i - 1] == "," else None


def _according(
    text: str, lo: int, hi: int, cue_start: int, cue_end: int, ctx: _Context
) -> tuple[int, int, _Speaker | None] | None:
    end = _speaker_end(text, cue_end, hi)
    if end <= cue_end:
        return None
    speaker = _resolve(text, cue_end, end, ctx)
    head = text[lo:cue_start].strip(" \t\n,")
    if not head or _DATELINE.fullmatch(text[lo:cue_start]):
        rest = text[end:hi].lstrip(" \t\n,")
        start = hi - len(rest)
        clause = _clause_after(text, start, hi)
        if clause is None:
            return None
        return clause[0], clause[1], speaker
    clause = _clause_before(text, lo, cue_start)
    if clause is None:
        return None
    return clause[0], clause[1], speaker


def _trim_end(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1] in _CLAUSE_END:
        hi -= 1
    return hi


def _ends_clause(text: str, pos: int, hi: int) -> bool:
    """Whether the cue's clause ends at ``pos``: the sentence ends, or a comma starts another part."""
    rest = text[pos:hi].strip(' \t\n.;:!?"”’')
    # ``…, he told a conference sponsored by…``, ``…, MITI said in its annual white paper on trade.``
    return rest == "" or rest.startswith(",") or bool(_PREPOSITION.match(rest) or _PARTICIPLE.match(rest))


#: A pronoun subject just before a cue: the cue is a verb (``that he claims Xi promised``).
_SUBJECT_PRONOUN: Final = re.compile(r"\b(?:he|she|it|they|He|She|It|They)[ \t]+$")


def _skip_adjuncts(text: str, pos: int, hi: int) -> int:
    """Past the time, place and audience words after a cue (``said on Tuesday in Beijing``), but not
    past a subject that looks like one (``insisted March 1 would be a hard deadline``)."""
    for _ in range(4):
        m = _ADJUNCT.match(text, pos, hi)
        if m is None or m.end() == pos:
            break
        if not text[pos : m.end()].rstrip().endswith(",") and _AUXILIARY_NEXT.match(text, m.end(), hi):
            break
        pos = m.end()
    return pos


#: A verb that makes the words before it a subject.
_AUXILIARY_NEXT: Final = re.compile(
    r"[ \t\n]*(?:would|will|is|was|could|should|might|must|has|had|can|remains|marks)\b"
)


def _clause_after(text: str, pos: int, hi: int, *, after_that: bool = False) -> tuple[int, int] | None:
    """The clause from ``pos`` to the sentence's end ``hi``, or to a quote that opens a new sentence
    (``…Lebanon. ``This is…``) or another attribution (``…, noting that…``, ``…, officials said``)."""
    while pos < hi and text[pos] in " \t\n,:":
        pos += 1
    if pos >= hi or text[pos] in '“"`':
        return None
    stop = _CLAUSE_STOP.search(text, pos, hi)
    if stop is not None:
        hi = stop.start()
    end = _trim_end(text, pos, hi)
    if len(text[pos:end].split()) < _MIN_WORDS:
        return None
    if not after_that and _PREPOSITION.match(text, pos) and not _finite(text, pos, far=True):
        return None  # ``said at the Economic Club of New York``: where, not what
    return pos, end


#: Where a reported clause stops before its sentence does.
_CLAUSE_STOP: Final = re.compile(
    r"[.!?][ \t\n]+(?:``|“|\")|,[ \t\n]+(?:saying|adding|noting|stressing|insisting|warning|arguing|"
    r"explaining|according[ \t\n]+to)\b"
)
_PARTICIPLE: Final = re.compile(r"[a-z]+ed[ \t\n]+(?:by|in|at|on|for)\b")
_PREPOSITION: Final = re.compile(r"(?:at|in|on|during|after|before|from|with|for|by|to|of|about|under)\b")


def _clause_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    start = lo
    dateline = _DATELINE.match(text, lo, hi)
    if dateline is not None:
        start = dateline.end()
    while start < hi and text[start] in " \t\n":
        start += 1
    end = hi
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    if end <= start or len(text[start:end].split()) < _MIN_WORDS:
        return None
    if text[start] in '“"`' or text[end - 1] in "”\"'":
        return None  # a direct quote, found as such
    return start, end


def _speaker_phrase(text: str, lo: int, cue_start: int, ctx: _Context) -> tuple[int, int]:
    """The speaker phrase before a cue: from the last clause boundary (outside any name) to the cue;
    for ``a business owner who said``, the phrase before ``who``."""
    end = cue_start
    for _ in range(3):
        start = _boundary_before(text, lo, end, ctx)
        word = text[start - 4 : start].lower()
        if word != " who" and not (start >= 3 and text[start - 3 : start] == "who"):
            return start, cue_start if end == cue_start else end
        end = start - 3
        while end > lo and text[end - 1] in " \t\n,":
            end -= 1
    return cue_start, cue_start


def _boundary_before(text: str, lo: int, end: int, ctx: _Context) -> int:
    """Where the last clause boundary before ``end`` ends (one inside a name does not count), or
    ``lo`` (after a dateline) when there is none within 120 characters."""
    dateline = _DATELINE.match(text, lo, end)
    if dateline is not None:
        lo = dateline.end()  # ``WASHINGTON, March 3 -``: its comma is no boundary
    window_lo = max(lo, end - 120)
    stop = end
    while stop > window_lo:
        last = _LAST_BOUNDARY.match(text, window_lo, stop)
        if last is None:
            break
        if not ctx.in_mention(last.start(1)):
            return last.end(1)
        stop = last.start(1)
    if end - lo > 120:
        return end
    d = _DATELINE.match(text, lo, end)
    return d.end() if d is not None else lo


_SPEAKER_END: Final = re.compile(
    r"[,;:“”\"()—]|--|(?<![A-Z])(?<!\bMr|\bMs|\bDr|\bJr|\bSt|\bCo)(?<!\bMrs|\bInc|\bLtd|\bSen|\bRep|\bGov)"
    r"(?<!\bCorp)\.|\b(?:that|who|which|when|in|on|at|after|as|to|told|because|while|"
    r"and[ \t\n]+(?:that|is|was))\b"
)


def _speaker_end(text: str, pos: int, hi: int) -> int:
    """Where the speaker phrase after a cue ends: at a comma, a clause word or the sentence's end."""
    m = _SPEAKER_END.search(text, pos, hi)
    end = m.start() if m is not None else hi
    while end > pos and text[end - 1] in " \t\n":
        end -= 1
    if len(text[pos:end].split()) > 9:
        return pos
    return end


_NAME_WORD: Final = re.compile(r"(?:[A-Z][a-zA-Z'’-]*[a-z]|[A-Z]\.)")
#: Words of a title before a name (``Cabinet minister``, ``U.S. Trade Representative``).
_TITLE_VOCABULARY: Final = frozenset(
    {"minister", "secretary", "president", "premier", "spokesman", "spokeswoman", "chairman", "director",
     "ambassador", "senator", "governor", "representative", "commissioner", "chancellor", "envoy",
     "negotiator", "leader", "official", "deputy", "vice", "prime", "foreign", "trade", "finance",
     "cabinet", "state", "chief", "general", "sen.", "rep.", "gov.", "mr.", "mrs.", "ms.", "dr.", "u.s.",
     "defense", "defence", "economy", "agriculture", "commerce", "treasury", "industry", "interior",
     "undersecretary", "assistant", "under", "senior", "former", "acting", "king", "queen", "prince",
     "coordinator", "adviser", "advisor", "mayor", "attorney", "judge", "lawyer"}
)  # fmt: skip


def _country_named(text: str, lo: int, hi: int, ctx: _Context) -> str | None:
    """The country a demonym or name in ``text[lo:hi]`` stands for (``the American president``), as
    the entity gazetteer reads it."""
    hits, starts = ctx.gazetteer
    for k in range(bisect.bisect_left(starts, lo), len(hits)):
        hit = hits[k]
        if hit.start >= hi:
            break
        if hit.entry.kind == "country":
            return hit.entry.country
    return None


def _titled_name(words: Sequence[str]) -> list[str] | None:
    """The name at the end of ``Cabinet minister Michael Eitan`` (title words, then a name)."""
    if len(words) < 2 or len(words) > 8:
        return None
    i = len(words)
    while (
        i > 0
        and len(words) - i < 3
        and _NAME_WORD.fullmatch(words[i - 1])
        and (words[i - 1].lower() not in _TITLE_VOCABULARY)
    ):
        i -= 1
    name = list(words[i:])
    if not name or i == 0 or words[i - 1].lower() not in _TITLE_VOCABULARY:
        return None
    for w in words[:i]:
        if not (w[:1].isupper() or w.lower() in _TITLE_VOCABULARY or w.lower().endswith(("'s", "’s"))):
            return None
    if words[0].lower() in _DETERMINERS or name[-1].endswith("."):
        return None
    return name


def _resolve(text: str, lo: int, hi: int, ctx: _Context) -> _Speaker | None:
    """Who the words ``text[lo:hi]`` (a speaker phrase) stand for."""
    while lo < hi and text[lo] in " \t\n,":
        lo += 1
    while hi > lo and text[hi - 1] in " \t\n,":
        hi -= 1
    aux = _AUXILIARIES.search(text[lo:hi])
    if aux is not None:
        hi = lo + aux.start()
    lead = _LEADING_CONJUNCTION.match(text, lo, hi)
    if lead is not None:
        lo = lead.end()
    phrase = text[lo:hi]
    if not phrase:
        return None
    words = phrase.split()
    if not words:
        return None  # blanks ``split`` knows and the trimming above does not (``\u2028``)
    lower = phrase.lower()
    if len(words) > 14:
        hit = ctx.mention_in(lo, hi)
        if hit is None or hit[1] != hi:
            return None
        # ``a visit this week by U.S. Commerce Secretary Malcolm Baldrige``: the name that ends it
        return _Speaker(hit[2], Span.of(text, hit[0], hit[1]), hit[3])
    last = words[-1].lower()
    if len(words) > 1 and last in _PRONOUNS and last not in ("we", "i") and ctx.mention_in(lo, hi) is None:
        return _resolve(text, hi - len(words[-1]), hi, ctx)  # ``In a statement … here he said``
    verb = _FINITE_WORD.search(text, lo, hi)
    if (verb is not None and not ctx.in_mention(verb.start() + 1)) or lower.endswith(" who"):
        return None  # ``right will archive those notes``: a clause, not who spoke (``Theresa May`` is)
    if lower in _PRONOUNS:
        kind = _PRONOUNS[lower]
        if lower in ("we", "i"):
            return None
        found = ctx.last_person(lo) if kind == "person" else ctx.last.get(kind) or ctx.last.get("any")
        return found or _UNKNOWN  # ``he said``, and no one to be he: the words are still a quote
    of = phrase.find(" of ")
    if of > 0 and not ctx.in_mention(lo + of + 1):
        # ``Jonathan S. Gelles of Wertheim Schroder``, ``Pat Carney of Canada``: the person, not the place
        person = _resolve(text, lo, lo + of, ctx)
        mention = person.mention if person is not None and person.kind == "person" else None
        if mention is not None and (len(mention.text.split()) > 1 or ctx.mention_in(lo, lo + of) is not None):
            return person
    hit = ctx.mention_in(lo, hi)
    if hit is not None:
        start, end, name, kind = hit
        tail = text[end:hi].strip(" \t\n'’s.")
        head = text[lo:start]
        by_document = kind == "org" and _DOCUMENTS.fullmatch(text, end, hi) is not None
        if (tail == "" or by_document) and not _ROLES.search(head):
            if kind == "person":
                ctx.named.setdefault(name.split()[-1], name)
            return _Speaker(name, Span.of(text, start, end), kind)
    stripped_phrase = _LEADING_ARTICLE.sub("", phrase, count=1) if lower.startswith("the ") else phrase
    # ``the president``: the last official with that title
    last_word = words[-1].lower()
    if lower.startswith("the ") and len(words) <= 3 and last_word in _TITLE_HEADS:
        country = _country_named(text, lo, hi, ctx) if len(words) == 3 else None
        named = ctx.official_titled(last_word, lo, country)
        if named is not None:
            return _Speaker(named[0], None, "person")
    # ``the company``, ``the ministry``: the organisation of that sort named just before
    if lower.startswith("the ") and len(words) <= 6 and last_word in _BODY_NOUNS:
        body = ctx.body_before(last_word, lo)
        if body is not None:
            return _Speaker(body, None, "org")
    if not ctx.stripped:
        titled = _titled_name(words)
        if titled is not None:
            s = lo + phrase.rindex(titled[0])
            full = " ".join(titled)
            if len(titled) == 1:
                full = ctx.named.get(titled[0], full)
            else:
                ctx.named.setdefault(titled[-1], full)
            return _Speaker(full, Span.of(text, s, s + len(phrase) - phrase.rindex(titled[0])), "person")
        cap = _CAP_NAME.fullmatch(phrase)
        if cap is not None and not _ROLES.search(phrase) and words[0].lower() not in _DETERMINERS:
            full = cap.group(1)
            parts = full.split()
            if len(parts) == 1:
                full = ctx.named.get(parts[0], full)
            else:
                ctx.named.setdefault(parts[-1], full)
            s = lo + phrase.index(cap.group(1))
            return _Speaker(full, Span.of(text, s, s + len(cap.group(1))), "person")
    first = stripped_phrase.split()[0]
    if first.lower() in _DETERMINERS and first[0].isupper():
        stripped_phrase = first.lower() + stripped_phrase[len(first) :]
    return _Speaker(_WS.sub(" ", stripped_phrase), None, "any")
