"""The plain data passed between the pipeline's stages.

load → `Article`; normalise → `NormalisedText` + `Sentence`s; extract → `Extraction`;
resolve → `ResolvedCorpus`. Nothing here knows about RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

LOW_CONFIDENCE = 0.5
"""Facts below this confidence are kept but marked low; queries and the view skip them."""

OFFSET_UNIT = "unicode-code-point"
"""Evidence offsets count Python `str` characters of `Article.text`; `end` is exclusive."""


@dataclass(frozen=True)
class Article:
    """One article as loaded: decoded text plus what is known about it."""

    source: str  # file name, e.g. "000_f69df61967ff0086.txt"
    path: str  # path as given to the loader
    text: str  # decoded article text (HTML: body text; Markdown: after front matter)
    title: str
    date: date | None
    district: str  # county-level unit the article is about, e.g. "衢江区"
    publisher: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence of the normalised text, with its span in the article text."""

    index: int
    text: str  # normalised (simplified, NFKC) text, used by the extractors
    norm_start: int  # span in NormalisedText.text
    norm_end: int
    start: int  # span in Article.text
    end: int
    original: str  # the article text of [start, end), kept for evidence


@dataclass(frozen=True)
class Evidence:
    """Where a fact came from: the sentence, offsets into the article text, the rule."""

    source: str
    sentence: str  # original text of the sentence
    start: int  # offsets of the matched span in Article.text (unicode code points)
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class OrgRef:
    """An organisation as written in one article, before resolution."""

    surface: str  # as written after normalisation, e.g. "区发改局"
    kind: str = (
        "body"  # body | party | government | congress | cppcc | town | company | dept | group
    )


@dataclass(frozen=True)
class PersonMention:
    name: str
    evidence: Evidence


@dataclass(frozen=True)
class Post:
    """A post stated for a person: 宋韬 镇长 of 上方镇."""

    person: str
    role: str
    org: OrgRef | None
    evidence: Evidence
    group: bool = False  # a collective post such as 区领导
    period: tuple[str | None, str | None] | None = None  # (begin, end) as 2019 / 2019-03


@dataclass(frozen=True)
class Credit:
    person: str
    credit_as: str  # 记者, 通讯员, 文, 图, 摄影, 编辑 …
    evidence: Evidence


@dataclass(frozen=True)
class ProjectMention:
    name: str
    evidence: Evidence
    place: str | None = None
    investment_text: str | None = None
    investment_yuan: float | None = None
    capacity: str | None = None
    status: str | None = None
    investors: tuple[OrgRef, ...] = ()
    promoters: tuple[str, ...] = ()  # person names


@dataclass(frozen=True)
class Figure:
    """A number someone commits to (target) or reports as achieved (statistic)."""

    metric: str
    value: float
    unit: str
    year: int | None
    comparator: str | None
    is_target: bool
    evidence: Evidence
    set_by_person: str | None = None
    set_by_org: OrgRef | None = None
    about_project: str | None = None
    about_place: str | None = None


@dataclass(frozen=True)
class PlaceMention:
    name: str  # 上方镇, 樟潭街道, 杜泽村
    place_type: str  # 镇 乡 街道 村 区 县 市
    evidence: Evidence


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    persons: list[PersonMention] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    projects: list[ProjectMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    org_mentions: list[tuple[OrgRef, Evidence]] = field(default_factory=list)
