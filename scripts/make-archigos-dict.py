#!/usr/bin/env python3
"""Write data/dict/people/archigos.dict: national leaders 1945-2015.

The facts (who led which state from which day to which day, and the full
name where the data gives one) come from Archigos 4.1 (H. E. Goemans,
K. S. Gleditsch, G. Chiozza), as stored in the globalgov/manystates
repository (data-raw/leaders/archigos/). Archigos names the *effective*
leader of each state; the office title of each role is this script's own
table below (public knowledge of which office the effective leader held),
else the neutral "Leader".

    git -C MANYSTATES show HEAD:data-raw/leaders/archigos/Archigos_4.1_stata14.dta > /tmp/archigos.dta
    git -C MANYSTATES show HEAD:data-raw/leaders/archigos/arch_annual.txt > /tmp/arch_annual.txt
    python3 scripts/make-archigos-dict.py --dta /tmp/archigos.dta \
        --annual /tmp/arch_annual.txt --date 2026-12-07

Needs pandas (to read the Stata file); pandas is not a runtime dependency
of dipgraph, the .dict it writes is committed. Output is sorted and
depends only on the inputs and --date.

People that the project's own people files (data/dict/people/*.dict) or
the PETRARCH2 layer already have are left out (ours win); so are aliases
that are common English words, shorter than 4 letters, belong to an actor
or agent, or (one-word surnames) are shared by several people.
"""

import argparse
import datetime as dt
import glob
import os
import re
import sys
import unicodedata
import urllib.parse

FIRST, LAST = "1945-01-01", "2015-12-31"  # spells kept: overlap this span
CENSORED = "2015-12-31"  # Archigos' end date for leaders still in office

# Correlates of War state (Archigos idacr) -> [(project code, from, to)],
# FROM inclusive, TO exclusive, None = open.
STATES = {
    "USA": "USA", "CAN": "CAN", "BHM": "BHS", "CUB": "CUB", "HAI": "HTI",
    "DOM": "DOM", "JAM": "JAM", "TRI": "TTO", "BAR": "BRB", "MEX": "MEX",
    "BLZ": "BLZ", "GUA": "GTM", "HON": "HND", "SAL": "SLV", "NIC": "NIC",
    "COS": "CRI", "PAN": "PAN", "COL": "COL", "VEN": "VEN", "GUY": "GUY",
    "SUR": "SUR", "ECU": "ECU", "PER": "PER", "BRA": "BRA", "BOL": "BOL",
    "PAR": "PRY", "CHL": "CHL", "ARG": "ARG", "URU": "URY", "UKG": "GBR",
    "IRE": "IRL", "NTH": "NLD", "BEL": "BEL", "LUX": "LUX", "FRN": "FRA",
    "SWZ": "CHE", "SPN": "ESP", "POR": "PRT", "GMY": "DEU", "GFR": "DEU",
    "GDR": "DDR", "POL": "POL", "AUS": "AUT", "HUN": "HUN", "CZE": "CSK",
    "CZR": "CZE", "SLO": "SVK", "ITA": "ITA", "MLT": "MLT", "ALB": "ALB",
    "SER": "SRB", "MAC": "MKD", "CRO": "HRV", "BOS": "BIH", "KOS": "XKX",
    "SLV": "SVN", "GRC": "GRC", "CYP": "CYP", "BUL": "BGR", "MLD": "MDA",
    "RUM": "ROU", "EST": "EST", "LAT": "LVA", "LIT": "LTU", "UKR": "UKR",
    "BLR": "BLR", "ARM": "ARM", "GRG": "GEO", "AZE": "AZE", "FIN": "FIN",
    "SWD": "SWE", "NOR": "NOR", "DEN": "DNK", "ICE": "ISL", "CAP": "CPV",
    "GNB": "GNB", "EQG": "GNQ", "GAM": "GMB", "MLI": "MLI", "SEN": "SEN",
    "BEN": "BEN", "MAA": "MRT", "NIR": "NER", "CDI": "CIV", "GUI": "GIN",
    "BFO": "BFA", "LBR": "LBR", "SIE": "SLE", "GHA": "GHA", "TOG": "TGO",
    "CAO": "CMR", "NIG": "NGA", "GAB": "GAB", "CEN": "CAF", "CHA": "TCD",
    "CON": "COG", "DRC": "COD", "UGA": "UGA", "KEN": "KEN", "TAZ": "TZA",
    "BUI": "BDI", "RWA": "RWA", "SOM": "SOM", "DJI": "DJI", "ETH": "ETH",
    "ERI": "ERI", "ANG": "AGO", "MZM": "MOZ", "ZAM": "ZMB", "ZIM": "ZWE",
    "MAW": "MWI", "SAF": "ZAF", "NAM": "NAM", "LES": "LSO", "BOT": "BWA",
    "SWA": "SWZ", "MAG": "MDG", "COM": "COM", "MAS": "MUS", "MOR": "MAR",
    "ALG": "DZA", "TUN": "TUN", "LIB": "LBY", "SUD": "SDN", "SSD": "SSD",
    "IRN": "IRN", "TUR": "TUR", "IRQ": "IRQ", "EGY": "EGY", "SYR": "SYR",
    "LEB": "LBN", "JOR": "JOR", "ISR": "ISR", "SAU": "SAU",
    "YEM": "YEM",  # Yemen Arab Republic (North Yemen), then Yemen
    "KUW": "KWT", "BAH": "BHR", "QAT": "QAT", "UAE": "ARE", "OMA": "OMN",
    "AFG": "AFG", "TKM": "TKM", "TAJ": "TJK", "KYR": "KGZ", "UZB": "UZB",
    "KZK": "KAZ", "CHN": "CHN", "MON": "MNG", "TAW": "TWN", "PRK": "PRK",
    "ROK": "KOR", "JPN": "JPN", "IND": "IND", "BHU": "BTN", "PAK": "PAK",
    "BNG": "BGD", "MYA": "MMR", "SRI": "LKA", "MAD": "MDV", "NEP": "NPL",
    "THI": "THA", "CAM": "KHM", "LAO": "LAO",
    "DRV": "VNM",  # North Vietnam, then Vietnam (the project codes Hanoi VNM)
    "MAL": "MYS", "SIN": "SGP", "BRU": "BRN", "PHI": "PHL", "INS": "IDN",
    "ETM": "TLS", "AUL": "AUS", "PNG": "PNG", "NEW": "NZL", "SOL": "SLB",
    "FJI": "FJI",
    # Russia / Soviet Union and Yugoslavia / Serbia and Montenegro share a
    # COW number across the change of state.
    "RUS": [("SUN", None, "1991-12-26"), ("RUS", "1991-12-26", None)],
    "YUG": [("YUG", None, "1992-04-27"), ("SCG", "1992-04-27", "2006-06-05")],
}
# States with no code of their own in the project, left out:
SKIP_STATES = {
    "RVN": "South Vietnam (no project code)",
    "YPR": "South Yemen (no project code)",
    "ZAN": "Zanzibar 1963-64 (no project code; TZA is the union)",
    "TBT": "Tibet 1945-50 (no project code)",
}
# Rows that are not a national leader of the state, left out.
SKIP_ROWS = {
    ("HAI", "Executive council"), ("BRA", "Military Junta"),
    ("JPN", "Douglas MacArthur"), ("JPN", "Matthew Bunker Ridgway"),
    ("IRQ", "Tommy Ray Franks"), ("IRQ", "Jay Garner"),
    ("IRQ", "Paul Bremer"), ("KUW", "Saddam Hussein"),
    ("INS", "Louis Beel"), ("INS", "A. H. J. Lovink"),
    ("COM", "Bob Denard"), ("CHN", "Chen Gongbo"),
}

P, PM, K, CH, GS, FS, HS = ("President", "Prime Minister", "King",
                            "Chancellor", "General Secretary",
                            "First Secretary", "Head of State")
CP = "Chairman of the Presidency"
# Title of the effective leader by state and period: [(FROM, title)], each
# from FROM to the next FROM. States not listed: "Leader".
TITLES = {
    **{c: [(None, P)] for c in (
        "USA MEX GTM HND SLV NIC CRI PAN COL VEN ECU PER BRA BOL PRY CHL ARG "
        "URY DOM HTI FIN CYP ARM AZE KAZ KGZ UZB TKM TJK LTU UKR GEO HRV "
        "GNB GNQ MLI SEN BEN MRT NER CIV GIN BFA LBR TGO CMR GAB CAF TCD "
        "COG COD RWA SOM DJI ERI AGO MOZ ZMB NAM BWA MDG COM DZA TUN SSD "
        "EGY SYR LBN ARE PHL IDN TLS KOR TWN SUR GUY UGA KEN TZA MWI BDI "
        "SDN").split()},
    **{c: [(None, PM)] for c in (
        "CAN BHS JAM TTO BRB BLZ GBR NLD BEL LUX ITA MLT SWE NOR DNK ISL "
        "GRC ISR IND JPN AUS NZL PNG SLB FJI MYS SGP MUS CZE SVK EST LVA "
        "SRB MKD XKX CPV LSO THA NPL").split()},
    "IRL": [(None, "Taoiseach")],
    "DEU": [(None, CH)], "AUT": [(None, CH)],
    "CHE": [(None, "President of the Swiss Confederation")],
    "BIH": [(None, CP)],
    "SUN": [(None, GS)], "VNM": [(None, GS)],
    "MAR": [(None, K)], "JOR": [(None, K)], "SAU": [(None, K)],
    "SWZ": [(None, K)], "KWT": [(None, "Emir")], "QAT": [(None, "Emir")],
    "BHR": [(None, "Emir")], "OMN": [(None, "Sultan")],
    "BRN": [(None, "Sultan")],
    "FRA": [(None, "Chairman of the Provisional Government"),
            ("1947-01-16", PM), ("1959-01-08", P)],
    "ESP": [(None, HS), ("1975-11-20", K), ("1975-12-05", PM)],
    "PRT": [(None, PM), ("1974-04-25", P)],
    "DDR": [(None, GS)],
    "POL": [(None, FS), ("1989-07-19", P)],
    "HUN": [(None, GS), ("1989-10-18", P), ("1990-05-23", PM)],
    "CSK": [(None, P), ("1968-01-05", FS), ("1989-12-10", PM)],
    "ALB": [(None, FS), ("1992-04-09", P), ("1997-07-24", PM)],
    "YUG": [(None, PM), ("1953-01-14", P), ("1980-05-04", CP),
            ("1989-05-15", "Leader")],
    "SCG": [(None, "Leader"), ("1997-07-23", P)],
    "SVN": [(None, P), ("1991-12-01", PM)],
    "BGR": [(None, PM), ("1956-04-01", FS),
            ("1971-07-07", "First Secretary and Chairman of the State Council"),
            ("1989-11-10", "Chairman of the State Council, then President"),
            ("1990-07-06", PM)],
    "MDA": [(None, P), ("2001-04-01", PM)],
    "ROU": [(None, K), ("1947-12-30", GS),
            ("1974-03-28", "General Secretary and President"),
            ("1989-12-22", PM), ("2004-12-20", P)],
    "RUS": [(None, P)],
    "BLR": [(None, "Chairman of the Supreme Soviet"), ("1994-07-20", P)],
    "GMB": [(None, PM), ("1970-04-24", P)],
    "SLE": [(None, PM), ("1967-03-21", HS), ("1968-04-26", PM),
            ("1971-04-21", P)],
    "GHA": [(None, PM), ("1960-07-01", P), ("1966-02-24", HS),
            ("1969-10-01", PM), ("1972-01-13", HS), ("1979-09-24", P),
            ("1981-12-31", HS), ("1993-01-07", P)],
    "NGA": [(None, PM), ("1966-01-16", HS), ("1979-10-01", P),
            ("1983-12-31", HS), ("1985-08-27", P), ("1993-08-26", HS),
            ("1999-05-29", P)],
    "ETH": [(None, "Emperor"), ("1974-09-12", HS), ("1987-09-10", P),
            ("1995-08-22", PM)],
    "ZWE": [(None, PM), ("1987-12-31", P)],
    "ZAF": [(None, PM), ("1984-09-14", P)],
    "LBY": [(None, K), ("1969-09-01", "Leader of the Revolution"),
            ("2011-08-23", "Chairman of the National Transitional Council"),
            ("2012-08-08", "President of the General National Congress"),
            ("2014-08-04", "President of the House of Representatives")],
    "IRN": [(None, "Shah"), ("1951-04-28", PM), ("1953-08-19", "Shah"),
            ("1979-02-11", "Supreme Leader"), ("1989-08-03", P)],
    "TUR": [(None, P), ("1950-05-22", PM), ("1960-05-27", HS),
            ("1961-11-20", PM), ("1980-09-12", HS), ("1983-12-13", PM),
            ("2014-08-28", P)],
    "IRQ": [(None, "Regent"), ("1953-05-02", K), ("1958-07-14", PM),
            ("1963-02-08", P), ("2004-06-28", PM)],
    "YEM": [(None, "King (Imam)"), ("1962-09-27", P),
            ("1967-11-05", "Chairman of the Republican Council"),
            ("1974-06-13", "Chairman of the Military Command Council"),
            ("1977-10-11", P)],
    "AFG": [(None, PM), ("1973-07-17", P),
            ("1978-04-30", "General Secretary and Chairman of the "
                           "Revolutionary Council"),
            ("1986-05-04", "General Secretary, then President"),
            ("1992-04-28", P), ("1996-09-27", "Supreme Leader"),
            ("2001-12-22", P)],
    "CHN": [(None, P), ("1949-10-01", "Chairman of the Communist Party"),
            ("1980-09-10", "Paramount Leader"),
            ("1997-02-19", "General Secretary and President"),
            ("2012-11-15", GS), ("2013-03-14", "General Secretary and President")],
    "MNG": [(None, PM), ("1974-06-11", "Chairman of the Presidium"),
            ("1984-08-23", "General Secretary and Chairman of the Presidium"),
            ("1990-03-21", P)],
    "PRK": [(None, PM), ("1972-12-28", P), ("1994-07-08", "Supreme Leader")],
    "BTN": [(None, K), ("1998-07-01", "Chairman of the Council of Ministers"),
            ("2008-04-09", PM)],
    "PAK": [(None, "Governor-General"), ("1948-09-12", PM),
            ("1958-10-27", P), ("1973-08-14", PM),
            ("1977-07-05", "Chief Martial Law Administrator"),
            ("1978-09-16", P), ("1988-12-02", PM),
            ("1999-10-12", "Chief Executive"), ("2001-06-20", P),
            ("2013-06-05", PM)],
    "BGD": [(None, P), ("1972-01-12", PM), ("1975-01-25", P),
            ("1991-03-20", PM), ("1996-03-30", "Chief Adviser"),
            ("1996-06-23", PM), ("2001-07-15", "Chief Adviser"),
            ("2001-10-10", PM), ("2006-10-29", P),
            ("2007-01-12", "Chief Adviser"), ("2009-01-06", PM)],
    "MMR": [(None, PM),
            ("1962-03-02", "Chairman of the Revolutionary Council"),
            ("1974-03-02", P),
            ("1981-11-09", "Chairman of the Burma Socialist Programme Party"),
            ("1988-07-26", P), ("1988-09-18", "Chairman of the State Law "
                                "and Order Restoration Council"),
            ("1997-11-15", "Chairman of the State Peace and Development "
                           "Council"),
            ("2011-03-30", P)],
    "LKA": [(None, PM), ("1978-02-04", P)],
    "MDV": [(None, PM), ("1968-11-11", P)],
    "KHM": [(None, HS), ("1970-03-18", PM), ("1972-03-10", P),
            ("1975-04-17", GS), ("1979-01-07", HS), ("1985-01-14", PM),
            ("1993-09-24", "First Prime Minister"), ("1997-07-07", PM)],
    "LAO": [(None, PM), ("1992-11-25", P)],
}
# One leader's title, or [(FROM, title)], overriding TITLES; keyed by
# (Archigos state, Archigos name) or (state, name, first year of the spell).
OVERRIDES = {
    ("CUB", "Castro"): [(None, PM), ("1976-12-02", P)],
    ("HAI", "Lavaud"): "Leader", ("HAI", "Kebreau"): "Leader",
    ("HAI", "Cantave"): "Leader", ("HAI", "Cedras"): "Leader",
    ("HAI", "Abraham"): "Leader",
    ("NIC", "Daniel Ortega", 1979): [(None, "Coordinator of the Junta"),
                                     ("1985-01-10", P)],
    ("PAN", "Torrijos Herrera"): "Leader", ("PAN", "Florez Aguilar"): "Leader",
    ("PAN", "Dario Paredes"): "Leader", ("PAN", "Noriega"): "Leader",
    ("GUY", "Burnham"): [(None, PM), ("1980-10-06", P)],
    ("SUR", "Bouterse", 1980): "Leader", ("SUR", "Graanoogst"): "Leader",
    ("SAL", "Majano Ramos"): "Leader",
    ("URU", "Batlle Berres", 1955): "President of the National Council of Government",
    **{("URU", n): "President of the National Council of Government"
       for n in ("Zubiria", "Lezama", "Fisher", "Echegoyen", "Nardone",
                 "Haedo", "Harrison", "Crespo", "Giannattasio", "Beltran",
                 "Heber Usher")},
    ("FRN", "De Gaulle", 1958): [(None, PM), ("1959-01-08", P)],
    ("FRN", "Poher"): "Acting President",
    ("GMY", "Hitler"): "Leader", ("GMY", "Doenitz"): P,
    ("GDR", "Wilhelm Pieck"): P, ("GDR", "Gysi"): "Leader",
    ("POL", "Bierut"): [(None, "Leader"), ("1947-02-05", P),
                        ("1952-11-20", PM)],
    ("POL", "Jaruzelski"): [(None, FS), ("1989-07-19", P)],
    ("HUN", "Nagy"): PM,
    ("CZE", "Novotny"): "First Secretary and President",
    ("CZE", "Svoboda"): P,
    ("CZE", "Husak"): [(None, FS), ("1971-05-29", GS),
                       ("1975-05-29", "General Secretary and President")],
    ("GRC", "Damaskinos"): "Regent", ("GRC", "Ionannides"): "Leader",
    ("BUL", "Chervenkov"): PM,
    ("RUM", "Vacariou", 2007): "Acting President",
    ("RUM", "Crin Antonescu"): "Acting President",
    ("RUS", "Malenkov"): "Chairman of the Council of Ministers",
    ("RUS", "Khrushchev"): FS,
    ("RUS", "Gorbachev"): [(None, GS), ("1990-03-15", "General Secretary "
                                        "and President")],
    ("RUS", "Stalin"): "General Secretary and Chairman of the Council of Ministers",
    ("LIT", "Landsbergis"): "Chairman of the Supreme Council",
    ("UKR", "Kravchuk"): [(None, "Chairman of the Verkhovna Rada"),
                          ("1991-12-05", P)],
    ("UKR", "Oleksandr Turchynov"): "Acting President",
    ("GRG", "Ioseliani"): "Leader",
    ("GRG", "Shevardnadze"): [(None, "Chairman of the State Council"),
                              ("1992-11-06", "Chairman of Parliament and "
                                             "Head of State"),
                              ("1995-11-26", P)],
    ("GRG", "Burdjanadze"): "Acting President",
    ("GRG", "Burdzhanadze"): "Acting President",
    ("NOR", "Quisling"): "Minister President",
    ("MLI", "Amadou Sanogo"): "Leader",
    ("MLI", "Dioncounda Traore"): "Interim President",
    ("GNB", "Mane"): "Leader", ("GNB", "Correia Seabra"): "Leader",
    ("GNB", "Mamadu Ture Kuruma"): "Leader",
    ("BFO", "Zida"): HS, ("BFO", "Traore"): HS,
    ("LBR", "Doe"): [(None, HS), ("1986-01-06", P)],
    ("LBR", "Kpormapkor"): "Chairman of the Council of State",
    ("LBR", "Sankawulo"): "Chairman of the Council of State",
    ("LBR", "Ruth Perry"): "Chairman of the Council of State",
    ("LBR", "Bryant"): "Chairman of the National Transitional Government",
    ("SIE", "Strasser"): HS, ("SIE", "Bio"): HS,
    ("SIE", "Koroma"): HS,
    ("TOG", "Dadjo"): "Leader",
    ("CEN", "Bokassa"): [(None, P), ("1976-12-04", "Emperor")],
    ("DRC", "Lumumba"): PM, ("DRC", "Mobutu", 1960): "Leader",
    ("UGA", "Obote", 1962): [(None, PM), ("1966-04-15", P)],
    ("UGA", "Paulo Muwanga"): "Chairman of the Military Commission",
    ("UGA", "Okello"): HS,
    ("KEN", "Kenyatta"): [(None, PM), ("1964-12-12", P)],
    ("TAZ", "Nyerere"): [(None, PM), ("1962-12-09", P)],
    ("MAW", "Banda"): [(None, PM), ("1966-07-06", P)],
    ("BUI", "Mwambutsa"): K, ("BUI", "Ntare"): K,
    ("BUI", "Ngueze"): "Leader", ("BUI", "Kinigi"): PM,
    ("SAF", "Heunis"): "Acting President",
    ("SAF", "Swart"): "Acting Prime Minister",
    ("SAF", "Donges"): "Acting Prime Minister",
    ("LES", "Lekhanya"): HS, ("LES", "Ramaema"): HS,
    ("LES", "Letsie III"): K,
    ("SWA", "Dzeliwe Shongwe"): "Queen Regent",
    ("SWA", "Ntombe Thwala"): "Queen Regent",
    ("MAG", "Ramanantsoa"): HS, ("MAG", "Ratsimandrava"): HS,
    ("MAG", "Gilles Andriamahazo"): HS,
    ("MAG", "Ratsirahonana"): "Acting President",
    ("MAG", "Rajoelina"): "President of the High Transitional Authority",
    ("ALG", "Boudiaf"): "Chairman of the High Council of State",
    ("ALG", "Kafi"): "Chairman of the High Council of State",
    ("ALG", "Bitat"): "Acting President",
    ("TUN", "Muhammad al-Amin"): "Bey",
    ("TUN", "Ghannouchi"): "Acting President",
    ("TUN", "Mebazaa"): "Acting President",
    ("SUD", "Al-Azhari"): PM, ("SUD", "Khalil"): PM,
    ("SUD", "al-Khalifa"): PM, ("SUD", "Maghoub"): PM,
    ("SUD", "Sadiq al-Mahdi"): PM, ("SUD", "Osman"): "Leader",
    ("SUD", "Abdul Rahman Swaredahab"): "Chairman of the Transitional "
                                        "Military Council",
    ("IRN", "Khamenei"): "Supreme Leader",
    ("IRQ", "Karrim Kassem"): PM,
    ("EGY", "Farouk"): K,
    ("EGY", "Tantawi"): "Chairman of the Supreme Council of the Armed Forces",
    ("EGY", "Mansour"): "Interim President",
    ("SYR", "Hinnawi"): "Leader", ("SYR", "Shishakli"): "Leader",
    ("SYR", "Zahreddin"): "Leader", ("SYR", "Al-kuzbari"): "Leader",
    ("SYR", "Atassi, L."): "Chairman of the National Council of the "
                           "Revolutionary Command",
    ("SYR", "Al-Hafiz"): "Chairman of the Presidential Council",
    ("SYR", "Al-Khatib"): "Acting President",
    ("SYR", "Nasser (president of UAR)"): "President of the United Arab Republic",
    ("LEB", "Aoun"): PM, ("LEB", "Siniora"): PM, ("LEB", "Salam"): PM,
    ("JOR", "Abdullah El-Hashim"): "Regent",
    ("BAH", "Hamad Isa Ibn Al-Khalifah"): [(None, "Emir"), ("2002-02-14", K)],
    ("TAW", "Li Tsung-jen"): "Acting President",
    ("KYR", "Otunbayeva"): "Interim President",
    ("TAJ", "Kadreddin Aslonov"): "Acting President",
    ("TAJ", "Iskandrov"): "Acting President",
    ("TAJ", "Rakhmonov"): [(None, "Chairman of the Supreme Council"),
                           ("1994-11-16", P)],
    ("AZE", "Mamedov"): "Acting President",
    ("AZE", "Gambarov"): "Acting President",
    ("ROK", "Ho Chong"): "Acting President", ("ROK", "Myun Chang"): PM,
    ("ROK", "Chang Do Yong"): "Leader",
    ("ROK", "Park Choong Hoon"): "Acting President",
    ("DRV", "Ho Chi Minh"): P,
    ("CAM", "Pol Pot"): "General Secretary and Prime Minister",
    ("LAO", "Nosavan"): "Leader", ("LAO", "Kong Le"): "Leader",
    ("LAO", "Kouprasith"): "Leader",
    ("THI", "Pridi Banomyong"): [(None, "Regent"), ("1946-03-24", PM)],
    ("THI", "Sangad"): "Leader",
    ("ISR", "Allon"): "Acting Prime Minister",
    ("IND", "Nanda"): "Acting Prime Minister",
    ("JPN", "Masayoshi Ito"): "Acting Prime Minister",
    ("JPN", "Mikio Aoki"): "Acting Prime Minister",
    ("FJI", "Rabuka", 1987): "Leader",
    ("FJI", "Ratu Josefa Iloilo"): P,
    ("FJI", "Bainimarama", 2000): HS,
    ("NEP", "Tribhuvan"): K, ("NEP", "Mahendra"): K,
    ("NEP", "Birendra"): K, ("NEP", "Gyanendra"): K,
    ("NEP", "Khil Raj Regmi"): "Chairman of the Council of Ministers",
    ("MAD", "Ali Didi"): "Leader",
    ("PAK", "Soomro"): "Acting President",
    ("BNG", "Syed Nazrul Islam"): "Acting President",
    ("MYA", "Ne Win", 1958): PM,
    ("TUR", "Erdal Inonu"): "Acting Prime Minister",
    ("IRQ", "Abdul-Ilah"): "Regent",
}

# Archigos short names not given as aliases: common surnames or words
# beyond the treebank's list, given names, places.
ALIAS_STOP = {"eden", "mayer", "nash", "holt", "pearson", "leone", "sanya",
              "nagy", "guillermo leon", "natalicio", "farrell", "guido",
              "mita", "nanda", "ikeda", "swart", "pinay", "estime"}

# Words dropped from the start of an Archigos name (titles, not names).
NAME_TITLES = ("Lyonpo ", "Ayatollah ", "Sheikh ")


def fold(s):
    """The loader's matching key: case, diacritics, hyphens, periods."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace(".", " ").replace("-", " ")
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def letters(s):
    return sum(c.isalpha() for c in s)


def day(s, n=0):
    return (dt.date.fromisoformat(s) + dt.timedelta(days=n)).isoformat()


def dbpedia_name(uri):
    """'.../resource/Harry_S._Truman' -> 'Harry S. Truman' (also through
    the link-rewriting wrapper some rows carry)."""
    if not isinstance(uri, str) or "resource" not in uri:
        return ""
    m = re.search(r"[?&]u=([^&]*)", uri)
    if m:  # the wrapper writes '/' as '_' and '%XX' as '-XX'
        uri = re.sub(r"-([0-9A-F]{2})", r"%\1", m.group(1).replace("_", "/"))
    name = uri.rsplit("/", 1)[-1]
    while "%" in name and urllib.parse.unquote(name) != name:
        name = urllib.parse.unquote(name)
    name = name.replace("_", " ")
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return " ".join(name.split())


def short_name(leader):
    """Archigos' short name as a name: 'Duvalier, Francois' -> 'Francois
    Duvalier', 'Roosevelt, F.' -> 'Roosevelt', 'D.Barrow' -> 'Barrow'."""
    s = re.sub(r"\s*\([^)]*\)", "", leader).strip()
    for t in NAME_TITLES:
        if s.startswith(t):
            s = s[len(t):]
    if "," in s:
        last, first = [x.strip() for x in s.split(",", 1)]
        s = last if re.fullmatch(r"([A-Z]\.?\s*)+", first) else first + " " + last
    s = re.sub(r"^([A-Z]\.)+\s*", "", s)            # leading initials
    s = re.sub(r"(\s+[A-Z]\.?)+$", "", s)           # trailing initials
    return " ".join(s.split())


def no_middle_initials(name):
    w = name.split()
    keep = [x for i, x in enumerate(w)
            if not (0 < i < len(w) - 1 and re.fullmatch(r"([A-Z]\.)+", x))]
    return " ".join(keep)


def read_entries(paths):
    """(kind, fields) of every entry line of the given files."""
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if not line or line.startswith("@"):
                    continue
                kind, _, rest = line.partition(" ")
                yield kind, [x.strip() for x in rest.split(" | ")]


def common_words(treebank):
    """Lower-case forms the UD English treebank uses as other than proper
    nouns."""
    words = set()
    for path in sorted(glob.glob(os.path.join(treebank, "*.conllu"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.split("\t")
                if len(cols) > 4 and cols[0].isdigit() and cols[3] != "PROPN":
                    words.add(cols[1].lower())
    return words


def sovereign_spans(dict_dir):
    """State code -> (from, to) of its sovereign= (None = open)."""
    spans = {}
    for kind, f in read_entries(sorted(glob.glob(
            os.path.join(dict_dir, "actors", "*.dict")))):
        if kind != "actor" or len(f) < 4 or "type=state" not in f[3]:
            continue
        m = re.search(r"sovereign=(\S*)\.\.(\S*)", f[3])
        if m:
            spans[f[0]] = (m.group(1) or None, m.group(2) or None)
    return spans


def title_segments(idacr, leader, start, code):
    for key in ((idacr, leader, int(start[:4])), (idacr, leader)):
        if key in OVERRIDES:
            t = OVERRIDES[key]
            return [(None, t)] if isinstance(t, str) else t
    return TITLES.get(code, [(None, "Leader")])


def split_roles(code, start, end, segments, exit_day):
    """[(from, to, title)] of one spell cut at the title table's dates
    (not at a date on or after the exit day: the day after a coup is still
    the deposed leader's role, not the next regime's title)."""
    segments = [s for s in segments if not s[0] or s[0] < exit_day] or segments[:1]
    out = []
    for i, (frm, title) in enumerate(segments):
        nxt = segments[i + 1][0] if i + 1 < len(segments) else None
        a = max(start, frm) if frm else start
        b = min(end, nxt) if nxt else end
        if a < b:
            out.append((a, b, title))
    return out


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dta", required=True, help="Archigos_4.1_stata14.dta")
    ap.add_argument("--annual", help="arch_annual.txt (more dbpedia names)")
    ap.add_argument("--dict", default=os.path.join(root, "data/dict"))
    ap.add_argument("--treebank", default=os.path.join(root, "../shared/treebank"))
    ap.add_argument("--out", default=os.path.join(root, "data/dict/people/archigos.dict"))
    ap.add_argument("--date", default=dt.date.today().isoformat(),
                    help="date written in the header")
    ap.add_argument("--keep-layer-people", action="store_true",
                    help="keep leaders the PETRARCH2 layer has (the layer "
                         "is beneath ours, so ours would shadow it)")
    args = ap.parse_args()
    import pandas as pd  # only this script needs it

    rows = pd.read_stata(args.dta)
    rows = rows[(rows.enddate.astype(str) >= FIRST) &
                (rows.startdate.astype(str) <= LAST)]
    uri = {}
    if args.annual:
        ann = pd.read_csv(args.annual, sep="\t", dtype=str, encoding="latin-1")
        for lid, u in zip(ann["leadid"], ann["dbpedia.uri"]):
            if isinstance(u, str) and u.startswith("http") and lid not in uri:
                uri[lid] = u

    common = common_words(args.treebank)
    sovereign = sovereign_spans(args.dict)
    own_files = sorted(p for p in glob.glob(os.path.join(args.dict, "people", "*.dict"))
                       if os.path.basename(p) != os.path.basename(args.out))
    layer_files = sorted(glob.glob(os.path.join(args.dict, "layers", "**", "*.dict"),
                                   recursive=True))
    actor_files = [os.path.join(args.dict, "agents.dict")] + sorted(
        glob.glob(os.path.join(args.dict, "actors", "*.dict")))
    taken = set()  # aliases of actors and agents
    for kind, f in read_entries(actor_files):
        if kind == "actor" and len(f) >= 3:
            taken.update(fold(a) for a in [f[1]] + f[2].split(";") if a.strip())
        elif kind == "agent" and len(f) >= 2:
            taken.update(fold(a) for a in f[1].split(";") if a.strip())
    own_names, layer_names = set(), set()
    surnames = {}  # one-word name -> set of full names using it
    for files, names in ((own_files, own_names), (layer_files, layer_names)):
        for kind, f in read_entries(files):
            if kind != "person":
                continue
            full = fold(f[0])
            aliases = [fold(a) for a in f[1].split(";") if a.strip()] if len(f) > 1 else []
            names.add(full)
            names.update(a for a in aliases if " " in a)
            for w in [full.split()[-1]] + [a for a in aliases if " " not in a]:
                surnames.setdefault(w, set()).add(full)

    # Spells -> people.
    people, skipped = {}, {"state": {}, "row": [], "own": [], "layer": [],
                           "no name": []}
    rows = rows.sort_values(["ccode", "startdate", "leader"])
    for r in rows.itertuples():
        idacr, leader = r.idacr, str(r.leader).strip()
        if idacr in SKIP_STATES:
            skipped["state"][idacr] = skipped["state"].get(idacr, 0) + 1
            continue
        if (idacr, leader) in SKIP_ROWS:
            skipped["row"].append("%s %s" % (idacr, leader))
            continue
        start = max(str(r.startdate)[:10], FIRST)
        end_raw = str(r.enddate)[:10]
        if end_raw >= CENSORED:
            end = day(CENSORED, 1)
        elif str(r.exit) == "Regular":  # the successor's first day
            end = end_raw
        else:  # removed, died: still in office on the day itself
            end = day(end_raw, 1)
        mapping = STATES[idacr]
        if isinstance(mapping, str):
            mapping = [(mapping, None, None)]
        if idacr == "RUS" and leader == "Yeltsin":
            mapping = [("RUS", None, None)]
        for code, frm, to in mapping:
            a, b = max(start, frm or start), min(end, to or end)
            sv = sovereign.get(code, (None, None))
            a = max(a, sv[0] or a)
            b = min(b, sv[1] or b)
            if a >= b:
                continue
            p = people.setdefault(r.leadid, {"rows": [], "roles": []})
            p["rows"].append((idacr, leader, r.dbpediauri))
            for ra, rb, title in split_roles(code, a, b, title_segments(
                    idacr, leader, str(r.startdate)[:10], code), end_raw):
                p["roles"].append((ra, rb, code + "GOV", title))

    # Names and aliases.
    out = []
    for lid, p in people.items():
        idacr, leader, u = p["rows"][0]
        full = dbpedia_name(u) or dbpedia_name(uri.get(lid))
        short = short_name(leader)
        name = full or short
        names = {fold(x) for x in (name, short, no_middle_initials(name)) if x}
        if names & own_names:
            skipped["own"].append(name)
            continue
        if not args.keep_layer_people and names & layer_names:
            skipped["layer"].append(name)
            continue
        p["name"] = name
        p["alias_candidates"] = [x for x in dict.fromkeys(
            [no_middle_initials(name), short]) if x and x != name]
        out.append(p)
    for p in out:  # one-word names used by our generated people too
        for w in [fold(p["name"]).split()[-1]] + [
                fold(a) for a in p["alias_candidates"] if " " not in a]:
            surnames.setdefault(w, set()).add(fold(p["name"]))

    def usable(alias, owner):
        f = fold(alias)
        if letters(alias) < 4 or f in taken or f in ALIAS_STOP:
            return False
        if " " not in f:
            return f not in common and surnames.get(f, set()) <= {owner}
        return f not in own_names and f not in layer_names
    final = []
    seen_names = set()
    for p in out:
        owner = fold(p["name"])
        # A surname alone is no name to give (the treebank's word list is
        # too small to tell every surname from a common word: "Alley").
        if " " not in owner or owner in taken or owner in seen_names:
            skipped["no name"].append(p["name"])
            continue
        seen_names.add(owner)
        aliases = [a for a in p["alias_candidates"] if usable(a, owner)]
        roles = sorted(set(p["roles"]))
        merged = []  # join touching roles of one office
        for r in roles:
            if merged and merged[-1][2:] == r[2:] and merged[-1][1] >= r[0]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], r[1])) + r[2:]
            else:
                merged.append(r)
        final.append((merged[0][2][:3], merged[0][0], p["name"], aliases, merged))
    final.sort(key=lambda x: (x[0], x[1], fold(x[2])))

    lines = [
        "# National leaders 1945-2015 (the effective leader of each state, one",
        "# role per spell in power), generated by scripts/make-archigos-dict.py.",
        "# source: Archigos 4.1 (H. E. Goemans, K. S. Gleditsch, G. Chiozza), via",
        "# the globalgov/manystates repository (data-raw/leaders/archigos/): names",
        "# and dates only. Titles are the script's table (the office the effective",
        "# leader held), else \"Leader\". A role ends on the successor's first day",
        "# after a regular exit, the day after the exit otherwise, and on 2016-01-01",
        "# for leaders still in office at the data's end (2015-12-31). People our",
        "# other people files or the PETRARCH2 layer",
        "# already have are left out. Do not edit: change the script and rerun.",
        "# date: %s" % args.date,
        "# Left out: " + "; ".join("%s (%s)" % (v, k) for k, v in sorted(SKIP_STATES.items())),
        "",
    ]
    country = None
    for cc, _, name, aliases, roles in final:
        if cc != country:
            if country is not None:
                lines.append("")
            lines.append("# --- %s ---" % cc)
            country = cc
        lines.append("person %s | %s | %s" % (name, "; ".join(aliases), "; ".join(
            "%s %s..%s %s" % (code, a, b, t) for a, b, code, t in roles)))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("%d people, %d roles written to %s" % (
        len(final), sum(len(x[4]) for x in final), args.out), file=sys.stderr)
    print("left out: %s; rows %d; already ours %d; in the layer %d; "
          "no usable name %d" % (skipped["state"], len(skipped["row"]),
                                 len(skipped["own"]), len(skipped["layer"]),
                                 len(skipped["no name"])), file=sys.stderr)
    if os.environ.get("ARCHIGOS_VERBOSE"):
        for k in ("own", "layer", "no name"):
            print(k + ": " + "; ".join(sorted(skipped[k])), file=sys.stderr)


if __name__ == "__main__":
    main()
