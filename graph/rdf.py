"""Stage 5 — RDF: resolved facts → an `rdflib.Dataset`, one named graph per article.

Each article's named graph (named by the article's IRI) holds every triple derived from
that article, including the type and label triples of each entity it mentions, so that a
re-built article replaces exactly its own graph. The vocabulary is docs/design.md's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal

from rdflib import RDF, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, PROV, SKOS

from graph.lexicon import lexicon
from graph.model import LOW_CONFIDENCE, OFFSET_UNIT, Evidence, Extraction
from graph.resolve import OrgInfo, ResolvedCorpus, pinyin_label, pinyin_name, place_key, slug

QJ = Namespace("https://w3id.org/qjkg/ontology#")
QJID = Namespace("https://w3id.org/qjkg/id/")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
ZH = "zh"
PINYIN = "zh-Latn-pinyin"


def iri(kind: str, label: str, key: str) -> URIRef:
    """Readable, deterministic IRI: kind/pinyin-slug-hash of the canonical key."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    return QJID[f"{kind}/{slug(label)}-{digest}"]


def article_iri(source: str) -> URIRef:
    return iri("article", source.rsplit(".", 1)[0], source)


def bind(g: Graph) -> None:
    g.bind("qj", QJ)
    g.bind("qjid", QJID)
    g.bind("schema", SCHEMA, override=True, replace=True)
    g.bind("org", ORG)
    g.bind("foaf", FOAF)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)


def _decimal(x: float) -> Literal:
    """A decimal literal without float noise: 12.5 → "12.5", 1250000000.0 → "1250000000"."""
    d = Decimal(repr(round(float(x), 6))).normalize()
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    return Literal(d, datatype=XSD.decimal)


class ArticleGraph:
    """Writes the triples of one article into its named graph."""

    def __init__(self, ds: Dataset, rc: ResolvedCorpus, ex: Extraction) -> None:
        self.rc = rc
        self.ex = ex
        self.src = ex.article.source
        self.article = article_iri(self.src)
        self.g = ds.graph(self.article)

    # -- entities

    def person(self, name: str) -> URIRef:
        key = self.rc.person_of[(self.src, name)]
        node = iri("person", name, key)
        self.g.add((node, RDF.type, FOAF.Person))
        self.g.add((node, FOAF.name, Literal(name, lang=ZH)))
        self.g.add((node, FOAF.name, Literal(pinyin_name(name), lang=PINYIN)))
        self.g.add((node, QJ.mergeReason, Literal(self.rc.persons[key].merge_reason)))
        return node

    def org(self, info: OrgInfo, surface: str | None = None) -> URIRef:
        node = iri("org", info.label, info.key)
        self.g.add((node, RDF.type, ORG.Organization))
        self.g.add((node, SKOS.prefLabel, Literal(info.label, lang=ZH)))
        self.g.add((node, SKOS.prefLabel, Literal(pinyin_label(info.label), lang=PINYIN)))
        if surface and surface != info.label:
            self.g.add((node, SKOS.altLabel, Literal(surface, lang=ZH)))
        if not info.known:
            self.g.add((node, QJ.unresolvedShortForm, Literal(True)))
        if info.parent is not None:
            self.g.add((node, ORG.subOrganizationOf, self.org(info.parent)))
        if info.jurisdiction:
            self.g.add((node, QJ.jurisdiction, self.place(info.jurisdiction)))
        return node

    def role(self, title: str) -> URIRef:
        node = iri("role", title, title)
        self.g.add((node, RDF.type, ORG.Role))
        self.g.add((node, SKOS.prefLabel, Literal(title, lang=ZH)))
        info = lexicon().title(title)
        en = info.en if info else None
        if en:
            self.g.add((node, SKOS.prefLabel, Literal(en, lang="en")))
        return node

    def place(self, name: str) -> URIRef:
        key = self.rc.place_of.get((self.src, name)) or place_key(name, self.ex.article.district)
        ent = self.rc.places.get(key)
        node = iri("place", name, key)
        self.g.add((node, RDF.type, SCHEMA.Place))
        self.g.add((node, SKOS.prefLabel, Literal(name, lang=ZH)))
        if ent is not None:
            self.g.add((node, QJ.placeType, Literal(ent.type)))
            if ent.parent and ent.parent in self.rc.places:
                parent = self.rc.places[ent.parent]
                self.g.add((node, SCHEMA.containedInPlace, self.place(parent.name)))
        return node

    def project(self, name: str) -> URIRef:
        key = self.rc.project_of[(self.src, name)]
        ent = self.rc.projects[key]
        node = iri("project", ent.name, key)
        self.g.add((node, RDF.type, QJ.Project))
        self.g.add((node, SKOS.prefLabel, Literal(ent.name, lang=ZH)))
        return node

    def interval(self, begin: str | None, end: str | None) -> URIRef:
        """org:memberDuring's time:Interval, its ends as time:Instants (year or year-month)."""
        node = QJID[f"interval/{begin or 'x'}_{end or 'x'}"]
        self.g.add((node, RDF.type, TIME.Interval))
        for prop, value in ((TIME.hasBeginning, begin), (TIME.hasEnd, end)):
            if value:
                instant = QJID[f"instant/{value}"]
                self.g.add((node, prop, instant))
                self.g.add((instant, RDF.type, TIME.Instant))
                dtype = XSD.gYearMonth if "-" in value else XSD.gYear
                pred = TIME.inXSDgYearMonth if "-" in value else TIME.inXSDgYear
                self.g.add((instant, pred, Literal(value, datatype=dtype)))
        return node

    # -- facts

    def evidence(self, evs: Iterable[Evidence]) -> tuple[list[URIRef], float, str]:
        nodes = []
        best = max(evs, key=lambda e: (e.confidence, -e.start))
        for ev in sorted(set(evs), key=lambda e: (e.start, e.end, e.rule)):
            node = iri("evidence", ev.rule, f"{self.src}|{ev.start}|{ev.end}|{ev.rule}")
            self.g.add((node, RDF.type, QJ.Evidence))
            self.g.add((node, QJ.sentence, Literal(ev.sentence)))
            self.g.add((node, QJ.start, Literal(ev.start, datatype=XSD.integer)))
            self.g.add((node, QJ.end, Literal(ev.end, datatype=XSD.integer)))
            self.g.add((node, QJ.offsetUnit, Literal(OFFSET_UNIT)))
            self.g.add((node, PROV.wasDerivedFrom, self.article))
            nodes.append(node)
        return nodes, best.confidence, best.rule

    def fact(self, node: URIRef, cls: URIRef, evs: list[Evidence]) -> None:
        nodes, confidence, rule = self.evidence(evs)
        self.g.add((node, RDF.type, cls))
        self.g.add((node, PROV.wasDerivedFrom, self.article))
        for ev in nodes:
            self.g.add((node, QJ.evidence, ev))
        self.g.add((node, QJ.confidence, Literal(Decimal(str(confidence)), datatype=XSD.decimal)))
        self.g.add((node, QJ.rule, Literal(rule)))
        if confidence < LOW_CONFIDENCE:
            self.g.add((node, QJ.lowConfidence, Literal(True)))

    def build(self) -> None:
        art = self.ex.article
        g = self.g
        g.add((self.article, RDF.type, SCHEMA.NewsArticle))
        g.add((self.article, SCHEMA.headline, Literal(art.title, lang=ZH)))
        if art.date:
            g.add(
                (
                    self.article,
                    SCHEMA.datePublished,
                    Literal(art.date.isoformat(), datatype=XSD.date),
                )
            )
        g.add((self.article, QJ.sourceFile, Literal(self.src)))
        g.add((self.article, QJ.district, self.place(art.district)))
        if art.publisher:
            g.add((self.article, SCHEMA.publisher, Literal(art.publisher)))

        for pm in self.ex.persons:
            self.person(pm.name)

        # Memberships: one per (person, role, org) in this article, with all its evidence.
        grouped: dict[tuple[str, str, str], list] = {}
        for post in self.ex.posts:
            info = self.rc.org_of.get((self.src, post.org)) if post.org else None
            key = (post.person, post.role, info.key if info else "")
            grouped.setdefault(key, []).append((post, info))
        for (person, role, org_key), items in sorted(grouped.items()):
            pkey = self.rc.person_of[(self.src, person)]
            node = iri("membership", f"{person}-{role}", f"{self.src}|{pkey}|{role}|{org_key}")
            self.fact(node, ORG.Membership, [p.evidence for p, _ in items])
            g.add((node, ORG.member, self.person(person)))
            g.add((node, ORG.role, self.role(role)))
            post, info = items[0]
            if info is not None:
                surfaces = sorted({p.org.surface for p, _ in items if p.org})
                org_node = self.org(info, surfaces[0])
                for s in surfaces[1:]:
                    if s != info.label:
                        g.add((org_node, SKOS.altLabel, Literal(s, lang=ZH)))
                g.add((node, ORG.organization, org_node))
            if art.date:
                g.add((node, QJ.observedOn, Literal(art.date.isoformat(), datatype=XSD.date)))
            period = next((p.period for p, _ in items if p.period), None)
            if period:
                g.add((node, ORG.memberDuring, self.interval(*period)))

        for credit in self.ex.credits:
            pkey = self.rc.person_of[(self.src, credit.person)]
            node = iri("credit", credit.person, f"{self.src}|{pkey}|{credit.credit_as}")
            self.fact(node, QJ.Credit, [credit.evidence])
            person = self.person(credit.person)
            g.add((node, QJ.person, person))
            g.add((node, QJ.creditAs, Literal(credit.credit_as, lang=ZH)))
            marker = lexicon().credits.get(credit.credit_as)
            prop = SCHEMA.author if marker and marker.kind == "author" else SCHEMA.contributor
            g.add((self.article, prop, person))

        for pl in self.ex.places:
            self.place(pl.name)

        by_project: dict[str, list] = {}
        for pm in self.ex.projects:
            by_project.setdefault(self.rc.project_of[(self.src, pm.name)], []).append(pm)
        for key, mentions in sorted(by_project.items()):
            first = mentions[0]
            project = self.project(first.name)
            node = iri("project-mention", first.name, f"{self.src}|{key}")
            self.fact(node, QJ.ProjectMention, [m.evidence for m in mentions])
            g.add((node, QJ.project, project))
            for m in mentions:
                if m.place:
                    g.add((project, SCHEMA.location, self.place(m.place)))
                if m.investment_yuan is not None:
                    g.add((project, QJ.investment, _decimal(m.investment_yuan)))
                    g.add((project, QJ.investmentText, Literal(m.investment_text)))
                if m.capacity:
                    g.add((project, QJ.capacity, Literal(m.capacity, lang=ZH)))
                if m.status:
                    g.add((project, QJ.status, Literal(m.status, lang=ZH)))
                for ref in m.investors:
                    info = self.rc.org_of[(self.src, ref)]
                    g.add((project, QJ.investor, self.org(info, ref.surface)))
                for promoter in m.promoters:
                    g.add((project, QJ.promotedBy, self.person(promoter)))

        seen_figures: dict[tuple, list] = {}
        for fig in self.ex.figures:
            k = (fig.is_target, fig.value, fig.unit, fig.year, fig.metric)
            seen_figures.setdefault(k, []).append(fig)
        for (is_target, value, unit, year, metric), figs in sorted(
            seen_figures.items(), key=lambda kv: str(kv[0])
        ):
            fig = figs[0]
            kind = "target" if is_target else "statistic"
            node = iri(kind, metric or unit, f"{self.src}|{kind}|{metric}|{value}|{unit}|{year}")
            self.fact(node, QJ.Target if is_target else QJ.Statistic, [f.evidence for f in figs])
            if metric:
                g.add((node, QJ.metric, Literal(metric, lang=ZH)))
            g.add((node, QJ.value, _decimal(value)))
            g.add((node, QJ.unit, Literal(unit)))
            if year:
                g.add((node, QJ.year, Literal(year, datatype=XSD.integer)))
            if fig.comparator:
                g.add((node, QJ.comparator, Literal(fig.comparator)))
            if (
                is_target
                and fig.set_by_person
                and (self.src, fig.set_by_person) in self.rc.person_of
            ):
                g.add((node, QJ.setBy, self.person(fig.set_by_person)))
            elif is_target and fig.set_by_org is not None:
                info = self.rc.org_of[(self.src, fig.set_by_org)]
                g.add((node, QJ.setBy, self.org(info, fig.set_by_org.surface)))
            if fig.about_project and (self.src, fig.about_project) in self.rc.project_of:
                g.add((node, QJ.about, self.project(fig.about_project)))
            elif fig.about_place:
                g.add((node, QJ.about, self.place(fig.about_place)))


def to_dataset(rc: ResolvedCorpus) -> Dataset:
    ds = Dataset(default_union=True)
    bind(ds)
    for ex in sorted(rc.extractions, key=lambda e: e.article.source):
        ArticleGraph(ds, rc, ex).build()
    return ds
