"""Projects (GENRE.md §3): named projects, facilities, signings and photo captions.

Rules:
- project.caption    a line of its own that is just a project's name
- project.list       卡涞复合新型材料、鑫亿禾科技等重大产业项目 — items before 等…项目
- project.named      年产5万吨高性能纤维项目 / 某某新材料项目 — a specific name before 项目
- project.facility   罗樟源水库, 花间堂温泉度假酒店, 姑蔑考古遗址公园 — a facility noun with a
                     proper name before it, after a project verb (建设, 推进, 打造 …)
Generic phrases (重大产业项目, 医养结合项目) are not projects: a name must carry something
specific — a capacity, a company or place, a number, or a proper name before a facility word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.extract.text import is_cjk, starts_with_any
from graph.lexicon import _read, lexicon

FACILITY = (
    "生产基地建设项目",
    "建设项目",
    "生产线项目",
    "产业园项目",
    "项目",
    "生产基地",
    "产业基地",
    "基地",
    "产业园",
    "工业园",
    "小微园",
    "科技园",
    "创业园",
    "园区",
    "水库",
    "电站",
    "大桥",
    "隧道",
    "公路",
    "码头",
    "物流园",
    "温泉度假酒店",
    "度假酒店",
    "国际酒店",
    "大酒店",
    "酒店",
    "民宿",
    "度假区",
    "景区",
    "乐园",
    "遗址公园",
    "湿地公园",
    "公园",
    "博物馆",
    "美术馆",
    "图书馆",
    "体育馆",
    "体育中心",
    "综合服务中心",
    "服务中心",
    "文化中心",
    "活动中心",
    "综合体",
    "世界",
    "小镇",
    "谷",
    "工程",
    "生产线",
    "医院",
    "学校",
    "中学",
    "小学",
    "花海",
)
NAMED_HINT = re.compile(
    r"年产|年加工|年处理|年出栏|\d|[一二三四五六七八九十]期|"
    r"科技|新材料|材料|生物|医药|能源|电子|智能|装备|光伏|锂电|化工|化学|食品|纺织|机械|汽车|"
    r"芯片|半导体|显示|制造|精密|数字|智慧|物流|农业|旅游|康养|文旅|温泉|考古|国际|海洋"
)
# A phase after a facility: 姑蔑考古遗址公园一期工程, 小微园(三期), 花海二期.
PHASE = re.compile(r"(?:\(?[一二三四五六七八九十\d]+期\)?)(?:工程|项目)?$")
EVENT_WORDS = ("大会", "会议", "推进会", "仪式", "活动", "现场会", "签约会", "清单", "情况")
PHASE_AFTER = re.compile(r"\(?[一二三四五六七八九十\d]{1,2}期\)?(?:工程|项目)?")
# Endings too common as plain words to mark a project outside a list or caption.
LIST_ONLY = frozenset({"谷", "世界", "工程", "花海", "小镇"})
CONJUNCTIONS = ("及", "和", "与", "以及", "等", "或")
# A count or an amount says how many projects, not which: 两个以上亿元文旅项目, 首个10亿元以上项目.
COUNT = re.compile(
    r"\d+(?:个|家|项|批|座)|^已|以上|首个|[一二两三四五六七八九十]+(?:个|家|项|批|座)|\d+(?:亿|万)元"
)
# What stands before a project's name without being part of it: the investor company
# (kept as the investor), or words such as 主会场, 该, 公司.
INVESTOR = re.compile(r"^(.{2,30}?(?:股份有限公司|集团有限公司|有限责任公司|有限公司|集团))(?=.{4,})")
LEADING = ("主会场", "分会场", "该", "本", "公司", "企业", "了", "是")
CLAUSE_STOP = set(',;:。!?()“”"‘’《》「」【】 \n、')
LIST_TAIL = re.compile(r"等(?:[\u4e00-\u9fff]{0,8})?项目")
VERBS = (
    "重点推进",
    "加快推进",
    "全力推进",
    "推进",
    "推动",
    "建设加快",
    "加快建设",
    "加快",
    "建设",
    "建好",
    "打造",
    "谋划",
    "串联",
    "落实",
    "实施",
    "引进",
    "招引",
    "签约了",
    "签约",
    "签订",
    "签下",
    "开工",
    "投产",
    "启动",
    "围绕",
    "包括",
    "如",
    "以及",
    "和",
    "与",
    "及",
    "将",
    "全面落实",
    "聚焦",
    "依托",
    "完成",
    "建成",
    "落地",
    "新建",
    "续建",
    "扩建",
    "改建",
    "投资",
    "运营",
    "服务",
    "我们将",
    "我们",
    "要",
    "需",
    "全面",
    "抓好",
    "做好",
    "支持",
    "全力支持",
    "引导",
    "促进",
)


@cache
def generic_words() -> tuple[str, ...]:
    words = [w.strip() for w in _read("generic_projects.txt").splitlines()]
    return tuple(sorted({w for w in words if w and not w.startswith("#")}, key=len, reverse=True))


@dataclass(frozen=True)
class FoundProject:
    name: str
    start: int  # span in the sentence
    end: int
    rule: str
    confidence: float


def _strip_verbs(text: str) -> tuple[str, int]:
    """Cut everything up to the last verb or conjunction before the name proper
    (我们将全面落实卡涞复合新型材料 → 卡涞复合新型材料); returns the rest and the cut length.
    The facility word itself is never searched (…基地建设项目 keeps its 建设)."""
    suffix = project_suffix(text) or ""
    core = text[: len(text) - len(suffix)]
    cut = 0
    for verb in VERBS:
        i = core.rfind(verb)
        if i >= 0 and len(core) - (i + len(verb)) >= 2:
            cut = max(cut, i + len(verb))
    return text[cut:], cut


def _specific(name: str) -> bool:
    """Does the name say which project, rather than what kind of project?"""
    rest = PHASE.sub("", name)
    for suffix in FACILITY:
        if rest.endswith(suffix):
            rest = rest[: -len(suffix)]
            break
    rest = re.sub(r"\d{4}年|[()\[\]、“”\"]", "", rest)
    for word in generic_words():
        rest = rest.replace(word, "")
    lex = lexicon()
    for place, info in lex.places.items():
        if info.type in ("省", "市", "区", "县", "县级市"):
            rest = rest.replace(place, "")
    if any(w in name for w in EVENT_WORDS):
        return False
    return len(rest) >= 2


def _clean(name: str) -> str:
    name = name.strip(" ·-—")
    changed = True
    while changed:
        changed = False
        for word in LEADING:
            if name.startswith(word) and len(name) > len(word) + 3:
                name, changed = name[len(word) :], True
    return name


def split_investor(name: str) -> tuple[str, str | None]:
    """浙江华衢新材料有限公司年产20万吨…项目 → (年产20万吨…项目, 浙江华衢新材料有限公司)."""
    m = INVESTOR.match(name)
    if not m:
        return name, None
    return name[m.end() :], m.group(1)


def project_suffix(text: str) -> str | None:
    for suffix in FACILITY:
        if text.endswith(suffix):
            return suffix
    return None


def caption(line: str) -> str | None:
    """A line of its own that is just a project's name (photo captions)."""
    line = line.strip()
    if not (4 <= len(line) <= 60) or re.search(r"[,。;:!?]", line):
        return None
    if not all(is_cjk(ch) or ch.isalnum() or ch in "()、·-" for ch in line):
        return None
    suffix = project_suffix(line)
    if suffix is None or line.endswith(("现场", "会议", "仪式")):
        return None
    return line if _specific(line) else None


def find_projects(s: str) -> list[FoundProject]:
    """Projects named in one normalised sentence."""
    found: list[FoundProject] = []

    def add(start: int, end: int, rule: str, confidence: float) -> None:
        raw = s[start:end]
        name, cut = _strip_verbs(raw)
        name, investor = split_investor(name)
        if investor:
            cut += len(investor)
            name, more = _strip_verbs(name)
            cut += more
        cleaned = _clean(name)
        cut += len(name) - len(cleaned) if name.endswith(cleaned) else 0
        name = cleaned
        if len(name) < 3 or not _specific(name) or COUNT.search(name):
            return
        start = start + cut
        if any(f.start <= start and end <= f.end for f in found):
            return
        found.append(FoundProject(name, start, start + len(name), rule, confidence))

    # project.list: A、B等(重大产业)项目 — every item is a project.
    for m in LIST_TAIL.finditer(s):
        k = m.start()
        items: list[tuple[int, int]] = []
        while True:
            j = k
            while j > 0 and s[j - 1] not in CLAUSE_STOP:
                j -= 1
            items.append((j, k))
            if j > 0 and s[j - 1] == "、":
                k = j - 1
                continue
            break
        for a, b in items:
            item = _clean(s[a:b])
            if not item:
                continue
            if project_suffix(item) is None:
                # 卡涞复合新型材料 → 卡涞复合新型材料项目
                name, cut = _strip_verbs(item)
                if len(name) >= 2 and _specific(name + "项目"):
                    found.append(FoundProject(name + "项目", a + cut, b, "project.list", 0.8))
            else:
                add(a, b, "project.list", 0.8)

    # project.named and project.facility: a facility word ending a noun phrase.
    for suffix in FACILITY:
        for m in re.finditer(re.escape(suffix), s):
            end = m.end()
            if s[end : end + 1] and is_cjk(s[end]) and suffix != "项目":
                # 水库 inside 水库群, 酒店 inside 酒店业: only whole words end a name,
                # except that a facility may be followed by a verb (…酒店运营).
                if not starts_with_any(s[end:], VERBS + ("的", "等", "建设", "项目")):
                    continue
            if s[end : end + 2] == "项目" and suffix != "项目":
                continue  # the longer …项目 is matched by its own suffix
            if suffix in LIST_ONLY:
                continue
            j = m.start()
            while j > 0 and s[j - 1] not in CLAUSE_STOP:
                j -= 1
            # A conjunction or 等 ends the phrase before it: …等重大产业项目及小微园
            conj = max(
                (i + len(c) for c in CONJUNCTIONS if (i := s.rfind(c, j, m.start())) >= 0),
                default=j,
            )
            j = max(j, conj)
            # Keep phases: 小微园(三期), 遗址公园一期工程, 企业园(二期)项目
            phase = PHASE_AFTER.match(s, end)
            if phase:
                end = phase.end()
            hint = NAMED_HINT.search(s[j : m.start()])
            rule = "project.named" if suffix.endswith("项目") else "project.facility"
            if suffix.endswith("项目") and not hint and "签约" not in s and "总投资" not in s:
                continue
            add(j, end, rule, 0.85 if hint else 0.7)
    return found
