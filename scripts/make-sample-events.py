#!/usr/bin/env python3
"""Writes data/samples/events.jsonl: the events a careful reader codes in the
sample articles of data/samples/, hand-coded by the dipgraph project.

How it was made: the sample articles are written by the project; the events
below are the project's own hand coding of them (one annotator), with CAMEO
1.1b3 codes chosen by the codebook's names. This script only does the
mechanical part: it finds each sentence in its file to fill the byte
offsets, numbers sentences, and copies label, QuadClass, Goldstein and PLOVER
from data/cameo/cameo.tsv. Output is deterministic.

Sentences are numbered from 0 over the article body (header lines are not
sentences; each paragraph is split after '.', '!' or '?' before a capital).

Usage: scripts/make-sample-events.py   (run from anywhere)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SAMPLES = os.path.join(ROOT, "data", "samples")

ACTORS = {  # code: (name, type)
    "RUSGOV": ("Russian government", "government"), "USAGOV": ("US government", "government"),
    "USAMIL": ("US military", "military"), "SYRGOV": ("Syrian government", "government"),
    "SYRREB": ("Syrian rebels", "armed_group"), "SYRMIL": ("Syrian military", "military"),
    "SYRINS": ("Nusra Front", "armed_group"), "RUS": ("Russia", "state"),
    "USA": ("United States", "state"), "GBR": ("United Kingdom", "state"),
    "FRA": ("France", "state"), "IGOUNO": ("United Nations", "igo"),
    "KORGOV": ("South Korean government", "government"),
    "PRKGOV": ("North Korean government", "government"), "JPN": ("Japan", "state"),
    "PRK": ("North Korea", "state"), "EGYGOV": ("Egyptian government", "government"),
    "ISRGOV": ("Israeli government", "government"), "ISR": ("Israel", "state"),
    "PSEINS": ("Hamas", "armed_group"), "EGY": ("Egypt", "state"),
    "UKRGOV": ("Ukrainian government", "government"), "UKR": ("Ukraine", "state"),
    "TURGOV": ("Turkish government", "government"), "TUR": ("Turkey", "state"),
    "FRAMIL": ("French military", "military"), "NERMIL": ("Niger military government", "military"),
    "NER": ("Niger", "state"), "FRAGOV": ("French government", "government"),
    "PHL": ("Philippines", "state"), "CHN": ("China", "state"),
    "PHLMIL": ("Philippine military", "military"), "CHNCOP": ("Chinese coast guard", "police"),
    "CHNGOV": ("Chinese government", "government"), "PHLGOV": ("Philippine government", "government"),
    "IGOWSTNAT": ("NATO", "igo"), "DEU": ("Germany", "state"),
    "IGOUNOIAE": ("International Atomic Energy Agency", "igo"),
    "IRNGOV": ("Iranian government", "government"), "IRN": ("Iran", "state"),
}
PEOPLE = {  # how a person's code is named when the text names the person
    "Vladimir Putin": "RUSGOV", "Barack Obama": "USAGOV", "Nikki Haley": "USAGOV",
    "Moon Jae-in": "KORGOV", "Kim Jong Un": "PRKGOV", "Donald Trump": "USAGOV",
    "Benjamin Netanyahu": "ISRGOV", "Joe Biden": "USAGOV", "Tayyip Erdogan": "TURGOV",
    "Antonio Guterres": "IGOUNO", "Sergei Shoigu": "RUSGOV", "Emmanuel Macron": "FRAGOV",
    "Volodymyr Zelensky": "UKRGOV", "Jens Stoltenberg": "IGOWSTNAT",
    "Rafael Grossi": "IGOUNOIAE", "Ebrahim Raisi": "IRNGOV",
}


def actor(text, code, person=None):
    name, kind = ACTORS[code]
    if person:
        name, kind = person, "person"
    igo = code[:3] in ("IGO", "NGO", "IMG")
    return {"text": text, "id": code, "name": name,
            "country": code[:3], "role": "" if igo else code[3:], "type": kind}


def A(text, code=None, person=None):
    if person:
        code = PEOPLE[person]
    return (text, code, person)


# (doc, sentence start, key, source, target, code, action text, lemma, extra)
# extra: date, content, attribution, quote, negated, modality, parent, symmetric
EVENTS = [
    ("01-kremlin-white-house-call", "MOSCOW, July 7", "call1",
     A("Russian President Vladimir Putin", person="Vladimir Putin"),
     A("his US counterpart Barack Obama", person="Barack Obama"), "041",
     "agreed in a telephone conversation", "agree",
     dict(date="2016-07-06", attribution="the Kremlin", symmetric=True)),
    ("01-kremlin-white-house-call", "MOSCOW, July 7", "call2",
     A("his US counterpart Barack Obama", person="Barack Obama"),
     A("Russian President Vladimir Putin", person="Vladimir Putin"), "041",
     "agreed in a telephone conversation", "agree",
     dict(date="2016-07-06", attribution="the Kremlin", symmetric=True)),
    ("01-kremlin-white-house-call", "MOSCOW, July 7", "coord1",
     A("Russian President Vladimir Putin", person="Vladimir Putin"),
     A("his US counterpart Barack Obama", person="Barack Obama"), "0312",
     "agreed", "agree",
     dict(content="improve coordination between their militaries in Syria",
          attribution="the Kremlin", symmetric=True)),
    ("01-kremlin-white-house-call", "MOSCOW, July 7", "coord2",
     A("his US counterpart Barack Obama", person="Barack Obama"),
     A("Russian President Vladimir Putin", person="Vladimir Putin"), "0312",
     "agreed", "agree",
     dict(content="improve coordination between their militaries in Syria",
          attribution="the Kremlin", symmetric=True)),
    ("01-kremlin-white-house-call", "Putin placed the call", "placed",
     A("Putin", person="Vladimir Putin"), A("Obama", person="Barack Obama"), "041",
     "placed the call", "place", dict(date="2016-07-06", attribution="the Kremlin")),
    ("01-kremlin-white-house-call", "He told Obama", "told",
     A("He", person="Vladimir Putin"), A("Obama", person="Barack Obama"), "010",
     "told", "tell",
     dict(content="Washington must persuade the rebel groups it backs to separate "
                  "themselves from the Nusra Front",
          attribution="a Kremlin statement")),
    ("01-kremlin-white-house-call", "He told Obama", "persuade",
     A("Washington", "USAGOV"), A("the rebel groups it backs", "SYRREB"), "020",
     "persuade", "persuade",
     dict(content="separate themselves from the Nusra Front", modality="demanded",
          parent="told", attribution="a Kremlin statement")),
    ("01-kremlin-white-house-call", "Obama stressed", "stressed",
     A("Obama", person="Barack Obama"), A("the Syrian government", "SYRGOV"), "100",
     "stressed", "stress",
     dict(content="the Syrian government had to respect the truce",
          attribution="the White House")),
    ("01-kremlin-white-house-call", "The two presidents", "ukr1",
     A("The two presidents", person="Barack Obama"),
     A("The two presidents", person="Vladimir Putin"), "040", "discussed", "discuss",
     dict(date="2016-07-06", symmetric=True)),
    ("01-kremlin-white-house-call", "The two presidents", "ukr2",
     A("The two presidents", person="Vladimir Putin"),
     A("The two presidents", person="Barack Obama"), "040", "discussed", "discuss",
     dict(date="2016-07-06", symmetric=True)),
    ("01-kremlin-white-house-call", "Moscow has not", "nocomment",
     A("Moscow", "RUSGOV"), None, "010", "commented", "comment",
     dict(negated=True,
          content="reports that the Pentagon opposed closer cooperation with Russia")),
    ("01-kremlin-white-house-call", "Moscow has not", "opposed",
     A("the Pentagon", "USAMIL"), A("Russia", "RUS"), "1212", "opposed", "oppose",
     dict(parent="nocomment", content="closer cooperation with Russia")),

    ("02-security-council-veto", "UNITED NATIONS", "veto",
     A("Russia", "RUS"), None, "129", "vetoed", "veto",
     dict(content="A Western-backed draft resolution demanding an inquiry into a "
                  "chemical attack in Syria")),
    ("02-security-council-veto", "Britain, France", "u1",
     A("Britain", "GBR"), A("the Security Council", "IGOUNO"), "020", "urged", "urge",
     dict(content="act quickly")),
    ("02-security-council-veto", "Britain, France", "u2",
     A("France", "FRA"), A("the Security Council", "IGOUNO"), "020", "urged", "urge",
     dict(content="act quickly")),
    ("02-security-council-veto", "Britain, France", "u3",
     A("the United States", "USA"), A("the Security Council", "IGOUNO"), "020",
     "urged", "urge", dict(content="act quickly")),
    ("02-security-council-veto", "US ambassador", "accuse",
     A("US ambassador Nikki Haley", person="Nikki Haley"), A("Moscow", "RUSGOV"), "112",
     "accused", "accuse", dict(content="shielding the Syrian government")),
    ("02-security-council-veto", "The Russian envoy", "rejected",
     A("The Russian envoy", "RUSGOV"), A("the accusation", "USAGOV"), "120",
     "rejected", "reject", dict(content="the accusation")),
    ("02-security-council-veto", "The Russian envoy", "biased",
     A("The Russian envoy", "RUSGOV"), None, "012", "said", "say",
     dict(content="the draft was biased")),
    ("02-security-council-veto", "Damascus denied", "deny",
     A("Damascus", "SYRGOV"), None, "016", "denied", "deny",
     dict(content="any role in the attack")),
    ("02-security-council-veto", "The Syrian army", "noaccess",
     A("The Syrian army", "SYRMIL"), A("investigators", "IGOUNO"), "086", "allowed",
     "allow", dict(negated=True, attribution="the United Nations")),

    ("03-korean-summit", "PANMUNJOM", "meet1",
     A("South Korean President Moon Jae-in", person="Moon Jae-in"),
     A("North Korean leader Kim Jong Un", person="Kim Jong Un"), "040", "met", "meet",
     dict(symmetric=True)),
    ("03-korean-summit", "PANMUNJOM", "meet2",
     A("North Korean leader Kim Jong Un", person="Kim Jong Un"),
     A("South Korean President Moon Jae-in", person="Moon Jae-in"), "040", "met", "meet",
     dict(symmetric=True)),
    ("03-korean-summit", "The two leaders pledged", "pledge1",
     A("The two leaders", person="Moon Jae-in"), A("The two leaders", person="Kim Jong Un"),
     "037", "pledged", "pledge",
     dict(content="work for a formal end to the Korean War", symmetric=True)),
    ("03-korean-summit", "The two leaders pledged", "pledge2",
     A("The two leaders", person="Kim Jong Un"), A("The two leaders", person="Moon Jae-in"),
     "037", "pledged", "pledge",
     dict(content="work for a formal end to the Korean War", symmetric=True)),
    ("03-korean-summit", "Kim invited Moon", "invite",
     A("Kim", person="Kim Jong Un"), A("Moon", person="Moon Jae-in"), "036", "invited",
     "invite", dict(content="visit Pyongyang in the autumn",
                    attribution="the presidential office in Seoul")),
    ("03-korean-summit", "Moon will brief", "brief",
     A("Moon", person="Moon Jae-in"), A("US President Donald Trump", person="Donald Trump"),
     "040", "will brief", "brief", dict(date="2018-04-28", modality="future")),
    ("03-korean-summit", "Japan welcomed", "welcome",
     A("Japan", "JPN"), None, "051", "welcomed", "welcome", dict(content="the summit")),
    ("03-korean-summit", "Japan welcomed", "urgeprk",
     A("Japan", "JPN"), A("North Korea", "PRK"), "025", "urged", "urge",
     dict(content="give up its nuclear weapons")),

    ("04-gaza-truce", "CAIRO, May 21", "broker1",
     A("Egypt", "EGY"), A("Israel", "ISR"), "045", "brokered", "broker",
     dict(content="a ceasefire between Israel and Hamas")),
    ("04-gaza-truce", "CAIRO, May 21", "broker2",
     A("Egypt", "EGY"), A("Hamas", "PSEINS"), "045", "brokered", "broker",
     dict(content="a ceasefire between Israel and Hamas")),
    ("04-gaza-truce", "Egyptian mediators", "talks1",
     A("Egyptian mediators", "EGYGOV"), A("both sides", "ISR"), "046", "held talks",
     "hold", dict()),
    ("04-gaza-truce", "Egyptian mediators", "talks2",
     A("Egyptian mediators", "EGYGOV"), A("both sides", "PSEINS"), "046", "held talks",
     "hold", dict()),
    ("04-gaza-truce", "Hamas fired rockets", "rockets",
     A("Hamas", "PSEINS"), A("Israeli towns", "ISR"), "190", "fired rockets", "fire",
     dict()),
    ("04-gaza-truce", "US President Joe Biden", "praise",
     A("US President Joe Biden", person="Joe Biden"), A("Egypt", "EGY"), "051", "praised",
     "praise", dict(content="its role")),
    ("04-gaza-truce", "The United Nations appealed", "appeal",
     A("The United Nations", "IGOUNO"), None, "023", "appealed", "appeal",
     dict(content="help rebuild Gaza")),

    ("05-grain-deal", "ISTANBUL, July 22", "sign1",
     A("Russia", "RUS"), A("Turkey", "TUR"), "057", "signed", "sign", dict()),
    ("05-grain-deal", "ISTANBUL, July 22", "sign2",
     A("Russia", "RUS"), A("the United Nations", "IGOUNO"), "057", "signed", "sign", dict()),
    ("05-grain-deal", "ISTANBUL, July 22", "sign3",
     A("Ukraine", "UKR"), A("Turkey", "TUR"), "057", "signed", "sign", dict()),
    ("05-grain-deal", "ISTANBUL, July 22", "sign4",
     A("Ukraine", "UKR"), A("the United Nations", "IGOUNO"), "057", "signed", "sign",
     dict()),
    ("05-grain-deal", "Kyiv warned", "warn",
     A("Kyiv", "UKRGOV"), A("Russian", "RUS"), "138", "warned", "warn",
     dict(content="it would respond militarily to any Russian attack on its ports",
          modality="hypothetical")),
    ("05-grain-deal", "Talks between", "tb1",
     A("the two delegations", "RUSGOV"), A("the two delegations", "UKRGOV"), "046",
     "Talks", "talk", dict(symmetric=True)),
    ("05-grain-deal", "Talks between", "tb2",
     A("the two delegations", "UKRGOV"), A("the two delegations", "RUSGOV"), "046",
     "Talks", "talk", dict(symmetric=True)),

    ("06-niger-withdrawal", "NIAMEY", "leave",
     A("The last French soldiers", "FRAMIL"), A("Niger", "NER"), "166", "left", "leave",
     dict()),
    ("06-niger-withdrawal", "The military government", "demand",
     A("The military government in Niamey", "NERMIL"), A("the departure", "FRA"),
     "106", "had demanded", "demand", dict(content="the departure")),
    ("06-niger-withdrawal", "French President", "announce",
     A("French President Emmanuel Macron", person="Emmanuel Macron"), None, "010",
     "announced", "announce", dict(content="the withdrawal")),
    ("06-niger-withdrawal", "He said France", "hostage",
     A("He", person="Emmanuel Macron"), A("the putschists", "NERMIL"), "111", "said",
     "say", dict(content="France would not remain hostage to the putschists")),
    ("06-niger-withdrawal", "The junta accused", "junta",
     A("The junta", "NERMIL"), A("Paris", "FRAGOV"), "112", "accused", "accuse",
     dict(content="interfering in its internal affairs")),
    ("06-niger-withdrawal", "Niger has since", "coop",
     A("Niger", "NER"), A("Russia", "RUS"), "062", "expanded military cooperation",
     "expand", dict()),

    ("07-shoal-clash", "MANILA, June 18", "ph_accuse",
     A("The Philippines", "PHL"), A("China", "CHN"), "1123", "accused", "accuse",
     dict(date="2024-06-18",
          content="ramming and boarding navy supply boats near a disputed shoal in the "
                  "South China Sea")),
    ("07-shoal-clash", "Philippine sailors", "knives",
     A("Chinese coast guard personnel armed with knives", "CHNCOP"),
     A("Philippine sailors", "PHLMIL"), "182", "were attacked", "attack",
     dict(attribution="the Philippine military")),
    ("07-shoal-clash", "Beijing blamed", "blame",
     A("Beijing", "CHNGOV"), A("Manila", "PHLGOV"), "112", "blamed", "blame",
     dict(content="the confrontation")),
    ("07-shoal-clash", "The United States condemned", "condemn",
     A("The United States", "USA"), A("the Chinese actions", "CHN"), "111", "condemned",
     "condemn", dict()),
    ("07-shoal-clash", "Washington reaffirmed", "reaffirm",
     A("Washington", "USAGOV"), A("the Philippines", "PHL"), "032", "reaffirmed",
     "reaffirm", dict(content="its defence commitments to the Philippines")),

    ("08-nato-vilnius", "VILNIUS", "criticise",
     A("Ukrainian President Volodymyr Zelensky", person="Volodymyr Zelensky"),
     A("NATO", "IGOWSTNAT"), "111", "criticised", "criticise",
     dict(content="offering no timetable for Ukraine to join the alliance")),
    ("08-nato-vilnius", "NATO leaders invited", "invite",
     A("NATO leaders", "IGOWSTNAT"), A("Ukraine", "UKR"), "032", "invited", "invite",
     dict(content="join once conditions were met", attribution="the summit communique")),
    ("08-nato-vilnius", "Secretary-General Jens", "defend",
     A("Secretary-General Jens Stoltenberg", person="Jens Stoltenberg"), None, "052",
     "defended", "defend", dict(content="the decision")),
    ("08-nato-vilnius", "The alliance promised", "promise",
     A("The alliance", "IGOWSTNAT"), A("Kyiv", "UKRGOV"), "032", "promised", "promise",
     dict(content="more weapons and training")),
    ("08-nato-vilnius", "Germany pledged", "pledge",
     A("Germany", "DEU"), A("Ukraine", "UKR"), "0332", "pledged", "pledge",
     dict(content="additional air defence systems")),
    ("08-nato-vilnius", "Moscow warned", "mwarn",
     A("Moscow", "RUSGOV"), A("NATO", "IGOWSTNAT"), "130", "warned", "warn",
     dict(content="Ukrainian membership would pose a threat to Russia")),

    ("09-iaea-tehran", "TEHRAN, March 4", "visit",
     A("The head of the International Atomic Energy Agency", person="Rafael Grossi"),
     A("Iranian President Ebrahim Raisi", person="Ebrahim Raisi"), "042", "met", "meet",
     dict()),
    ("09-iaea-tehran", "TEHRAN, March 4", "host",
     A("Iranian President Ebrahim Raisi", person="Ebrahim Raisi"),
     A("The head of the International Atomic Energy Agency", person="Rafael Grossi"), "043",
     "met", "meet", dict()),
    ("09-iaea-tehran", "Rafael Grossi urged", "urge",
     A("Rafael Grossi", person="Rafael Grossi"), A("Iran", "IRN"), "1055", "urged", "urge",
     dict(content="restore the agency's cameras at nuclear sites")),
    ("09-iaea-tehran", "Iran agreed", "agree",
     A("Iran", "IRN"), A("the agency", "IGOUNOIAE"), "086", "agreed", "agree",
     dict(content="allow more inspections", attribution="the agency",
          modality="future")),
    ("09-iaea-tehran", "The United States has not", "uscomment",
     A("The United States", "USA"), None, "010", "commented", "comment",
     dict(negated=True,
          content="a proposal that would see inspectors return to the Fordow plant")),
    ("09-iaea-tehran", "Israel criticised", "isr",
     A("Israel", "ISR"), A("Iran", "IRN"), "111", "criticised", "criticise",
     dict(content="the agreement")),
]


def sentences(body):
    """Yields (index, text) of the body's sentences."""
    index = 0
    for para in re.split(r"\n\s*\n", body):
        para = " ".join(para.split("\n")).strip()
        if not para:
            continue
        for sent in re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", para):
            yield index, sent.strip()
            index += 1


def load_codebook():
    book = {}
    with open(os.path.join(ROOT, "data", "cameo", "cameo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            book[c[0]] = {"label": c[3], "goldstein": float(c[4]), "quad": int(c[5]),
                          "plover": c[6]}
    return book


def main():
    book = load_codebook()
    docs = {}
    for name in sorted(os.listdir(SAMPLES)):
        if not name.endswith(".txt"):
            continue
        raw = open(os.path.join(SAMPLES, name), "rb").read()
        text = raw.decode("utf-8")
        head, _, body = text.partition("\n\n")
        meta = dict(l.split(": ", 1) for l in head.split("\n"))
        docs[name[:-4]] = (raw, meta, body, len(head.encode("utf-8")) + 2)
    out, per_sentence, ids = [], {}, {}
    for doc_id, start, key, src, tgt, code, act, lemma, extra in EVENTS:
        raw, meta, body, body_off = docs[doc_id]
        found = [(i, s) for i, s in sentences(body) if s.startswith(start)]
        if len(found) != 1:
            sys.exit(f"{doc_id}: sentence starting {start!r} found {len(found)} times")
        index, sent = found[0]
        sent_bytes = sent.encode("utf-8")
        at = raw.find(sent_bytes, body_off)
        if at < 0:
            sys.exit(f"{doc_id}: sentence {start!r} spans lines; keep sentences on one line")
        n = per_sentence.get((doc_id, index), 0)
        per_sentence[(doc_id, index)] = n + 1
        eid = f"{doc_id}-{index}-{n}"
        ids[(doc_id, key)] = eid
        c = book[code]
        event = {
            "id": eid,
            "doc": {"id": doc_id, "title": meta["Title"], "source": meta["Source"],
                    "date": meta["Date"]},
            "sentence": {"index": index, "text": sent, "start": at,
                         "end": at + len(sent_bytes)},
            "date": extra.get("date", meta["Date"]),
            "source": actor(*src),
            "target": actor(*tgt) if tgt else None,
            "action": {"text": act, "lemma": lemma, "cameo": code, "root": code[:2],
                       "label": c["label"], "quad_class": c["quad"],
                       "goldstein": c["goldstein"], "plover": c["plover"], "pattern": ""},
            "content": extra.get("content", ""),
            "attribution": extra.get("attribution", ""),
            "quote": extra.get("quote", False),
            "negated": extra.get("negated", False),
            "modality": extra.get("modality", "asserted"),
            "confidence": 1.0,
            "mentions": 1,
            "parent": ids[(doc_id, extra["parent"])] if "parent" in extra else "",
            "symmetric": extra.get("symmetric", False),
        }
        out.append(event)
    path = os.path.join(SAMPLES, "events.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for e in out:
            f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {path}: {len(out)} events from {len(docs)} articles")


if __name__ == "__main__":
    main()
