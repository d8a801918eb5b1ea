"""Organisation spans as written before a title: 区发改局, 上方镇, 某某有限公司市场部 (GENRE.md §2).

This only decides *what span* names the organisation and of which kind it is; turning a
short form into a full name with the article's district happens in `graph.resolve`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from graph.extract.names import plausible_name, surname_at
from graph.extract.text import ends_with_any, overlapping, starts_with_any, title_at_end
from graph.lexicon import (
    LEGAL_COMPANY_ENDINGS,
    Title,
    _by_length,
    _read,
    division_ending_at,
    division_starting_at,
    divisions,
    lexicon,
    word_pattern,
)
from graph.model import OrgRef

LEVELS = ("全国", "省", "市", "州", "县", "旗", "区", "镇", "乡")
LEADING_TIME = re.compile(
    r"^(?:\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:上午|下午|晚上|中午|晚|早上|凌晨)?"
)
# 自2024年3月起担任区委常委: a stated term before the post is not part of the organisation.
# A count before a post: 一位村支书, 两名副局长 — not part of an organisation's name.
LEADING_COUNT = re.compile(r"^[一二两三四五六七八九十\d]+(?:名|位)")
# 随着市委书记…的一声“开工”; 受市委书记…委托; 在以镇党委书记…为首的班子领导下.
# 受, 受到, 以 only before a level's body: 以勒集团, 受降镇 and 以色列 are names.
LEADING_PARTICLE = re.compile(
    r"^(?:了|并与|并和|并|与|和|同|随着|(?:受到|受|以|有)(?=[省市州县旗区镇乡村])"
    r"|我([省市县区镇乡])(?=\1)|(?:我|而)(?=[省市州县旗区镇乡村]))"  # 我市委: the article's own
)
LEADING_TERM = re.compile(
    r"^自?(?:19|20)\d\d年(?:\d{1,2}月)?(?:至|到|起|以来)?(?:(?:19|20)\d\d年(?:\d{1,2}月)?)?起?"
    r"(?:担任|出任|任)"
)
# The term of a standing body (人大常委会, 政协, a committee) — not of a session
# (第十七届人民代表大会第三次会议), which is one meeting.
# 十届区政协, 新一届政协; 第十三届 before a title naming its body (湛江市第十三届人大代表).
TERM_OF_BODY = re.compile(
    r"新?第?[一二三四五六七八九十\d]+届(?=[县区市省镇乡]?(?:人大常委会|人民代表大会常务委员会|人大|政协)$"
    r"|[\u4e00-\u9fff]{0,6}委员会$|$)"
)
PLACE_SHAPE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:街道|社区|镇|乡|村|区|县|市|省)$")
COMPANY_TITLES = frozenset(
    "董事长 副董事长 董事 总经理 副总经理 常务副总经理 总裁 副总裁 执行总裁 经理 副经理 总监 "
    "厂长 副厂长 负责人 主要负责人 项目负责人 创始人 联合创始人 合伙人 总工程师 总经济师 "
    "老总 副总 总经理助理 董事长助理 CEO COO CTO CFO 首席执行官 行政总裁 董事会主席 董事会副主席".split()
)
# Owners of a shop, bar or farm stay, named before the title (续集酒吧主理人).
BUSINESS_TITLES = frozenset("主理人 老板 掌门人".split())
COMPANY_ENDINGS = (*LEGAL_COMPANY_ENDINGS, "分公司", "公司", "集团")


CLAUSE_IN_ORG = re.compile(r"[把被让使]|归功于")
# 该镇党委 is 镇党委 (the town named before), 该县县委 县委 (the county the article is
# about); 浙江 before a place's name (org_for_segment).
# What a division's party committee or government adds to its name: 宜春市委, 柯城区政府.
LEVEL_BODY_END = re.compile("(?:委|人民政府|政府)$")
LEVEL_BODY = re.compile(r"[省市州县旗区镇乡](?:委|政府|人大|政协|纪委|党委)")
LEADING_REFERENCE = re.compile(r"^(?:该|本)(?:(县|区|市)(?=\1))?(?=镇|乡|村|街道|县|区|市)")
# Bodies whose names open with a noise word: 经开区 (经济技术开发区), 经信局, 对外办.
NOISE_LOOKALIKES = ("经开", "经济", "经信", "经贸", "对外", "给水", "给排水")
PROVINCE = re.compile(r"^浙江省?(?=.)")
# 某公司相关负责人, 市发改委有关负责人: "concerned" qualifies the post, not the body.
TRAILING_QUALIFIER = re.compile(r"(?:相关|有关)$")


LEADING_MARK = re.compile(r"^[^\w(“\"《]+")


@lru_cache(maxsize=1 << 16)
def clean_org_text(text: str) -> str:
    """Drop what stands before an organisation's name without being part of it."""
    lex = lexicon()
    text = LEADING_MARK.sub("", text)  # ▲县委书记赵亮: a caption's bullet
    for word in lex.newly:
        text = text.replace(word, "", 1)  # 大力山新任村党支部书记: 大力山村's
    while True:
        before = text
        if "的" in text:
            # 某协会的负责人: the possessor is the organisation; 出席会议的区委书记: after 的.
            head, tail = text.rsplit("的", 1)
            # 曾在开发区工作的副镇长: a clause, not an organisation, stands before 的.
            named = (is_org_like(head) or is_place(head)) and not CLAUSE_IN_ORG.search(head)
            text = tail or (head if named else "")  # not 大家把变化归功于某村的
        # 记者采访了公司技术中心: what follows the last verb.
        cut = max(
            (
                m.end()
                for m in overlapping(_verb_re(), text)
                if not text.startswith("信访", m.start() - 1)  # 信访办: letters and visits
                # 县委督查落实办, 贯彻落实办: the verb names an office's task
                and not text.startswith(("办", "组"), m.end())
            ),
            default=0,
        )
        if 0 < cut < len(text) and _names_a_body(text[cut:]):
            text = text[cut:]
        elif cut == len(text):
            text = ""  # 得知董事长章利民: a verb alone names no body
        # 引来了县委常委: 了 ends a verb the verb list does not know; no body's name holds it.
        if "了" in text and (not (tail := text.rsplit("了", 1)[1]) or _names_a_body(tail)):
            text = tail  # …审议讨论了市长张建慧所做的报告: nothing after 了, the title's body
        # 钟晓岚与中宁能源集团有限公司: the organisation after a conjunction.
        for conj in ("与", "和", "同", "及"):
            head, _, tail = text.rpartition(conj)
            if (
                head
                and not text.startswith(lexicon().conj_in_word, len(head))  # 欧美同学会
                and len(tail) >= 2
                and is_org_like(tail)
                and not _full_body(text)
                and not _in_division(text, len(head))  # 云和县委: 和 is the county's
                # not 新闻与新媒体学院 (one name); but 战略部署和市委: a level's body after it
                and (_complete_before(head) or LEVEL_BODY.fullmatch(tail) is not None)
            ):
                text = tail
        # 高庆丰向企业负责人: what a person turns to (向) is the title's organisation;
        # 副主席范国海及企业负责人: after another person's title and name, so is what 及
        # joins.
        for joint in ("向", "及", "和", "与"):
            head, _, tail = text.rpartition(joint)
            if head and tail and _ends_with_name(head, titled=joint != "向"):
                text = tail
        if text.endswith(("与", "和", "同", "及")) and _complete_before(text[:-1]):
            text = ""  # 县委书记林锦明和县长蔡萌芽: the conjunction joins two persons
        text = LEADING_TERM.sub("", text, count=1)
        # 听取了县委常委…, 并与市人大常委会主任…: what is left of a verb or a conjunction.
        if (
            (lead := LEADING_PARTICLE.match(text))
            and _names_a_body(text[lead.end() :])
            and not _opens_with_division(text)  # 和顺县委: 和 is the county's
        ):
            text = text[lead.end() :]
        text = LEADING_REFERENCE.sub("", text, count=1)
        if (at := max(text.rfind("在"), text.rfind("由"))) >= 0:
            # 百余名村民在村党支部书记…的带领下, 活动由市委常委…主持: the body after 在/由.
            tail = text[at + 1 :]
            # 活动由副县长胡俊主持: 由 right before the title leaves the title's own body.
            head = text[:at]
            if not tail and text[at] == "在" and (is_place(head) or is_org_like(head)):
                text = head  # 上洋村在党支部书记黄岳华的带领下: the village's secretary
            elif (
                not tail
                or tail in ("村", "镇", "乡", "街道")
                or is_org_like(tail)
                or is_place(tail)
            ):
                text = tail
        text = LEADING_TIME.sub("", text, count=1)
        text = LEADING_COUNT.sub("", text, count=1)
        if (
            (noise := starts_with_any(text, lex.leading_noise))
            and not text.startswith(NOISE_LOOKALIKES)
            and not _opens_with_division(text)
        ):
            text = text[len(noise) :]  # 听取市长…: nothing but the noise names no body
        if text == before:
            return text


def _unit_opening(org: OrgRef) -> str | None:
    """The level (区 of 区委) or the division (宜春市 of 宜春市委 or 宜春市政研室, 柯城区 of
    衢州市柯城区委) whose committee, government or body it is; None for another's (a town's)."""
    surface = org.surface
    if surface[:1] in ("区", "县", "市"):
        return surface[0]
    if body := LEVEL_BODY_END.search(surface):
        rest = surface[: body.start()]
    elif body_name := ends_with_any(surface, _bodies_by_length()):
        rest = surface[: -len(body_name)]
    else:
        return None
    return division_ending_at(rest, len(rest))


@cache
def _bodies_by_length() -> tuple[str, ...]:
    return _by_length(list(lexicon().bodies))


@cache
def _city_shorts() -> frozenset[str]:
    """Prefecture-level cities by their two-character short name (衢州, 金华)."""
    return frozenset(n[:2] for n, d in divisions().items() if d.type == "市" and len(n) == 3)


def _opens_with_division(text: str) -> bool:
    """Does the text open with a county or city of three or more characters (和顺县委,
    同江市政府), so that its first character is no particle?"""
    return division_starting_at(text, 0) is not None


def _in_division(text: str, i: int) -> bool:
    """Is text[i] inside a county's or city's name (云和县, 新和县)?"""
    return any(
        (name := division_starting_at(text, start)) is not None and start + len(name) > i
        for start in range(max(0, i - 3), i)
    )


def _names_a_body(text: str) -> bool:
    """Can the text left after a cut word stand for a body: a body's name, a place, or a
    bare level (县) that the title completes (县人大代表)?"""
    return is_org_like(text) or is_place(text) or text in LEVELS or text in ("村", "街道")


def ends_with_titled_name(head: str) -> bool:
    """Does the text end with a title and a person's name (副主席范国海)?"""
    return _ends_with_name(head, titled=True)


def _ends_with_name(head: str, titled: bool = False) -> bool:
    """Does the text end with a person's name (高庆丰 in 高庆丰向企业负责人), `titled`: one
    after a title (副主席范国海)?"""
    for length in (3, 2):
        cand = head[-length:]
        surname = surname_at(cand, 0)
        if (
            len(cand) == length
            and surname
            and plausible_name(cand, surname)
            and (not titled or title_at_end(head[:-length]) is not None)
        ):
            return True
    return False


def _complete_before(head: str) -> bool:
    """Does the text before a conjunction end a whole thing of its own (a body, a place, a
    person's name), so that the conjunction joins two things rather than two words?"""
    if is_org_like(head) or is_place(head) or head.endswith(("书记", "长", "任", "员")):
        return True
    if title_at_end(head) is not None:
        return True  # 某公司负责人和某管委会党工委书记: another person's title
    for length in (3, 2):
        cand = head[-length:]
        surname = surname_at(cand, 0)
        if len(cand) == length and surname and plausible_name(cand, surname):
            return True
    return False


def _full_body(text: str) -> bool:
    """Does the text spell out a body whose name has 和 in it (发展和改革局)?"""
    return any(b.full in text for b in lexicon().bodies.values() if "和" in b.full)


@cache
def _verb_re() -> re.Pattern[str]:
    # every one, overlapping ones too: overlapping()
    return re.compile(word_pattern(lexicon().org_cut_verbs))


@lru_cache(maxsize=1 << 16)
def is_org_like(text: str) -> bool:
    lex = lexicon()
    return bool(ends_with_any(text, lex.org_suffixes)) or text in lex.bodies


@lru_cache(maxsize=1 << 16)
def is_place(text: str) -> bool:
    lex = lexicon()
    return text in lex.places or text in lex.place_short or bool(PLACE_SHAPE.match(text))


def org_kind(surface: str) -> str:
    if surface.endswith(COMPANY_ENDINGS) or "公司" in surface:
        return "dept" if not surface.endswith(COMPANY_ENDINGS) else "company"
    if surface.endswith(("镇", "乡", "街道")):
        return "town"
    if surface.endswith(("村", "社区")):
        return "village"
    if surface.endswith("政府"):
        return "government"
    if surface.endswith("人大") or surface.endswith("人大常委会"):
        return "congress"
    if surface.endswith("政协"):
        return "cppcc"
    if surface.endswith(("委", "党委", "党工委", "党组")):
        return "party"
    return "body"


def level_of(title: Title) -> str:
    """区长 → 区, 县长 → 县, 市长 → 市, 副省长 → 省, 旗长 → 旗: the level a government post
    implies."""
    for level in ("区", "县", "市", "省", "州", "旗"):
        if level in title.text:
            return level
    return ""


# 镇党委, 村委会: a body of a town or village not named.
BARE_TOWN_BODY = re.compile(
    r"^(镇|乡|村|街道)(党委|党工委|党支部|党总支|支部|政府|人民政府|村委会)$"
)
CPPCC_SECTOR = re.compile(r"^(.*?政协)[\u4e00-\u9fff]{1,10}?界别?$")
DOUBLED_LEVEL = re.compile(
    r"^((?:[\u4e00-\u9fff]{1,4}?[市州盟])?[\u4e00-\u9fff]{1,4}(县|区|市|州|省|村))\2"
    r"(?=委|政府|人大|政协|党?支部|党总支|两委|民委员会"
    r"|(?![城域级直属])[\u4e00-\u9fff]{1,8}(?:局|办|办公室|委员会|中心)$)"
)  # 开化县县委, 周口市淮阳县县委, 恩施州州委, 柏乡县县发改局: the county's (prefecture's)
# committee or bureau (but 开化县县城建设中心: the county town's)


LEVEL_CHARS = re.compile("[省市州县区旗镇乡村]")
SHORT_NAME_MAX = 3
# What ends a grade or a praise before a title, not a body's name: 市级科技特派员, 优秀村医.
GRADE_ENDS = ("级", "优秀", "先进", "模范", "最美")


# Characters of the sentence around a place's name, never in it: 我找到村支书, 请教村支书.
NOT_IN_PLACE_NAME = frozenset("我你他她找到请教问向在了的是和与对把被给让")


@lru_cache(maxsize=1 << 16)
def org_for_segment(org_text: str, title: Title, previous: OrgRef | None) -> OrgRef | None:
    """The organisation one chain segment names (`org_text` + `title`), or None."""
    # 开化县县委 is 开化县委, 黄泥岭村村支部 is 黄泥岭村支部: the level is written twice,
    # once in the place's name.
    text = clean_org_text(TRAILING_QUALIFIER.sub("", org_text))
    if any(level + level in text for level in "县区市州省村"):  # what DOUBLED_LEVEL needs
        text = DOUBLED_LEVEL.sub(r"\1", text)
    if "届" in text:
        text = TERM_OF_BODY.sub("", text)  # 市十七届人大常委会: the standing body, any term
    if "界" in text and (sector := CPPCC_SECTOR.match(text)):
        text = sector.group(1)  # 区政协少数民族界别委员: a member of the 区政协, for a sector
    province = PROVINCE.match(text)
    if province and is_place(text[province.end() :]):
        text = text[province.end() :]  # 浙江衢州市柯城区区长: the province adds nothing
    if text[:2] in _city_shorts() and _opens_with_division(text[2:]):
        text = text[2:]  # 衢州常山县委书记: the city's short name before its county's body
    if title.kind == "group":
        return None
    if not text:
        if title.implies == "政府" and level_of(title):
            return OrgRef(level_of(title) + "政府", "government")
        if previous is None and title.text.endswith(("镇长", "乡长")):
            # 在黄坛口乡，乡长郑涛: the town or township named before.
            return OrgRef("乡" if "乡长" in title.text else "镇", "anaphor")
        if previous is None and title.text.startswith(("村", "镇", "乡")) and title.kind == "post":
            # 在花园村，村支书曹耀伟; 据镇干部徐新介绍: the village or town named before.
            return OrgRef(title.text[0], "anaphor")
        if (
            title.implies == "纪委"
            and previous is not None
            and previous.surface.endswith("委")
            and (previous.surface[:-1] in LEVELS or is_place(previous.surface[:-1]))
        ):
            # 县委常委、纪委书记: the county's discipline commission, not the county committee.
            surface = previous.surface[:-1] + title.implies
            return OrgRef(surface, org_kind(surface))
        if (
            previous is not None
            and previous.surface.endswith(("党委", "党工委"))
            and title.text.endswith(("镇长", "乡长", "主任"))
        ):
            # 镇党委副书记、镇长: the mayor's post is in the town government, not the party.
            town = (
                previous.surface[:-2]
                if previous.surface.endswith("党委")
                else previous.surface[:-3]
            )
            if not town:
                return previous
            return OrgRef(town, "anaphor" if town in ("镇", "乡", "街道", "村") else "town")
        return previous if title.kind == "post" else None
    if text.endswith("驻村") and is_place(text[:-2]):
        return OrgRef(text[:-2], org_kind(text[:-2]))  # 双兴社区驻村第一书记: that village
    if text in ("村委会", "村委", "村两委") or text.endswith("驻村"):
        # 村委会副主任, 驻村第一书记 (stationed in the village): the village named before.
        return OrgRef("村", "anaphor")
    bare = BARE_TOWN_BODY.match(text)
    if bare:
        # 镇党委委员: the town named before, resolved by the extract stage.
        return OrgRef(text, "anaphor")
    if text in LEVELS or text in ("村", "街道") or is_place(text):
        if title.implies:
            level = level_of(title)
            # 宁乡副县长, 江山副市长: a county named short, its level said by the title.
            short = level and text not in LEVELS and not text.endswith(level)
            surface = text + (level if short else "") + title.implies
            if text in ("镇", "乡", "街道"):
                return OrgRef(surface, "anaphor")  # 镇纪委书记: the town named before's
            return OrgRef(surface, org_kind(surface))
        if text in ("镇", "乡", "村", "街道"):
            # 镇党委书记, 村党支部书记 without the place's name: the place named before it,
            # resolved by the extract stage (kind "anaphor").
            if previous is not None and previous.kind in ("town", "village", "party"):
                return previous
            party = title.text.startswith(("党委", "党工委")) and text != "村"
            return OrgRef(
                text + (title.text[: title.text.index("委") + 1] if party else ""), "anaphor"
            )
        if text in LEVELS:
            return None
        if title.text.startswith(("党委", "党工委")) and text.endswith(
            ("镇", "乡", "街道", "自治区")
        ):
            # 杜泽镇党委书记, 广西自治区党委书记: the party committee, not the government.
            return OrgRef(text + title.text[: title.text.index("委") + 1], "party")
        return OrgRef(text, org_kind(text))
    if title.implies == "政府" and (level := level_of(title)) and len(text) >= 2:
        # 東海縣長: the county's name and the title share its 县; 当属于靖江市市长: a
        # division of China ends what stands before the title.
        place = text + level if text + level in divisions() else division_ending_at(text, len(text))
        if place is not None and place != text:
            return org_for_segment(place, title, previous)
    if text in lexicon().bodies and previous is not None and (unit := _unit_opening(previous)):
        # 区委常委、宣传部部长, 宜春市委副秘书长、政研室主任: the bare body belongs to the
        # level or the division named before it — to its committee, when the body is the
        # committee's (南平市委常委、统战部长: 南平市委统战部).
        if lexicon().bodies[text].parent == "L委" and previous.surface == unit + "委":
            unit = previous.surface
        return OrgRef(unit + text, org_kind(text))
    if is_org_like(text):
        return OrgRef(text, org_kind(text))
    if (
        is_org_like(text + title.text[0])
        and not text.endswith(GRADE_ENDS)
        # 我找到村支书, 请教村支书: words of the sentence, no village's name
        and not (title.text[0] in "村镇乡" and not NOT_IN_PLACE_NAME.isdisjoint(text))
    ):
        # 统战部长, 县委统战部长, 公安局长: the body's name shares its last character
        # with the title.
        return org_for_segment(text + title.text[0], title, previous)
    if (
        (title.text in COMPANY_TITLES or title.text in BUSINESS_TITLES)
        and 2 <= len(text) <= 15
        and text not in generic_businesses()
    ):
        # 吉祥厨具总经理, 续集酒吧主理人: a business named without its legal ending.
        return OrgRef(text, "company")
    if title.text.startswith("党工委") and len(text) >= 3 and text.endswith(("园", "区")):
        # 常州西太湖科技产业园党工委书记: a park's or a zone's party working committee.
        return OrgRef(text + "党工委", "party")
    if (
        title.implies == "政府"
        and (level := level_of(title))
        and len(text) > SHORT_NAME_MAX
        and not LEVEL_CHARS.match(text[-1:])
    ):
        # 会议首先听取县长, …工作报告精神和省长: what stands before names no body (nor ends
        # with a place's level); the title's level does. Not 首尔市长, 陵水县长: a short
        # text may be a place's name the tables lack.
        return OrgRef(level + "政府", "government")
    return None


@cache
def generic_businesses() -> frozenset[str]:
    """农家乐, 民宿, 企业 …: a kind of business, which names none (graph/data)."""
    lines = _read("generic_businesses.txt").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))
