# Fresh gold items for make-fresh.py: I(phenomenon, article date, text,
# [event specs], event_date). Written for dipgraph on 2026-12-04 by a third
# annotator, blind to the coder (never run on these items, no coder output
# read) and independently of gold_items.py and heldout_items.py. Invented
# wire-style sentences about real actors; codes follow tests/gold/README.md
# ("Coding rules" A1-A9, E1-E9, S1-S5), data/cameo/cameo.tsv and the actor and
# people dictionaries (roles on the event date). For measuring only, never
# for tuning. Spec syntax: see make-gold.py.
# The region of each item is noted at the end of its line.

# --- subject-object
I("subject-object", "2024-03-24", "Poland condemned Russia after a cruise missile fired at western Ukraine crossed into its airspace for 39 seconds, the Polish armed forces command said.",
  ["POL>RUS:111"])  # Europe
I("subject-object", "2019-01-24", "Washington recognised Venezuelan opposition leader Juan Guaido as the country's interim president, hours after he declared himself the legitimate head of state at a rally in Caracas.",
  ["USAGOV>VENOPP:054"])  # Americas
I("subject-object", "2023-07-26", "Soldiers from Niger's presidential guard detained President Mohamed Bazoum at his residence in Niamey and later announced on national television that they had seized power.",
  ["NERMIL>NERGOV:173"])  # Africa
I("subject-object", "2024-09-02", "Israeli troops detained at least 20 Palestinians in the occupied West Bank town of Tubas and nearby villages, the Palestinian Prisoners' Society said.",
  ["ISRMIL>PSECVL:173"])  # Middle East
I("subject-object", "2023-05-30", "Russian drones hit several apartment blocks in Kyiv before dawn in the latest of a string of attacks on the capital, the city's mayor said.",
  ["RUSMIL>UKR:195"])  # Russia/Ukraine
I("subject-object", "2010-11-23", "North Korean artillery shelled the South Korean border island of Yeonpyeong, killing two marines and setting dozens of homes ablaze, the military in Seoul said.",
  ["PRKMIL>KOR:194"])  # Asia-Pacific
I("subject-object", "2026-01-03", "US special forces seized Venezuelan President Nicolas Maduro at a military compound in Caracas and flew him to the United States, the Pentagon said.",
  ["USAMIL>VENGOV:173"])  # Americas
I("subject-object", "2021-10-06", "NATO expelled eight Russian diplomats accredited to the alliance, an official at its Brussels headquarters said.",
  ["IGOWSTNAT>RUSGOV:174"])  # IGOs

# --- prepositional-target
I("prepositional-target", "2021-03-22", "The European Union imposed sanctions on four Chinese officials over the mass detention of Uyghurs in Xinjiang, its first such measures against Beijing in more than three decades.",
  ["IGOEUREEC>CHNGOV:163"])  # IGOs / Asia-Pacific
I("prepositional-target", "2024-04-14", "Iran launched more than 300 drones and missiles at Israel overnight in its first direct attack on Israeli territory, the Israeli military said.",
  ["IRN>ISR:195"])  # Middle East
I("prepositional-target", "2022-10-12", "Germany delivered the first of four IRIS-T air defence systems to Ukraine, the defence ministry in Berlin said.",
  ["DEU>UKR:072"])  # Russia/Ukraine, Europe
I("prepositional-target", "2023-12-29", "South Africa filed a case against Israel at the International Court of Justice over the war in Gaza.",
  ["ZAF>ISR:115"])  # Africa
I("prepositional-target", "2023-07-28", "South Korea lodged a formal protest with Japan over a defence white paper that again described the disputed Dokdo islets as Japanese territory.",
  ["KOR>JPN:114"])  # Asia-Pacific
I("prepositional-target", "2024-09-08", "Spain granted political asylum to Venezuelan opposition candidate Edmundo Gonzalez Urrutia, who left Caracas aboard a Spanish air force plane, Spanish officials said.",
  ["ESP>VENOPP:075"])  # Europe / Americas
I("prepositional-target", "2024-02-23", "Denmark signed a ten-year bilateral security agreement with Ukraine covering air defence, artillery and long-term support for its armed forces.",
  ["DNK>UKR:057", "UKR>DNK:057"])  # Europe
I("prepositional-target", "2024-01-01", "Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland that would give the landlocked country access to the Red Sea.",
  ["ETH>SOMSEPSML:057", "SOMSEPSML>ETH:057"])  # Africa

# --- passive
I("passive", "2023-01-10", "Bakhmut was shelled by Russian artillery more than 40 times overnight, the Ukrainian military said.",
  ["RUSMIL>UKR:194"])  # Russia/Ukraine
I("passive", "2021-09-25", "Two Canadians held in China for more than 1,000 days were released by Beijing and flew home on a government plane, Prime Minister Justin Trudeau said.",
  ["CHNGOV>CANCVL:0841"])  # Asia-Pacific / Americas
I("passive", "2024-08-29", "A World Food Programme convoy was hit by Israeli gunfire near a checkpoint in central Gaza, the UN agency said.",
  ["ISR>IGOUNOWFP:193"])  # Middle East / IGOs
I("passive", "2014-04-16", "More than 200 Nigerian schoolgirls were abducted from their boarding school in Chibok by Boko Haram militants, officials in Borno state said.",
  ["IMGMOSBKH>NGACVL:181"])  # Africa
I("passive", "2025-08-21", "A police helicopter was shot down while transporting officers to a coca eradication operation in Colombia's Antioquia region, killing 13 of them, the defence minister said.",
  [])  # Americas; agentless passive (A9)
I("passive", "2020-09-02", "Russian opposition leader Alexei Navalny was poisoned with a Novichok nerve agent, the German government said, citing tests by a military laboratory.",
  [])  # Europe / Russia; agentless passive
I("passive", "2023-03-27", "A Japanese national working for drugmaker Astellas Pharma was detained in Beijing by China's Ministry of State Security on suspicion of espionage, the government in Tokyo said.",
  ["CHNSPY>JPNCVL:173"])  # Asia-Pacific
I("passive", "2025-06-13", "Iran's main uranium enrichment plant at Natanz was hit by Israeli missiles in the first wave of strikes, the UN nuclear watchdog said.",
  ["ISRMIL>IRN:195"])  # Middle East

# --- relative-clause
I("relative-clause", "2024-06-19", "Vladimir Putin signed a mutual defence pact with Kim Jong Un, who hosted the Russian leader in Pyongyang for the first time in 24 years.",
  ["RUSGOV>PRKGOV:057", "PRKGOV>RUSGOV:057", "PRKGOV>RUSGOV:043", "RUSGOV>PRKGOV:042"])  # Asia-Pacific / Russia
I("relative-clause", "2017-06-05", "Saudi Arabia and three Arab allies severed diplomatic ties with Qatar, which they accused of supporting terrorism and cosying up to Iran.",
  ["SAU>QAT:161", "SAU>QAT:112|supporting terrorism"])  # Middle East
I("relative-clause", "2022-04-14", "The Russian cruiser Moskva, which Ukraine said it had struck with two Neptune missiles, sank while being towed to port, the defence ministry in Moscow said.",
  ["UKR>-:015|it had struck with two Neptune missiles", "UKR>RUSMIL:195 rep"])  # Russia/Ukraine
I("relative-clause", "2024-04-06", "Mexico broke off diplomatic relations with Ecuador, whose police arrested a former vice president who had taken refuge inside the Mexican embassy in Quito.",
  ["MEX>ECU:161", "ECUCOP>ECUELI:173"])  # Americas
I("relative-clause", "2023-05-07", "Japanese Prime Minister Fumio Kishida held talks in Seoul with President Yoon Suk Yeol, who has pushed to mend ties strained by disputes over wartime forced labour.",
  ["JPNGOV>KORGOV:040", "KORGOV>JPNGOV:040"])  # Asia-Pacific
I("relative-clause", "2025-05-06", "Sudan cut diplomatic ties with the United Arab Emirates, which it accuses of arming the paramilitary Rapid Support Forces.",
  ["SDN>ARE:161", "SDN>ARE:112|arming the paramilitary Rapid Support Forces", "ARE>SDNREBRSF:072 rep"])  # Africa / Middle East
I("relative-clause", "2024-10-03", "NATO Secretary General Mark Rutte visited Kyiv, where he met President Volodymyr Zelensky, who asked the alliance for more air defence systems.",
  ["IGOWSTNAT>UKRGOV:042", "IGOWSTNAT>UKRGOV:040", "UKRGOV>IGOWSTNAT:040",
   "UKRGOV>IGOWSTNAT:0232|more air defence systems", "IGOWSTNAT>UKR:072 rep dem"])  # IGOs / Russia/Ukraine
I("relative-clause", "2018-03-14", "Britain expelled 23 Russian diplomats, whom it identified as undeclared intelligence officers, over the nerve agent attack on a former spy in Salisbury.",
  ["GBR>RUSGOV:174", "GBR>RUSGOV:1125"])  # Europe

# --- compound-actors
I("compound-actors", "2024-01-28", "Mali, Burkina Faso and Niger, all ruled by military juntas, announced their immediate withdrawal from the Economic Community of West African States.",
  ["MLI>IGOWAFWAS:166", "BFA>IGOWAFWAS:166", "NER>IGOWAFWAS:166"])  # Africa
I("compound-actors", "2018-06-12", "Donald Trump and Kim Jong Un shook hands at a hotel on Singapore's Sentosa island before sitting down for the first summit between leaders of the United States and North Korea.",
  ["USAGOV>PRKGOV:044", "PRKGOV>USAGOV:044"])  # Asia-Pacific / Americas
I("compound-actors", "2022-05-18", "Finland and Sweden formally applied to join NATO, handing their letters of application to Secretary General Jens Stoltenberg at the alliance's headquarters.",
  ["FIN>IGOWSTNAT:022", "SWE>IGOWSTNAT:022"])  # Europe / IGOs
I("compound-actors", "2024-01-12", "US and British warplanes and warships struck more than 60 Houthi targets across Yemen in response to attacks on commercial shipping in the Red Sea.",
  ["USAMIL>YEMREBHTH:195", "GBRMIL>YEMREBHTH:195"])  # Middle East
I("compound-actors", "2024-08-24", "Russia and Ukraine exchanged 115 prisoners of war each in a swap mediated by the United Arab Emirates, the Russian defence ministry said.",
  ["RUS>UKR:0841", "UKR>RUS:0841", "ARE>RUS:045", "ARE>UKR:045"])  # Russia/Ukraine
I("compound-actors", "2019-06-29", "The European Union and Mercosur, the South American bloc made up of Brazil, Argentina, Paraguay and Uruguay, reached a free trade agreement after two decades of negotiations.",
  ["IGOEUREEC>IGOLATMRC:057", "IGOLATMRC>IGOEUREEC:057"])  # IGOs / Americas
I("compound-actors", "2024-05-28", "Spain, Ireland and Norway formally recognised a Palestinian state, in a coordinated move aimed at reviving efforts toward a two-state solution.",
  ["ESP>PSE:054", "IRL>PSE:054", "NOR>PSE:054"])  # Europe / Middle East
I("compound-actors", "2020-06-16", "Indian and Chinese troops clashed in the Galwan Valley in the western Himalayas, leaving 20 Indian soldiers dead in the deadliest confrontation between the nuclear-armed neighbours in decades.",
  ["INDMIL>CHNMIL:190", "CHNMIL>INDMIL:190"])  # Asia-Pacific

# --- conjoined-verbs
I("conjoined-verbs", "2022-04-04", "Germany expelled 40 Russian diplomats and accused Moscow of committing war crimes in the Ukrainian town of Bucha.",
  ["DEU>RUSGOV:174", "DEU>RUSGOV:1124|committing war crimes"])  # Europe
I("conjoined-verbs", "2024-05-02", "Turkey halted all trade with Israel and recalled its ambassador for consultations, the trade ministry in Ankara said.",
  ["TUR>ISR:163", "TUR>ISR:161"])  # Middle East
I("conjoined-verbs", "2023-08-26", "Niger's junta revoked its military cooperation agreements with France and ordered the French ambassador to leave the country within 48 hours.",
  ["NERGOV>FRA:166", "NERGOV>FRAGOV:174"])  # Africa / Europe
I("conjoined-verbs", "2021-02-01", "Myanmar's military detained Aung San Suu Kyi and declared a year-long state of emergency, hours before a newly elected parliament was due to convene.",
  ["MMRMIL>MMRGOV:173", "MMRMIL>-:1724"])  # Asia-Pacific
I("conjoined-verbs", "2024-07-29", "Venezuela expelled diplomats from Argentina, Chile and Peru and accused their governments of meddling in its presidential election.",
  ["VEN>ARGGOV:174", "VEN>CHLGOV:174", "VEN>PERGOV:174",
   "VEN>ARGGOV:112", "VEN>CHLGOV:112", "VEN>PERGOV:112"])  # Americas
I("conjoined-verbs", "2019-07-19", "Iran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz and detained its 23 crew members.",
  ["IRNMIL>GBR:1711", "IRNMIL>GBRCVL:173"])  # Middle East / Europe
I("conjoined-verbs", "2024-02-29", "Ukrainian forces shot down a Russian Su-34 fighter-bomber and struck a Russian ammunition depot in the Belgorod region, the general staff in Kyiv said.",
  ["UKRMIL>RUSMIL:195", "UKRMIL>RUSMIL:190"])  # Russia/Ukraine
I("conjoined-verbs", "2020-07-07", "The United States formally began its withdrawal from the World Health Organization and halted its funding to the UN health agency.",
  ["USA>IGOUNOHLHWHO:166", "USA>IGOUNOHLHWHO:1621"])  # IGOs / Americas

# --- speech-content
I("speech-content", "2022-03-01", "Ukrainian President Volodymyr Zelensky told the European Parliament by video link that Ukraine would never surrender to Russia.",
  ["UKRGOV>IGOEUREECLEG:010|Ukraine would never surrender to Russia", "UKR>RUS:0874 rep fut neg"])  # Russia/Ukraine
I("speech-content", "2024-11-20", "Iranian Foreign Minister Abbas Araghchi warned Israel that Tehran would strike back with missiles if its nuclear facilities were attacked.",
  ["IRNGOV>ISR:1384|Tehran would strike back with missiles", "IRNGOV>ISR:195 rep hyp"])  # Middle East
I("speech-content", "2025-04-29", "Japanese Prime Minister Shigeru Ishiba told President Ferdinand Marcos Jr. in Manila that Tokyo would supply the Philippine navy with more patrol vessels.",
  ["JPNGOV>PHLGOV:0332|Tokyo would supply the Philippine navy with more patrol vessels", "JPNGOV>PHLMIL:072 rep fut"])  # Asia-Pacific
I("speech-content", "2025-01-26", "The Democratic Republic of Congo's foreign minister accused Rwanda before the UN Security Council of sending thousands of troops to fight alongside M23 rebels around Goma.",
  ["CODGOV>RWA:1123|sending thousands of troops to fight alongside M23 rebels", "RWA>CODREBM23:062 rep", "CODREBM23>RWA:062 rep"])  # Africa
I("speech-content", "2022-12-02", "German Chancellor Olaf Scholz told Vladimir Putin in a telephone call that Russia must withdraw its troops from Ukraine as a first step toward a diplomatic solution.",
  ["DEUGOV>RUSGOV:041", "RUSGOV>DEUGOV:041",
   "DEUGOV>RUSGOV:106|Russia must withdraw its troops from Ukraine", "RUS>UKR:0874 rep dem"])  # Europe / Russia
I("speech-content", "2023-06-10", "Colombian President Gustavo Petro said his government and the ELN rebels had agreed on a six-month ceasefire that would start in August.",
  ["COLGOV>-:010|his government and the ELN rebels had agreed on a six-month ceasefire",
   "COLGOV>COLREBELN:0871 rep", "COLREBELN>COLGOV:0871 rep"])  # Americas
I("speech-content", "2025-07-22", "World Health Organization chief Tedros Adhanom Ghebreyesus said Israeli troops had detained two of the agency's staff members in Deir al-Balah in central Gaza.",
  ["IGOUNOHLHWHO>-:010|Israeli troops had detained two of the agency's staff members", "ISRMIL>IGOUNOHLHWHO:173 rep"])  # IGOs / Middle East
I("speech-content", "2023-07-10", "NATO Secretary General Jens Stoltenberg said Turkey had agreed to forward Sweden's bid to join the alliance to the Turkish parliament for ratification.",
  ["IGOWSTNAT>-:010|Turkey had agreed to forward Sweden's bid", "TUR>SWE:032 rep", "SWE>IGOWSTNAT:022 rep"])  # IGOs / Europe

# --- appeal
I("appeal", "2023-10-18", "UN Secretary-General Antonio Guterres urged Israel and Hamas to agree to an immediate humanitarian ceasefire to allow aid into the besieged Gaza Strip.",
  ["IGOUNO>ISR:0256|agree to an immediate humanitarian ceasefire", "IGOUNO>PSEREBHMS:0256|agree to an immediate humanitarian ceasefire",
   "ISR>PSEREBHMS:0871 rep dem", "PSEREBHMS>ISR:0871 rep dem"])  # IGOs / Middle East
I("appeal", "2023-08-10", "Ukrainian Foreign Minister Dmytro Kuleba urged Germany to deliver Taurus long-range cruise missiles to Ukraine without further delay.",
  ["UKRGOV>DEU:0232|deliver Taurus long-range cruise missiles", "DEU>UKR:072 rep dem"])  # Russia/Ukraine / Europe
I("appeal", "2023-12-15", "The African Union urged the Sudanese army and the Rapid Support Forces to resume negotiations in Jeddah aimed at ending eight months of war.",
  ["IGOAFRAFU>SDNMIL:026|resume negotiations", "IGOAFRAFU>SDNREBRSF:026|resume negotiations",
   "SDNMIL>SDNREBRSF:046 rep dem", "SDNREBRSF>SDNMIL:046 rep dem"])  # Africa
I("appeal", "2023-09-18", "Cuban President Miguel Diaz-Canel urged the Biden administration to lift the decades-old trade embargo on the island.",
  ["CUBGOV>USAGOV:0254|lift the decades-old trade embargo", "USAGOV>CUB:085 rep dem"])  # Americas
I("appeal", "2024-12-23", "Bangladesh's interim government formally asked India to extradite former Prime Minister Sheikh Hasina, who fled to New Delhi in August after weeks of deadly protests.",
  ["BGDGOV>IND:0213|extradite former Prime Minister Sheikh Hasina", "IND>BGDGOV:063 rep dem"])  # Asia-Pacific
I("appeal", "2020-08-19", "EU leaders called on Belarusian President Alexander Lukashenko to release the thousands of protesters detained since the disputed August 9 election.",
  ["IGOEUREEC>BLRGOV:0253|release the thousands of protesters", "BLRGOV>BLRCVL:0841 rep dem"])  # Europe
I("appeal", "2025-02-25", "Syria's interim President Ahmed al-Sharaa demanded that Israel withdraw its troops from the buffer zone in the south of the country.",
  ["SYRGOV>ISR:106|Israel withdraw its troops from the buffer zone", "ISR>SYR:0874 rep dem"])  # Middle East
I("appeal", "2024-08-09", "The UN refugee agency appealed to Bangladesh to keep its border open to Rohingya refugees fleeing fighting in Myanmar's Rakhine state.",
  ["IGOUNOREFHCR>BGD:0233|keep its border open to Rohingya refugees"])  # IGOs / Asia-Pacific

# --- attribution
I("attribution", "2024-03-24", "Russian missiles struck an energy facility in the Lviv region overnight, the regional governor said.",
  ["RUSMIL>UKR:195"])  # Russia/Ukraine
I("attribution", "2025-02-13", "Hamas will release three Israeli hostages on Saturday in exchange for 369 Palestinian prisoners, a Hamas official said.",
  ["PSEREBHMS>ISRCVL:0841 fut"], "2025-02-15")  # Middle East
I("attribution", "2025-03-18", "Al-Shabaab fighters attacked a Somali army base in the Middle Shabelle region, killing at least 15 soldiers, according to military officials.",
  ["SOMINSSHB>SOMMIL:190"])  # Africa
I("attribution", "2023-07-15", "The Chinese and Russian navies will hold joint exercises in the Sea of Japan, China's defence ministry announced.",
  ["CHNMIL>RUSMIL:062 fut", "RUSMIL>CHNMIL:062 fut"])  # Asia-Pacific / Russia
I("attribution", "2023-12-11", "Nicolas Maduro and Guyana's President Irfaan Ali will meet on Thursday on the Caribbean island of St Vincent to discuss their dispute over the Essequibo region, officials from both countries said.",
  ["VENGOV>GUYGOV:044 fut", "GUYGOV>VENGOV:044 fut"], "2023-12-14")  # Americas
I("attribution", "2022-11-15", "A Russian-made missile killed two people in the Polish village of Przewodow near the border with Ukraine, the foreign ministry in Warsaw said.",
  [])  # Europe; "Russian-made" names no agent
I("attribution", "2019-06-20", "Iran shot down a US Navy surveillance drone over the Strait of Hormuz, the Revolutionary Guards said in a statement.",
  ["IRN>USAMIL:195"])  # Middle East
I("attribution", "2023-06-29", "The World Bank approved a $1.5 billion loan to Ukraine to help pay the salaries of teachers and civil servants, the bank said.",
  ["IGOUNODEVWBK>UKR:071"])  # IGOs

# --- apposition
I("apposition", "2025-04-12", "Abbas Araghchi, Iran's foreign minister, and Steve Witkoff, the White House's Middle East envoy, held indirect talks on Tehran's nuclear programme through Omani mediators, the Iranian foreign ministry said.",
  ["IRNGOV>USAGOV:046", "USAGOV>IRNGOV:046", "OMNGOV>IRNGOV:045", "OMNGOV>USAGOV:045"])  # Middle East
I("apposition", "2023-06-23", "Yevgeny Prigozhin, the founder of the Wagner mercenary group, accused Russia's defence ministry of ordering a missile strike on his fighters' camps.",
  ["RUSUAF>RUSMIL:1123|ordering a missile strike on his fighters' camps", "RUSMIL>RUSUAFWAG:195 rep"])  # Russia/Ukraine
I("apposition", "2024-01-03", "Mohamed Hamdan Dagalo, the commander of Sudan's paramilitary Rapid Support Forces, met Kenyan President William Ruto in Nairobi.",
  ["SDNREB>KENGOV:040", "KENGOV>SDNREB:040"])  # Africa
I("apposition", "2025-06-09", "Lee Jae-myung, South Korea's newly elected president, spoke by telephone with Japanese Prime Minister Shigeru Ishiba for the first time.",
  ["KORGOV>JPNGOV:041", "JPNGOV>KORGOV:041"])  # Asia-Pacific
I("apposition", "2025-07-02", "Kaja Kallas, the European Union's foreign policy chief, met Chinese Foreign Minister Wang Yi in Brussels for a strategic dialogue that lasted more than four hours.",
  ["IGOEUREEC>CHNGOV:040", "CHNGOV>IGOEUREEC:040"])  # IGOs / Asia-Pacific
I("apposition", "2025-02-02", "Marco Rubio, the new US secretary of state, visited Panama on his first trip abroad, pressing President Jose Raul Mulino to curb Chinese influence over the canal.",
  ["USAGOV>PAN:042", "USAGOV>PANGOV:0242|curb Chinese influence over the canal"])  # Americas
I("apposition", "2024-05-20", "Karim Khan, the prosecutor of the International Criminal Court, applied for arrest warrants for Israeli Prime Minister Benjamin Netanyahu and Hamas leader Yahya Sinwar.",
  ["IGOJUDICC>ISRGOV:173", "IGOJUDICC>PSEINS:173"])  # IGOs / Middle East
I("apposition", "2024-07-05", "Viktor Orban, Hungary's prime minister and the holder of the EU's rotating presidency, met Vladimir Putin in Moscow, drawing sharp criticism from European Union leaders.",
  ["HUNGOV>RUSGOV:040", "RUSGOV>HUNGOV:040", "IGOEUREEC>HUNGOV:111"])  # Europe / Russia

# --- coreference
I("coreference", "2022-05-14", "Finland's President Sauli Niinisto spoke by telephone with Vladimir Putin. He told the Russian leader that Finland would apply for NATO membership within days.",
  ["FINGOV>RUSGOV:041", "RUSGOV>FINGOV:041",
   "FINGOV>RUSGOV:010|Finland would apply for NATO membership within days", "FIN>IGOWSTNAT:022 rep fut"])  # Europe / Russia
I("coreference", "2023-02-08", "Ukrainian President Volodymyr Zelensky arrived in London on his second trip abroad since the war began. He addressed both houses of parliament and asked Britain for fighter jets.",
  ["UKRGOV>GBRGOV:042", "UKRGOV>GBRLEG:010", "UKRGOV>GBR:0232|fighter jets", "GBR>UKR:072 rep dem"])  # Russia/Ukraine / Europe
I("coreference", "2025-03-20", "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Hamas leaders in Doha. He then flew to Cairo, where he held talks on a Gaza ceasefire with Egyptian intelligence chief Hassan Rashad.",
  ["QATGOV>PSEREBHMS:040", "PSEREBHMS>QATGOV:040", "QATGOV>EGYGOV:042",
   "QATGOV>EGYSPY:046", "EGYSPY>QATGOV:046"])  # Middle East
I("coreference", "2025-01-28", "M23 rebels captured Goma, the largest city in eastern Congo. Their advance drew condemnation from the UN Security Council, which called on Rwanda to withdraw its troops from Congolese territory.",
  ["CODREBM23>COD:192", "IGOUNOSCR>CODREBM23:111",
   "IGOUNOSCR>RWA:0256|withdraw its troops from Congolese territory", "RWA>COD:0874 rep dem"])  # Africa
I("coreference", "2019-06-30", "Donald Trump stepped into North Korea at the Demilitarized Zone, becoming the first sitting US president to set foot in the country. He then held talks with Kim Jong Un for nearly an hour on the South Korean side of the border.",
  ["USAGOV>PRK:042", "USAGOV>PRKGOV:044", "PRKGOV>USAGOV:044"])  # Asia-Pacific
I("coreference", "2023-05-29", "Brazil's President Luiz Inacio Lula da Silva hosted Venezuela's Nicolas Maduro in Brasilia, ending years of diplomatic isolation for the Venezuelan leader. He defended his guest, saying accusations of authoritarianism against Venezuela were a narrative built by its opponents.",
  ["BRAGOV>VENGOV:043", "VENGOV>BRAGOV:042", "BRAGOV>VENGOV:052"])  # Americas
I("coreference", "2022-03-09", "Turkish President Recep Tayyip Erdogan welcomed Israeli President Isaac Herzog to Ankara with a military ceremony. It was the first visit by an Israeli head of state to Turkey since 2008, and Erdogan called it a turning point in relations between the two countries.",
  ["TURGOV>ISRGOV:043", "ISRGOV>TURGOV:042", "TURGOV>-:013|a turning point in relations"])  # Middle East
I("coreference", "2023-03-17", "The International Criminal Court issued an arrest warrant for Vladimir Putin, accusing him of the war crime of unlawfully deporting Ukrainian children. The Kremlin denounced the move as outrageous and legally void.",
  ["IGOJUDICC>RUSGOV:173", "IGOJUDICC>RUSGOV:1124|unlawfully deporting Ukrainian children",
   "RUSGOV>UKRCVL:174 rep", "RUSGOV>IGOJUDICC:111"])  # IGOs / Russia

# --- negation
I("negation", "2025-05-16", "Russian and Ukrainian negotiators failed to agree on a ceasefire in their first direct talks in three years, a member of the Ukrainian delegation said.",
  ["RUSGOV>UKRGOV:046", "UKRGOV>RUSGOV:046", "RUSGOV>UKRGOV:0871 neg", "UKRGOV>RUSGOV:0871 neg"])  # Russia/Ukraine
I("negation", "2024-02-07", "Saudi Arabia has never recognised Israel, a foreign ministry official in Riyadh said, adding that the kingdom's position on a Palestinian state was firm.",
  ["SAU>ISR:054 neg"])  # Middle East
I("negation", "2021-07-22", "Ethiopia did not allow UN aid convoys into the northern Tigray region for a third straight week, the World Food Programme said.",
  ["ETH>IGOUNO:0863 neg"])  # Africa
I("negation", "2019-02-28", "Donald Trump and Kim Jong Un failed to reach an agreement at their summit in Hanoi, and a planned signing ceremony was cancelled.",
  ["USAGOV>PRKGOV:057 neg", "PRKGOV>USAGOV:057 neg", "USAGOV>PRKGOV:044", "PRKGOV>USAGOV:044"])  # Asia-Pacific
I("negation", "2023-01-20", "Germany did not agree to send Leopard 2 battle tanks to Ukraine at a meeting of allies at the US air base in Ramstein.",
  ["DEU>UKR:0332 neg"])  # Europe
I("negation", "2024-08-20", "Brazil and Colombia have not recognised Nicolas Maduro's victory in Venezuela's disputed presidential election.",
  ["BRA>VENGOV:054 neg", "COL>VENGOV:054 neg"])  # Americas
I("negation", "2023-03-20", "China has not condemned Moscow over the war in Ukraine and has continued to buy Russian oil and gas.",
  ["CHN>RUSGOV:111 neg", "CHN>RUS:061"])  # Asia-Pacific / Russia
I("negation", "2023-03-14", "The International Monetary Fund has not approved new financing for Pakistan, a finance ministry official in Islamabad said.",
  ["IGOBUSIMF>PAK:071 neg"])  # IGOs / Asia-Pacific

# --- modality
I("modality", "2024-05-28", "Ukraine could receive its first F-16 fighter jets from Denmark within weeks, the Danish defence minister said.",
  ["DNK>UKR:072 hyp"])  # Europe / Russia/Ukraine
I("modality", "2024-09-05", "Poland could shoot down Russian missiles over western Ukraine if they threatened its airspace, Foreign Minister Radoslaw Sikorski said.",
  ["POL>RUSMIL:195 hyp"])  # Europe
I("modality", "2023-11-12", "Israel must allow fuel deliveries into the Gaza Strip without delay, the head of the UN agency for Palestinian refugees said.",
  ["ISR>PSEGZS:0863 dem"])  # Middle East
I("modality", "2022-08-25", "China would respond with force if Taiwan formally declared independence, the defence ministry in Beijing said.",
  ["CHN>TWN:190 hyp"])  # Asia-Pacific
I("modality", "2023-08-18", "ECOWAS could use military force to restore constitutional order in Niger, the bloc's commissioner for political affairs and security said.",
  ["IGOWAFWAS>NER:190 hyp"])  # Africa
I("modality", "2023-02-20", "Japan will provide $5.5 billion in additional financial aid to Ukraine, Prime Minister Fumio Kishida said.",
  ["JPN>UKR:071 fut"])  # Asia-Pacific / Russia/Ukraine
I("modality", "2022-09-28", "UN envoy Hans Grundberg proposed that Yemen's government and the Houthis extend their nationwide truce by six months, diplomats said.",
  ["IGOUNO>YEMGOV:0256|extend their nationwide truce by six months", "IGOUNO>YEMREBHTH:0256|extend their nationwide truce by six months",
   "YEMGOV>YEMREBHTH:0871 rep pro", "YEMREBHTH>YEMGOV:0871 rep pro"])  # IGOs / Middle East
I("modality", "2025-11-18", "US forces could carry out strikes on drug cartels inside Mexico, a senior Pentagon official said.",
  ["USAMIL>MEXUAF:190 hyp"])  # Americas

# --- nominal
I("nominal", "2023-12-12", "Zelensky's visit to Washington, his third since the war began, was aimed at persuading Congress to approve further military aid for Kyiv.",
  ["UKRGOV>USAGOV:042"])  # Russia/Ukraine / Americas
I("nominal", "2024-10-26", "Israel's retaliatory strikes on Iran targeted missile factories and air defence systems, the army said, in response to Tehran's ballistic missile attack on Israel earlier this month.",
  ["ISR>IRN:190", "IRNGOV>ISR:195"])  # Middle East
I("nominal", "2024-07-31", "Algeria's recall of its ambassador to France over Paris's backing of Morocco's autonomy plan for Western Sahara deepened a diplomatic rift between the two countries.",
  ["DZA>FRA:161", "FRAGOV>MAR:051"])  # Africa / Europe
I("nominal", "2022-08-04", "Nancy Pelosi's visit to Taipei, the first by a US House speaker in 25 years, prompted China to launch live-fire military drills around the island.",
  ["USALEG>TWNGOV:042", "CHN>TWN:150"])  # Asia-Pacific
I("nominal", "2022-12-05", "The European Union's embargo on Russian crude oil shipped by sea took effect, alongside a Group of Seven price cap on Russian oil sold to third countries.",
  ["IGOEUREEC>RUS:163", "IGOBUSGOS>RUS:163"])  # IGOs / Russia
I("nominal", "2016-03-21", "Barack Obama's visit to Havana, the first by a sitting US president in 88 years, included talks with President Raul Castro at the Palace of the Revolution.",
  ["USAGOV>CUBGOV:042", "USAGOV>CUBGOV:040", "CUBGOV>USAGOV:040"])  # Americas
I("nominal", "2019-10-12", "Turkey's cross-border offensive against the Kurdish YPG militia in northeastern Syria drew condemnation from the Arab League at an emergency meeting in Cairo.",
  ["TUR>SYRREBYPG:190", "IGOMEAARL>TUR:111"])  # Middle East / IGOs
I("nominal", "2024-05-24", "The World Court's order for Israel to halt its military offensive in Rafah drew praise from South Africa.",
  ["IGOUNOJUDICJ>ISR:1056|halt its military offensive in Rafah", "ISR>PSE:087 rep dem", "ISR>PSE:190",
   "ZAF>IGOUNOJUDICJ:051"])  # IGOs / Middle East / Africa

# --- relative-date
I("relative-date", "2022-03-01", "Russian artillery pounded residential districts of Kharkiv on Monday, killing at least nine civilians, the regional governor said.",
  ["RUSMIL>UKR:194"], "2022-02-28")  # Russia/Ukraine
I("relative-date", "2024-04-02", "An Israeli air strike destroyed Iran's consulate in Damascus on Monday, killing two generals of the Revolutionary Guards, Iranian state media said.",
  ["ISR>IRNGOV:195"], "2024-04-01")  # Middle East
I("relative-date", "2023-04-17", "Fighting erupted on Saturday between Sudan's army and the paramilitary Rapid Support Forces in Khartoum, where both sides claimed control of the presidential palace.",
  ["SDNMIL>SDNREBRSF:190", "SDNREBRSF>SDNMIL:190"], "2023-04-15")  # Africa
I("relative-date", "2024-10-15", "China's military staged large-scale drills around Taiwan on Monday, days after President Lai Ching-te used a National Day speech to reject Beijing's claims of sovereignty.",
  ["CHNMIL>TWN:150"], "2024-10-14")  # Asia-Pacific
I("relative-date", "2025-09-11", "Polish and Dutch F-35 jets shot down several Russian drones over Poland on Wednesday, the Polish armed forces command said.",
  ["POLMIL>RUSMIL:195", "NLDMIL>RUSMIL:195"], "2025-09-10")  # Europe
I("relative-date", "2019-06-08", "Mexico and the United States reached an agreement on Friday under which Mexico will deploy National Guard troops to curb migration, averting tariffs that President Donald Trump had threatened last week.",
  ["MEX>USA:057", "USA>MEX:057"], "2019-06-07")  # Americas
I("relative-date", "2024-11-22", "The International Criminal Court issued arrest warrants on Thursday for Israeli Prime Minister Benjamin Netanyahu and his former defence minister Yoav Gallant over the conduct of the war in Gaza.",
  ["IGOJUDICC>ISRGOV:173", "IGOJUDICC>ISRELI:173"], "2024-11-21")  # IGOs / Middle East
I("relative-date", "2025-10-14", "Hamas handed over the last 20 living Israeli hostages to the Red Cross on Monday, and Israel freed nearly 2,000 Palestinian prisoners and detainees under the ceasefire deal.",
  ["PSEREBHMS>ISRCVL:0841", "ISR>PSECVL:0841"], "2025-10-13")  # Middle East

# --- actor-date
I("actor-date", "2018-04-18", "Mike Pompeo made a secret trip to Pyongyang and held talks with Kim Jong Un, the highest-level contact between the two countries in nearly two decades, US officials said.",
  ["USASPY>PRKGOV:042", "USASPY>PRKGOV:040", "PRKGOV>USASPY:040"])  # Americas / Asia-Pacific
I("actor-date", "2024-04-19", "Marco Rubio accused Beijing of helping Moscow rebuild its military by supplying machine tools and microelectronics.",
  ["USALEG>CHNGOV:112|helping Moscow rebuild its military", "CHNGOV>RUSGOV:072 rep"])  # Americas / Asia-Pacific
I("actor-date", "2023-10-10", "Friedrich Merz called on Chancellor Olaf Scholz to supply Ukraine with Taurus cruise missiles.",
  ["DEUOPP>DEUGOV:0232|supply Ukraine with Taurus cruise missiles", "DEUGOV>UKR:072 rep dem"])  # Europe
I("actor-date", "2024-07-24", "Valerii Zaluzhnyi met British Foreign Secretary David Lammy in London to discuss air defence supplies for Ukraine.",
  ["UKRGOV>GBRGOV:040", "GBRGOV>UKRGOV:040"])  # Russia/Ukraine / Europe
I("actor-date", "2021-11-08", "Benjamin Netanyahu denounced the Biden administration's plan to reopen a US consulate serving Palestinians in Jerusalem.",
  ["ISROPP>USAGOV:111"])  # Middle East
I("actor-date", "2022-09-07", "Min Aung Hlaing held talks with Vladimir Putin on the sidelines of an economic forum in Vladivostok.",
  ["MMRGOV>RUSGOV:040", "RUSGOV>MMRGOV:040"])  # Asia-Pacific / Russia
I("actor-date", "2022-02-23", "Mohamed Hamdan Dagalo arrived in Moscow for an eight-day visit aimed at deepening ties between Sudan and Russia.",
  ["SDNGOV>RUSGOV:042"])  # Africa / Russia
I("actor-date", "2025-04-24", "Jens Stoltenberg met US Treasury Secretary Scott Bessent in Washington to discuss tariffs on Norwegian exports.",
  ["NORGOV>USAGOV:040", "USAGOV>NORGOV:040"])  # Europe / Americas

# --- no-event: sports
I("no-event", "2025-03-26", "Brazil beat Argentina 1-0 in a World Cup qualifier in Rio de Janeiro, with the winning goal coming deep into stoppage time.")  # Americas
I("no-event", "2022-11-23", "Japan came from behind to stun Germany 2-1 in their World Cup opener in Qatar, with both goals coming in the final 15 minutes.")  # Asia-Pacific / Europe
I("no-event", "2022-12-10", "Morocco became the first African team to reach the World Cup semi-finals after beating Portugal 1-0 in Doha, sparking celebrations from Rabat to Paris.")  # Africa
I("no-event", "2023-12-08", "Russian and Belarusian athletes will be allowed to compete as neutrals at next year's Paris Olympics, the International Olympic Committee said.")  # Europe
I("no-event", "2025-09-21", "India beat Pakistan by six wickets in Dubai to reach the final of the Asia Cup, extending their unbeaten run in the tournament.")  # Asia-Pacific
# --- no-event: markets
I("no-event", "2024-11-27", "The rouble fell to its weakest level against the dollar in 16 months on the Moscow Exchange, as lower oil prices weighed on Russia's export revenues.")  # Russia
I("no-event", "2019-09-16", "Oil prices jumped more than 10 percent in early Asian trade after drone attacks knocked out half of Saudi Arabia's crude output.")  # Middle East
I("no-event", "2025-04-08", "China's yuan weakened past 7.3 per dollar and Hong Kong's Hang Seng index slid 3 percent as investors fretted over trade tensions with Washington.")  # Asia-Pacific
I("no-event", "2023-06-22", "Turkey's lira slid to a record low against the dollar after the central bank in Ankara raised interest rates by less than markets had expected.")  # Middle East / Europe
I("no-event", "2024-02-22", "Japan's Nikkei share average closed at a record high for the first time in 34 years, led by chipmakers, as the yen weakened against the dollar.")  # Asia-Pacific
# --- no-event: weather and disasters
I("no-event", "2013-11-08", "Typhoon Haiyan slammed into the central Philippines with winds of up to 315 kph, flattening homes and cutting power in the coastal city of Tacloban.")  # Asia-Pacific
I("no-event", "2022-08-29", "Floods caused by weeks of monsoon rain have killed more than 1,100 people across Pakistan, the country's disaster management agency said.")  # Asia-Pacific
I("no-event", "2023-02-06", "A magnitude 7.8 earthquake struck southern Turkey and northern Syria before dawn, toppling thousands of buildings in Gaziantep, Hatay and Aleppo.")  # Middle East
I("no-event", "2019-03-15", "Cyclone Idai battered the Mozambican port city of Beira, cutting power and communications to half a million people, aid agencies said.")  # Africa
# --- no-event: captions and bylines
I("no-event", "2023-03-22", "FILE PHOTO: Russian President Vladimir Putin and Chinese President Xi Jinping attend a meeting at the Kremlin in Moscow, Russia, March 21, 2023. Sputnik/Kremlin via REUTERS")  # Russia / Asia-Pacific
I("no-event", "2023-01-11", "Ukrainian servicemen fire a howitzer towards Russian positions near Bakhmut, Ukraine, January 10, 2023. Press service of the Ukrainian Armed Forces/Handout via REUTERS")  # Russia/Ukraine
I("no-event", "2024-01-13", "Supporters of the Houthi movement rally in Sanaa, Yemen, to denounce US and British strikes, January 12, 2024. REUTERS/Staff")  # Middle East
I("no-event", "2024-05-16", "Reporting by Anna Kovacs in Budapest and Tom Hale in Washington; Editing by Sarah Lyons")  # byline
I("no-event", "2024-09-30", "(Reporting by Omar Haddad in Beirut and Lina Farouk in Cairo; Writing by Michael Grant; Editing by Peter Holm)")  # byline
# --- no-event: domestic statements with no other actor (E7)
I("no-event", "2025-11-21", "Japan's Prime Minister Sanae Takaichi said her government would compile a supplementary budget worth 17 trillion yen to ease the burden of rising prices on households.")  # Asia-Pacific
I("no-event", "2023-08-11", "Brazil's President Luiz Inacio Lula da Silva said his government would invest 1.7 trillion reais in railways, ports and energy projects over the next four years.")  # Americas
I("no-event", "2024-05-02", "Kenya's President William Ruto said the government would hire 20,000 additional teachers next year to reduce class sizes in public primary schools.")  # Africa
I("no-event", "2025-11-05", "German Chancellor Friedrich Merz said his government would cut electricity taxes for manufacturers from January to help industry cope with high energy costs.")  # Europe
I("no-event", "2025-01-06", "Indonesia's President Prabowo Subianto said free school meals would reach 15 million children by the end of the year under his flagship nutrition programme.")  # Asia-Pacific
I("no-event", "2023-08-14", "North Korean leader Kim Jong Un inspected a munitions factory and called for mass production of artillery shells, state news agency KCNA reported.")  # Asia-Pacific
# --- no-event: agentless passives and unidentified perpetrators (A9, E9)
I("no-event", "2024-03-26", "Five Chinese engineers and their Pakistani driver were killed when a suicide bomber rammed their convoy in northwestern Pakistan, police said.")  # Asia-Pacific
I("no-event", "2023-08-16", "A Ukrainian grain ship was damaged in the Danube port of Izmail, the regional administration said.")  # Russia/Ukraine
I("no-event", "2023-04-04", "Three UN peacekeepers were wounded when their patrol hit a roadside bomb near the central Malian town of Douentza, the mission said.")  # Africa / IGOs
I("no-event", "2024-06-10", "Unidentified gunmen shot dead a local council member in the southern Iraqi city of Basra, security sources said.")  # Middle East
# --- no-event: conditions only (E9)
I("no-event", "2024-04-15", "Should Iran try to close the Strait of Hormuz, oil prices could double within weeks, analysts at a London consultancy said.")  # Middle East
I("no-event", "2023-10-03", "Any Chinese blockade of Taiwan would disrupt global supplies of advanced chips for months, according to a report by a Washington-based think tank.")  # Asia-Pacific
I("no-event", "2023-06-05", "Unless Serbia and Kosovo resume talks on normalising relations, their path to European Union membership will remain blocked, a senior EU diplomat said.")  # Europe
