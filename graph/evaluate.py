"""Score the graph against hand-written gold files (rules: tests/gold/FORMAT.md).

Kinds scored per article: persons, person-role, person-role-org, credits, projects,
targets. Predictions are read from the article named graphs of an ``rdflib.Dataset``
(vocabulary: docs/design.md) and matched one-to-one against the gold items.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, RDF, SKOS
from rdflib.term import Node

QJ = Namespace("https://w3id.org/qjkg/ontology#")

KINDS: tuple[str, ...] = (
    "persons",
    "person-role",
    "person-role-org",
    "credits",
    "projects",
    "targets",
)

# ---------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class GoldPost:
    """A (person, role, organisation) the text states; ``orgs`` = acceptable names."""

    person: str
    role: str
    orgs: tuple[str, ...]


@dataclass(frozen=True)
class GoldCredit:
    """A byline: ``credit_as`` is the JSON field ``as`` (文, 图, 记者 …)."""

    person: str
    credit_as: str


@dataclass(frozen=True)
class GoldTarget:
    """A stated target; ``year`` is None when the gold item leaves it open."""

    text: str
    value: float
    unit: str
    year: int | None


@dataclass(frozen=True)
class Gold:
    """One gold file."""

    id: str
    source: str
    title: str | None
    date: str | None
    district: str | None
    persons: tuple[str, ...]
    posts: tuple[GoldPost, ...]
    credits: tuple[GoldCredit, ...]
    projects_required: tuple[str, ...]
    projects_allowed: tuple[str, ...]
    targets_required: tuple[GoldTarget, ...]
    targets_allowed: tuple[GoldTarget, ...]


@dataclass(frozen=True)
class PredPost:
    """A predicted membership; ``org_names`` = prefLabel and every altLabel of the org."""

    person: str
    role: str
    org: str | None
    org_names: tuple[str, ...]
    sentence: str = ""


@dataclass(frozen=True)
class PredCredit:
    """A predicted byline."""

    person: str
    credit_as: str
    sentence: str = ""


@dataclass(frozen=True)
class PredTarget:
    """A predicted target; ``text`` is its evidence sentence."""

    text: str
    value: float | None
    unit: str
    year: int | None
    sentence: str = ""


@dataclass(frozen=True)
class PredProject:
    """A predicted project mention."""

    name: str
    sentence: str = ""


@dataclass
class Prediction:
    """Everything predicted for one article (keyed by its source file name)."""

    source: str
    persons: list[tuple[str, str]] = field(default_factory=list)  # (name, sentence)
    posts: list[PredPost] = field(default_factory=list)
    projects: list[PredProject] = field(default_factory=list)
    targets: list[PredTarget] = field(default_factory=list)
    credits: list[PredCredit] = field(default_factory=list)


@dataclass(frozen=True)
class Finding:
    """A miss (gold item not found) or a false hit (prediction counted FP).

    ``sentence`` is the prediction's sentence; for a miss it is the sentence of the
    nearest prediction (``nearest``), or the gold text when there is none.
    """

    article: str
    kind: str
    item: str
    sentence: str = ""
    nearest: str = ""


@dataclass
class Score:
    """Counts for one kind; ``neutral`` = predictions matching only allowed items."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral: int = 0
    misses: list[Finding] = field(default_factory=list)
    false_hits: list[Finding] = field(default_factory=list)

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        # No counted predictions: vacuously perfect only when nothing was missed either.
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def add(self, other: Score) -> None:
        """Accumulate ``other`` into this score (micro-averaging)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.neutral += other.neutral
        self.misses.extend(other.misses)
        self.false_hits.extend(other.false_hits)


@dataclass
class ArticleScore:
    """Scores of one gold article; ``predicted`` is False when the graph lacks it."""

    gold_id: str
    source: str
    predicted: bool
    scores: dict[str, Score]


@dataclass
class Report:
    """Per-article scores, micro-averaged totals, and predicted sources without gold."""

    articles: list[ArticleScore]
    totals: dict[str, Score]
    unscored_sources: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Gold files


def _field(obj: Mapping[str, Any], key: str, where: str, path: Path) -> Any:
    if not isinstance(obj, Mapping) or key not in obj:
        raise ValueError(f"{path.name}: {where}: missing field {key!r}")
    return obj[key]


def _str(value: Any, where: str, path: Path, nullable: bool = False) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{path.name}: {where}: expected a string, got {value!r}")
    return value


def _list(value: Any, where: str, path: Path) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{path.name}: {where}: expected a list, got {type(value).__name__}")
    return value


def _gold_target(obj: Any, where: str, path: Path) -> GoldTarget:
    value = _field(obj, "value", where, path)
    # bool is an int subclass; a true/false value is a typo, not a number.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{path.name}: {where}.value: expected a number, got {value!r}")
    year = obj.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise ValueError(f"{path.name}: {where}.year: expected an integer or null, got {year!r}")
    return GoldTarget(
        text=str(_str(_field(obj, "text", where, path), f"{where}.text", path)),
        value=float(value),
        unit=str(_str(_field(obj, "unit", where, path), f"{where}.unit", path)),
        year=year,
    )


def _parse_gold(data: Any, path: Path) -> Gold:
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: top level must be a JSON object")
    top = "top level"
    persons = _list(_field(data, "persons", top, path), "persons", path)
    posts = []
    for i, post in enumerate(_list(_field(data, "posts", top, path), "posts", path)):
        where = f"posts[{i}]"
        orgs = _list(_field(post, "org", where, path), f"{where}.org", path)
        posts.append(
            GoldPost(
                person=str(_str(_field(post, "person", where, path), f"{where}.person", path)),
                role=str(_str(_field(post, "role", where, path), f"{where}.role", path)),
                orgs=tuple(str(_str(o, f"{where}.org", path)) for o in orgs),
            )
        )
    credits = []
    for i, credit in enumerate(_list(_field(data, "credits", top, path), "credits", path)):
        where = f"credits[{i}]"
        credits.append(
            GoldCredit(
                person=str(_str(_field(credit, "person", where, path), f"{where}.person", path)),
                credit_as=str(_str(_field(credit, "as", where, path), f"{where}.as", path)),
            )
        )
    projects = _field(data, "projects", top, path)
    targets = _field(data, "targets", top, path)
    proj = {
        part: tuple(
            str(_str(p, f"projects.{part}", path))
            for p in _list(_field(projects, part, "projects", path), f"projects.{part}", path)
        )
        for part in ("required", "allowed")
    }
    targ = {
        part: tuple(
            _gold_target(t, f"targets.{part}[{i}]", path)
            for i, t in enumerate(
                _list(_field(targets, part, "targets", path), f"targets.{part}", path)
            )
        )
        for part in ("required", "allowed")
    }
    return Gold(
        id=str(_str(_field(data, "id", top, path), "id", path)),
        source=str(_str(_field(data, "source", top, path), "source", path)),
        title=_str(_field(data, "title", top, path), "title", path, nullable=True),
        date=_str(_field(data, "date", top, path), "date", path, nullable=True),
        district=_str(_field(data, "district", top, path), "district", path, nullable=True),
        persons=tuple(str(_str(p, "persons", path)) for p in persons),
        posts=tuple(posts),
        credits=tuple(credits),
        projects_required=proj["required"],
        projects_allowed=proj["allowed"],
        targets_required=targ["required"],
        targets_allowed=targ["allowed"],
    )


def load_gold(directory: str | Path) -> list[Gold]:
    """Load every ``*.json`` gold file in ``directory`` (sorted by file name).

    Raises ValueError naming the file for malformed JSON, missing fields or
    duplicate ids; FileNotFoundError when the directory does not exist.
    """
    root = Path(directory)
    if not root.is_dir():
        raise FileNotFoundError(f"gold directory not found: {root}")
    golds: list[Gold] = []
    seen: dict[str, Path] = {}
    for path in sorted(root.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path.name}: malformed JSON: {exc}") from exc
        gold = _parse_gold(data, path)
        if gold.id in seen:
            raise ValueError(
                f"{path.name}: duplicate id {gold.id!r} (also in {seen[gold.id].name})"
            )
        seen[gold.id] = path
        golds.append(gold)
    return golds


# ---------------------------------------------------------------------------
# Normalisation and matching rules


def _identity(text: str) -> str:
    return text


@lru_cache(maxsize=1)
def _simplifier() -> Callable[[str], str]:
    # Imported lazily: graph.normalise is written by someone else and may be absent.
    try:
        from graph.normalise import to_simplified
    except ImportError:
        return _identity
    return to_simplified


def norm_text(text: str) -> str:
    """NFKC, traditional→simplified, whitespace removed (never significant in a name)."""
    text = unicodedata.normalize("NFKC", text)
    text = _simplifier()(text)
    return "".join(text.split())


_ROLE_MARKERS: tuple[str, ...] = ("副", "常务", "执行", "名誉", "原", "前", "代")


def role_matches(pred: str, gold: str) -> bool:
    """Equal, or one contains the other and the extra characters hold no rank marker."""
    p, g = norm_text(pred), norm_text(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    short, long = (p, g) if len(p) < len(g) else (g, p)
    start = long.find(short)
    while start != -1:
        # The extra characters are what lies around this occurrence of the shorter title;
        # prefix and suffix are checked apart so no marker is invented across the gap.
        before, after = long[:start], long[start + len(short) :]
        if not any(m in before or m in after for m in _ROLE_MARKERS):
            return True
        start = long.find(short, start + 1)
    return False


_ORG_PREFIXES: tuple[str, ...] = ("中共", "浙江省", "衢州市", "衢江区")
_BRACKETS = str.maketrans("", "", "()（）[]［］【】〔〕")


def org_core(name: str) -> str:
    """The comparable core of an organisation name (FORMAT.md rule).

    Prefixes are only dropped while something remains, so "衢江区" stays "衢江区"
    instead of becoming "" (which would be contained in every name).
    """
    core = norm_text(name).translate(_BRACKETS).replace("委员会", "委")
    changed = True
    while changed:
        changed = False
        for prefix in _ORG_PREFIXES:
            if core.startswith(prefix) and len(core) > len(prefix):
                core = core[len(prefix) :]
                changed = True
    if core[:1] in ("区", "市") and len(core) > 1:
        core = core[1:]
    return core


def _core_contains(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    # A one-character core ("委" from 中共衢江区委员会) would otherwise match every
    # committee ("纪委", "农业农村委"); require equality for it.
    return len(short) >= 2 and short in long


def org_matches(pred_names: Iterable[str] | str | None, gold_names: Sequence[str]) -> bool:
    """True when the gold list is empty, or some predicted and gold core contain each other."""
    if not gold_names:
        return True
    if pred_names is None:
        return False
    names = (pred_names,) if isinstance(pred_names, str) else tuple(pred_names)
    gold_cores = [org_core(g) for g in gold_names]
    return any(_core_contains(org_core(p), g) for p in names for g in gold_cores)


def project_matches(pred: str, gold: str) -> bool:
    """Equal after normalisation, or containment with the shorter ≥ 60% of the longer."""
    p, g = norm_text(pred), norm_text(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    short, long = (p, g) if len(p) < len(g) else (g, p)
    # Integer arithmetic: 0.6 * len is inexact in floating point.
    return short in long and 5 * len(short) >= 3 * len(long)


def target_matches(pred: PredTarget, gold: GoldTarget) -> bool:
    """Same value and unit; the year must match when the gold item has one."""
    if pred.value is None or abs(float(pred.value) - float(gold.value)) >= 1e-6:
        return False
    if norm_text(pred.unit or "") != norm_text(gold.unit or ""):
        return False
    return gold.year is None or pred.year == gold.year


# ---------------------------------------------------------------------------
# Scoring

P = TypeVar("P")
G = TypeVar("G")


@dataclass(frozen=True)
class _Kind(Generic[P, G]):
    name: str
    pred_key: Callable[[P], Hashable]
    gold_key: Callable[[G], Hashable]
    match: Callable[[P, G], bool]
    show_pred: Callable[[P], str]
    show_gold: Callable[[G], str]
    sentence: Callable[[P], str]
    near: Callable[[P, G], int]  # > 0: worth showing next to a miss; higher is nearer
    gold_text: Callable[[G], str] = lambda _g: ""


def _dedupe(items: Iterable[Any], key: Callable[[Any], Hashable]) -> list[Any]:
    seen: set[Hashable] = set()
    out = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _max_matching(n_pred: int, n_gold: int, ok: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum one-to-one matching pred → gold (augmenting paths, deterministic order).

    Better than plain greedy: a prediction that fits two gold items gives way to
    one that fits only one of them.
    """
    adj = [[g for g in range(n_gold) if ok(p, g)] for p in range(n_pred)]
    gold_of: dict[int, int] = {}  # gold index → pred index

    def augment(p: int, visited: set[int]) -> bool:
        for g in adj[p]:
            if g in visited:
                continue
            visited.add(g)
            if g not in gold_of or augment(gold_of[g], visited):
                gold_of[g] = p
                return True
        return False

    for p in range(n_pred):
        augment(p, set())
    return {p: g for g, p in gold_of.items()}


def _score_kind(
    kind: _Kind[P, G],
    article: str,
    preds: Sequence[P],
    required: Sequence[G],
    allowed: Sequence[G] = (),
) -> Score:
    preds = _dedupe(preds, kind.pred_key)
    required = _dedupe(required, kind.gold_key)
    req_keys = {kind.gold_key(g) for g in required}
    # An item listed both as required and allowed is required.
    allowed = [g for g in _dedupe(allowed, kind.gold_key) if kind.gold_key(g) not in req_keys]

    hit = _max_matching(len(preds), len(required), lambda p, g: kind.match(preds[p], required[g]))
    rest = [i for i in range(len(preds)) if i not in hit]
    neutral = _max_matching(
        len(rest), len(allowed), lambda p, g: kind.match(preds[rest[p]], allowed[g])
    )

    score = Score(tp=len(hit), neutral=len(neutral))
    for j, i in enumerate(rest):
        if j not in neutral:
            score.fp += 1
            p = preds[i]
            score.false_hits.append(
                Finding(article, kind.name, kind.show_pred(p), kind.sentence(p))
            )
    matched = set(hit.values())
    for g_index, gold in enumerate(required):
        if g_index in matched:
            continue
        score.fn += 1
        ranked = [(kind.near(p, gold), -i, p) for i, p in enumerate(preds)]
        ranked = [r for r in ranked if r[0] > 0]
        if ranked:
            _, _, best = max(ranked, key=lambda r: (r[0], r[1]))
            finding = Finding(
                article, kind.name, kind.show_gold(gold), kind.sentence(best), kind.show_pred(best)
            )
        else:
            finding = Finding(article, kind.name, kind.show_gold(gold), kind.gold_text(gold))
        score.misses.append(finding)
    return score


def _org_key(names: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted({org_core(n) for n in names}))


def _post_names(post: PredPost) -> tuple[str, ...]:
    if post.org_names:
        return post.org_names
    return (post.org,) if post.org else ()


def _show_post(person: str, role: str, orgs: Sequence[str]) -> str:
    return f"{person} | {role} | {' / '.join(orgs) if orgs else '—'}"


def _show_target(value: float | None, unit: str, year: int | None) -> str:
    shown = "?" if value is None else f"{value:g}"
    return f"{shown}{unit} ({year if year is not None else 'any year'})"


def _same_person(a: str, b: str) -> int:
    return int(norm_text(a) == norm_text(b))


def _project_near(p: PredProject, g: str) -> int:
    a, b = norm_text(p.name), norm_text(g)
    return int(bool(a and b) and (a in b or b in a))


_PERSONS: _Kind[tuple[str, str], str] = _Kind(
    name="persons",
    pred_key=lambda p: norm_text(p[0]),
    gold_key=norm_text,
    match=lambda p, g: bool(norm_text(p[0])) and norm_text(p[0]) == norm_text(g),
    show_pred=lambda p: p[0],
    show_gold=lambda g: g,
    sentence=lambda p: p[1],
    near=lambda p, g: 0,
)

_PERSON_ROLE: _Kind[PredPost, GoldPost] = _Kind(
    name="person-role",
    pred_key=lambda p: (norm_text(p.person), norm_text(p.role)),
    gold_key=lambda g: (norm_text(g.person), norm_text(g.role)),
    match=lambda p, g: bool(_same_person(p.person, g.person)) and role_matches(p.role, g.role),
    show_pred=lambda p: f"{p.person} | {p.role}",
    show_gold=lambda g: f"{g.person} | {g.role}",
    sentence=lambda p: p.sentence,
    near=lambda p, g: _same_person(p.person, g.person),
)

_PERSON_ROLE_ORG: _Kind[PredPost, GoldPost] = _Kind(
    name="person-role-org",
    pred_key=lambda p: (norm_text(p.person), norm_text(p.role), _org_key(_post_names(p))),
    gold_key=lambda g: (norm_text(g.person), norm_text(g.role), _org_key(g.orgs)),
    match=lambda p, g: (
        bool(_same_person(p.person, g.person))
        and role_matches(p.role, g.role)
        and org_matches(_post_names(p) or None, g.orgs)
    ),
    show_pred=lambda p: _show_post(p.person, p.role, _post_names(p)),
    show_gold=lambda g: _show_post(g.person, g.role, g.orgs),
    sentence=lambda p: p.sentence,
    # Same person and role (org wrong or missing) is the most telling neighbour.
    near=lambda p, g: _same_person(p.person, g.person) * (1 + role_matches(p.role, g.role)),
)

_CREDITS: _Kind[PredCredit, GoldCredit] = _Kind(
    name="credits",
    pred_key=lambda p: (norm_text(p.person), norm_text(p.credit_as)),
    gold_key=lambda g: (norm_text(g.person), norm_text(g.credit_as)),
    match=lambda p, g: (
        bool(_same_person(p.person, g.person)) and norm_text(p.credit_as) == norm_text(g.credit_as)
    ),
    show_pred=lambda p: f"{p.person} ({p.credit_as})",
    show_gold=lambda g: f"{g.person} ({g.credit_as})",
    sentence=lambda p: p.sentence,
    near=lambda p, g: _same_person(p.person, g.person),
)

_PROJECTS: _Kind[PredProject, str] = _Kind(
    name="projects",
    pred_key=lambda p: norm_text(p.name),
    gold_key=norm_text,
    match=lambda p, g: project_matches(p.name, g),
    show_pred=lambda p: p.name,
    show_gold=lambda g: g,
    sentence=lambda p: p.sentence,
    near=_project_near,
)


def _target_key(value: float | None, unit: str, year: int | None) -> Hashable:
    return (None if value is None else round(float(value), 6), norm_text(unit or ""), year)


_TARGETS: _Kind[PredTarget, GoldTarget] = _Kind(
    name="targets",
    # Identity of a target is what the rule compares: the same figure restated in
    # another sentence is a duplicate, not a second prediction.
    pred_key=lambda p: _target_key(p.value, p.unit, p.year),
    gold_key=lambda g: _target_key(g.value, g.unit, g.year),
    match=target_matches,
    show_pred=lambda p: _show_target(p.value, p.unit, p.year),
    show_gold=lambda g: _show_target(g.value, g.unit, g.year),
    sentence=lambda p: p.sentence or p.text,
    near=lambda p, g: int(p.value is not None and abs(float(p.value) - g.value) < 1e-6),
    gold_text=lambda g: g.text,
)


def score_article(gold: Gold, pred: Prediction | None) -> dict[str, Score]:
    """Scores of one article per kind; ``pred`` None = nothing predicted."""
    pred = pred or Prediction(source=gold.source)
    a = gold.id
    return {
        "persons": _score_kind(_PERSONS, a, pred.persons, gold.persons),
        "person-role": _score_kind(_PERSON_ROLE, a, pred.posts, gold.posts),
        "person-role-org": _score_kind(_PERSON_ROLE_ORG, a, pred.posts, gold.posts),
        "credits": _score_kind(_CREDITS, a, pred.credits, gold.credits),
        "projects": _score_kind(
            _PROJECTS, a, pred.projects, gold.projects_required, gold.projects_allowed
        ),
        "targets": _score_kind(
            _TARGETS, a, pred.targets, gold.targets_required, gold.targets_allowed
        ),
    }


def evaluate(golds: Sequence[Gold], predictions: Mapping[str, Prediction]) -> Report:
    """Score every gold article against the prediction with the same source file.

    Sources are compared by file name, so a prediction keyed by a path still matches.
    """
    by_name = {Path(source).name: pred for source, pred in predictions.items()}
    totals = {k: Score() for k in KINDS}
    articles: list[ArticleScore] = []
    used: set[str] = set()
    for gold in golds:
        name = Path(gold.source).name
        pred = by_name.get(name)
        if pred is not None:
            used.add(name)
        scores = score_article(gold, pred)
        for kind, score in scores.items():
            totals[kind].add(score)
        articles.append(ArticleScore(gold.id, gold.source, pred is not None, scores))
    unscored = sorted(s for s in predictions if Path(s).name not in used)
    return Report(articles=articles, totals=totals, unscored_sources=unscored)


def evaluate_dataset(golds: Sequence[Gold], ds: Dataset, include_low: bool = False) -> Report:
    """Convenience: ``evaluate(golds, predictions_from_dataset(ds, include_low))``."""
    return evaluate(golds, predictions_from_dataset(ds, include_low=include_low))


def _fmt_row(kind: str, s: Score) -> str:
    return (
        f"{kind:<16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}"
    )


def _fmt_finding(label: str, f: Finding) -> str:
    line = f"      {label:<5} {f.item}"
    if f.nearest:
        line += f"   [nearest: {f.nearest}]"
    if f.sentence:
        line += f"\n            「{f.sentence}」"
    return line


def format_report(report: Report, verbose: bool = False) -> str:
    """A table ``kind | P | R | F1 | tp fp fn``; verbose adds every miss and false hit."""
    header = f"{'kind':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
    lines = [header, "-" * len(header)]
    lines += [_fmt_row(kind, report.totals[kind]) for kind in KINDS]
    missing = [a.gold_id for a in report.articles if not a.predicted]
    lines.append("")
    lines.append(f"articles scored: {len(report.articles)}")
    if missing:
        lines.append(f"gold articles absent from the graph: {', '.join(missing)}")
    if report.unscored_sources:
        lines.append(f"graph articles without gold: {len(report.unscored_sources)}")
    if verbose:
        for art in report.articles:
            lines.append("")
            lines.append(
                f"== {art.gold_id} ({art.source})" + ("" if art.predicted else " — not in graph")
            )
            for kind in KINDS:
                s = art.scores[kind]
                lines.append(f"  {_fmt_row(kind, s)}")
                lines += [_fmt_finding("miss", f) for f in s.misses]
                lines += [_fmt_finding("false", f) for f in s.false_hits]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Predictions from the graph

_NS = {"qj": QJ, "org": ORG, "foaf": FOAF, "skos": SKOS, "rdf": RDF}

_Q_MEMBERSHIPS = """
SELECT ?m ?person ?role ?org WHERE {
  ?m a org:Membership ; org:member ?person .
  OPTIONAL { ?m org:role ?role }
  OPTIONAL { ?m org:organization ?org }
}"""

_Q_CREDITS = """
SELECT ?c ?person ?as WHERE {
  ?c a qj:Credit ; qj:person ?person .
  OPTIONAL { ?c qj:creditAs ?as }
}"""

_Q_PROJECTS = """
SELECT ?pm ?project WHERE {
  ?pm a qj:ProjectMention ; qj:project ?project .
}"""

_Q_TARGETS = """
SELECT ?t ?value ?unit ?year WHERE {
  ?t a qj:Target .
  FILTER NOT EXISTS { ?t a qj:Statistic }
  OPTIONAL { ?t qj:value ?value }
  OPTIONAL { ?t qj:unit ?unit }
  OPTIONAL { ?t qj:year ?year }
}"""

_Q_PERSONS = """
SELECT DISTINCT ?p WHERE { ?p a foaf:Person . }"""

# A fact about a person: any reified node pointing at it that carries a confidence.
_Q_PERSON_FACTS = """
SELECT DISTINCT ?f WHERE {
  ?f ?prop ?p .
  FILTER (?prop != rdf:type)
  { ?f qj:confidence ?c } UNION { ?f qj:lowConfidence ?l }
}"""


def _zh_labels(graph: Graph, ds: Dataset, node: Node, prop: URIRef) -> list[str]:
    """Labels tagged @zh (else untagged) of ``node``; looked up in the whole dataset
    only when the article graph lacks them."""
    for source in (graph.objects(node, prop), (q[2] for q in ds.quads((node, prop, None, None)))):
        lits = [o for o in source if isinstance(o, Literal)]
        zh = sorted({str(o) for o in lits if (o.language or "").lower() == "zh"})
        if zh:
            return zh
        plain = sorted({str(o) for o in lits if o.language is None})
        if plain:
            return plain
    return []


def _label(graph: Graph, ds: Dataset, node: Node | None, prop: URIRef) -> str:
    if node is None:
        return ""
    labels = _zh_labels(graph, ds, node, prop)
    # An unlabelled node is shown by its IRI so the report makes the gap visible.
    return labels[0] if labels else str(node)


def _is_low(graph: Graph, fact: Node) -> bool:
    for flag in graph.objects(fact, QJ.lowConfidence):
        if isinstance(flag, Literal) and str(flag).strip().lower() in ("true", "1"):
            return True
    for conf in graph.objects(fact, QJ.confidence):
        try:
            if Decimal(str(conf)) < Decimal("0.5"):
                return True
        except InvalidOperation:
            continue
    return False


def _sentence(graph: Graph, fact: Node) -> str:
    sentences = sorted(
        str(s) for e in graph.objects(fact, QJ.evidence) for s in graph.objects(e, QJ.sentence)
    )
    return sentences[0] if sentences else ""


def _number(lit: Node | None) -> float | None:
    if lit is None:
        return None
    try:
        return float(Decimal(str(lit)))
    except (InvalidOperation, ValueError):
        return None


def _year(lit: Node | None) -> int | None:
    if lit is None:
        return None
    try:
        return int(str(lit))
    except ValueError:
        return None


def _predict_article(graph: Graph, ds: Dataset, source: str, include_low: bool) -> Prediction:
    pred = Prediction(source=source)
    keep = (lambda _f: True) if include_low else (lambda f: not _is_low(graph, f))

    for row in graph.query(_Q_MEMBERSHIPS, initNs=_NS):
        m, person, role, org_node = row  # type: ignore[misc]
        if not keep(m):
            continue
        names: tuple[str, ...] = ()
        org_label: str | None = None
        if org_node is not None:
            pref = _zh_labels(graph, ds, org_node, SKOS.prefLabel)
            alts = _zh_labels(graph, ds, org_node, SKOS.altLabel)
            org_label = pref[0] if pref else str(org_node)
            names = tuple(dict.fromkeys([org_label, *pref, *alts]))
        pred.posts.append(
            PredPost(
                person=_label(graph, ds, person, FOAF.name),
                role=_label(graph, ds, role, SKOS.prefLabel),
                org=org_label,
                org_names=names,
                sentence=_sentence(graph, m),
            )
        )

    for row in graph.query(_Q_CREDITS, initNs=_NS):
        c, person, credit_as = row  # type: ignore[misc]
        if keep(c):
            pred.credits.append(
                PredCredit(
                    person=_label(graph, ds, person, FOAF.name),
                    credit_as="" if credit_as is None else str(credit_as),
                    sentence=_sentence(graph, c),
                )
            )

    for row in graph.query(_Q_PROJECTS, initNs=_NS):
        pm, project = row  # type: ignore[misc]
        if keep(pm):
            pred.projects.append(
                PredProject(_label(graph, ds, project, SKOS.prefLabel), _sentence(graph, pm))
            )

    for row in graph.query(_Q_TARGETS, initNs=_NS):
        t, value, unit, year = row  # type: ignore[misc]
        if keep(t):
            sentence = _sentence(graph, t)
            pred.targets.append(
                PredTarget(
                    text=sentence,
                    value=_number(value),
                    unit="" if unit is None else str(unit),
                    year=_year(year),
                    sentence=sentence,
                )
            )

    for (person,) in graph.query(_Q_PERSONS, initNs=_NS):  # type: ignore[misc]
        names_zh = _zh_labels(graph, ds, person, FOAF.name)
        if not names_zh:
            continue
        facts = [r[0] for r in graph.query(_Q_PERSON_FACTS, initNs=_NS, initBindings={"p": person})]
        kept = [f for f in facts if keep(f)]
        if facts and not kept:
            continue  # only low-confidence facts mention this person
        # Prefer the evidence of a membership or credit, as the caller reads it there.
        ordered = sorted(
            kept or facts,
            key=lambda f: (
                not ((f, RDF.type, ORG.Membership) in graph or (f, RDF.type, QJ.Credit) in graph),
                str(f),
            ),
        )
        sentence = next((s for s in (_sentence(graph, f) for f in ordered) if s), "")
        pred.persons.append((names_zh[0], sentence))
    return pred


def predictions_from_dataset(ds: Dataset, include_low: bool = False) -> dict[str, Prediction]:
    """Predictions per article, keyed by ``qj:sourceFile``.

    Each named graph whose IRI is an article with a ``qj:sourceFile`` is read on its
    own; low-confidence facts (``qj:lowConfidence true``) are left out unless
    ``include_low``.
    """
    out: dict[str, Prediction] = {}
    for graph in ds.graphs():
        article = graph.identifier
        if not isinstance(article, URIRef):
            continue
        sources = sorted(str(s) for s in graph.objects(article, QJ.sourceFile))
        if not sources:
            continue
        pred = _predict_article(graph, ds, sources[0], include_low)
        if pred.source in out:
            # Two graphs for one file should not happen; keep both rather than drop one.
            prev = out[pred.source]
            prev.persons += pred.persons
            prev.posts += pred.posts
            prev.projects += pred.projects
            prev.targets += pred.targets
            prev.credits += pred.credits
        else:
            out[pred.source] = pred
    return out
