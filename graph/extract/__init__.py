"""Stage 3 — extract: `Article` → `Extraction`.

The extractor is a line of named components, each with one contract (sentence text in,
found items out); this module runs them over the normalised sentences and turns their
sentence offsets into `Evidence` with offsets into the article text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from graph.extract import projects
from graph.extract.credits import find_credits
from graph.extract.figures import (
    FUTURE_MARK,
    HEADING_MAX,
    LOOKED_BACK,
    PLAN_PARAGRAPH,
    PLAN_SECTION,
    Section,
    TargetsBefore,
    aims_section,
    find_figures,
    measure_of,
    opens_plan,
    section_after,
)
from graph.extract.names import ADVERB_TAILS
from graph.extract.orgs import COMPANY_TITLES, clean_org_text, is_org_like, org_kind
from graph.extract.places import find_places
from graph.extract.posts import FoundPerson, find_persons
from graph.extract.projects import FoundProject, caption, find_projects
from graph.extract.text import (
    base_title,
    ends_with_any,
    is_cjk,
    modifier_at,
    place_names,
    title_at_end,
)
from graph.lexicon import (
    LEGAL_COMPANY,
    LEGAL_COMPANY_ENDINGS,
    TOWN_BODY,
    UNIT_LEVEL,
    division_ending_at,
    division_starting_at,
    divisions,
    lexicon,
)
from graph.load import infer_year
from graph.model import (
    LOW_CONFIDENCE,
    Article,
    Credit,
    Evidence,
    Extraction,
    Figure,
    OrgRef,
    PersonMention,
    PlaceMention,
    Post,
    ProjectMention,
    Sentence,
)
from graph.normalise import NormalisedText, normalise, sentences

STATUS_ORDER = (
    "谋划",
    "招引",
    "洽谈",
    "签约",
    "落地",
    "推进",
    "开工",
    "在建",
    "建设",
    "建成",
    "竣工",
    "投产",
    "达产",
    "运营",
)
INVESTMENT_CUE = re.compile(
    r"(?:总投资|投资总额|计划投资|项目投资)(?:额)?(分别为|分别是|分别|为|约|达|超|近)?"
)
STATUS_RE = re.compile("|".join(STATUS_ORDER))
STATUS_TAIL = re.compile("等[^,;。]{0,8}?项目(" + "|".join(STATUS_ORDER) + ")")
COMPANY = re.compile(rf"[\u4e00-\u9fff]{{2,20}}?(?:{LEGAL_COMPANY})")
SHORT_COMPANY = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:公司|集团)")
# The date a report opens with (本报讯 … 12月30日上午), on one of its first lines.
OPENING_DATE = re.compile(r"(?:^|\n)[^\n]{0,40}?(?<![年\d])(\d{1,2})月\d{1,2}日")
OPENING_REACH = 400
PLAN_TITLE_YEAR = re.compile(r"(20\d\d)年")
PLAN_TITLE_SPAN = re.compile(r"20\d\d年?\s*[—\-–~至到]\s*(20\d\d)年")
CLAUSE_PARTICLE = re.compile("[了着过的]")  # 参观了公司: a clause ending in 公司
FIRM_KIND = re.compile("(?:会员|龙头|重点|骨干|规上|民营|外资)?企业")  # 会员企业浙江…公司
# 该公司, 新公司, 子公司, 一家公司 …: a company referred to, not named.
NOT_A_COMPANY_NAME = tuple(
    "该 本 这 那 新 子 分 母 总 各 全 多 一 两 几 此 其 我们 他们".split()
    # 预计公司的年销售额…: a verb before 公司, no name
    + "预计 帮助 支持 鼓励 引导 推动 要求 指导 希望 通过 确保 力争 使 让".split()
)
COMPANY_BEFORE = (
    "与",
    "和",
    "同",
    "及",
    "、",
    "向",
    "由",
    "对",
    "是",
    "为",
    "在",
    "签约",
    "分别",
    "了",
    "的",  # 位于开化县池淮镇芹源村的浙江清源…公司: where it is, then its name
)
CLAUSE_MARKS = (",", ";", "。", ":", "!", "?")
# A company's post written with no company (董事长赵雪君在现场说) is in the company named just
# before: the article is about it. 负责人 alone is anyone's, so it is not among them.
COMPANY_BOUND = COMPANY_TITLES - {"负责人", "主要负责人"}
COMPANY_REACH = 400  # characters looked back for that company
YUAN = {"亿元": 1e8, "亿": 1e8, "万元": 1e4, "万": 1e4}
# 年产5万吨纤维项目: the capacity a project's name states.
CAPACITY_IN_NAME = re.compile(r"年(?:产|加工|处理|出栏)[^项]*?(?=项目|生产线|$)")


def _evidence(
    article: Article,
    norm: NormalisedText,
    sent: Sentence,
    a: int,
    b: int,
    rule: str,
    confidence: float,
) -> Evidence:
    """A sentence-relative span [a, b) → evidence with offsets into the article text."""
    start, end = norm.span(sent.norm_start + a, sent.norm_start + b)
    return Evidence(article.source, sent.original, start, end, rule, round(confidence, 2))


ANAPHORA = {
    "该公司": "company",
    "公司": "company",
    "该集团": "company",
    "该企业": "company",
    "企业": "company",
    "该镇": "town",
    "该乡": "town",
    "该街道": "town",
    "大会": "meeting",  # 大会执行主席: the session of the congress the article reports
    "本次大会": "meeting",
    "会议": "meeting",
    "本次会议": "meeting",
    # 第一次全体会议执行主席李坤: a sitting of the session the article reports.
    **{f"第{n}次全体会议": "meeting" for n in "一二三四五六七八九十"},
    "全体会议": "meeting",
    "本次全体会议": "meeting",
    "开幕会": "meeting",
    "闭幕会": "meeting",
    "开幕大会": "meeting",
    "闭幕大会": "meeting",
}
# A session of a congress or a CPPCC: 嘉兴市秀洲区第十届人民代表大会第五次会议, 秀洲区十届人大五次会议.
_N = "[一二三四五六七八九十]+"
MEETING = re.compile(
    # 第十一届琼中黎族苗族自治县委员会第一次会议: the county's name may stand after 届.
    rf"第?{_N}届[\u4e00-\u9fff]{{0,12}}?(?:人民代表大会|人大|政协|委员会)(?:常务委员会|常委会)?"
    rf"第?{_N}次(?:全体)?会议"
)


def _last_meeting(text: str) -> OrgRef | None:
    """The congress session named last in `text`, with the places written before it
    (嘉兴市秀洲区第十届人民代表大会第五次会议), or None."""
    last = None
    for m in MEETING.finditer(text):
        last = m
    if last is None:
        return None
    start = last.start()
    while (place := _place_before(text, start)) is not None:
        start -= len(place)
    if start == last.start() and text.endswith("政协", 0, start):
        start -= len("政协")  # 政协第十届委员会第五次会议: the body before its number
    return OrgRef(text[start : last.end()], "congress")


def _place_before(text: str, end: int) -> str | None:
    """The place whose name ends at text[end]: one the lexicon knows, or a division of
    China (重庆市渝中区第十九届人民代表大会…)."""
    if (place := ends_with_any(text[max(0, end - 12) : end], place_names())) is not None:
        return place
    return division_ending_at(text, end)


def _last_company(text: str) -> OrgRef | None:
    """The company named last in `text` (by its legal ending, or a short name ending in
    公司 or 集团: 爱吉仁公司), or None."""
    last = None
    for m in COMPANY.finditer(text):
        last = m
    legal = OrgRef(_company_name(last.group(0)), "company") if last else None
    for m in reversed(list(SHORT_COMPANY.finditer(text, last.end() if last else 0))):
        name = _company_name(m.group(0))
        # A short name is short: 爱吉仁公司, not …组技术人员随公司.
        # …nor a clause: 参观了公司的展厅 names none.
        if (
            4 <= len(name) <= 7
            and not name.startswith(NOT_A_COMPANY_NAME)
            and not CLAUSE_PARTICLE.search(name)
            and "该" not in name  # 目前该公司: the company named before, again
        ):
            return OrgRef(name, "company")
    return legal


# An association's officers, and the association named before them in the sentence.
ASSOCIATION_TITLES = frozenset(("会长", "副会长", "常务副会长", "执行会长", "理事长", "监事长"))
ASSOCIATION_OPENING = re.compile(r"^.*(?:产生|成立|选举|召开|举行|号|日)")
ASSOCIATION = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:协会|商会|联合会|研究会|促进会|学会)")


def _last_association(text: str) -> OrgRef | None:
    """The association named last in `text` (its name after any verb), or None."""
    found = list(ASSOCIATION.finditer(text))
    if not found:
        return None
    # (选举产生庆元县竹产业行业协会, 8.22号舟山商会: the name after the verb or the date)
    name = ASSOCIATION_OPENING.sub("", _company_name(found[-1].group()))
    return OrgRef(name, org_kind(name)) if len(name) >= 4 else None


def _antecedent(org: OrgRef | None, before: str, ex: Extraction) -> OrgRef | None:
    """该公司副总裁司马哲: 该公司 is the company named last before it (or nobody)."""
    if org is None:
        return None
    if org.surface not in ANAPHORA:
        # 该公司营销中心副总监: a unit of the company referred to.
        for anaphor in COMPANY_ANAPHORA:
            if org.surface.startswith(anaphor) and len(org.surface) > len(anaphor):
                company = _last_company(before)
                return (
                    OrgRef(company.surface + org.surface[len(anaphor) :], org.kind)
                    if company
                    else None
                )
        # 该院负责人, 该产业园项目总经理: a body referred to that no rule here resolves is
        # left out rather than kept as a name.
        return None if org.surface.startswith("该") else org
    if ANAPHORA[org.surface] == "company":
        return _last_company(before)
    if ANAPHORA[org.surface] == "meeting":
        return _last_meeting(before)
    towns = [p.name for p in ex.places if p.place_type in ("镇", "乡", "街道")]
    return OrgRef(towns[-1], "town") if towns else None


COMPANY_ANAPHORA = ("该公司", "该集团", "该企业")
ANAPHORA_OPENINGS = (*ANAPHORA, "该")


# A congress named before a deputy: 金华“两会”, 市人代会, 龙游县人大.
CONGRESS_NAMED = re.compile(r"(?:“两会”|两会|人代会|人大(?!常委|代表))")
TERM = r"第?[一二三四五六七八九十]+届"  # 第十六届, 十六届: a congress's or a CPPCC's term
CONGRESS_TERM = re.compile(TERM + "$")
CONGRESS_REACH = 3000  # how far back a deputy's congress is looked for
CPPCC_MEMBERS = ("政协委员", "委员", "常务委员", "政协常委")


def _congress_before(before: str) -> OrgRef | None:
    """俞小军代表说: the congress named last before a deputy with no body of their own —
    the division just before its name (金华“两会” → 金华市人大), or a bare level (市人大)."""
    for m in reversed(list(CONGRESS_NAMED.finditer(before))):
        at = m.start()
        if term := CONGRESS_TERM.search(before, max(0, at - 6), at):
            at = term.start()  # 玉环县十六届人大: the division before the term
        if division := division_ending_at(before, at, shortest=2):
            return OrgRef(division + "人大", "congress")
        for level in "市县区":
            # 金华“两会”: a city's short name; the level makes it a division
            for length in (3, 2):
                short = before[at - length : at]
                if len(short) == length and short + level in divisions():
                    return OrgRef(short + level + "人大", "congress")
        if before[at - 1 : at] in ("省", "市", "县", "区"):
            return OrgRef(before[at - 1] + "人大", "congress")
    return None


DELEGATION_SAID = re.compile(r"代表团")
HOME_LEVELS = ("县", "区", "市")


def _delegations_congress(before: str, district: str) -> OrgRef | None:
    """在衢山代表团,代表王建军提出: deputies in delegations, where the text names no
    congress, sit in the congress of the division the article speaks for (县人大)."""
    if not DELEGATION_SAID.search(before) or not district.endswith(HOME_LEVELS):
        return None
    return OrgRef(district[-1] + "人大", "congress")


# A CPPCC named before its members: 市政协十三届五次会议, 玉环市政协主席, 政协第六届
# 衢州市委员会 (the division after the term) — not 政协委员 or 政协要闻 with no level.
CPPCC_NAMED = re.compile(r"政协(?!委员)")
CPPCC_TERM = re.compile(TERM)
# Another body named after the CPPCC: its members are that body's (人大常委会委员).
OTHER_COMMITTEE = re.compile(r"人大|常委会|党委|纪委|党组|支部")


def _cppcc_before(before: str, bare_member: bool) -> OrgRef | None:
    """潘海天等七名政协委员, 王维锐委员认为 in a report on a CPPCC session: a member of the
    CPPCC named last before them. A bare 委员 only when no other committee is named
    after that CPPCC."""
    for m in reversed(list(CPPCC_NAMED.finditer(before))):
        if bare_member and any(
            # (县政协党组副书记: the CPPCC's own party group, not another body)
            o.start() != m.end()
            for o in OTHER_COMMITTEE.finditer(before, m.end())
        ):
            return None
        after = m.end()
        if term := CPPCC_TERM.match(before, after):
            after = term.end()
        if (division := division_starting_at(before, after, shortest=2)) and before.startswith(
            "委员会", after + len(division)
        ):
            return OrgRef(division + "政协", "cppcc")  # 政协第六届衢州市委员会
        if division := division_ending_at(before, m.start(), shortest=2):
            return OrgRef(division + "政协", "cppcc")
        if before[m.start() - 1 : m.start()] in ("省", "市", "县", "区"):
            return OrgRef(before[m.start() - 1] + "政协", "cppcc")
    return None


PERIOD = re.compile(
    r"(?:(?P<b>(?:19|20)\d\d)年(?:(?P<bm>\d{1,2})月)?(?:至|到|—|-|~)"
    r"(?:(?P<e>(?:19|20)\d\d)年(?:(?P<em>\d{1,2})月)?|今))"
    r"|自(?P<s>(?:19|20)\d\d)年(?:(?P<sm>\d{1,2})月)?(?:起|以来)"
)


def _month(year: str, month: str | None) -> str:
    return f"{year}-{int(month):02d}" if month and 1 <= int(month) <= 12 else year


def _period(s: str, chain_start: int, name_start: int) -> tuple[str | None, str | None] | None:
    """A term the text states for a post (2019年至2023年任…局长; 自2024年3月起担任…)."""
    window = s[max(0, chain_start - 30) : name_start]
    # Every term names a year (…年); PERIOD opens with no fixed character, so re would try
    # it at each character of the many windows with none.
    matches = list(PERIOD.finditer(window)) if "年" in window else []
    m = matches[-1] if matches else None  # the term nearest the post
    if m is None or not re.match(r"(?:担任|出任|任)", window[m.end() :]):
        return None
    if m.group("s"):
        return _month(m.group("s"), m.group("sm")), None
    end = _month(m.group("e"), m.group("em")) if m.group("e") else None
    return _month(m.group("b"), m.group("bm")), end


SETTER_ORG = re.compile(
    r"(?:^|(?<=[,;:。“\s]))((?:区|县|市)(?:委|政府|[\u4e00-\u9fff]{1,7}?(?:局|办|委|中心))"
    r"|全(?:区|县|市))"
)


def _setter_org(s: str, start: int) -> OrgRef | None:
    """Who commits when no person speaks: 区经信局将…, 全区力争… (the district government)."""
    m = SETTER_ORG.search(s, 0, start)  # the subject comes first
    if m is None:
        return None
    text = m.group(1)
    if text.startswith("全"):
        return OrgRef(text[1] + "政府", "government")
    return OrgRef(text, "body")


# A party committee whose deputy secretary a bare 副书记 is (not 纪委, 政法委).
PARTY_COMMITTEES = ("党委", "党工委", "县委", "区委", "市委")


def _uncovered(known: frozenset[str], text: str, found: list) -> bool:
    """Does a known name occur outside every name the first pass found (so a second pass
    may read it)?"""
    spans = [(f.name.start, f.name.end) for f in found]
    for name in known:
        # str.find per name: an article knows a few dozen names at most, and compiling
        # them into one pattern per article cost more than all these searches.
        at = text.find(name)
        while at >= 0:
            # Found there but shorter (陈建 for the known 陈建为) is not covered either,
            # nor longer by an adverb (杨林正 for the known 杨林: 杨林正忙着).
            end = at + len(name)
            if not any(a <= at and end <= b for a, b in spans) or any(
                a == at and b == end + 1 and text[end] in ADVERB_TAILS for a, b in spans
            ):
                return True
            at = text.find(name, at + 1)
    return False


HONORIFICS = ("先生", "女士")


def _next_in_list(s: str, end: int, org: OrgRef, start: int) -> bool:
    """Does a chain starting at s[start] follow, after just a 、 or 以及 (or a comma, for
    a company or an association), one ending at s[end] with that org?"""
    joiner = s[end:start]
    if joiner.startswith(HONORIFICS):
        joiner = joiner[2:]  # 会长留伟勇先生、副秘书长叶利荣: the honorific ends the name
    # 副主席邓万清、田艳以及秘书长熊健峰: the body's officers listed on.
    if joiner == "、" or (joiner == "," and org.kind == "company"):
        return True
    # …after 以及 or 及 (副主席郑建庆、范国海及秘书长陈忠庆), or an association's after a
    # comma (中国观赏石协会秘书长李志坚,驻会副会长钟长海), only with a bare title (not
    # 世界针联副主席, 以及企业负责人: another body's)
    # (专职副理事长: a modifier may open the bare title.)
    mod = modifier_at(s, start)
    return (
        joiner in ("以及", "及") or (joiner == "," and org.surface.endswith(lexicon().associations))
    ) and lexicon().title_regex().match(s, start + len(mod)) is not None


# 区委书记沈敏率鄞州区党政代表团: the delegation the person leads names their region.
DELEGATION = re.compile(
    r"[率带]领?([\u4e00-\u9fff]{2,6}?(?:区|县|市))(?:党政|政府|考察|学习考察)?(?:代表团|考察团)"
)


# The posts one person holds in a division's body (not 常委, 副县长: many hold those).
TOP_POSTS = frozenset("书记 市长 县长 区长 州长 旗长 主任 主席".split())
HOME_DIVISION = ("我市", "我县", "我区", "本市", "本县", "本区")
# The bodies that lead a division: a post in one names the division of the list.
LEVEL_BODIES = frozenset(
    "委 政府 人民政府 人大常委会 人大 政协 纪委 监委 委办 委办公室 政府办 政府办公室 委农办".split()
)


@dataclass(frozen=True)
class ListedDivisions:
    """Officials listed one after another, each with posts (徐州市委书记张国华,市长周铁根,市委
    副书记、秘书长夏文达,…,邳州市委书记王强,市委副书记、市长陈静): a bare level's body (市委)
    belongs to the division named last in the list when it is of that level (徐州市, then
    邳州市), not to the article's district. A top post the list already gave in that body
    (宁波市委书记彭佳学,市委书记高屹: a second secretary) starts another division's officials.
    Provinces are not divisions here: 省委 is left to the resolver."""

    end: int = -1  # where the last person's chain ended
    last: str | None = None  # the division named last
    held: frozenset[tuple[str, str]] = frozenset()  # (body, role) given in the list

    def continued_by(self, s: str, start: int) -> ListedDivisions:
        """The list, if a chain starting at s[start] goes on with it; else an empty one."""
        if (
            self.last is not None
            and start == self.end + 1
            and s[self.end] in ",、"
            and not s.startswith(HOME_DIVISION, start)  # 我市市委书记: the article's own
        ):
            return self
        return ListedDivisions()

    def own(self, org: OrgRef | None, role: str) -> tuple[OrgRef | None, ListedDivisions]:
        """A bare level's body (市委, 县政府) as the listed division's (徐州市委), and the list
        after it."""
        if (
            org is None
            or self.last is None
            or org.surface[:1] != self.last[-1]
            or not _level_body(org.surface[1:])  # not 市场监管局, 市级机关工委
        ):
            return org, self
        listed_body = OrgRef(self.last + org.surface[1:], org.kind)
        if role in TOP_POSTS and (listed_body.surface, role) in self.held:
            return org, ListedDivisions()  # a second 书记: another division's officials
        return listed_body, self

    def naming(self, org: OrgRef | None, role: str) -> ListedDivisions:
        """The list once a post of this body is read (徐州市委 names 徐州市)."""
        if org is None:
            return self
        name = division_starting_at(org.surface, 0)
        if name is None or not _level_body(org.surface[len(name) :]):
            return self  # not 滨海新区党工委: a zone's
        return replace(self, last=name, held=self.held | {(org.surface, role)})


def _level_body(text: str) -> bool:
    """Is the text a body every division has (委, 政府, 人大常委会, 发改局, 委统战部)?"""
    bodies = lexicon().bodies
    return text in LEVEL_BODIES or text in bodies or (text[:1] == "委" and text[1:] in bodies)


def _home_region(org: OrgRef | None, s: str, end: int) -> OrgRef | None:
    """区委, 市委 … of a person leading another region's delegation are that region's
    (市委常委、区委书记沈敏率鄞州区党政代表团赴衢江区: 宁波市委, 鄞州区委), not the
    article's district."""
    if org is None or org.surface[:1] not in ("区", "县", "市") or org.kind == "company":
        return org
    m = DELEGATION.match(s, end)
    if m is None:
        return org
    place = lexicon().places.get(m.group(1))
    if place is None:
        return org
    if UNIT_LEVEL.get(place.type) == org.surface[0]:
        return OrgRef(place.name + org.surface[1:], org.kind)
    parent = lexicon().places.get(place.parent)
    if org.surface[0] == "市" and parent is not None and parent.type == "市":
        return OrgRef(parent.name + org.surface[1:], org.kind)
    return org


def _anaphor_kind(org: OrgRef) -> str:
    """镇, 乡, 村 or 街道: the kind of place an anaphor (镇党委, 村) stands for."""
    return org.surface[:2] if org.surface.startswith("街道") else org.surface[:1]


def _place_antecedent(org: OrgRef, earlier: list[str]) -> OrgRef | None:
    """镇党委 / 村 written without the name: the town or village named last before it."""
    kind = _anaphor_kind(org)
    base = next((p for p in reversed(earlier) if p.endswith(kind)), None)
    if base is None:
        return None
    surface = base + org.surface[len(kind) :]
    return OrgRef(surface, "party" if surface.endswith(("党委", "党工委")) else "town")


def _town_of(posts: list[Post], para_start: int) -> str | None:
    """The town whose official speaks in this paragraph (廿里镇镇长张迎春: "我们将落实…项目")."""
    for post in reversed(posts):
        if post.evidence.start < para_start:
            break
        if post.org is not None and post.org.kind in ("town", "party"):
            town = TOWN_BODY.match(post.org.surface)
            if town:
                return town.group(1)
    return None


AMOUNT = re.compile(r"(\d+(?:\.\d+)?)(亿元|万元|亿|万)")


def find_investments(s: str) -> list[tuple[float, str]]:
    """Investments in CNY as (yuan, text): 总投资12.5亿元; 总投资分别为12.5亿元和3亿元 (two)."""
    out = []
    for m in INVESTMENT_CUE.finditer(s):
        pos = m.end()
        while True:
            amount = AMOUNT.match(s, pos)
            if not amount:
                break
            out.append(
                (float(amount.group(1)) * YUAN[amount.group(2)], m.group(0) + amount.group(0))
            )
            sep = re.match(r"[和、与及,]", s[amount.end() :])
            if not (m.group(1) and m.group(1).startswith("分别") and sep):
                break
            pos = amount.end() + 1
    return out


def _company_name(text: str) -> str:
    """区政府与浙江恒拓新材料有限公司 → 浙江恒拓新材料有限公司."""
    words = (*COMPANY_BEFORE, *lexicon().org_cut_verbs)  # …, 记者走进浙江华冠拉链有限公司
    cut = max((i + len(w) for w in words if (i := text.rfind(w)) >= 0), default=0)
    # 走访了会员企业浙江红盖头…有限公司: what kind of firm it is, before its name.
    if (kind := FIRM_KIND.match(text, cut)) and len(text) - kind.end() >= 6:
        cut = kind.end()
    return text[cut:]


def _status_near(s: str, start: int, end: int) -> str | None:
    """The status word nearest to a project inside its clause (谋划771矿短剧基地, …酒店运营)."""
    a = max(s.rfind(c, 0, start) for c in CLAUSE_MARKS) + 1
    b = min((i for c in CLAUSE_MARKS if (i := s.find(c, end)) >= 0), default=len(s))
    # …、衢州海洋世界、姑蔑考古遗址公园等项目建设: the list's own status word.
    listed = STATUS_TAIL.search(s, end, b)
    if listed:
        return listed.group(1)
    best: tuple[int, str, int] | None = None
    for m in STATUS_RE.finditer(s, a, b):
        word, i = m.group(), m.start()
        distance = start - (i + len(word)) if i < start else i - end
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, word, i + len(word))
    if best is None:
        return None
    # 落地开工, 建成投产: of status words written together, the last one is the stage.
    word, end_at = best[1], best[2]
    while (nxt := next((w for w in STATUS_ORDER if s.startswith(w, end_at)), None)) is not None:
        word, end_at = nxt, end_at + len(nxt)
    return word


# 通过了县人大社会建设委员会组成人员名单,: the body a list of members is for.
ROSTER = re.compile(r"([^,。;:、]{2,30}?)(?:组成人员|成员)名单[,:]")


def _roster_body(s: str, at: int) -> OrgRef | None:
    """The body named before the 组成人员名单 that the person at s[at] is listed in."""
    if "名单" not in s:
        return None
    last = None
    for m in ROSTER.finditer(s, 0, at):
        last = m
    if last is None:
        return None
    surface = clean_org_text(last.group(1))
    return OrgRef(surface, org_kind(surface)) if is_org_like(surface) else None


def _kept_as_fact(found: FoundPerson) -> bool:
    """A guessed name with no post has no fact to keep it by; every other person is kept."""
    return found.confidence >= LOW_CONFIDENCE or bool(found.posts)


def _projects(
    article: Article,
    norm: NormalisedText,
    sent: Sentence,
    places_found: list,
    posts_so_far: list[Post],
    para: int,
    persons_here: list[FoundPerson],
    known: tuple[str, ...],
) -> list[ProjectMention]:
    s = sent.text
    is_caption = "\n" in norm.text[max(0, sent.norm_start - 1) : sent.norm_start] or (
        sent.norm_start == 0
    )
    at_line_end = norm.text[sent.norm_end : sent.norm_end + 1] in ("\n", "")
    cap = caption(s) if is_caption and at_line_end else None
    found = sorted(find_projects(s), key=lambda p: p.start)
    if cap and not any(fp.name == cap for fp in found):
        found = [p for p in found if p.name not in cap]
        found.append(FoundProject(cap, 0, len(s), "project.caption", 0.8))
    # A person named inside it (龙游县委书记张晓峰率队就城东项目): a clause, not a name.
    # Only persons kept as facts count: 滨江市民文体… gave a guess 文体基 after 市民.
    kept = [p for p in persons_here if _kept_as_fact(p)]
    found = [fp for fp in found if not any(fp.start <= p.name.start < fp.end for p in kept)]
    # …or opening with a person the article names elsewhere (罗文江入园区、进企业; 王庆武项目),
    # though a company may carry its founder's name inside (中苏湖广实业有限公司).
    found = [fp for fp in found if not fp.name.startswith(known)]
    if not found:
        return []
    investments = find_investments(s)
    signing = any(w in s for w in ("签约", "签订", "签署"))
    # Companies named in a signing sentence, in order, outside the projects' own names.
    companies = [
        _company_name(m.group(0))
        for m in (COMPANY.finditer(s) if signing else ())
        if not any(fp.start <= m.start() < fp.end for fp in found)
    ]
    # A project sits in a town, township, street or village, not in a whole district.
    places_here = [p.name for p in places_found if p.place_type in ("镇", "乡", "街道", "村")]
    out = []
    town = _town_of(posts_so_far, para)  # the town whose official speaks in the paragraph
    for i, fp in enumerate(found):
        inv = None
        if len(investments) == len(found):
            inv = investments[i]  # 总投资分别为12.5亿元和3亿元: paired in order
        elif len(found) == 1 and investments:
            inv = investments[0]
        investors: tuple[OrgRef, ...] = ()
        if fp.investor:
            investors = (OrgRef(fp.investor, "company"),)
        elif signing and len(companies) == len(found):
            investors = (OrgRef(companies[i], "company"),)
        elif signing and len(companies) == 1:
            investors = (OrgRef(companies[0], "company"),)
        capacity = CAPACITY_IN_NAME.search(fp.name)
        place = next((p for p in places_here if p in fp.name), None)
        if place is None and len(places_here) == 1:
            place = places_here[0]
        out.append(
            ProjectMention(
                name=fp.name,
                evidence=_evidence(article, norm, sent, fp.start, fp.end, fp.rule, fp.confidence),
                place=place or town,
                investment_text=inv[1] if inv else None,
                investment_yuan=inv[0] if inv else None,
                capacity=capacity.group(0) if capacity else None,
                status=_status_near(s, fp.start, fp.end),
                investors=investors,
            )
        )
    return out


def _event_year_month(article: Article, text: str) -> tuple[int | None, int | None]:
    """The year and month the article reports on: its date's, except that a page dated
    in January whose report opens on 12月30日 tells of the year before, a headline on
    one year's plan (2023年度政府工作报告重点任务) is that year's, and one on a plan over
    years (行动计划(2021—2025年)) is its last year's."""
    headline = text.split("\n", 1)[0]
    planned = {int(y) for y in PLAN_TITLE_YEAR.findall(headline)}
    if len(planned) == 1 and any(w in headline for w in lexicon().plan_titles):
        (plan_year,) = planned
        if article.date is None or plan_year != article.date.year:
            return plan_year, None
    if (span := PLAN_TITLE_SPAN.search(headline)) and any(
        w in headline for w in lexicon().plan_span_titles
    ):
        return int(span.group(1)), None  # 行动计划(2021—2025年): its aims are for 2025
    if article.date is None:
        return infer_year(article.text), None
    year, month = article.date.year, article.date.month
    opening = OPENING_DATE.search(text, 0, OPENING_REACH)
    if opening and int(opening.group(1)) > month + 1:
        return year - 1, int(opening.group(1))
    return year, month


def extract(article: Article) -> Extraction:
    norm = normalise(article.text)
    sents = sentences(article, norm)
    ex = Extraction(article)
    year, month = _event_year_month(article, norm.text)

    # Pass 1: names confirmed by a strong boundary, so later mentions with a weak
    # boundary (林晓峰谈及…) are still recognised.
    known: set[str] = set()
    starts = [s.norm_start for s in sents]
    first_pass = [find_persons(sent.text, frozenset()) for sent in sents]
    for found in first_pass:
        known.update(fp.name.name for fp in found if fp.confidence >= 0.85)
    known.update(_repeated_guesses(norm.text, sents, first_pass))
    # 杨林正忙着 … 杨林是江西九江人: the shorter name, written without the adverb too, is
    # the name.
    known.update(
        fp.name.name[:-1]
        for found in first_pass
        for fp in found
        if fp.name.name[-1] in ADVERB_TAILS
        and len(fp.name.name) == 3
        and norm.text.count(fp.name.name[:-1]) > norm.text.count(fp.name.name)
    )
    credits = find_credits(norm.text)
    known.update(c.name for c in credits)
    frozen_known = frozenset(known)
    known_names = tuple(frozen_known)  # for str.startswith, built once
    # Pass 2 only where a known name could change the answer.
    persons_in = [
        find_persons(sent.text, frozen_known)
        if _uncovered(frozen_known, sent.text, found)
        or any(fp.name.how == "guess" and fp.name.name in frozen_known for fp in found)
        else found
        for sent, found in zip(sents, first_pass, strict=True)
    ]

    # Bylines, on the whole text (they sit on lines of their own or in brackets).
    for c in credits:
        k = bisect_right(starts, c.start) - 1
        sent = sents[k] if k >= 0 else None
        if sent is None or not (sent.norm_start <= c.start < sent.norm_end):
            continue
        ev = _evidence(
            article,
            norm,
            sent,
            c.start - sent.norm_start,
            c.end - sent.norm_start,
            "credit.byline",
            0.9,
        )
        ex.credits.append(Credit(c.name, c.credit_as, ev))
        ex.persons.append(PersonMention(c.name, ev))

    paragraph_speakers: dict[int, list[str]] = {}
    # Posts whose 镇/乡/村 names no place before it: (index in ex.posts, the anaphor).
    unresolved: list[tuple[int, OrgRef]] = []
    recent_orgs: dict[int, dict[str, OrgRef]] = {}
    targets_before: TargetsBefore | None = None
    in_plan = False  # after a work report's plan head: the rest is the year's plan
    section = Section()  # under a heading: 一、2024年工作回顾, 主要目标
    plan_para: int | None = None  # the paragraph a plan's heading governs
    aims_para: int | None = None  # a paragraph opening the year's aims (今年,…将…,一是…)
    review_para: int | None = None  # a paragraph looking back (刚刚过去的一年,…)
    for sent, persons_here in zip(sents, persons_in, strict=True):
        s = sent.text
        para = norm.text.rfind("\n", 0, sent.norm_start)
        places_found = find_places(s)
        org_before: tuple[int, OrgRef] | None = None  # (end, last org) of the last person
        # The division named last in the list of officials read so far.
        listed: ListedDivisions = ListedDivisions()
        for fp in sorted(persons_here, key=lambda f: f.span[0]):
            if not _kept_as_fact(fp):
                continue  # a guessed name with no post: no fact to keep it by
            listed = listed.continued_by(s, fp.span[0])
            ev = _evidence(article, norm, sent, fp.span[0], fp.span[1], fp.rule, fp.confidence)
            name_ev = _evidence(
                article, norm, sent, fp.name.start, fp.name.end, fp.rule, fp.confidence
            )
            ex.persons.append(PersonMention(fp.name.name, name_ev))
            paragraph_speakers.setdefault(para, []).append(fp.name.name)
            for post in fp.posts:
                org = post.org
                if org is not None and org.kind == "anaphor":
                    # 村党支部书记 after 在大龙山村: the place of that kind named last.
                    earlier = [p.name for p in ex.places] + [
                        p.name for p in places_found if p.end <= fp.span[0]
                    ]
                    anaphor = org
                    org = _place_antecedent(org, earlier)
                    if org is None:
                        unresolved.append((len(ex.posts), anaphor))
                elif org is not None and org.surface.startswith(ANAPHORA_OPENINGS):
                    # The antecedent is near: look back a few paragraphs, not the whole text.
                    at = sent.norm_start + fp.span[0]
                    org = _antecedent(org, norm.text[max(0, at - 3000) : at], ex)
                if org is None and not post.group:
                    if (
                        org_before is not None
                        and (
                            _next_in_list(s, *org_before, fp.span[0])
                            # 镇党委书记苑继强,党委副书记…窦晓宾: the 党委 of the person just before.
                            or (
                                post.role.startswith("党委")
                                and org_before[1].surface.endswith("党委")
                                and s[org_before[0] : fp.span[0]] == ","
                            )
                            # 经开区党工委书记郑以仁,党工委副书记…喻辉: the same 党工委.
                            or (
                                post.role.startswith("党工委")
                                and ex.posts[-1].role.startswith("党工委")
                                and s[org_before[0] : fp.span[0]] == ","
                            )
                        )
                    ):
                        # 省二轻集团公司党委书记、董事长虞岳明,党委委员、副总经理蔡玉林: the
                        # company named for the person just before, after a comma; after a
                        # 、 any body (市政协主席郑朝基、副主席周立武、秘书长陈昂辉).
                        org = org_before[1]
                    elif roster := _roster_body(s, fp.span[0]):
                        # 通过了县人大社会建设委员会组成人员名单,主任委员陈成武,委员…: the
                        # body whose members the list names.
                        org = roster
                    elif not _unknown_before(s[fp.span[0] : fp.span[1]], post.role):
                        # 区人大常委会主任祝国平…，副主任孙海燕: a deputy of the body just named
                        # (but not after a word the rules do not know as a body: 文印坊主任).
                        org = recent_orgs.get(para, {}).get(base_title(post.role))
                    at = sent.norm_start + fp.span[0]  # where the chain starts, in the text
                    if org is None and post.role == "代表":
                        # 俞小军代表说 in a report on 金华“两会”: a deputy to that congress.
                        before = norm.text[max(0, at - CONGRESS_REACH) : at]
                        org = _congress_before(before) or _delegations_congress(
                            before, article.district
                        )
                    elif org is None and post.role in CPPCC_MEMBERS:
                        org = _cppcc_before(
                            norm.text[max(0, at - CONGRESS_REACH) : at],
                            bare_member=not post.role.startswith("政协"),
                        )
                    elif org is None and post.role in COMPANY_BOUND:
                        org = _last_company(norm.text[max(0, at - COMPANY_REACH) : at])
                    elif org is None and post.role in ASSOCIATION_TITLES:
                        # 选举产生某行业协会…,吴生锡当选为会长: the association just named.
                        org = _last_association(s[: fp.span[0]])
                elif org is not None:
                    recent_orgs.setdefault(para, {})[base_title(post.role)] = org
                    if post.role.endswith("书记") and org.surface.endswith(PARTY_COMMITTEES):
                        # 中疃镇党委书记张才,镇长高明标,副书记杜伟: the deputy of the party
                        # committee named last, whatever its secretary was called.
                        recent_orgs[para]["书记"] = org
                org, listed = listed.own(org, post.role)
                org = _home_region(org, s, fp.span[1])
                listed = listed.naming(org, post.role)
                period = _period(s, fp.span[0], fp.name.start)
                ex.posts.append(Post(fp.name.name, post.role, org, ev, post.group, period))
            if fp.posts:
                listed = replace(listed, end=fp.span[1])
                orgs = [p.org for p in ex.posts[-len(fp.posts) :] if p.org is not None]
                last = orgs[-1] if orgs else None
                org_before = (fp.span[1], last) if last else None
        for pl in places_found:
            ex.places.append(
                PlaceMention(
                    pl.name,
                    pl.place_type,
                    _evidence(article, norm, sent, pl.start, pl.end, "place.name", 0.8),
                )
            )
        projects_here = (
            []
            if not projects.trigger().search(s)  # no facility word: no project
            else _projects(
                article, norm, sent, places_found, ex.posts, para, persons_here, known_names
            )
        )
        places_here = [p.name for p in places_found]
        ex.projects.extend(projects_here)

        if (
            sent.index > 0  # (the first line is the title)
            and _heading(norm.text, sent)
            and not (section.plan and _item_line(norm.text, para))  # an aim, one a line
        ):
            section = section_after(s, year) or (Section() if section.plan else section)
            plan_para = None
        elif section.plan:
            # A plan's heading (主要目标) governs the one paragraph after it — or the
            # items after it, one a line, each ending with a semicolon.
            if plan_para is None or (para != plan_para and _item_line(norm.text, para)):
                plan_para = para
            elif para != plan_para:
                section = Section()
        elif (head := _list_head(s)) and any(w in head for w in lexicon().aims_headings):
            # 报告提出,2017年…主要预期指标为: — the items after it, one a line, are the aims.
            section = aims_section(head)
            plan_para = None
        if PLAN_PARAGRAPH.search(s):
            aims_para = para
        # 他说,刚刚过去的一年,…。全区实现地区生产总值264.3亿元: the sentences after a look
        # back report that year, until one turns to the year ahead.
        turns_ahead = FUTURE_MARK.search(s) is not None
        looking_back = para == review_para and not turns_ahead
        found_figures = find_figures(
            s,
            year,
            month,
            targets_before,
            in_plan or section.plan or para == aims_para,
            section.review_year or (year - 1 if looking_back and year else None),
            section.plan_year,
        )
        if LOOKED_BACK.search(s) and not turns_ahead:
            review_para = para
        elif para != review_para or turns_ahead:
            review_para = None
        in_plan = in_plan or PLAN_SECTION.search(s) is not None or opens_plan(s, year)
        if in_plan:
            section = Section()
        # A sentence of nothing but targets, broken down by a next one opening with 其中:
        # the year they are for.
        targets_before = (
            TargetsBefore(
                found_figures[-1].year, frozenset(measure_of(f.unit) for f in found_figures)
            )
            if found_figures and all(f.is_target for f in found_figures)
            else None
        )
        for fig in found_figures:
            speakers = [p.name.name for p in persons_here]
            setter = speakers[0] if speakers else None
            if setter is None:
                setter = (paragraph_speakers.get(para) or [None])[-1]
            ev = _evidence(article, norm, sent, fig.start, fig.end, fig.rule, fig.confidence)
            ex.figures.append(
                Figure(
                    metric=fig.metric,
                    value=fig.value,
                    unit=fig.unit,
                    year=fig.year,
                    comparator=fig.comparator,
                    is_target=fig.is_target,
                    evidence=ev,
                    set_by_person=setter if fig.is_target else None,
                    set_by_org=_setter_org(s, fig.start) if fig.is_target and not setter else None,
                    about_project=projects_here[0].name if len(projects_here) == 1 else None,
                    about_place=places_here[0] if len(places_here) == 1 else None,
                )
            )
    _attach_late_speakers(ex, norm, sents)
    _resolve_late_places(ex, unresolved)
    ex.posts = _with_full_company_names(_without_bare_repeats(ex.posts))
    ex.projects = _merge_project_names(ex.projects)
    return ex


BARE_ITEM_MAX = 30  # characters of an item line that has no punctuation


def _item_line(text: str, para: int) -> bool:
    """Does the paragraph after the line break at text[para] and the one before it end
    with a semicolon (a list of items, one a line: 地区生产总值突破3000亿元;)? Or are
    both short lines of a figure with no punctuation (地方公共预算收入增长6.5%以上), the
    first perhaps the colon ending the list's head?"""
    before = text[:para].rstrip()
    end = text.find("\n", para + 1)
    line = text[para + 1 : end if end >= 0 else len(text)].strip()
    if (
        before.endswith((";", "：", ":"))
        and line.endswith(";")
        or (before.endswith(";") and line.endswith(("。", ";")))
    ):
        return True
    # The line before: an item too, or the list's head.
    previous = before[before.rfind("\n") + 1 :].strip()
    return _bare_item(line) and (_bare_item(previous) or _list_head(previous) is not None)


def _bare_item(line: str) -> bool:
    """A line of one figure and no punctuation: 农村常住居民人均可支配收入增长9%以上."""
    return (
        0 < len(line) <= BARE_ITEM_MAX
        and any(c.isdigit() for c in line)
        and not any(c in CLAUSE_MARKS for c in line)
    )


def _list_head(text: str) -> str | None:
    """The head of a list of items one a line, when the text ends with its colon (…指标为:)
    or has taken the first item onto its line (…指标为:地区生产总值增长7.0%以上)."""
    head, colon, first = text.rpartition(":")
    return head if colon and (not first or _bare_item(first)) else None


def _heading(text: str, sent: Sentence) -> bool:
    """Is the sentence a short paragraph of its own (一、2024年工作回顾, 主要目标)? Not an
    item of a list, one a line (地区生产总值突破3000亿元;)."""
    if len(sent.text) > HEADING_MAX or sent.text.rstrip().endswith(";"):
        return False
    if sent.text.rstrip().endswith("。") and text[: sent.norm_start].rstrip().endswith(";"):
        return False  # the last item of the list
    i, j = sent.norm_start, sent.norm_end
    while i > 0 and text[i - 1] in " \t\u3000":
        i -= 1
    while j < len(text) and text[j] in " \t\u3000":
        j += 1
    return (i == 0 or text[i - 1] == "\n") and (j == len(text) or text[j] == "\n")


def _without_bare_repeats(posts: list[Post]) -> list[Post]:
    """县委副书记、县长张亚明出席…张亚明副书记主持会议: a title written again with no body
    is the post already named with its body, not another one."""
    with_body = {(p.person, p.role) for p in posts if p.org is not None}
    return [p for p in posts if p.org is not None or p.group or (p.person, p.role) not in with_body]


def _unknown_before(chain: str, role: str) -> bool:
    """Does a word stand before the title in its chain (文印坊主任江雷), after any posts
    listed before it (党委委员、副总经理)? A level (给市人大代表) is no such word."""
    at = chain.find(role)
    word = chain[:at].rsplit("、", 1)[-1].strip() if at > 0 else ""
    return bool(word) and word[-1] not in "省市县区镇乡村"


def _with_full_company_names(posts: list[Post]) -> list[Post]:
    """健康报社党委书记 许培海 … 健康报社有限公司党委书记、董事长许培海: a company written
    without its legal ending is the company written with it, for the same person."""
    full = {
        (p.person, p.org.surface[: -len(end)]): p.org
        for p in posts
        if p.org is not None
        for end in LEGAL_COMPANY_ENDINGS
        if p.org.surface.endswith(end) and len(p.org.surface) > len(end) + 1
    }
    out = []
    for p in posts:
        org = full.get((p.person, p.org.surface)) if p.org is not None else None
        out.append(replace(p, org=org) if org is not None else p)
    return out


def _resolve_late_places(ex: Extraction, unresolved: list[tuple[int, OrgRef]]) -> None:
    """在镇党委书记钱红梅的办公桌上…善琏镇工业项目: a 镇 named before no town is the
    article's town when it names only one, later."""
    for index, anaphor in unresolved:
        post = ex.posts[index]
        named = {p.name for p in ex.places if p.name.endswith(_anaphor_kind(anaphor))}
        if post.org is None and len(named) == 1:
            org = _place_antecedent(anaphor, list(named))
            ex.posts[index] = replace(post, org=org)


def _repeated_guesses(
    text: str, sents: list[Sentence], first_pass: list[list[FoundPerson]]
) -> set[str]:
    """A guessed name (no known word after it) written again with something else after it
    (廖红俊正带着… 廖红俊有些…) is a whole name: where two contexts differ, the name ends.
    An editor's repeated sentence gives the same context twice, which does not count."""
    out: set[str] = set()
    checked: dict[str, tuple[bool, list[tuple[int, bool]]]] = {}  # one text scan per name
    for sent, found in zip(sents, first_pass, strict=True):
        for fp in found:
            name = fp.name.name
            if fp.name.how != "guess" or name in out:
                continue
            if name not in checked:
                seen = list(re.finditer(re.escape(name), text))
                differs = len({text[m.end() : m.end() + 1] for m in seen}) >= 2
                # …and once where a name stands on its own: after punctuation or a title.
                alone = [
                    (
                        m.start(),
                        m.start() == 0
                        or not is_cjk(text[m.start() - 1])
                        or bool(title_at_end(text[max(0, m.start() - 6) : m.start()])),
                    )
                    for m in seen
                ]
                checked[name] = (differs, alone)
            differs, alone = checked[name]
            at = sent.norm_start + fp.name.start
            if differs and any(flag for start, flag in alone if start != at):
                out.add(name)
    return out


def _merge_project_names(projects: list[ProjectMention]) -> list[ProjectMention]:
    """One article names a project several ways (a caption, 该项目, with or without its
    investor); a name contained in a longer one (≥ 60% of it) is the same project."""
    from dataclasses import replace

    names = sorted({p.name for p in projects}, key=lambda n: (-len(n), n))
    canonical: dict[str, str] = {}

    def bare(n: str) -> str:
        return n.replace("建设项目", "项目")  # 新院区项目 and 新院区建设项目 are one

    for name in names:
        same = next((c for c in canonical.values() if bare(c) == bare(name)), None)
        if same is not None:
            canonical[name] = same
            continue
        # Contained and ≥ 60% of the longer name, or its tail (小微园(三期) after
        # 上方镇衢江智能制造小微园(三期) was named in full).
        target = next(
            (
                c
                for c in canonical.values()
                if name in c
                and (len(name) >= 0.6 * len(c) or (c.endswith(name) and len(name) >= 4))
            ),
            name,
        )
        canonical[name] = target
    # Most names are their own canonical one: those mentions are kept as they are.
    return [
        p if canonical[p.name] == p.name else replace(p, name=canonical[p.name]) for p in projects
    ]


def _attach_late_speakers(ex: Extraction, norm: NormalisedText, sents: list[Sentence]) -> None:
    """A quote often comes before its speaker: "…力争…”区发改局局长章李华表示. A target with no
    setter takes the first person named later in the same paragraph."""
    by_para: dict[int, list[tuple[int, str]]] = {}
    for pm in ex.persons:
        para = ex.article.text.rfind("\n", 0, pm.evidence.start)
        by_para.setdefault(para, []).append((pm.evidence.start, pm.name))
    for i, fig in enumerate(ex.figures):
        if not fig.is_target or fig.set_by_person:
            continue
        para = ex.article.text.rfind("\n", 0, fig.evidence.start)
        later = sorted(p for p in by_para.get(para, []) if p[0] > fig.evidence.start)
        if later:
            from dataclasses import replace

            ex.figures[i] = replace(fig, set_by_person=later[0][1], set_by_org=None)
