"""COREF links from a pronoun, clitic, role or short-name speaker to the full name it stands for,
so that every quote resolves to a person (or an organisation)."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Link, Mention
from annotator.nlp.coref.coref_agent_roles import acts_for_named_person, continues_agent_role
from annotator.nlp.coref.coref_ages import aged_person, names_an_age
from annotator.nlp.coref.coref_anonymous_source import speaks_for_anonymous_source
from annotator.nlp.coref.coref_answers import Turns
from annotator.nlp.coref.coref_bare_police import force_at_large, force_named_before
from annotator.nlp.coref.coref_court_parties import court_named_before, court_officer, court_party
from annotator.nlp.coref.coref_forward import first_person_after
from annotator.nlp.coref.coref_lede_roles import lede_role_person
from annotator.nlp.coref.coref_name_lists import list_member_antecedent
from annotator.nlp.coref.coref_party_subject import named_party
from annotator.nlp.coref.coref_police import police_unit
from annotator.nlp.coref.coref_pronoun_gender import PronounGenders, pronoun_gender
from annotator.nlp.coref.coref_relational_roles import relational_newcomer
from annotator.nlp.coref.coref_relatives import (
    body_before,
    is_relative_speaker,
    relative_antecedent,
    relative_of_things,
)
from annotator.nlp.coref.coref_resolver import CorefResolver
from annotator.nlp.coref.coref_roles import (
    last_organisation,
    names_an_organisation,
    organisation_inside,
    quantified,
    unheld_private_role,
    unknown_name,
    unnamed_newcomer,
    untagged_name,
)
from annotator.nlp.coref.coref_salience import (
    coref_words,
    describes_a_person,
    drop_organisation_words,
    looks_like_name,
    names_a_team,
    widen_abbreviated_names,
)
from annotator.nlp.coref.coref_self_mention import speaker_not_named
from annotator.nlp.coref.coref_titles import document_speaker, plural_role_head, titled_person, unheld_ranked_office
from annotator.nlp.coref.coref_unnamed_speaker import continues_unnamed_role
from annotator.nlp.coref.name_after_rank import widen_ranked_names
from annotator.nlp.coref.name_blends import blended_person
from annotator.nlp.coref.name_forms import trim_people
from annotator.nlp.coref.name_particle_surnames import particle_surname_person
from annotator.nlp.coref.name_unit_prefix import drop_unit_prefixes
from annotator.nlp.resources import load_resources, speech_words
from annotator.nlp.speakers.speaker_closed_descriptions import person_named_inside
from annotator.nlp.speakers.speaker_descriptions import INDEFINITE, normal_word, plural_group, singular_english_head
from annotator.nlp.speakers.speaker_pairs import holds_two_people


def link_coreference(analysis: Analysis) -> None:
    trim_people(analysis)
    drop_unit_prefixes(analysis)
    drop_organisation_words(analysis)
    widen_abbreviated_names(analysis)
    widen_ranked_names(analysis)
    resolver = CorefResolver(analysis)
    genders = PronounGenders(analysis, resolver)
    speaker_of: dict[int, Mention] = {}
    for link in analysis.links:
        if link.label == "SPEAKER":
            speaker_of[id(link.head)] = link.child
    linked: set[int] = set()
    speakers_before: list[tuple[int, Mention]] = []
    turns = Turns(analysis)
    last_speaker: Mention | None = None
    unnamed: set[int] = set()  # pronouns continuing an unnamed role
    agents: set[int] = set()  # roles acting for someone named (`kuasa hukum X`) and clitics after them
    answering_roles: set[str] = set()  # roles that answered a question, so are not its asker
    for quote in sorted(analysis.quotes, key=lambda m: m.start):
        speaker = speaker_of.get(id(quote))
        if speaker is None:
            turns.last = None
            continue
        kind = speaker.attrs.get("kind")
        previous, last_speaker = last_speaker, speaker
        if kind == "pronoun" and continues_unnamed_role(analysis, speaker, previous, speakers_before, unnamed):
            continue  # `The woman said ... . After this, she said`: still the unnamed woman
        if kind in ("pronoun", "clitic") and continues_agent_role(analysis, speaker, previous, agents):
            agents.add(id(speaker))
            continue  # `Tim kuasa hukum X menyatakan ... . “...,” ucapnya`: still the unnamed lawyers
        if kind == "pronoun" and speaks_for_anonymous_source(analysis, speaker, quote):
            unnamed.add(id(speaker))
            continue  # `An officer who spoke on condition of anonymity confirmed it. “...,” he said`
        target: Mention | None = None
        resolved: Mention | None = None
        relayed = False  # resolved to an earlier speaker because the quote names the one before
        container = resolver.person_around(speaker)
        if kind == "role" and analysis.lang == "en" and holds_two_people(analysis.text, analysis.entities, speaker):
            continue  # `A and B said`: one speaker standing for two people, resolved to neither
        if kind == "role" and relative_of_things(analysis, speaker):
            # `the Daily Courier, which argued that ...`: the body before it, or no one
            target = resolved = body_before(analysis, speaker)
            if target is None:
                continue
        elif container is not None:
            target = resolved = resolver.resolve_person(container)  # `Ngalle` of `Amir Dg. Ngalle`
        elif kind == "role" and is_relative_speaker(analysis, speaker):
            person = relative_antecedent(analysis, speaker, resolver.all_people)
            if person is None:
                continue  # `..., two witnesses, who said`: the phrase before the comma names no one
            target = resolved = resolver.resolve_person(person)  # `Police arrested X, who said`
        elif kind == "name" and names_a_team(analysis.text, speaker):
            # `X mewakili pemain Elang Hitam mengakui ...`: a team speaks through the person before it.
            subject = resolver.subject_of_sentence(speaker)
            target = resolved = resolver.resolve_person(subject) if subject else resolver.antecedent(speaker, speakers_before)
        elif kind == "name":
            person = analysis.entity_at(speaker.start, speaker.end)
            target = resolver.unit_after_role(speaker) or resolver.full_name(speaker)
            if target is None and (surname := particle_surname_person(analysis, speaker, resolver.all_people)):
                target = resolver.resolve_person(surname)  # `Van Dalen` of `Joost van Dalen`
            resolved = target or person or speaker
        elif kind == "role" and (surname := particle_surname_person(analysis, speaker, resolver.all_people)):
            target = resolved = resolver.resolve_person(surname)  # `al-Thani` of `Mohammed Abdurrahman al-Thani`
        elif kind == "role" and looks_like_name(analysis, speaker):
            # `BPBD Kabupaten X, Marzuki, menyatakan`: a name the entity rules did not know.
            person = resolver.person_at(speaker.start, speaker.end)
            target = resolver.full_name(person) if person is not None else None
            resolved = target or person
        elif kind == "role" and acts_for_named_person(analysis, speaker):
            agents.add(id(speaker))
            continue  # `Tim kuasa hukum Fatia menyatakan`: the lawyers, not Fatia
        elif kind == "role" and document_speaker(analysis.text, speaker):
            continue  # `The statement said ...`: a document stands for no one named before
        elif kind == "role" and court_party(analysis, speaker):
            # `The prosecution said`, `The court declared`: the institution, not the prosecutor or
            # magistrate named before; only a court's name holding the noun is what it points back at
            target = resolved = court_named_before(analysis, speaker)
            if target is None:
                continue
        elif kind == "role" and force_at_large(analysis, speaker):
            # `the police said`, `the CTD police`: the force at large, not a unit named before; only a
            # name of the whole force (`the National Police`) is what it points back at
            target = resolved = force_named_before(analysis, speaker)
            if target is None:
                continue
        elif kind in ("pronoun", "clitic", "role"):
            words = analysis.text[speaker.start : speaker.end].split()
            inner = organisation_inside(analysis, speaker) if kind == "role" else None
            named = (
                aged_person(analysis, speaker, resolver.people, resolver.resolve_person)  # `the 19-year-old`
                or resolver.named_role(speaker)
                or person_named_inside(analysis, speaker, resolver.resolve_person)  # `perempuan bernama Sinta itu`
                or blended_person(analysis.text, speaker, resolver.people)  # `kata RR` after `Rizal Ramli`
                or resolver.named_role_head(speaker)
            ) if kind == "role" else None
            if named is None and kind == "role" and analysis.lang == "en":
                para = analysis.text.rfind("\n", 0, speaker.start) + 1
                current = next((p for position, p in reversed(speakers_before) if para <= position < speaker.start), None)
                named = titled_person(analysis.text, speaker, resolver.all_people, resolver.resolve_person, current)
                lede = lede_role_person(analysis.text, speaker, quote, resolver.people, speaker_of.values())
                named = named or (resolver.resolve_person(lede) if lede is not None else None)  # `X's police chief says`
            if named is not None:
                target = named  # `Kapolres Kendal` after `Kapolres Kendal AKBP Hendra Wijaya`
            elif inner is not None:
                target = inner  # `a spokesperson for Universities UK`, `Economists at X`
            elif kind == "role" and court_officer(analysis, speaker):
                continue  # `Jaksa menyebut bahwa X ...`: a prosecutor the text never names, not the defendant
            elif kind == "role" and names_an_organisation(analysis, speaker) and not describes_a_person(analysis, speaker):
                if untagged_name(analysis, speaker):
                    continue  # `Kepolisian Daerah (Polda) Riau menyatakan`: the organisation names itself
                target = police_unit(analysis, speaker) or last_organisation(analysis, speaker)  # `Kepolisian` -> `Polres X`
            elif kind == "role" and names_an_age(analysis, speaker):
                continue  # `the 30-year-old said` with no one given that age: someone unnamed, no one earlier
            elif kind == "role" and " ".join(words).lower() in coref_words()["press_roles"]:
                continue  # `“...?” tanya wartawan`: the journalists asking, no one named before
            elif kind == "role" and (
                words[0].lower() in INDEFINITE
                or words[0].lower() in coref_words()["newcomer_openers"]
                or quantified(analysis, speaker)
                or normal_word(words[-1]) in coref_words()["other_people_words"]
            ):
                continue  # an indefinite role (`a witness`, `Sejumlah warga`, `wali murid lainnya`) introduces someone new
            elif kind == "role" and relational_newcomer(analysis, speaker):
                unnamed.add(id(speaker))
                continue  # `The man's father said`: a newcomer known by his tie to someone, no one named before
            elif kind == "role" and unnamed_newcomer(analysis, speaker):
                continue  # `seorang pria ... . “...,” kata pria itu`: the unnamed newcomer, no one named before
            elif kind == "role" and unheld_private_role(analysis, speaker):
                continue  # `the neighbour said` after `Superintendent X`: a private person no one was named as
            elif kind == "role" and unknown_name(analysis, speaker):
                continue  # `Salah seorang warga, Enan, menuturkan`: a name the entity rules missed is no one earlier
            elif kind == "role" and plural_group(words) and not singular_english_head(words, analysis.lang) and not (
                analysis.lang != "en" and normal_word(words[-1]) in load_resources(analysis.lang).determiners
            ):
                continue  # `Disaster officials`, `para pejabat`: a group, no single person
            elif kind == "role" and analysis.lang == "en" and plural_role_head(analysis.text, speaker):
                continue  # `..., detectives say, ...`: a plural head noun is a group, no single person
            elif kind == "role" and analysis.lang == "en" and unheld_ranked_office(analysis.text, speaker):
                continue  # `The Prime Minister said` after `Finance Minister X`: an office no one here was named with
            else:
                target = (turns.answerer(quote, speakers_before) if kind != "role" else None) or resolver.antecedent(
                    speaker, speakers_before, quote
                )
                if kind == "role" and analysis.lang == "en" and list_member_antecedent(
                    analysis.text, target, resolver.all_people, [p for _, p in speakers_before]
                ):
                    target = None  # `The suspects are A (27), B (33) and C (25). ... the commander said`: none of them
                if kind == "role" and target is not None and resolver.other_role_speaker(speaker, target):
                    target = None  # `The defendant told the court` after `Detective Mark Durant`: not the officer
                if kind == "role" and target is None:
                    target = named_party(resolver, speaker)  # `X told the court ... . The defendant retorted`
                role_text = analysis.text[speaker.start : speaker.end].lower()
                if kind == "role" and (role_text in answering_roles or turns.answers_the_asker(quote, target)):
                    # `“...?” tanya Kapolda. “Polisi, Pak,” jawab pelaku`: the one asked, unnamed, and
                    # still unnamed when the same role speaks again (`janji pelaku`)
                    answering_roles.add(role_text)
                    target = None
                if target is not None and kind in ("pronoun", "clitic"):
                    # `“Kapolsek Denbar juga menyampaikan ...,” ungkapnya`: not the Kapolsek the quote names;
                    # the spokesman steps in for this quote only, the one talked about stays the focus
                    named_one = target
                    other = speaker_not_named(analysis, target, quote, speakers_before, resolver.all_people, resolver.subjects)
                    relayed = other is not named_one
                    target = resolver.resolve_person(other) if relayed else target
                gender = pronoun_gender(analysis, speaker) if kind == "pronoun" else None
                if gender is not None and target is not None and genders.other_gender(target, gender):
                    # `She said` is not the `Mr X` before; with no one else to mean, a misprint for X
                    target = genders.agreeing(speaker, gender, target, quote) or target
                group = analysis.text[speaker.start : speaker.end].lower() in speech_words()["organisation_pronouns"]
                if target is None and kind in ("pronoun", "clitic") and not group:  # `they` is never one person ahead
                    forward = first_person_after(analysis.text, analysis.lang, resolver.people, speaker)
                    target = resolver.resolve_person(forward) if forward is not None else None
                if gender is not None and target is not None and target.label == "PERSON":
                    genders.learn(target, gender)
            resolved = target
        turns.record(quote, resolved)
        if resolved is not None and not relayed:
            speakers_before.append((speaker.start, resolved))
        if target is not None and id(speaker) not in linked and (target.start, target.end) != (speaker.start, speaker.end):
            analysis.links.append(Link(speaker, target, "COREF", score=0.7))
            linked.add(id(speaker))
