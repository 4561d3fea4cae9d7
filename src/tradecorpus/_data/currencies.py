"""Currency codes, symbols, names, minor units and scale words for reading money in English news.

Sources: the codes and their order of validity come from the ISO 4217 lists of current codes
(List One) and of historical codes (List Three) as published by the ISO 4217 maintenance agency
(SIX Group). Precious metals (XAU, XAG, XPT, XPD), fund and bond-market units (BOV, CHE, CLF, XBA,
...) and the testing codes (XTS, XXX) are left out. The English names, symbols and minor units are
common knowledge; the news-wire abbreviations (``dlrs``, ``stg``, ``mln``, ``sfr``, ``hfl``) are
those of Reuters and other wires, old and new.

Every table is immutable. Keys of the word tables are lower-case words separated by one space: a
matcher lower-cases the text, treats hyphens and the dots of abbreviations as spaces (``D-Mark`` is
``d mark``, ``U.S. dollars`` is ``u s dollars``) and looks the words up here. A value of ``None``
means the word names several currencies and the article has to settle which.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final, TypeVar

__all__ = [
    "CODES",
    "DOLLAR_PREFIXES",
    "LOWERCASE_CODES",
    "MINOR_UNITS",
    "NAMES",
    "SCALE_WORDS",
    "SPACED_DOLLAR_PREFIXES",
    "SYMBOLS",
    "WORD_CODES",
]

_V = TypeVar("_V")


def _table(rows: Iterable[tuple[_V, str]]) -> dict[str, _V]:
    """Map each comma-separated name of each row to the row's value; ``name(s)`` gives both forms.

    A name listed twice is an error, so a table cannot quietly give one word two meanings.
    """
    table: dict[str, _V] = {}
    for value, names in rows:
        for name in names.split(","):
            stem, paren, ending = name.strip().partition("(")
            for word in (stem, stem + ending.rstrip(")")) if paren else (stem,):
                if word in table:
                    raise ValueError(f"{word!r} is listed twice")
                table[word] = value
    return table


# ISO 4217 List One: the codes in use (fund codes, metals and testing codes left out).
_CURRENT: Final = """
AED UAE dirham
AFN Afghan afghani
ALL Albanian lek
AMD Armenian dram
ANG Netherlands Antillean guilder
AOA Angolan kwanza
ARS Argentine peso
AUD Australian dollar
AWG Aruban florin
AZN Azerbaijani manat
BAM Bosnia and Herzegovina convertible mark
BBD Barbados dollar
BDT Bangladeshi taka
BGN Bulgarian lev
BHD Bahraini dinar
BIF Burundian franc
BMD Bermudian dollar
BND Brunei dollar
BOB Bolivian boliviano
BRL Brazilian real
BSD Bahamian dollar
BTN Bhutanese ngultrum
BWP Botswana pula
BYN Belarusian rouble
BZD Belize dollar
CAD Canadian dollar
CDF Congolese franc
CHF Swiss franc
CLP Chilean peso
CNY Chinese yuan
COP Colombian peso
CRC Costa Rican colon
CUC Cuban convertible peso
CUP Cuban peso
CVE Cape Verdean escudo
CZK Czech koruna
DJF Djiboutian franc
DKK Danish krone
DOP Dominican peso
DZD Algerian dinar
EGP Egyptian pound
ERN Eritrean nakfa
ETB Ethiopian birr
EUR euro
FJD Fiji dollar
FKP Falkland Islands pound
GBP pound sterling
GEL Georgian lari
GHS Ghanaian cedi
GIP Gibraltar pound
GMD Gambian dalasi
GNF Guinean franc
GTQ Guatemalan quetzal
GYD Guyanese dollar
HKD Hong Kong dollar
HNL Honduran lempira
HTG Haitian gourde
HUF Hungarian forint
IDR Indonesian rupiah
ILS Israeli new shekel
INR Indian rupee
IQD Iraqi dinar
IRR Iranian rial
ISK Icelandic krona
JMD Jamaican dollar
JOD Jordanian dinar
JPY Japanese yen
KES Kenyan shilling
KGS Kyrgyz som
KHR Cambodian riel
KMF Comorian franc
KPW North Korean won
KRW South Korean won
KWD Kuwaiti dinar
KYD Cayman Islands dollar
KZT Kazakhstani tenge
LAK Lao kip
LBP Lebanese pound
LKR Sri Lankan rupee
LRD Liberian dollar
LSL Lesotho loti
LYD Libyan dinar
MAD Moroccan dirham
MDL Moldovan leu
MGA Malagasy ariary
MKD Macedonian denar
MMK Myanmar kyat
MNT Mongolian tugrik
MOP Macanese pataca
MRU Mauritanian ouguiya
MUR Mauritian rupee
MVR Maldivian rufiyaa
MWK Malawian kwacha
MXN Mexican peso
MYR Malaysian ringgit
MZN Mozambican metical
NAD Namibian dollar
NGN Nigerian naira
NIO Nicaraguan cordoba
NOK Norwegian krone
NPR Nepalese rupee
NZD New Zealand dollar
OMR Omani rial
PAB Panamanian balboa
PEN Peruvian sol
PGK Papua New Guinean kina
PHP Philippine peso
PKR Pakistani rupee
PLN Polish zloty
PYG Paraguayan guarani
QAR Qatari riyal
RON Romanian leu
RSD Serbian dinar
RUB Russian rouble
RWF Rwandan franc
SAR Saudi riyal
SBD Solomon Islands dollar
SCR Seychelles rupee
SDG Sudanese pound
SEK Swedish krona
SGD Singapore dollar
SHP Saint Helena pound
SLE Sierra Leonean leone
SOS Somali shilling
SRD Surinamese dollar
SSP South Sudanese pound
STN Sao Tome and Principe dobra
SVC Salvadoran colon
SYP Syrian pound
SZL Swazi lilangeni
THB Thai baht
TJS Tajikistani somoni
TMT Turkmenistan manat
TND Tunisian dinar
TOP Tongan pa'anga
TRY Turkish lira
TTD Trinidad and Tobago dollar
TWD New Taiwan dollar
TZS Tanzanian shilling
UAH Ukrainian hryvnia
UGX Ugandan shilling
USD US dollar
UYU Uruguayan peso
UZS Uzbekistani som
VED Venezuelan digital bolivar
VES Venezuelan sovereign bolivar
VND Vietnamese dong
VUV Vanuatu vatu
WST Samoan tala
XAF Central African CFA franc
XCD East Caribbean dollar
XCG Caribbean guilder
XDR special drawing right
XOF West African CFA franc
XPF CFP franc
YER Yemeni rial
ZAR South African rand
ZMW Zambian kwacha
ZWG Zimbabwe gold
ZWL Zimbabwean dollar (2009-2024)
"""

# ISO 4217 List Three: withdrawn codes that old news still uses (only the well-attested ones).
_HISTORICAL: Final = """
ADP Andorran peseta
AFA Afghan afghani (1925-2003)
ARA Argentine austral
ARP Argentine peso argentino
ATS Austrian schilling
AZM Azerbaijani manat (1992-2006)
BEF Belgian franc
BGL Bulgarian lev (1962-1999)
BOP Bolivian peso
BRB Brazilian cruzeiro (1970-1986)
BRC Brazilian cruzado
BRE Brazilian cruzeiro (1990-1993)
BRN Brazilian new cruzado
BRR Brazilian cruzeiro real
BYB Belarusian rouble (1992-2000)
BYR Belarusian rouble (2000-2016)
CSD Serbian dinar (2003-2006)
CSK Czechoslovak koruna
CYP Cypriot pound
DDM East German mark
DEM Deutsche Mark
ECS Ecuadorian sucre
EEK Estonian kroon
ESP Spanish peseta
FIM Finnish markka
FRF French franc
GHC Ghanaian cedi (1967-2007)
GRD Greek drachma
GWP Guinea-Bissau peso
HRK Croatian kuna
IEP Irish pound
ITL Italian lira
LTL Lithuanian litas
LUF Luxembourg franc
LVL Latvian lats
MGF Malagasy franc
MRO Mauritanian ouguiya (1973-2017)
MTL Maltese lira
MXP Mexican peso (before 1993)
MZM Mozambican metical (1980-2006)
NLG Dutch guilder
PEI Peruvian inti
PES Peruvian sol (before 1985)
PLZ Polish zloty (before 1995)
PTE Portuguese escudo
ROL Romanian leu (before 2005)
RUR Russian rouble (1992-1997)
SDD Sudanese dinar
SIT Slovenian tolar
SKK Slovak koruna
SLL Sierra Leonean leone (before 2022)
SRG Surinamese guilder
STD Sao Tome and Principe dobra (before 2018)
SUR Soviet rouble
TMM Turkmenistan manat (1993-2008)
TRL Turkish lira (before 2005)
UAK Ukrainian karbovanets
VEB Venezuelan bolivar (before 2008)
VEF Venezuelan bolivar fuerte
XEU European Currency Unit
YUD Yugoslav dinar (1966-1989)
YUM Yugoslav dinar (1994-2003)
YUN Yugoslav convertible dinar
ZMK Zambian kwacha (before 2013)
ZRN Zairean new zaire
ZRZ Zairean zaire
ZWD Zimbabwean dollar (1980-2006)
ZWN Zimbabwean dollar (2006-2008)
ZWR Zimbabwean dollar (2008-2009)
"""

#: Every ISO 4217 code tradecorpus knows, current and historical, with its English name.
CODES: Final[Mapping[str, str]] = MappingProxyType(
    {line[:3]: line[4:] for line in (_CURRENT + _HISTORICAL).split("\n") if line}
)

#: Codes that, in capitals next to a number, are as likely to be something else: a currency only
#: when the article says so in other ways.
WORD_CODES: Final[frozenset[str]] = frozenset(
    # English words written in capitals (headlines, tables): "ALL 5 solutions", "TOP 10", "TRY 3 times".
    {"ALL", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "SIT", "SOS", "TOP", "TRY", "YUM"}
    # Abbreviations common in business and trade news: AMD the chipmaker, COP 28 the climate
    # conference, SDG 5 the development goals, RON 95 petrol, KGS kilograms, TMT (technology, media
    # and telecoms), NPR the broadcaster, IRR internal rate of return, NIO the carmaker, ADP payroll
    # figures, GWP global warming potential, CVE vulnerability numbers, STD standard, PEI Prince
    # Edward Island, MRO maintenance and overhaul, TRL technology readiness level.
    | {"ADP", "AMD", "COP", "CVE", "GWP", "IRR", "KGS", "MRO", "NIO", "NPR", "PEI", "RON", "SDG", "STD"}
    | {"TMT", "TRL"}
)

_LOWERCASE: Final = """
usd eur gbp jpy cny chf aud nzd hkd sgd twd krw inr pkr bdt lkr idr myr thb php vnd
sar aed qar kwd omr bhd jod egp ngn kes ghs zar mxn brl clp uyu
sek nok dkk isk pln czk huf bgn uah kzt xof xaf xdr
"""

#: Codes safe to read in lower-cased text ("20 usd"; "rmb", "nis", "rs" are no ISO codes: see NAMES).
#: Left out: codes that are English words (all, bam, bob, cad, cop, cup, gel, mad, mop, pen, rub, sit,
#: sos, top, try, yum), abbreviations (amd, kgs, npr, ron, sdg, std, tmt), foreign words and other
#: tokens (ars, esp, ils, pte), and the historical and rarely quoted codes, which lower-cased text
#: (web and social sources) hardly ever uses.
LOWERCASE_CODES: Final[frozenset[str]] = frozenset(_LOWERCASE.split())

#: Single-character currency symbols. ``None``: the symbol is shared and context decides (``¥`` is
#: yen or yuan, ``₨`` is the rupee of several countries, ``¢`` a cent of any currency, ``﷼`` any
#: rial or riyal, ``₢`` any Brazilian cruzeiro); bitcoin (``₿``) has no ISO code.
SYMBOLS: Final[Mapping[str, str | None]] = MappingProxyType(
    {
        "$": "USD", "＄": "USD", "€": "EUR", "£": "GBP", "￡": "GBP", "₤": "GBP",
        "¥": None, "￥": None, "元": "CNY", "円": "JPY", "₹": "INR", "₨": None, "₩": "KRW", "₽": "RUB",
        "₺": "TRY", "₴": "UAH", "₦": "NGN", "₱": "PHP", "₭": "LAK", "₮": "MNT", "₼": "AZN", "₡": "CRC",
        "₾": "GEL", "฿": "THB", "₪": "ILS", "₫": "VND", "₸": "KZT", "₲": "PYG", "₵": "GHS", "৳": "BDT",
        "៛": "KHR", "֏": "AMD", "؋": "AFN", "﷼": None, "₿": None, "¢": None, "￠": None,
        # Signs of withdrawn currencies, met in old text.
        "₣": "FRF", "₧": "ESP", "₯": "GRD", "₠": "XEU", "₳": "ARA", "₢": None,
    }
)  # fmt: skip

#: Letters written before ``$`` (``US$``, ``C$``, ``HK$``, ``U.S.$``, ``Mex$``), lower-cased with the
#: dots removed. ``B$`` is left out: it is the Brunei and the Bahamian dollar. ``Z$`` is read as the
#: Zimbabwe dollar of 1980-2006 (ZWD), the one of the old wire stories.
DOLLAR_PREFIXES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "us": "USD", "usd": "USD",
        "c": "CAD", "ca": "CAD", "can": "CAD", "cad": "CAD", "cdn": "CAD",
        "a": "AUD", "au": "AUD", "aus": "AUD", "aud": "AUD",
        "nz": "NZD", "nzd": "NZD",
        "hk": "HKD", "hkd": "HKD",
        "s": "SGD", "sg": "SGD", "sgd": "SGD", "sing": "SGD",
        "nt": "TWD", "twd": "TWD",
        "mex": "MXN", "mx": "MXN", "mxn": "MXN",
        "r": "BRL", "rd": "DOP", "ar": "ARS", "ch": "CLP", "clp": "CLP", "col": "COP",
        "mop": "MOP", "z": "ZWD", "j": "JMD", "ec": "XCD", "bds": "BBD", "tt": "TTD", "bd": "BMD",
        "bnd": "BND", "bsd": "BSD", "bz": "BZD", "ci": "KYD", "fj": "FJD", "fjd": "FJD", "g": "GYD",
        "l": "LRD", "n": "NAD", "si": "SBD", "ws": "WST",
    }
)  # fmt: skip

#: The prefixes that may stand one space before ``$`` in tokenised text (``us $ 150 million``): never
#: a single letter that is a word or a possessive ``s``, nor a word such as ``can``, ``sing`` or ``mop``.
SPACED_DOLLAR_PREFIXES: Final[frozenset[str]] = frozenset(
    {"us", "usd", "c", "cad", "cdn", "aus", "aud", "nz", "nzd", "hk", "hkd", "sg", "sgd", "nt", "twd"}
    | {"mex", "mxn"}
)

#: Currency names as they follow (rarely precede) a number. ``name(s)`` stands for both forms.
#: Common English words that are seldom currencies are left out: real, sol, colon, mark, kip, sum,
#: ban. Plain ``marks`` and ``pounds`` are here, but an extractor should want more evidence for them
#: (a scale word; the weight sense of "pounds").
NAMES: Final[Mapping[str, str | None]] = MappingProxyType(
    _table(
        (
            # Dollars: a bare "dollars" is the US dollar in trade news.
            ("USD", "dollar(s), dlr(s), buck(s), us dollar(s), u s dollar(s), us dlr(s), u s dlr(s)"),
            ("USD", "american dollar(s), greenback(s)"),
            ("CAD", "canadian dollar(s), canadian dlr(s), cdn dollar(s), cdn dlr(s)"),
            ("AUD", "australian dollar(s), australian dlr(s), aussie dollar(s)"),
            ("NZD", "new zealand dollar(s), new zealand dlr(s), nz dollar(s), nz dlr(s), n z dollar(s)"),
            ("NZD", "n z dlr(s), kiwi dollar(s)"),
            ("HKD", "hong kong dollar(s), hong kong dlr(s), hk dollar(s), hk dlr(s), h k dollar(s)"),
            ("HKD", "h k dlr(s)"),
            ("SGD", "singapore dollar(s), singapore dlr(s)"),
            ("TWD", "taiwan dollar(s), taiwan dlr(s), new taiwan dollar(s), taiwanese dollar(s)"),
            ("TWD", "nt dollar(s)"),
            ("ZWD", "zimbabwe dollar(s), zimbabwean dollar(s)"),
            ("JMD", "jamaican dollar(s), jamaica dollar(s)"),
            ("BSD", "bahamian dollar(s), bahamas dollar(s)"),
            ("BBD", "barbados dollar(s), barbadian dollar(s)"),
            ("FJD", "fiji dollar(s), fijian dollar(s)"),
            ("NAD", "namibian dollar(s), namibia dollar(s)"),
            ("BND", "brunei dollar(s)"),
            ("XCD", "east caribbean dollar(s), eastern caribbean dollar(s)"),
            ("LRD", "liberian dollar(s)"),
            ("TTD", "trinidad and tobago dollar(s), trinidad dollar(s)"),
            ("GYD", "guyana dollar(s), guyanese dollar(s)"),
            ("BZD", "belize dollar(s)"),
            ("BMD", "bermuda dollar(s), bermudian dollar(s)"),
            ("KYD", "cayman islands dollar(s), cayman dollar(s)"),
            ("SBD", "solomon islands dollar(s)"),
            ("SRD", "surinamese dollar(s), suriname dollar(s)"),
            # Euro, ECU, SDR.
            ("EUR", "euro(s)"),
            ("XEU", "ecu(s), european currency unit(s)"),
            ("XDR", "sdr(s), special drawing right(s)"),
            # Pounds: plain "pound(s)" also weigh things; "punt" also kicks and bets.
            ("GBP", "pound(s), pound sterling, pounds sterling, sterling, stg, quid"),
            ("GBP", "british pound(s), uk pound(s)"),
            ("EGP", "egyptian pound(s), egyptianpound, geneh, genihat masriya"),
            ("LBP", "lebanese pound(s)"),
            ("SYP", "syrian pound(s)"),
            ("SDG", "sudanese pound(s)"),
            ("SSP", "south sudanese pound(s)"),
            ("CYP", "cyprus pound(s), cypriot pound(s)"),
            ("IEP", "irish pound(s), punt(s), irish punt(s)"),
            ("MTL", "maltese pound(s), maltese lira, maltese liri"),
            ("GIP", "gibraltar pound(s)"),
            ("FKP", "falkland islands pound(s), falklands pound(s)"),
            ("SHP", "saint helena pound(s), st helena pound(s)"),
            # East and South-East Asia.
            ("JPY", "yen, japanese yen"),
            ("CNY", "yuan, chinese yuan, renminbi, chinese renminbi, rmb, kuai"),
            ("KRW", "won, south korean won, korean won"),
            ("KPW", "north korean won"),
            ("IDR", "rupiah(s), indonesian rupiah(s)"),
            ("MYR", "ringgit(s), malaysian ringgit(s), malaysia ringgit(s), rm"),
            ("THB", "baht, thai baht"),
            ("VND", "dong, vietnamese dong"),
            ("LAK", "lao kip, laotian kip"),
            ("KHR", "riel(s), cambodian riel(s)"),
            ("MMK", "kyat(s), myanmar kyat(s), burmese kyat(s)"),
            ("MNT", "tugrik(s), tugrug(s), togrog(s), mongolian tugrik(s)"),
            ("MOP", "pataca(s), macau pataca(s), macanese pataca(s)"),
            ("PHP", "philippine peso(s)"),
            ("PGK", "kina, papua new guinea kina"),
            ("VUV", "vatu"),
            ("WST", "tala, samoan tala"),
            # South Asia: plain "rupees" (and "Rs") are Indian rupees; "₨" alone is not pinned down.
            ("INR", "rupee(s), rs, indian rupee(s)"),
            ("PKR", "pakistani rupee(s), pakistan rupee(s)"),
            ("LKR", "sri lankan rupee(s), sri lanka rupee(s)"),
            ("NPR", "nepalese rupee(s), nepali rupee(s), nepal rupee(s)"),
            ("MUR", "mauritian rupee(s), mauritius rupee(s)"),
            ("SCR", "seychelles rupee(s), seychellois rupee(s)"),
            ("BDT", "taka, bangladeshi taka"),
            ("AFN", "afghani(s), afghan afghani(s)"),
            ("BTN", "ngultrum(s)"),
            ("MVR", "rufiyaa"),
            # The Americas. "Pesos", "colones" and "bolivars" each name several currencies.
            (None, "peso(s), colones, bolivar(s), bolivares, venezuelan bolivar(s), cruzeiro(s)"),
            ("MXN", "mexican peso(s)"),
            ("ARS", "argentine peso(s), argentinian peso(s), argentina peso(s)"),
            ("CLP", "chilean peso(s), chile peso(s)"),
            ("COP", "colombian peso(s), colombia peso(s)"),
            ("CUP", "cuban peso(s)"),
            ("CUC", "convertible peso(s), cuban convertible peso(s)"),
            ("UYU", "uruguayan peso(s)"),
            ("DOP", "dominican peso(s)"),
            ("BRL", "reais, brazilian real(s), brazilian reais, brazil real(s)"),
            ("BRC", "cruzado(s), brazilian cruzado(s)"),
            ("BRN", "new cruzado(s), cruzado novo(s), cruzados novos"),
            ("BRR", "cruzeiro real(s), cruzeiros reais"),
            ("ARA", "austral(s), argentine austral(s)"),
            ("PEN", "soles, nuevo sol, nuevos soles, nuevo soles, peruvian sol(es), new sol(es)"),
            ("PEI", "inti(s), peruvian inti(s)"),
            ("BOB", "boliviano(s)"),
            ("PYG", "guarani(s), guaranies, paraguayan guarani(s)"),
            ("CRC", "costa rican colon(es)"),
            ("SVC", "salvadoran colon(es), salvadorean colon(es)"),
            ("GTQ", "quetzal(s), quetzales, guatemalan quetzal(es)"),
            ("HNL", "lempira(s), honduran lempira(s)"),
            ("NIO", "cordoba(s), cordobas oro, nicaraguan cordoba(s)"),
            ("PAB", "balboa(s)"),
            ("HTG", "gourde(s), haitian gourde(s)"),
            ("ECS", "sucre(s), ecuadorian sucre(s)"),
            ("AWG", "aruban florin(s)"),
            ("ANG", "antillean guilder(s), netherlands antillean guilder(s)"),
            ("ANG", "netherlands antilles guilder(s)"),
            ("XCG", "caribbean guilder(s)"),
            ("SRG", "surinamese guilder(s), suriname guilder(s)"),
            # Africa. Kwacha and shillings are of several countries.
            ("ZAR", "rand(s), south african rand(s)"),
            ("NGN", "naira, nigerian naira"),
            ("GHS", "cedi(s), ghanaian cedi(s), ghana cedi(s)"),
            (None, "kwacha, shilling(s)"),
            ("ZMW", "zambian kwacha"),
            ("MWK", "malawian kwacha, malawi kwacha"),
            ("KES", "kenyan shilling(s), kenya shilling(s)"),
            ("UGX", "ugandan shilling(s), uganda shilling(s)"),
            ("TZS", "tanzanian shilling(s), tanzania shilling(s)"),
            ("SOS", "somali shilling(s)"),
            ("ETB", "birr, ethiopian birr"),
            ("MRU", "ouguiya(s)"),
            ("GMD", "dalasi(s)"),
            ("SLE", "leone(s), sierra leonean leone(s)"),
            ("MGA", "ariary, malagasy ariary"),
            ("BWP", "pula, botswana pula"),
            ("LSL", "loti, maloti"),
            ("SZL", "lilangeni, emalangeni"),
            ("AOA", "kwanza(s), angolan kwanza(s)"),
            ("MZN", "metical, meticais, meticals, mozambican metical"),
            ("ERN", "nakfa"),
            ("STN", "dobra(s)"),
            ("ZWG", "zimbabwe gold, zig"),
            ("CVE", "cape verdean escudo(s), cape verde escudo(s)"),
            ("ZRZ", "zaires"),
            # Dinars, riyals and rials, dirhams: plain forms are of several countries.
            (None, "dinar(s), riyal(s), rial(s), dirham(s)"),
            ("KWD", "kuwaiti dinar(s)"),
            ("IQD", "iraqi dinar(s)"),
            ("JOD", "jordanian dinar(s)"),
            ("BHD", "bahraini dinar(s), bahrain dinar(s)"),
            ("LYD", "libyan dinar(s)"),
            ("DZD", "algerian dinar(s)"),
            ("TND", "tunisian dinar(s)"),
            ("RSD", "serbian dinar(s)"),
            ("YUD", "yugoslav dinar(s), yugoslavian dinar(s)"),
            ("SDD", "sudanese dinar(s)"),
            ("MKD", "denar(s), macedonian denar(s)"),
            ("SAR", "saudi riyal(s), saudi rial(s), saudiriyal"),
            ("QAR", "qatari riyal(s), qatari rial(s), qatar riyal(s)"),
            ("OMR", "omani rial(s), omani riyal(s)"),
            ("YER", "yemeni rial(s), yemeni riyal(s)"),
            ("IRR", "iranian rial(s), iran rial(s)"),
            ("AED", "uae dirham(s), emirati dirham(s), emirates dirham(s)"),
            ("MAD", "moroccan dirham(s)"),
            ("ILS", "shekel(s), sheqel(s), new shekel(s), israeli shekel(s), new israeli shekel(s), nis"),
            # Liras: plain "lire" is Italian; plain "lira" is Italian, Turkish or Maltese.
            (None, "lira, liras"),
            ("ITL", "lire, italian lira, italian lire"),
            ("TRY", "turkish lira(s), new turkish lira(s)"),
            # Marks: plain "marks" wants a scale word before an extractor trusts it.
            ("DEM", "marks, german mark(s), deutsche mark(s), deutschemark(s), deutschmark(s), d mark(s)"),
            ("DEM", "dmark(s), west german mark(s), dm"),
            ("DDM", "east german mark(s), ostmark(s)"),
            ("FIM", "finnish mark(s), markka, markkaa, markkas, finnish markka(s)"),
            ("BAM", "convertible mark(s), bosnian mark(s)"),
            # Francs: a bare "franc" and the CFA franc (XOF or XAF) are not pinned down.
            (None, "franc(s), cfa franc(s)"),
            ("FRF", "french franc(s), ffr(s)"),
            ("CHF", "swiss franc(s), sfr(s)"),
            ("BEF", "belgian franc(s), bfr(s)"),
            ("LUF", "luxembourg franc(s), lfr(s)"),
            ("XOF", "west african cfa franc(s)"),
            ("XAF", "central african cfa franc(s)"),
            ("XPF", "cfp franc(s), pacific franc(s)"),
            ("GNF", "guinean franc(s), guinea franc(s)"),
            ("RWF", "rwandan franc(s), rwanda franc(s)"),
            ("BIF", "burundian franc(s), burundi franc(s)"),
            ("CDF", "congolese franc(s)"),
            ("DJF", "djiboutian franc(s), djibouti franc(s)"),
            ("KMF", "comorian franc(s)"),
            ("MGF", "malagasy franc(s)"),
            ("NLG", "guilder(s), dutch guilder(s), florin(s), dutch florin(s), dfl, hfl"),
            # Crowns: krona/kronor are Swedish, krone/kroner Danish or Norwegian.
            (None, "crown(s), krone, kroner"),
            ("SEK", "krona, kronor, swedish krona, swedish kronor, swedish crown(s)"),
            ("DKK", "danish krone, danish kroner, danish crown(s)"),
            ("NOK", "norwegian krone, norwegian kroner, norwegian crown(s)"),
            ("ISK", "icelandic krona, icelandic kronur, kronur, icelandic crown(s)"),
            ("CZK", "koruna, koruny, korun, czech koruna, czech koruny, czech crown(s)"),
            ("SKK", "slovak koruna, slovak koruny, slovak crown(s)"),
            ("CSK", "czechoslovak koruna, czechoslovak crown(s)"),
            ("EEK", "kroon(s), estonian kroon(s)"),
            # Central and Eastern Europe, the former Soviet Union.
            ("PLN", "zloty(s), zlotych, zloties, polish zloty(s)"),
            ("HUF", "forint(s), hungarian forint(s)"),
            ("BGN", "lev, leva, bulgarian lev, bulgarian leva"),
            ("RON", "leu, lei, romanian leu, romanian lei"),
            ("MDL", "moldovan leu, moldovan lei"),
            ("HRK", "kuna, kune, croatian kuna"),
            ("ALL", "lek, leke, albanian lek"),
            ("SIT", "tolar(s), slovenian tolar(s)"),
            ("LVL", "lats, lati, latvian lats"),
            ("LTL", "litas, litai, litu, lithuanian litas"),
            ("RUB", "rouble(s), ruble(s), russian rouble(s), russian ruble(s)"),
            ("SUR", "soviet rouble(s), soviet ruble(s)"),
            ("BYN", "belarusian rouble(s), belarusian ruble(s), belarus rouble(s), belarus ruble(s)"),
            ("UAH", "hryvnia(s), hryvnya(s), hryvna(s), ukrainian hryvnia(s)"),
            ("UAK", "karbovanets, karbovantsi"),
            ("KZT", "tenge, kazakh tenge"),
            ("GEL", "lari, georgian lari"),
            ("AMD", "dram(s), armenian dram(s)"),
            (None, "som, manat(s)"),
            ("KGS", "kyrgyz som"),
            ("UZS", "uzbek som, uzbek sum"),
            ("AZN", "azerbaijani manat(s), azeri manat(s)"),
            ("TMT", "turkmen manat(s)"),
            ("TJS", "somoni, tajik somoni"),
            # Western Europe before the euro.
            ("ESP", "peseta(s), spanish peseta(s)"),
            ("PTE", "escudo(s), portuguese escudo(s)"),
            ("GRD", "drachma(s), drachmae, greek drachma(s)"),
            ("ATS", "schilling(s), austrian schilling(s), austrian shilling(s)"),
            # No ISO code.
            (None, "bitcoin(s)"),
        )
    )
)

_CENT: Final = Decimal("0.01")

#: Minor units: name -> (code, or None when the major currency is not pinned down; value in major
#: units). "fils" is left out (a thousandth of a dinar in some countries, a hundredth in others), so
#: is a bare "nickel" (the metal, in trade news) and "ore" (iron ore).
MINOR_UNITS: Final[Mapping[str, tuple[str | None, Decimal]]] = MappingProxyType(
    _table(
        (
            ((None, _CENT), "cent(s), ct, cts, penny, pennies, centime(s), centavo(s)"),
            ((None, _CENT), "piastre(s), piaster(s), sen(s), öre, øre"),
            (("EUR", _CENT), "eurocent(s), euro cent(s)"),
            (("GBP", _CENT), "pence"),
            (("USD", Decimal("0.10")), "dime(s)"),
            (("USD", Decimal("0.05")), "nickels"),
            (("RUB", _CENT), "kopek(s), kopeck(s), kopeyka, kopeyki"),
            (("UAH", _CENT), "kopiyka(s), kopiyok"),
            (("INR", _CENT), "paise, paisa"),
            (("CNY", _CENT), "fen"),
            (("CNY", Decimal("0.1")), "jiao, mao"),
            (("DEM", _CENT), "pfennig(s), pfennige"),
            (("THB", _CENT), "satang"),
            (("SAR", _CENT), "halala(s)"),
            (("ILS", _CENT), "agora, agorot"),
            (("PLN", _CENT), "grosz, groszy"),
            (("TRY", _CENT), "kuruş, kurus, kurush"),
            (("RON", _CENT), "bani"),
        )
    )
)

#: Scale words and abbreviations as they follow a number: "5 bn", "$3m", "Rs 40 crore", "$5mm".
SCALE_WORDS: Final[Mapping[str, Decimal]] = MappingProxyType(
    _table(
        (
            (Decimal(10) ** 3, "thousand(s), k"),
            (Decimal(10) ** 5, "lakh(s), lac(s)"),
            (Decimal(10) ** 6, "million(s), mn, mln, mio, mil, m, mm"),
            (Decimal(10) ** 7, "crore(s), cr"),
            (Decimal(10) ** 9, "billion(s), bn, bln, bil, b"),
            (Decimal(10) ** 12, "trillion(s), tn, trn, trln, tril, t"),
        )
    )
)
