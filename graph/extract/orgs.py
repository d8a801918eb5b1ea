"""Organisation spans as written before a title: 区发改局, 上方镇, 某某有限公司市场部 (GENRE.md §2).

This only decides *what span* names the organisation and of which kind it is; turning a
short form into a full name with the article's district happens in `graph.resolve`.
"""

from __future__ import annotations

import re

from graph.extract.text import ends_with_any, starts_with_any
from graph.lexicon import Title, lexicon
from graph.model import OrgRef

LEVELS = ("全国", "省", "市", "县", "区", "镇", "乡")
LEADING_TIME = re.compile(
    r"^(?:\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:上午|下午|晚上|中午|晚|早上|凌晨)?"
)
PLACE_SHAPE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:街道|社区|镇|乡|村|区|县|市|省)$")
COMPANY_TITLES = frozenset(
    "董事长 副董事长 董事 总经理 副总经理 常务副总经理 总裁 副总裁 执行总裁 经理 副经理 总监 "
    "厂长 副厂长 负责人 主要负责人 项目负责人 创始人 联合创始人 合伙人 总工程师 总经济师".split()
)
COMPANY_ENDINGS = (
    "股份有限公司",
    "集团有限公司",
    "有限责任公司",
    "有限公司",
    "分公司",
    "公司",
    "集团",
)


def clean_org_text(text: str) -> str:
    """Drop what stands before an organisation's name without being part of it."""
    lex = lexicon()
    while True:
        before = text
        if "的" in text:
            text = text.rsplit("的", 1)[1]
        text = LEADING_TIME.sub("", text, count=1)
        noise = starts_with_any(text, lex.leading_noise)
        if noise and len(text) > len(noise):
            text = text[len(noise) :]
        if text == before:
            return text


def is_org_like(text: str) -> bool:
    lex = lexicon()
    return bool(ends_with_any(text, lex.org_suffixes)) or text in lex.bodies


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
    """区长 → 区, 县长 → 县, 市长 → 市: the level a government post implies."""
    for level in ("区", "县", "市"):
        if level in title.text:
            return level
    return ""


def org_for_segment(org_text: str, title: Title, previous: OrgRef | None) -> OrgRef | None:
    """The organisation one chain segment names (`org_text` + `title`), or None."""
    text = clean_org_text(org_text)
    if title.kind == "group":
        return None
    if not text:
        if title.implies == "政府" and level_of(title):
            return OrgRef(level_of(title) + "政府", "government")
        return previous if title.kind == "post" else None
    if text in LEVELS or is_place(text):
        if title.implies:
            surface = text + title.implies
            return OrgRef(surface, org_kind(surface))
        if text in LEVELS:
            # 镇党委书记 without the town's name: the town is the one named before, if any.
            return previous if previous and previous.kind == "town" else None
        if title.text.startswith(("党委", "党工委")) and text.endswith(("镇", "乡", "街道")):
            # 杜泽镇党委书记: the town's party committee, not its government.
            return OrgRef(text + title.text[: title.text.index("委") + 1], "party")
        return OrgRef(text, org_kind(text))
    if text in lexicon().bodies and previous is not None and previous.surface[:1] in "区县市":
        # 区委常委、宣传部部长: the bare body belongs to the level named before it.
        return OrgRef(previous.surface[0] + text, org_kind(text))
    if is_org_like(text):
        return OrgRef(text, org_kind(text))
    if title.text in COMPANY_TITLES and 2 <= len(text) <= 15:
        # 吉祥厨具总经理: a company named without its legal ending.
        return OrgRef(text, "company")
    return None
