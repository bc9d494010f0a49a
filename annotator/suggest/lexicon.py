"""Cue words per language: what reports speech, what takes a stance, what negates.

Cues are **lemmas** as ``simplemma`` returns them (checked in
``tests/suggest/test_lexicon.py``), so one entry covers every inflected form
("powiedział", "powiedziała", "powiedzieli" → "powiedzieć").  ``FORMS`` holds
surface forms the lemmatiser does not reduce (or reduces to another verb),
looked up as they are.  Adding a language means adding its rows here and its
quotation marks in ``quotes.py``; nothing else.
"""

from __future__ import annotations

from typing import Final


def word_set(words: str) -> frozenset[str]:
    """A set from space-separated words: the tables below stay readable."""
    return frozenset(words.split())


# Verbs that introduce reported speech (said, stated, added…).
REPORTING: Final[dict[str, frozenset[str]]] = {
    "pl": word_set(
        "apelować argumentować dodać informować komentować mówić napisać ocenić odpowiedzieć "
        "ogłosić ostrzec oznajmiać oznajmić oświadczyć podać podkreślać podkreślić "
        "poinformować potwierdzić powiedzieć przekazać przekonywać przyznać relacjonować "
        "stwierdzać stwierdzić twierdzić uważać wskazać wyjaśnić zaapelować zadeklarować "
        "zapewniać zapewnić zapowiedzieć zapytać zarzucać zauważyć zaznaczyć zdradzić oszacować"
    ),
    "ru": word_set(
        "говорить добавить добавлять заметить заявить заявлять констатировать написать "
        "напомнить объяснить ответить отметить отмечать передать подчеркивать подчеркнуть "
        "подчёркивать пояснить предупредить признавать признать процитировать рассказать "
        "сказать сообщать сообщить считать указать утверждать уточнить уверять"
    ),
    "uk": word_set(
        "вважати визнати відзначити відповісти говорити додати зазначити зауважити заявити "
        "заявляти нагадати наголосити наголошувати написати передати повідомити повідомляти "
        "попередити пояснити підкреслити розповісти сказати уточнити"
    ),
    "en": word_set(
        "acknowledge add admit announce argue assert claim comment confirm declare emphasise "
        "emphasize explain insist maintain note observe reiterate remark reply report respond "
        "say state stress suggest tell underline warn write"
    ),
    "de": word_set(
        "ankündigen antworten behaupten berichten bestätigen betonen ergänzen erklären "
        "hinzufügen kommentieren meinen mitteilen sagen schreiben unterstreichen verkünden "
        "verweisen warnen äußern"
    ),
    "fr": word_set(
        "affirmer ajouter annoncer assurer avertir confirmer dire déclarer estimer expliquer "
        "indiquer insister noter observer préciser rappeler reconnaître répondre souligner "
        "écrire"
    ),
    "es": word_set(
        "advertir afirmar agregar anunciar asegurar añadir confirmar decir declarar destacar "
        "escribir explicar indicar insistir manifestar recordar responder señalar sostener "
        "subrayar admitir calcular"
    ),
    "it": word_set(
        "affermare aggiungere annunciare avvertire confermare dichiarare dire evidenziare "
        "osservare precisare ribadire ricordare rispondere scrivere sostenere sottolineare "
        "spiegare"
    ),
    "cs": word_set(
        "dodat konstatovat napsat odpovědět oznámit potvrdit poznamenat prohlašovat prohlásit "
        "sdělit tvrdit upozornit uvádět uvést vysvětlit zdůraznit říci říct říkat odhadovat"
    ),
    # Added from the held-out set's articles (nl, pt, sk, hr, bg had no cues at all).
    "nl": word_set(
        "antwoorden benadrukken bevestigen erkennen kondigen melden reageren schrijven stellen "
        "verklaren vertellen voegen waarschuwen zeggen"
    ),
    "pt": word_set(
        "acrescentar adiantar afirmar alertar anunciar considerar declarar defender dizer "
        "explicar frisar garantir lembrar referir revelar salientar sublinhar"
    ),
    "sk": word_set(
        "dodať napísať oznámiť potvrdiť povedať priznať upozorniť uviesť vysvetliť vyhlásiť "
        "zdôrazniť upozorňovať"
    ),
    "hr": word_set(
        "dodati istaknuti izjaviti kazati naglasiti napisati objasniti objaviti potvrditi "
        "upozoriti upozoravati smatrati"
    ),
    "bg": word_set("добавя допълня заявя подчертая посоча съобщя твърдя"),
}

# Surface forms simplemma leaves alone or maps to another verb ("detto" → "dettare").
FORMS: Final[dict[str, frozenset[str]]] = {
    "en": word_set("according said says told wrote"),
    "fr": word_set("affirmé dit déclaré estime selon"),
    "it": word_set("aggiunto detto secondo"),
    "es": word_set("dijo según"),
    "de": word_set("fügte laut sagte sagten teilte zufolge"),
    "pl": word_set("według zdaniem"),
    "ru": word_set("по словам"),
    "uk": word_set("за словами"),
    "cs": word_set("podle řekl řekla"),
    "nl": word_set("aldus merkte volgens wees wijst wijzen zeiden"),
    "pt": word_set("disse segundo"),
    "sk": word_set("podľa tvrdí tvrdil tvrdila"),
    "hr": word_set("prema rekao rekla rekli tvrdi"),
    "bg": word_set("каза казва обясни според"),
}

# Words that open the reported clause ("said that…").
COMPLEMENTIZERS: Final[dict[str, frozenset[str]]] = {
    "pl": word_set("iż ze że"),
    "ru": word_set("что чтобы"),
    "uk": word_set("що щоб"),
    "en": word_set("that"),
    "de": word_set("dass daß"),
    "fr": word_set("qu que"),
    "es": word_set("que"),
    "it": word_set("che"),
    "cs": word_set("aby že"),
    "nl": word_set("dat"),
    "pt": word_set("que"),
    "sk": word_set("aby že"),
    "hr": word_set("da"),
    "bg": word_set("че"),
}

# Phrases that open an attribution ("according to X, …"), as regular expressions matched
# case-insensitively at a sentence's start (or after its last comma: ", según datos del
# Govern."). ``\w+ `` lets a possessive in ("по его словам", "en su opinión").
ATTRIBUTIONS: Final[dict[str, str]] = {
    "en": r"according to|in the (?:view|opinion) of",
    "pl": r"według|zdaniem|w opinii|w ocenie|jak wynika z",
    "ru": r"по (?:\w+ )?(?:словам|данным|мнению|оценке|оценкам|информации|сведениям|прогнозу"
    r"|прогнозам|расчетам|расчётам|подсчетам|подсчётам)|согласно",
    "uk": r"за (?:\w+ )?(?:словами|даними|оцінкою|оцінками|інформацією|прогнозом|прогнозами"
    r"|підрахунками|розрахунками)|на (?:\w+ )?думку|згідно з",
    "de": r"laut|nach (?:\w+ )?(?:angaben|ansicht|einschätzung|schätzungen|meinung|auffassung"
    r"|darstellung|informationen)",
    "fr": r"selon|d[’']après|de l[’']avis (?:de|du|des)",
    "es": r"según|de acuerdo con|en (?:\w+ )?opinión(?: de)?|a juicio de",
    "it": r"secondo|stando a|a detta (?:di|del|della|dei)|a (?:\w+ )?giudizio(?: di)?",
    "pt": r"segundo|de acordo com|conforme|na (?:\w+ )?opinião(?: de| do| da)?"
    r"|na avaliação (?:de|do|da)",
    "cs": r"podle",
    "sk": r"podľa",
    "nl": r"volgens|naar (?:\w+ )?zeggen(?: van)?",
    "hr": r"prema|po (?:\w+ )?riječima|po mišljenju",
    "bg": r"според|по думите(?: на| му| ѝ| й)?|по данни(?: на)?|по оценка(?: на)?",
}

# Languages that may leave out the comma after the attribution ("Według śledczych
# chodziło o …", "Laut der Studie verlangen …"): only a comma within a few words ends it.
ATTRIBUTION_COMMA_OPTIONAL: Final[frozenset[str]] = frozenset({"pl", "cs", "sk", "de", "nl"})

# "as" before a reporting cue opens an attribution too ("Jak dodała, …", "Как сообщил X, …").
AS_WORDS: Final[dict[str, str]] = {
    "en": "as", "pl": "jak", "ru": "как", "uk": "як", "cs": "jak", "sk": "ako", "de": "wie",
    "fr": "comme", "es": "como", "it": "come", "pt": "como", "nl": "zoals", "hr": "kako",
    "bg": "както",
}  # fmt: skip

# Pronouns that name a source already named ("По его словам", "Podle ní", "For him").
PRONOUNS: Final[frozenset[str]] = word_set(
    "him her them his its their he she they ní něj něho jej niego niej nich jego jej ich "
    "его её ее их него неё нее них він вона вони його її їх нього неї ihm ihr ihnen ihn sie "
    "er lui elle eux él ella ellos ellas ele ela eles elas hem haar hen hun njega nje njih "
    "него нея тях mu му ѝ й su sua seu sa son ses jeho její jejich jeho jej"
)

# Subject pronouns of the third person: "he said", "— сказала она", "a-t-il ajouté".
SUBJECT_PRONOUNS: Final[dict[str, frozenset[str]]] = {
    "en": word_set("he she they"),
    "pl": word_set("on ona oni one"),
    "ru": word_set("он она они"),
    "uk": word_set("він вона вони"),
    "de": word_set("er sie"),
    "fr": word_set("il elle ils elles"),
    "es": word_set("él ella ellos ellas"),
    "it": word_set("lui lei loro"),
    "pt": word_set("ele ela eles elas"),
    "cs": word_set("on ona oni ony"),
    "sk": word_set("on ona oni ony"),
    "nl": word_set("hij zij ze"),
    "hr": word_set("on ona oni one"),
    "bg": word_set("той тя те"),
}

# Roles that stand for a person in an attribution ("the mayor said", "— признал министр",
# "La ministra añadió", "Rzeczniczka spółki poinformowała"), as the first letters of the
# word: "minist" covers minister, ministra, ministre, ministro, ministrem. In German and
# Dutch a role also ends a compound ("Wirtschaftsministerin", "Vorstandschef").
ROLES: Final[dict[str, frozenset[str]]] = {
    "en": word_set(
        "minister mayor president governor spokes chairm chairw director chief secretary "
        "senator council prosecutor judge economist analyst official premier chancellor "
        "coach manager ceo"
    ),
    "pl": word_set(
        "minist wicemin prezydent premier rzeczni prezes wiceprezes dyrektor burmistrz "
        "wojewod marszał przewodnicząc szef prokurat sędzi trener starost wójt ekonomist "
        "anality"
    ),
    "ru": word_set(
        "министр мэр губернатор президент премьер глав директор председател пресс-секретар "
        "представител спикер руководител тренер прокурор судь экономист аналитик"
    ),
    "uk": word_set(
        "міністр мер губернатор президент прем'єр прем’єр голов директор речни представни "
        "керівни тренер прокурор суддя економіст аналітик"
    ),
    "de": word_set(
        "minister bürgermeister präsident kanzler sprecher chef vorstand leiter vorsitzend "
        "direktor geschäftsführer ökonom analyst trainer staatsanwalt richter"
    ),
    "fr": word_set(
        "ministre maire président porte-parole directeur directrice préfet gouverneur "
        "secrétaire chef patron pdg procureur juge économiste analyste entraîneur dirigeant"
    ),
    "es": word_set(
        "ministr alcald president portavoz director gobernador secretari jef juez "
        "economista analista entrenador consejer"
    ),
    "it": word_set(
        "ministr sindac president portavoce direttor governator segretari capo procurator "
        "giudice economista analista allenator assessor"
    ),
    "pt": word_set(
        "ministr prefeit president porta-voz diretor governador secretári chefe economista "
        "analista treinador autarca"
    ),
    "cs": word_set(
        "ministr starost primátor prezident premiér mluvčí ředitel předsed šéf ekonom "
        "analytik trenér náměst hejtman"
    ),
    "sk": word_set(
        "minister starost primátor prezident premiér hovor riaditeľ predsed šéf ekonóm "
        "analytik tréner župan"
    ),
    "nl": word_set(
        "minister burgemeester president premier woordvoer directeur voorzitter topman "
        "econoom analist trainer"
    ),
    "hr": word_set(
        "ministr gradonačelni predsjedni premijer glasnogovorni ravnatelj direktor "
        "ekonomist analitičar trener"
    ),
    "bg": word_set(
        "министър кмет председател президент премиер говорител директор икономист "
        "анализатор треньор"
    ),
}
# Bodies whose names begin like a role ("ministerstwo", "Ministerium", "presidencia").
NOT_ROLES: Final[tuple[str, ...]] = (
    "ministerst", "ministère", "ministeri", "ministero", "ministério", "ministarstv",
    "министерств", "міністерств", "министерств", "presidenc", "presidênc", "presidenz",
    "présidence", "prezydium", "prezidium", "präsidium", "direktion", "direction",
    "dirección", "direzione", "direção", "ředitelstv", "riaditeľstv", "councils",
)  # fmt: skip
# Languages whose roles may close a compound word ("Bezirksleiter", "woordvoerder").
ROLE_COMPOUNDS: Final[frozenset[str]] = frozenset({"de", "nl"})

# Words by which a short sentence sends its reporting cue back to the sentence before
# ("Об этом сообщила пресс-служба суда.", "Про це повідомило …", "Poinformował o tym …",
# "Das teilte das Unternehmen mit."): that sentence is the quote.
THIS_REPORTED: Final[dict[str, tuple[str, ...]]] = {
    "ru": ("об этом",),
    "uk": ("про це",),
    "pl": ("o tym",),
    "cs": ("o tom",),
    "sk": ("o tom",),
    "hr": ("o tome",),
    "bg": ("за това", "това съобщи", "това заяви"),
    "de": ("das", "dies"),
    "es": ("así lo",),
    "it": ("lo ha", "lo hanno"),
}

# Verbs that name what something is called, as surface forms: a phrase of one to three
# words in quotation marks after one of them (or right after a reporting cue) is a
# partial quote ("called the plan “close to collapse”", "nannte es eine „stille
# Katastrophe“"), not a scare quote.
CALLING: Final[dict[str, frozenset[str]]] = {
    "en": word_set("call calls called calling describe describes described dubbed branded termed"),
    "pl": word_set(
        "nazwał nazwała nazwali nazywa nazywają określił określiła określili mówi mówił"
    ),
    "ru": word_set("назвал назвала назвали называет называют охарактеризовал охарактеризовала"),
    "uk": word_set("назвав назвала назвали називає називають охарактеризував"),
    "de": word_set("nannte nannten nennt nennen bezeichnete bezeichneten bezeichnet sprach"),
    "fr": word_set("qualifié qualifie qualifiait qualifiée dénoncé dénonce dénonçait"),
    "es": word_set("calificó califica calificaron tildó definió define"),
    "it": word_set("definito definita definisce definiscono bollato chiamato"),
    "pt": word_set("classificou classifica chamou chama definiu"),
    "cs": word_set("označil označila označili nazval nazvala"),
    "sk": word_set("označil označila označili nazval nazvala"),
    "nl": word_set("noemde noemden noemt"),
    "hr": word_set("nazvao nazvala nazvali ocijenio ocijenila"),
    "bg": word_set("нарече нарекоха определи определиха"),
}

# What opens a link to another article on a news page ("Read also: …"), as regular
# expressions matched case-insensitively at a line's start, before a colon.
RELATED: Final[dict[str, str]] = {
    "en": r"read (?:also|more)|see also|related|more on this",
    "pl": r"czytaj (?:także|też|więcej)|zobacz (?:także|też)",
    "ru": r"читайте (?:также|еще|ещё)|по теме|смотрите также",
    "uk": r"читайте (?:також|ще)|по темі|дивіться також",
    "de": r"mehr zum thema|lesen sie (?:auch|mehr)|auch interessant|siehe auch",
    "fr": r"(?:à )?lire aussi|voir aussi|sur le même sujet",
    "es": r"te puede interesar|lea también|lee también|más información|noticia relacionada",
    "it": r"leggi anche|potrebbe interessarti|vedi anche",
    "pt": r"leia (?:também|mais)|veja também|saiba mais",
    "cs": r"čtěte (?:také|též)|přečtěte si (?:také|též)|související",
    "sk": r"čítajte (?:aj|tiež)|prečítajte si (?:aj|tiež)|súvisiace",
    "nl": r"lees (?:ook|meer)|zie ook|gerelateerd",
    "hr": r"pročitajte (?:još|i)|čitajte (?:još|i)|povezano",
    "bg": r"прочетете (?:още|също)|вижте (?:още|също)|свързани",
}

# Stance cues: lemma → the polarity it expresses toward its object.
FAVOR, AGAINST = "favor", "against"
_STANCE_FAVOR: Final[dict[str, frozenset[str]]] = {
    "pl": word_set(
        "uznać uznawać poprzeć popierać wspierać wesprzeć przyjąć pochwalić akceptować zaakceptować"
    ),
    "ru": word_set("признать признавать поддержать поддерживать одобрить приветствовать принять"),
    "uk": word_set("визнати визнавати підтримати підтримувати схвалити вітати"),
    "en": word_set("recognize recognise support back endorse welcome approve accept praise"),
    "de": word_set("anerkennen unterstützen begrüßen befürworten akzeptieren"),
    "fr": word_set("reconnaître soutenir appuyer saluer approuver accepter"),
    "es": word_set("reconocer apoyar respaldar aplaudir aprobar aceptar"),
    "it": word_set("riconoscere sostenere appoggiare approvare accettare"),
    "cs": word_set("uznat uznávat podporovat podpořit přivítat schválit"),
}
_STANCE_FAVOR.update(
    {
        "nl": word_set("accepteren erkennen keuren steunen verwelkomen"),
        "pt": word_set("aceitar apoiar aprovar defender reconhecer saudar"),
        "sk": word_set("podporovať privítať schváliť uznávať"),
        "hr": word_set("odobriti podržavati pozdraviti priznavati"),
        "bg": word_set("одобря подкрепя подкрепям приветства"),
    }
)
_STANCE_AGAINST: Final[dict[str, frozenset[str]]] = {
    "pl": word_set(
        "potępić potępiać odrzucić odrzucać sprzeciwiać sprzeciwić odmówić odmawiać "
        "krytykować skrytykować zakwestionować"
    ),
    "ru": word_set(
        "осудить осуждать отвергнуть отвергать отказаться отказываться выступать критиковать "
        "раскритиковать отклонить"
    ),
    "uk": word_set(
        "засудити засуджувати відкинути відкидати відмовитися відмовлятися критикувати "
        "розкритикувати"
    ),
    "en": word_set("condemn refuse oppose reject denounce criticize criticise decline"),
    "de": word_set("verurteilen ablehnen weigern kritisieren zurückweisen"),
    "fr": word_set("condamner refuser rejeter dénoncer critiquer opposer"),
    "es": word_set("condenar rechazar negar oponer criticar denunciar"),
    "it": word_set("condannare rifiutare respingere opporre criticare"),
    "cs": word_set("odsoudit odsuzovat odmítnout odmítat kritizovat"),
}
_STANCE_AGAINST.update(
    {
        "nl": word_set("bekritiseren verwerpen weigeren"),
        "pt": word_set("condenar criticar opor recusar rejeitar"),
        "sk": word_set("kritizovať odmiesť odmietať odsúdiť"),
        "hr": word_set("kritizirati odbaciti odbijati osuditi protiviti"),
        "bg": word_set("критикувам отказвам отхвърля осъдя"),
    }
)
STANCE: Final[dict[str, dict[str, str]]] = {
    language: {**dict.fromkeys(_STANCE_FAVOR[language], FAVOR), **dict.fromkeys(against, AGAINST)}
    for language, against in _STANCE_AGAINST.items()
}

# Surface stance forms the lemmatiser does not reduce well.
STANCE_FORMS: Final[dict[str, dict[str, str]]] = {
    "fr": {"condamné": AGAINST, "condamne": AGAINST, "opposé": AGAINST},
    "en": {"against": AGAINST},
    "de": {"gegen": AGAINST, "lehnte": AGAINST, "lehnt": AGAINST, "erkennt": FAVOR},
}

# Negation within a few words before a cue flips its polarity.
NEGATIONS: Final[dict[str, frozenset[str]]] = {
    "pl": word_set("ani nie"),
    "ru": word_set("не ни"),
    "uk": word_set("не ні"),
    "en": word_set("cannot n't never no not won't"),
    "de": word_set("kein keine nicht nie niemals"),
    "fr": word_set("jamais n ne pas"),
    "es": word_set("no nunca"),
    "it": word_set("mai non"),
    "cs": word_set("ne nikdy"),
    "nl": word_set("geen niet nooit"),
    "pt": word_set("não nunca"),
    "sk": word_set("ne nie nikdy"),
    "hr": word_set("ne nije nikad nikada"),
    "bg": word_set("не никога"),
}

LANGUAGES: Final[tuple[str, ...]] = tuple(REPORTING)

# simplemma's code for a language, where it differs (it has Croatian, Serbian and Bosnian as one).
SIMPLEMMA_CODES: Final[dict[str, str]] = {"hr": "hbs", "sr": "hbs", "bs": "hbs"}
