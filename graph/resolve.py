"""Stage 4 — resolve: mentions in articles → one entity per real thing.

- Organisations: a short form is expanded with the article's district (GENRE.md §2):
  区发改局 in a 衢江区 article → 衢江区发展和改革局; 县发改局 in a 龙游县 article →
  龙游县发展和改革局; 市X → 衢州市X. The full name is the key; every short form seen becomes
  an alternative label. A short form not in the tables stays as written (qualified by its
  district when it carries a level prefix), never guessed into another body's name.
- Persons: one per (name, district). Two mentions merge when name and district agree;
  the same name in another district is another person. The reason is recorded.
- Places, projects and roles: keyed by their normalised names.
Keys depend only on what the article says, never on article order or on other articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from graph.lexicon import (
    LEGAL_COMPANY,
    TOWN_BODY,
    UNIT_LEVEL,
    Body,
    Division,
    _rows,
    division_ending_at,
    divisions,
    lexicon,
    provinces,
)
from graph.model import Extraction, OrgRef

COMPANY_END = re.compile(rf"^(.*?(?:{LEGAL_COMPANY}|集团))(.+)$")
# A session of a congress or a CPPCC, in its short form (龙游县十三届人大四次会议,
# 市政协十三届五次会议), spelled out as its full name says it.
_N = "[一二三四五六七八九十]+"
CONGRESS_SESSION = re.compile(
    rf"^(?P<place>.*?)第?(?P<term>{_N})届人大(?P<standing>常委会)?第?(?P<sitting>{_N})次(?P<plenary>全体)?会议$"
)
LEVEL_ONLY = ("市", "县", "区")
CPPCC_SESSION = re.compile(
    rf"^(?P<place>.*?)政协(?P<place2>.*?)第?(?P<term>{_N})届(?:委员会)?第?(?P<sitting>{_N})次(?P<plenary>全体)?会议$"
)


@dataclass(frozen=True)
class OrgInfo:
    """What one organisation mention resolves to."""

    key: str  # the full name
    label: str
    kind: str
    parent: OrgInfo | None = None
    jurisdiction: str | None = None  # a place this body governs
    known: bool = True  # False: a short form not in the tables, kept as written


@dataclass
class OrgEntity:
    key: str
    label: str
    kind: str
    short_forms: set[str] = field(default_factory=set)
    parent: str | None = None
    jurisdiction: str | None = None
    known: bool = True
    articles: set[str] = field(default_factory=set)


@dataclass
class PersonEntity:
    key: str
    name: str
    district: str
    merge_reason: str
    articles: set[str] = field(default_factory=set)


@dataclass
class PlaceEntity:
    key: str
    name: str
    type: str
    parent: str | None  # parent place key


@dataclass
class ProjectEntity:
    key: str
    name: str
    district: str
    articles: set[str] = field(default_factory=set)


@dataclass
class ResolvedCorpus:
    extractions: list[Extraction]
    orgs: dict[str, OrgEntity]
    persons: dict[str, PersonEntity]
    places: dict[str, PlaceEntity]
    projects: dict[str, ProjectEntity]
    # per article: mention → key
    org_of: dict[tuple[str, OrgRef], OrgInfo]
    person_of: dict[tuple[str, str], str]
    project_of: dict[tuple[str, str], str]
    place_of: dict[tuple[str, str], str]


# ---------------------------------------------------------------- places


# The characters that stand for a level of government before a body (区委, 县政府, 州人大,
# 旗政协: 州 is an autonomous prefecture, 旗 a banner, Inner Mongolia's county).
LEVEL_CHARS = ("区", "县", "市", "省", "州", "旗")


def unit_of_district(district: str) -> tuple[str, str, str]:
    """衢江区 → (unit, qual, level): ('衢江区', '衢州市衢江区', '区')."""
    lex = lexicon()
    place = lex.places.get(district) or lex.places.get(lex.place_short.get(district, ""))
    if place is None:
        if (division := _division(district)) is not None:
            # 海曙区 → 宁波市海曙区: a district is named with its city.
            city = division.city if division.type == "区" else ""
            level = "旗" if division.name.endswith("旗") else UNIT_LEVEL[division.type]
            return division.name, city + division.name, level
        level = district[-1:] if district[-1:] in ("区", "县", "市") else "区"
        return district, district, level
    level = UNIT_LEVEL.get(place.type, "区")
    qual = place.parent + place.name if place.type == "区" and place.parent else place.name
    return place.name, qual, level


def _division(district: str) -> Division | None:
    """The division an article's district names, written in full (城固县) or short (城固)."""
    table = divisions()
    for name in (district, district + "县", district + "区", district + "市"):
        if name in table:
            return table[name]
    return None


def place_key(name: str, district: str) -> str:
    lex = lexicon()
    place = lex.places.get(name)
    parent = place.parent if place else district
    return f"{name}|{parent}" if parent and parent != name else name


def place_parent(name: str, district: str) -> str | None:
    lex = lexicon()
    place = lex.places.get(name)
    if place is not None:
        return place.parent or None
    return district if district != name else None


# ---------------------------------------------------------------- organisations


@cache
def _level_forms() -> list[tuple[re.Pattern[str], str, str, str]]:
    out = []
    for lf in lexicon().level_forms:
        level = "(?P<L>[" + "".join(LEVEL_CHARS) + "])"
        pattern = re.compile("^" + re.escape(lf.pattern).replace("L", level) + "$")
        out.append((pattern, lf.template, lf.kind, lf.parent))
    return out


def _unit_for_level(level: str, district: str) -> tuple[str, str] | None:
    """The (unit, qual) that a level character stands for in an article about `district`."""
    unit, qual, dlevel = unit_of_district(district)
    # Outside the places table, the divisions table says which city and province: 市委
    # in an article about 城固县 is 汉中市's, 省委 陕西省's.
    division = _division(district) if unit not in lexicon().places else None
    if level == "省":
        province = division.province if division is not None else "浙江省"
        return province, province
    if level == dlevel:
        return unit, qual
    if level == "州":
        # 州委 in an article about 花垣县 is 湘西土家族苗族自治州's: the prefecture's.
        if division is not None and division.city.endswith("州"):
            return division.city, division.city
        return None
    if level == "市":
        # 市委 in an article about 莲都区 is 丽水市's; 衢州市's when the unit is unknown.
        place = lexicon().places.get(unit)
        city = lexicon().places.get(place.parent) if place and place.parent else None
        if city is not None and city.type == "市":
            return city.name, city.name
        if division is not None:
            return (division.city, division.city) if division.city else None
        return "衢州市", "衢州市"
    return None  # 区X in a county article: not ours to guess


def _split_unit(surface: str, district: str) -> tuple[str, str, str] | None:
    """'衢江区发改局' → ('衢江区', '衢州市衢江区', '区发改局'); '区委' → (.., '区委')."""
    lex = lexicon()
    for name, place in sorted(lex.places.items(), key=lambda kv: -len(kv[0])):
        if place.type not in ("区", "县", "县级市", "市", "省"):
            continue
        for written in (name, *place.short_forms):
            if surface.startswith(written) and len(surface) > len(written):
                unit, qual, level = unit_of_district(name)
                rest = surface[len(written) :]
                if place.type == "省":
                    unit, qual, level = "浙江省", "浙江省", "省"
                return unit, qual, level + rest
    if (written := _division_opening(surface, district)) is not None:
        unit, qual, level = unit_of_district(written.name)
        return unit, qual, level + surface[surface.index(written.name) + len(written.name) :]
    if surface.startswith("全国"):
        return "全国", "全国", "国" + surface[2:]
    if surface.startswith("团") and surface[1:2] in ("区", "县", "市") and surface[2:] == "委":
        found = _unit_for_level(surface[1], district)
        return (found[0], found[1], surface) if found else None
    if surface[:1] in LEVEL_CHARS:
        found = _unit_for_level(surface[0], district)
        return (found[0], found[1], surface) if found else None
    return None


def _division_opening(surface: str, district: str) -> Division | None:
    """The county or city of the divisions table a name opens with, written in full, after
    its province or not (宁国市政府, 安徽省岳西县委). A two-character county (和县, 新县)
    counts only when it is the article's own: elsewhere it is more often a word."""
    rest = surface
    for province in provinces():
        if rest.startswith(province):
            rest = rest[len(province) :]
            break
    table = divisions()
    for n in range(min(len(rest) - 1, 8), 1, -1):
        found = table.get(rest[:n])
        if found is not None and (n >= 3 or found.name == district):
            return found
    return None


def _level_form(short: str, unit: str, qual: str) -> OrgInfo | None:
    """'区委' with unit 衢江区 → 中共衢州市衢江区委员会 (and its parent)."""
    if short.startswith("国"):
        short = "区" + short[1:]  # 全国人大 uses the same templates with unit 全国
    for pattern, template, kind, parent in _level_forms():
        m = pattern.match(short)
        if not m:
            continue
        level = m.group("L")
        full = template.format(unit=unit, qual=qual)
        parent_info = None
        if parent:
            parent_info = _level_form(parent.replace("L", level), unit, qual)
        return OrgInfo(full, full, kind, parent_info, unit if kind == "government" else None)
    return None


def expand_org(ref: OrgRef, district: str) -> OrgInfo:
    """A mention's organisation, with its full name and parent, in an article's district."""
    info = _expand_org(ref, district)
    if ref.kind == "congress" and (full := _session_full_name(info.key)) is not None:
        return replace(info, key=full, label=full)
    return info


def _town_after_division(place: str) -> tuple[str, str] | None:
    """(county, town) for a town written after its county's name (丽水莲都区大港头镇)."""
    for end in range(len(place) - 2, 2, -1):
        if (county := division_ending_at(place, end)) is not None:
            return county, place[end:]
    return None


def _expand_org(ref: OrgRef, district: str) -> OrgInfo:
    lex = lexicon()
    surface = ref.surface
    unit, qual, level = unit_of_district(district)

    # A town, township or street: its government (or party committee).
    town = TOWN_BODY.match(surface)
    if (
        town
        and (town.group(1) in lex.places or ref.kind in ("town", "party"))
        and not (
            town.group(1)[:1] in "区县市省"
            and len(town.group(1)) <= 3
            and town.group(1) not in lex.places
        )
    ):
        place = town.group(1)
        known = lex.places.get(place)
        place_unit = known.parent if known else unit
        if known is None and (named := _town_after_division(place)) is not None:
            place_unit, place = named  # 丽水莲都区大港头镇党委: the county is written out
        p_unit, p_qual, p_level = unit_of_district(place_unit)
        gov = _level_form(f"{p_level}政府", p_unit, p_qual)
        if town.group(2) in ("党委", "党工委"):
            full = (
                f"中共{p_qual}{place}委员会"
                if town.group(2) == "党委"
                else f"中共{p_qual}{place}工作委员会"
            )
            party = _level_form(f"{p_level}委", p_unit, p_qual)
            return OrgInfo(full, full, "party", party, place)
        suffix = "街道办事处" if place.endswith("街道") else "人民政府"
        full = f"{p_unit}{place[:-2] if place.endswith('街道') else place}{suffix}"
        return OrgInfo(full, full, "government", gov, place)

    # A department inside a company: 某某集团有限公司市场部.
    company = COMPANY_END.match(surface)
    if company and company.group(2).endswith(("部", "中心", "室", "处", "分公司")):
        parent = OrgInfo(company.group(1), company.group(1), "company")
        return OrgInfo(surface, surface, "dept", parent)
    if ref.kind == "company" or surface.endswith(("公司", "集团")):
        return OrgInfo(surface, surface, "company")

    split = _split_unit(surface, district)
    if split is not None:
        s_unit, s_qual, short = split
        info = _level_form(short, s_unit, s_qual)
        if info is not None:
            return info
        body = _body(short[1:])
        if body is not None:
            full = body.full.format(qual=s_qual) if "{qual}" in body.full else s_unit + body.full
            parent = (
                _level_form(body.parent.replace("L", short[0]), s_unit, s_qual)
                if body.parent
                else None
            )
            return OrgInfo(full, full, ref.kind if ref.kind != "body" else "body", parent)
        # Not in the tables: keep it as written. A bare level prefix (区爱卫发展中心) is
        # qualified by its district and flagged as an unresolved short form; a name that
        # spells its unit out (衢江区深圳商会, 浙江中医药大学) is a proper name.
        if surface[:1] in ("区", "县", "市", "省"):  # (not 旗袍协会, 州立医院: words)
            full = s_unit + short[1:]
            return OrgInfo(full, full, ref.kind, None, None, known=False)
        return OrgInfo(surface, surface, ref.kind)
    if surface[:1] in ("区", "县", "市", "省") or surface.startswith("团"):
        # 区发改局 in a county article: which district is meant is not ours to guess.
        return OrgInfo(surface, surface, ref.kind, None, None, known=False)
    # A body named without its level (文广旅体局) belongs to the article's unit.
    body = _body(surface)
    if body is not None:
        return _expand_org(OrgRef(level + surface, ref.kind), district)
    return OrgInfo(surface, surface, ref.kind)


def _session_full_name(surface: str) -> str | None:
    """龙游县十三届人大四次会议 → 龙游县第十三届人民代表大会第四次会议; 开化县政协十一届三次会议
    → 政协开化县第十一届委员会第三次会议.
    A full name comes back as it is (or None: 人民代表大会 is no short form). None, too,
    when only a level (县十七届人大一次会议) says where: whose county or city that is, the
    article's district may not tell."""
    if surface[:1] in LEVEL_ONLY and surface[1:2] in ("政", *"一二三四五六七八九十第"):
        return None
    if m := CONGRESS_SESSION.match(surface):
        standing = "常务委员会" if m["standing"] else ""
        return (
            f"{m['place']}第{m['term']}届人民代表大会{standing}"
            f"第{m['sitting']}次{m['plenary'] or ''}会议"
        )
    if m := CPPCC_SESSION.match(surface):
        place = m["place"] + m["place2"]
        return f"政协{place}第{m['term']}届委员会第{m['sitting']}次{m['plenary'] or ''}会议"
    return None


@cache
def _bodies_by_name() -> dict[str, Body]:
    """Bodies by short form and by full name (衢江区发展和改革局 spells the full one)."""
    out: dict[str, Body] = {}
    for body in lexicon().bodies.values():
        if "{" not in body.full:
            out.setdefault(body.full, body)
    out.update(lexicon().bodies)
    return out


def _body(name: str) -> Body | None:
    return _bodies_by_name().get(name)


# ---------------------------------------------------------------- names


def norm_label(text: str) -> str:
    """For comparing labels: no spaces, no brackets, simplified."""
    from graph.normalise import to_simplified

    return re.sub(r"[\s()（）\[\]【】·]", "", to_simplified(text))


# ---------------------------------------------------------------- resolution


def resolve(extractions: list[Extraction]) -> ResolvedCorpus:
    rc = ResolvedCorpus(extractions, {}, {}, {}, {}, {}, {}, {}, {})
    for ex in sorted(extractions, key=lambda e: e.article.source):
        src = ex.article.source
        district = ex.article.district

        def add_org(ref: OrgRef, src: str = src, district: str = district) -> OrgInfo:
            info = expand_org(ref, district)
            rc.org_of[(src, ref)] = info
            node: OrgInfo | None = info
            first = True
            while node is not None:
                ent = rc.orgs.get(node.key)
                if ent is None:
                    ent = rc.orgs[node.key] = OrgEntity(
                        node.key, node.label, node.kind, known=node.known
                    )
                ent.articles.add(src)
                if node.parent is not None:
                    ent.parent = ent.parent or node.parent.key
                if node.jurisdiction:
                    ent.jurisdiction = ent.jurisdiction or node.jurisdiction
                if first and ref.surface != node.label:
                    ent.short_forms.add(ref.surface)
                first = False
                node = node.parent
            return info

        for post in ex.posts:
            if post.org is not None:
                add_org(post.org)
        for ref, _ev in ex.org_mentions:
            add_org(ref)
        for pm in ex.projects:
            for ref in pm.investors:
                add_org(ref)
        for fig in ex.figures:
            if fig.set_by_org is not None:
                add_org(fig.set_by_org)

        names = (
            {p.name for p in ex.persons}
            | {p.person for p in ex.posts}
            | {c.person for c in ex.credits}
        )
        for name in sorted(names):
            key = f"{name}|{district}"
            ent = rc.persons.get(key)
            if ent is None:
                ent = rc.persons[key] = PersonEntity(
                    key, name, district, f"same name {name} in articles about {district}"
                )
            ent.articles.add(src)
            rc.person_of[(src, name)] = key

        for pl in ex.places:
            pkey = place_key(pl.name, district)
            if pkey not in rc.places:
                parent = place_parent(pl.name, district)
                rc.places[pkey] = PlaceEntity(
                    pkey, pl.name, pl.place_type, place_key(parent, "") if parent else None
                )
            rc.place_of[(src, pl.name)] = pkey
        for pm in ex.projects:
            # The key is the name as written (spaces aside): merging variants across
            # articles would make one article's label depend on another's.
            pkey = "".join(pm.name.split()) + "|" + district
            ent = rc.projects.get(pkey)
            if ent is None:
                ent = rc.projects[pkey] = ProjectEntity(pkey, pm.name, district)
            ent.articles.add(src)
            rc.project_of[(src, pm.name)] = pkey
            if pm.place and (src, pm.place) not in rc.place_of:
                rc.place_of[(src, pm.place)] = place_key(pm.place, district)
    _add_parent_places(rc)
    return rc


def _add_parent_places(rc: ResolvedCorpus) -> None:
    """Every place's parent chain (镇 → 区 → 市 → 省) exists as a place too."""
    lex = lexicon()
    pending = [p.parent for p in rc.places.values() if p.parent]
    while pending:
        key = pending.pop()
        if key in rc.places:
            continue
        name = key.split("|", 1)[0]
        place = lex.places.get(name)
        parent = place.parent if place else None
        rc.places[key] = PlaceEntity(
            key, name, place.type if place else name[-1], place_key(parent, "") if parent else None
        )
        if parent:
            pending.append(place_key(parent, ""))


@cache
def surname_pinyin() -> dict[str, str]:
    return {r[0].strip(): r[1].strip() for r in _rows("surname_pinyin.tsv")}


def pinyin_name(name: str) -> str:
    """宋韬 → 'Sòng Tāo' (surname, then the given name as one word)."""
    from pypinyin import Style, pinyin

    surnames = surname_pinyin()
    lex = lexicon()
    sur_len = 2 if name[:2] in lex.compound_surnames else 1
    sur = name[:sur_len]
    sur_py = surnames.get(sur) or "".join(s[0] for s in pinyin(sur, style=Style.TONE))
    given = "".join(s[0] for s in pinyin(name[sur_len:], style=Style.TONE))
    return f"{sur_py.capitalize()} {given.capitalize()}".strip()


def pinyin_label(text: str) -> str:
    """衢江区发展和改革局 → 'Qú jiāng qū fā zhǎn hé gǎi gé jú' (one syllable a character)."""
    from pypinyin import Style, lazy_pinyin

    words = lazy_pinyin(text, style=Style.TONE)
    return " ".join(words).capitalize()


def slug(text: str) -> str:
    """ASCII slug from a Chinese label: 宋韬 → song-tao."""
    from pypinyin import lazy_pinyin

    ascii_ = "-".join(lazy_pinyin(text))
    ascii_ = re.sub(r"[^a-zA-Z0-9]+", "-", ascii_).strip("-").lower()
    if len(ascii_) > 48:
        ascii_ = ascii_[:49].rsplit("-", 1)[0]  # whole syllables only
    return ascii_.strip("-") or "x"
