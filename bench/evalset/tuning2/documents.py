# ruff: noqa: E501
"""Second tuning part: annotated evaluation documents in the format of ``FORMAT.md``.

Written after the first test score, to look like the evidence a statutory inquiry into
group-based child sexual exploitation receives from police forces, councils, schools,
health bodies, licensing authorities, solicitors, courts and the press, and to be hard on
what engines miss on unseen evidence: nicknames and street names used alone, lower-case
names in speech and texts, care placements and schools named every way, dates of birth in
every form beside event dates, council licence and badge numbers, collar and operator
numbers, person-tied reference numbers, addresses, and over-redaction traps that must be
kept.  Every person, school, care placement, address and number is invented; phone numbers
are in Ofcom's drama ranges, NHS numbers pass the modulus 11 check, NI numbers use valid
prefixes.  The engine may be tuned on these documents; ``test2`` is never read.
"""

from __future__ import annotations

DOCUMENTS: list[dict] = [
    {
        "id": "mg11_blackburn_calvert",
        "layout": "mg11",
        "font": "Times-Roman",
        "size": 10.5,
        "header": "RESTRICTED (when complete)",
        "footer": "{{keep:label|MG11}} (T)   Page {page} of {pages}   Signature: [[name:full|S. Calvert]]",
        "blocks": [
            {"right": "{{keep:label|MG11}} (T)"},
            {"h": "WITNESS STATEMENT", "level": 1},
            {
                "center": "(Criminal Procedure Rules, r 16.2; {{keep:instrument|Criminal Justice Act 1967}}, s 9; Magistrates' Courts Act 1980, s 5B)"
            },
            {
                "kv": [
                    ["URN", "06 / BW / 11873 / 19"],
                    ["{{keep:label|Statement of}}:", "[[name:full|Summer CALVERT]]"],
                    ["{{keep:label|Age if under 18}}:", "16 (if over 18 insert 'over 18')"],
                    ["{{keep:label|Occupation}}:", "Student"],
                ],
                "boxed": True,
            },
            "This statement (consisting of 3 page(s) each signed by me) is true to the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated anything in it which I know to be false, or do not believe to be true.",
            "Signature: [[name:full|S. Calvert]]          Date: {{keep:date|11/09/2019}}",
            {"rule": True},
            "This statement was recorded at {{keep:place|Blackburn police station}} on {{keep:date|11 September 2019}} by DC [[name:full|Rachael WHITESIDE]] [[id:collar|2871]] of {{keep:agency|Lancashire Constabulary}} as part of {{keep:operation|Operation Brackwater}}. My name is [[name:full|Summer Calvert]] and I was born on [[id:dob|14th May 2003]]. I am in year 12 at the sixth form at [[place:school|Fernhurst Brook Academy]] in {{keep:place|Darwen}}.",
            "Since {{keep:date|January 2018}} I have lived at [[place:care|The Laurels]], which is a children's home on the edge of {{keep:place|Darwen}} run by {{keep:agency|Blackburn with Darwen Borough Council}}. Before that I was placed with foster carers, Mr and Mrs [[name:surname|Haworth]], in {{keep:place|Feniscowles}}, and before that I lived with my mum [[name:full|Lorna Calvert]] at [[id:address|27 Revidge Fold]], {{keep:place|Blackburn}} [[id:postcode|BB2 9QX]].",
            "I met the man everyone calls [[name:nickname|Shady]] in the {{keep:word|summer}} holidays of {{keep:date|2017}}, when I was {{keep:descriptor|14}}. I was at the bus station in {{keep:place|Blackburn}} with my friend [[name:full|Kayla Brindle]]. He was {{keep:descriptor|Asian}}, early twenties, with a skin fade and a scar through his left eyebrow. He drove a {{keep:vehicle|black Audi A3}}. [[name:first|Kayla]] already knew him and said he was safe. I have since been told by the police that [[name:nickname|Shady]]'s real name is [[name:full|Imran Zafar]], but I never heard anybody call him [[name:first|Imran]]. Even his cousins called him [[name:nickname|SHADY]].",
            '[[name:nickname|Shady]] gave me a phone, a pink Samsung, with his number already saved in it as "[[name:nickname|Shades]]". His number was [[id:phone|07700 900311]]. My own number then was [[id:phone|07700 900312]]. My Snapchat was [[id:handle|summz.c.x]] and he added me from [[id:handle|shadyy_786]]. He used to message me things like "wer u at [[name:lower|summz]]" and "tell [[name:lower|kayla]] [[name:lower|flash]] is coming 2" and "uncle [[name:lower|raz]] will get u at 12 dont b late".',
            "[[name:nickname|Flash]] was [[name:nickname|Shady]]'s best mate. He was called [[name:nickname|Flash]] because he always had new trainers and a big gold watch. He is {{keep:descriptor|Asian}}, shorter than [[name:nickname|Shady]], and he drove a {{keep:vehicle|silver Mercedes C-Class}}. I now know his name is [[name:full|Asad Rauf]]. [[name:nickname|Flash]]'s flat was the [[id:address|flat above the chip shop on Tabor Street]] in {{keep:place|Blackburn}}. Everyone just called it the chippy flat.",
            "The first time I went to the chippy flat was on {{keep:date|2 September 2017}}, the Saturday before we went back to school. [[name:nickname|Shady]] picked me and [[name:first|Kayla]] up from the end of the [[name:surname|Haworths]]' road. There was another man there called [[name:nickname|Nas]] who was older, about {{keep:descriptor|35}}, with a bald head and a Lacoste tracksuit. I don't know [[name:nickname|Nas]]'s real name. [[name:nickname|Nas]] was the one who gave us vodka mixed with Vimto.",
            "I do not want to describe in this statement what happened at the flat. I told DC [[name:surname|Whiteside]] about it in my video interview on {{keep:date|4 September 2019}}.",
            'From {{keep:date|October 2017}} a taxi would collect me from [[place:school|Fernhurst Brook]] at dinner time. It was nearly always the same driver, an older man with grey in his beard who [[name:nickname|Shady]] called [[name:nickname|Uncle Raz]]. He drove a {{keep:vehicle|white Skoda Octavia}} with the {{keep:agency|Blackburn with Darwen}} licence plate on the back. The badge on his lanyard said [[id:licence|BWD/PHD/2017/0442]]. I remember it because I wrote it on my hand once in case anything happened to me. [[name:nickname|Raz]] never took any money off me and he never spoke except to say "[[name:nickname|Shady]] sent me".',
            "When I moved to [[place:care|The Laurels]] the staff noticed I was going missing. My key worker, [[name:full|Nicole Tattersall]], reported me missing about eleven times. Staff at [[place:care|Laurels]] rang the police most nights I was out. [[name:first|Nicole]] found the phone [[name:nickname|Shady]] had given me inside my pillowcase on {{keep:date|19 February 2018}} and handed it to the police.",
            "On {{keep:date|6 March 2018}} [[name:nickname|Shady]] was served with a {{keep:instrument|Child Abduction Warning Notice}} about me. After that he stopped coming himself and sent [[name:nickname|Flash]] or [[name:nickname|Uncle Raz]] instead. The last time I went to the chippy flat was {{keep:date|Easter 2018}}.",
            "On {{keep:date|10 September 2019}} DC [[name:surname|Whiteside]] showed me a VIPER identification procedure. I picked number 7 as [[name:nickname|Shady]] and number 3 as [[name:nickname|Flash]]. I did not recognise anybody as [[name:nickname|Nas]] or [[name:nickname|Raz]].",
            "[[name:first|Kayla]] was there on most of these occasions. She lives in {{keep:place|Accrington}} now. [[name:first|Kayla]]'s birthday is [[id:dob|3 August]], because we always used to go bowling in {{keep:place|Blackburn}} on it. I do not know if she will speak to the police.",
            "I am willing to attend court. I would like special measures (screens or a live link).",
            {
                "kv": [
                    ["Signature:", "[[name:full|S. Calvert]]"],
                    ["Signature witnessed by:", "DC [[name:full|R. Whiteside]] [[id:collar|2871]]"],
                    ["Date:", "{{keep:date|11/09/2019}}"],
                ]
            },
        ],
    },
    {
        "id": "abe_burnley_rudd",
        "layout": "abe_transcript",
        "font": "Courier",
        "size": 9.5,
        "header": "RESTRICTED - {{keep:operation|OPERATION BRACKWATER}} - ABE TRANSCRIPT (EXTRACT)",
        "footer": "Transcribed by {{keep:agency|Lancashire Constabulary}} Typing Services   Page {page} of {pages}",
        "blocks": [
            {"h": "ACHIEVING BEST EVIDENCE - RECORD OF VIDEO INTERVIEW", "level": 1},
            {
                "kv": [
                    ["Interviewee", "[[name:full|RUDD, Chelsea]] ({{keep:cipher|C-303}})"],
                    ["{{keep:label|D.O.B.}}", "[[id:dob|27.11.2002]]"],
                    ["Date of interview", "{{keep:date|14.02.2018}}, 15:05 - 16:12"],
                    ["Location", "ABE suite, {{keep:place|Burnley police station}}"],
                    ["Interviewer", "DC [[name:full|Kirsty PENDLEBURY]] [[id:collar|5126]]"],
                    ["Monitoring", "DS [[name:full|Owen RAISTRICK]] [[id:collar|1873]]"],
                    ["Also present", "[[name:full|Marie Nuttall]] (registered intermediary)"],
                ],
                "boxed": True,
            },
            {
                "turn": [
                    "INT",
                    "[[name:first|Chelsea]], you know where the cameras are. Can you tell me today's date for the tape?",
                ]
            },
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "It's the fourteenth. Valentine's Day. I'm in care so I don't really know the time, it's after school.",
                ]
            },
            {
                "turn": [
                    "INT",
                    "Last week you told Miss [[name:surname|Nuttall]] you wanted to talk about the man you call [[name:nickname|Tiny]]. Who is [[name:nickname|Tiny]]?",
                ]
            },
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "[[name:nickname|Tiny]] is like the main one. He's massive, that's why they call him [[name:nickname|Tiny]], it's a joke. His proper name is [[name:first|Naeem]] something. [[name:first|Naeem]] [[name:surname|Akbar]], I think. He's about thirty. He's got a shop on St James's Street, the phone shop.",
                ]
            },
            {"turn": ["INT", "And how did you meet [[name:nickname|Tiny]]?"]},
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "Through [[name:first|Jade]]. [[name:full|Jade Mercer]]. She's at [[place:school|Moorcroft]] with me, well she was, she got kicked out and went to the unit, the PRU at [[place:school|Calder Bridge]]. [[name:first|Jade]]'s mum lets her do what she wants. We was at the park, {{keep:place|Thompson Park}}, and [[name:nickname|Tiny]] pulled up in the {{keep:vehicle|BMW}}, the {{keep:vehicle|white one}}, and said do you want a lift.",
                ]
            },
            {"turn": ["INT", "When was that, roughly?"]},
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "September. Just after I started year ten. Before I moved to [[place:care|Ashgrove]].",
                ]
            },
            {
                "turn": [
                    "INT",
                    "You mentioned someone else on the phone last week. [[name:nickname|Smiler]]?",
                ]
            },
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "Yeah, [[name:nickname|Smiler]]. He never smiles, he's dead miserable. He drives a taxi. He's the one who picks us up from [[place:care|Ashgrove]] at night when staff think we're asleep. [[name:nickname|Smiler]]'s car is a {{keep:vehicle|grey Toyota Avensis}} with the taxi sign on top. The number plate starts [[id:vrm_partial|PN14]]. His badge was like [[id:licence|one one eight seven]] something, I remember the eight seven because that's my door number at my nan's.",
                ]
            },
            {"turn": ["INT", "Do you know [[name:nickname|Smiler]]'s real name?"]},
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "[[name:first|Waqas]]. [[name:nickname|Waz]]. Some people call him [[name:nickname|Waz]]. I don't know his last name.",
                ]
            },
            {
                "turn": [
                    "INT",
                    "I'm going to show you exhibit KP/4, which is some messages from your phone that you gave us. Can you read me the top one?",
                ]
            },
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "It says, '[[name:lower|chels]] where r u [[name:lower|tiny]] is waiting 4 u outside'. That's from [[name:lower|jade]]. And then 'tell [[name:lower|smiler]] 2 wait by the gate not the front cos [[name:lower|bev]] is on'. [[name:first|Bev]] is night staff.",
                ]
            },
            {"turn": ["INT", "And the next page?"]},
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "'[[name:lower|waz]] said ur a grass now'. 'u better not say nowt about [[name:lower|naeem]]'. And that one is from [[name:lower|jade]]'s other phone. She had two.",
                ]
            },
            {"turn": ["INT", "Where did [[name:nickname|Tiny]] take you?"]},
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "Mostly the flat. It's [[id:address|flat 2, 41 Brougham Street]], the one with the blue door. Sometimes to a house in {{keep:place|Nelson}}. Once to a hotel near {{keep:place|Preston}}, the Travelodge, with [[name:first|Jade]] and another girl called [[name:first|Kirsty]] who's from {{keep:place|Colne}}.",
                ]
            },
            {"turn": ["INT", "Is that a different [[name:first|Kirsty]]? Not me, obviously."]},
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "(laughs) No. [[name:first|Kirsty]] with the braces. [[name:full|Kirsty Holt]]. She's older, she's like seventeen.",
                ]
            },
            {
                "turn": [
                    "INT",
                    "You said before you moved to [[place:care|Ashgrove]]. Where were you living in September?",
                ]
            },
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "With my foster carer, [[name:full|Pauline Duckett]], on {{keep:place|the Stoops}}. I loved [[name:first|Pauline]] but she couldn't cope when I kept going missing so they moved me to [[place:care|Ashgrove]] in November. [[place:care|Ashgrove]]'s alright. [[name:first|Bev]]'s alright.",
                ]
            },
            {"turn": ["INT", "Did anyone at school know?"]},
            {
                "turn": [
                    "[[name:first|CHELSEA]]",
                    "Miss [[name:surname|Greenwood]], my head of year. She rang the {{keep:word|Bill}} in October when she saw [[name:nickname|Smiler]]'s taxi at the gate. She wrote the badge number down. She's sound, Miss [[name:surname|Greenwood]].",
                ]
            },
            {"turn": ["INT", "We'll take a short break there. The time is 15:41."]},
            {"rule": True},
            {
                "pre": [
                    "Transcript checked against the recording by DC [[name:surname|PENDLEBURY]] [[id:collar|5126]] on {{keep:date|20.02.2018}}.",
                    "Exhibit ref: KP/5 (DVD master), KP/6 (working copy).",
                ]
            },
        ],
    },
    {
        "id": "incident_log_scan_burnley_rudd",
        "layout": "police_incident_log",
        "font": "Courier",
        "size": 8.5,
        "scan": {"skew": 0.6, "noise": 1800, "blur": 0.7, "dpi": 200, "face": "mono"},
        "header": "OFFICIAL-SENSITIVE",
        "footer": "Printed {{keep:date|15/01/2018}} 08:02 by [[id:collar|4471]]   Page {page} of {pages}",
        "blocks": [
            {
                "h": "{{keep:agency|LANCASHIRE CONSTABULARY}} - COMMAND AND CONTROL - INCIDENT LOG",
                "level": 2,
            },
            {
                "kv": [
                    ["LOG", "LC-20180114-1127"],
                    ["OPENED", "{{keep:date|14/01/2018}} 19:46"],
                    ["CLASS", "MISSING PERSON - HIGH RISK - CSE FLAG"],
                    [
                        "LOCATION",
                        "[[place:care|ASHGROVE]] RESIDENTIAL UNIT, [[id:address|18 WHINNEY HILL ROAD]], {{keep:place|BURNLEY}}",
                    ],
                    ["DISPATCHER", "collar number [[id:collar|2214]]"],
                ],
            },
            {
                "pre": [
                    "TIME  OPR   TEXT",
                    "19:46 [[id:collar|6630]]  CALL FROM [[name:full|BEVERLEY SHUTTLEWORTH]] NIGHT STAFF AT [[place:care|ASHGROVE]]",
                    "19:46 [[id:collar|6630]]  CALLER TEL [[id:phone|0161 496 0734]]",
                    "19:48 [[id:collar|6630]]  CALLER STATES YP [[name:full|CHELSEA RUDD]] (DOB [[id:dob|27/11/02]]) NOT IN ROOM",
                    "19:48 [[id:collar|6630]]  LAST SEEN 1915 HRS LEAVING VIA REAR GATE. PREV 9 EPISODES THIS",
                    "                  PLACEMENT. BELIEVED COLLECTED BY TAXI AS ON {{keep:date|07/01}}",
                    "19:49 [[id:collar|6630]]  {{keep:vehicle|GREY TOYOTA AVENSIS}} PART VRM [[id:vrm_partial|PN14]] PH SIGN ON ROOF",
                    "19:50 [[id:collar|6630]]  YP KNOWN TO CALL DRIVER [[name:nickname|SMILER]]. ALSO ASSOC WITH MALE",
                    "                  KNOWN AS [[name:nickname|TINY]] - [[name:full|NAEEM AKBAR]] PNC [[id:other|08/331742K]]",
                    "19:51 [[id:collar|6630]]  YP MOB [[id:phone|07700 900418]] GOING TO VOICEMAIL",
                    "19:52 [[id:collar|2214]]  PC [[id:collar|2290]] [[name:surname|HEYS]] ALLOCATED. GRADE 1",
                    "19:58 [[id:collar|2214]]  CSE TEAM PAGED. DC [[id:collar|5126]] [[name:surname|PENDLEBURY]] ON CALL",
                    "20:31 [[id:collar|2290]]  AT [[place:care|ASHGROVE]]. SPOKE [[name:surname|SHUTTLEWORTH]]. ROOM SEARCHED.",
                    "                  NOTE IN DRAWER '[[name:nickname|TINY]] 2NITE' + MOB NO [[id:phone|07700 900422]]",
                    "20:44 [[id:collar|5126]]  [[name:nickname|TINY]] AND [[name:nickname|SMILER]] ARE SUBJECTS ON {{keep:operation|OP BRACKWATER}}.",
                    "                  [[name:nickname|SMILER]] = [[name:full|WAQAS YAQUB]] (D.O.B. [[id:dob|03/10/84]]) PH DRIVER",
                    "20:46 [[id:collar|5126]]  REQUEST ANPR ON [[id:vrm|PN14 WKE]] (REG KEEPER [[name:surname|YAQUB]])",
                    "21:05 [[id:collar|6630]]  ANPR HIT [[id:vrm|PN14 WKE]] A682 {{keep:place|BRIERFIELD}} 20:52 NORTHBOUND",
                    "21:09 [[id:collar|2214]]  PC [[id:collar|3857]] [[name:full|A DOYLE]] DEPLOYED {{keep:place|NELSON}} AREA",
                    "21:37 [[id:collar|2290]]  YP LOCATED IN {{keep:vehicle|TOYOTA}} AT {{keep:place|TOWNELEY PARK}} CAR PARK WITH",
                    "                  FEMALE [[name:full|JADE MERCER]] (DOB [[id:dob|02/06/02]]). DRIVER",
                    "                  [[name:surname|YAQUB]] SHOWS PH BADGE [[id:licence|PHD 1187/19]] {{keep:agency|BURNLEY BC}}",
                    "21:40 [[id:collar|2290]]  2 X BOTTLES VODKA IN FOOTWELL. YP INTOX. [[name:nickname|TINY]] NOT PRESENT",
                    "21:52 [[id:collar|3857]]  [[name:surname|MERCER]] TAKEN HOME TO [[id:address|9 ELM STREET]], {{keep:place|PADIHAM}}",
                    "22:10 [[id:collar|2290]]  YP RETURNED TO [[place:care|ASHGROVE]]. HANDED TO [[name:surname|SHUTTLEWORTH]]",
                    "22:15 [[id:collar|1873]]  DS [[name:surname|RAISTRICK]]: {{keep:instrument|CAWN}} TO BE SERVED ON [[name:surname|YAQUB]]",
                    "                  RE [[name:first|CHELSEA]] + [[name:first|JADE]]. LICENSING TO BE NOTIFIED",
                    "22:16 [[id:collar|1873]]  RHI REQUESTED - {{keep:agency|PATHWAYS MISSING SERVICE}}",
                    "22:40 [[id:collar|2214]]  LOG CLOSED. RESULT: MFH FOUND SAFE",
                ]
            },
            {"rule": True},
            {
                "pre": [
                    "SUPERVISOR REVIEW: PS [[id:collar|1402]] [[name:full|G. NAYLOR-BROWN]] {{keep:date|15/01/2018}} 06:50",
                    "CSE FLAG CONFIRMED. LINK TO LOGS LC-20180107-0833, LC-20171219-0917.",
                ]
            },
        ],
    },
    {
        "id": "return_home_interview_accrington_rudd",
        "layout": "return_home_interview",
        "font": "Helvetica",
        "size": 9.5,
        "header": "{{keep:agency|Pathways Missing Service}} - commissioned by {{keep:agency|Lancashire County Council}} and the Police and Crime Commissioner, {{keep:public_figure|Clive Danforth}}",
        "footer": "RHI form v4.2   CONFIDENTIAL   Page {page} of {pages}",
        "blocks": [
            {"h": "RETURN HOME INTERVIEW", "level": 1},
            {
                "kv": [
                    ["Child / young person", "[[name:full|Chelsea Marie RUDD]]"],
                    ["Known as", "[[name:nickname|Chels]]"],
                    ["{{keep:label|DOB}} / age", "[[id:dob|27/11/2002]] / {{keep:descriptor|15}}"],
                    ["Mosaic ID", "[[id:other|2281946]]"],
                    [
                        "Placement",
                        "[[place:care|ASHGROVE]] (LCC residential), {{keep:place|Burnley}}",
                    ],
                    [
                        "School",
                        "[[place:school|Moorcroft Vale High]] (Yr 10) - part-time timetable",
                    ],
                    [
                        "Allocated social worker",
                        "[[name:full|Hannah Pickup]], {{keep:agency|Burnley Children's Social Care}}",
                    ],
                    [
                        "Episode",
                        "{{keep:date|14/01/2018}} 19:15 to 22:10 (police log LC-20180114-1127)",
                    ],
                    [
                        "Interview",
                        "{{keep:date|16/01/2018}}, 16:30, at [[place:care|Ashgrove]] (lounge)",
                    ],
                    ["Interviewer", "[[name:full|Danielle Kershaw]], RHI worker"],
                ],
                "boxed": True,
            },
            {"h": "What happened while you were away? (child's words where possible)"},
            '[[name:first|Chelsea]] was happy to talk to me but asked for [[name:first|Bev]] ([[name:full|Beverley Shuttleworth]], night staff) not to be told what she said. [[name:nickname|Chels]] said she went out of the back gate "because the front has a camera now". She said a taxi was waiting on the lane and the driver was a man she calls [[name:nickname|Smiler]]. She said "[[name:nickname|Smiler]] is alright, he just drives, it\'s [[name:nickname|Tiny]] you want to worry about".',
            'She said they drove to a house in {{keep:place|Nelson}} first to pick up her friend [[name:first|Jade]] and then to a flat where there were "four or five lads". One of them goes by [[name:nickname|Bossman]]. [[name:first|Chelsea]] said [[name:nickname|Bossman]] is older than the others, "like forty, with a grey beard", and everybody does what [[name:nickname|Bossman]] says. She did not know where the flat was. She said there was a younger lad there she knew from [[place:school|Moorcroft]] called [[name:first|Rehan]], who left in year 11.',
            'She said she drank vodka and smoked weed. She said she "didn\'t do anything with anyone this time" but that [[name:nickname|Tiny]] told her she owed him £200 for the phone and that [[name:first|Jade]] "was sorting it for her". When I asked what that meant she shrugged and said "you know what it means".',
            '[[name:nickname|Chels]] showed me a message on her phone from a contact saved as "[[name:nickname|Smiler Cabz]]" which said "[[place:care|ashgrove]] staff r mugs, same time 2moro". I recorded this and told her I would have to pass it on.',
            {"h": "Push and pull factors"},
            {
                "ticks": [
                    ["Alcohol / drugs offered", True],
                    ["Gifts, phone, money or credit", True],
                    ["Taken to an address not known to carers", True],
                    ["Older 'boyfriend' or associate", True],
                    ["Conflict at placement", False],
                    ["Bullying at school", False],
                    ["Contact with family (mum / nan)", True],
                ]
            },
            'Pull: [[name:first|Chelsea]] misses her nan, [[name:full|Irene Rudd]], who lives at [[id:address|87 Fairway]], {{keep:place|Burnley}}, and said she would "rather be at my nan\'s than at [[place:care|Ashgrove]]". She feels staff at [[place:care|ASHGROVE]] are "fine but they\'re paid to be". She still talks about her previous foster carer [[name:full|Pauline Duckett]] and would like to see [[name:first|Pauline]].',
            'Push: [[name:first|Chelsea]] is on a part-time timetable at [[place:school|Moorcroft Vale]] and is bored in the afternoons. Her head of year, Miss [[name:surname|Greenwood]], "is the only teacher who gets it".',
            {"h": "Risk indicators and actions"},
            {
                "table": [
                    ["Indicator", "Detail", "Action / to whom"],
                    [
                        "Named adults",
                        "[[name:nickname|Tiny]] ([[name:full|Naeem Akbar]]); [[name:nickname|Smiler]] / [[name:nickname|Waz]]; [[name:nickname|Bossman]] (not identified)",
                        "Shared with DC [[name:surname|Pendlebury]] [[id:collar|5126]], {{keep:agency|CSE Team}}, {{keep:date|16/01/2018}}",
                    ],
                    [
                        "Peer",
                        "[[name:full|Jade Mercer]], {{keep:descriptor|15}}, also at risk",
                        "Shared with [[name:first|Jade]]'s social worker",
                    ],
                    [
                        "Vehicle",
                        "{{keep:vehicle|grey Toyota Avensis}} private hire",
                        "Police to inform licensing",
                    ],
                    [
                        "Debt",
                        "'owes' £200 to [[name:nickname|Tiny]]",
                        "Strategy meeting requested under {{keep:instrument|Section 47}}",
                    ],
                ],
                "header": True,
                "widths": [0.18, 0.47, 0.35],
            },
            "Outcome: {{keep:label|CSE risk assessment}} to be reviewed; referral to {{keep:agency|Pathways}} one-to-one worker accepted. [[name:first|Chelsea]] agreed to see me again next week at [[place:school|Moorcroft]].",
            {
                "kv": [
                    ["Completed by", "[[name:full|D. Kershaw]]"],
                    ["Manager sign-off", "[[name:full|Yvette Lomax]], {{keep:date|17/01/2018}}"],
                ]
            },
        ],
    },
    {
        "id": "school_safeguarding_log_preston_olawale",
        "layout": "school_safeguarding_log",
        "font": "DejaVuSansCondensed",
        "size": 9,
        "pagesize": "A4-landscape",
        "header": "[[place:school|LARKSPUR HILL ACADEMY]] - SAFEGUARDING RECORD (export) - STRICTLY CONFIDENTIAL",
        "footer": "Exported {{keep:date|03/07/2019}} by [[name:full|A. Fazackerley]] (DSL)   Page {page} of {pages}",
        "blocks": [
            {"h": "Chronology of concerns: [[name:full|OLAWALE, Destiny]]", "level": 2},
            {
                "kv": [
                    [
                        "Pupil",
                        "[[name:full|Destiny Adaeze Olawale]]   {{keep:label|Year}} 9   Form 9KB",
                    ],
                    ["{{keep:label|D.O.B.}}", "[[id:dob|09.01.2004]]"],
                    ["UPN", "[[id:other|K823410672015]]"],
                    ["Ethnicity", "{{keep:descriptor|Black British - African}}"],
                    [
                        "Address",
                        "[[id:address|Flat 6, Marsden Court, 14 Holme Slack Lane]], {{keep:place|Preston}} [[id:postcode|PR1 9LJ]] (to {{keep:date|March 2019}}); then [[place:care|Hazelmere Lodge]]",
                    ],
                    [
                        "Parent / carer",
                        "Mrs [[name:full|Comfort Olawale]] (mother) [[id:phone|07700 900533]]",
                    ],
                    [
                        "Flags",
                        "CIN, then CLA from {{keep:date|11/03/2019}}; CSE concern; {{keep:operation|Operation Brackwater}}",
                    ],
                ],
            },
            {
                "table": [
                    ["Date", "Category", "Concern recorded", "By", "Action taken"],
                    [
                        "{{keep:date|17/09/2018}}",
                        "Attendance",
                        "[[name:word|Destiny]] late 3 days running. Says she is staying at a friend's, [[name:full|Kiera Blundell]] (9RT). Mum not answering.",
                        "[[name:full|T. Iddon]] (HoY)",
                        "Call to mum. Home visit by EWO [[name:full|Sandra Cowell]].",
                    ],
                    [
                        "{{keep:date|02/10/2018}}",
                        "CSE - possible",
                        "Seen getting into {{keep:vehicle|black Vauxhall Insignia}} at the Moor Lane gate with [[name:first|Kiera]]. Driver {{keep:descriptor|Asian male}}, 20s. Part VRM [[id:vrm_partial|PO67]].",
                        "[[name:full|J. Catterall]] (site)",
                        "DSL informed. Logged with {{keep:agency|Lancashire Constabulary}} ref 0742.",
                    ],
                    [
                        "{{keep:date|03/10/2018}}",
                        "Disclosure",
                        '[[name:word|Destiny]] told me the driver is called [[name:nickname|Jimmy]] and he is "[[name:lower|kiera]]\'s boyfriend\'s cousin". Said "[[name:lower|jimmy]] buys us food and that, he\'s not weird". [[name:nickname|Jimmy]] has her number.',
                        "[[name:full|A. Fazackerley]]",
                        "Referral to {{keep:agency|Preston MASH}}. Parent informed.",
                    ],
                    [
                        "{{keep:date|19/10/2018}}",
                        "CSE - possible",
                        '[[name:first|Kiera]] showed form tutor a Snapchat from [[id:handle|jimmy.ch_92]]: "tell [[name:lower|dez]] 2 come fri, [[name:lower|deemo]] is bringing the big car". Tutor did not screenshot.',
                        "[[name:full|K. Bradshaw]]",
                        "Reminded staff: record exact words, screenshot if shown.",
                    ],
                    [
                        "{{keep:date|05/11/2018}}",
                        "Welfare",
                        '[[name:word|Destiny]] has a new iPhone and Nike trainers. Says "[[name:lower|ronnie]] got them me". Asked who [[name:nickname|Ronnie]] is: "just a lad, he\'s like 22".',
                        "[[name:full|T. Iddon]]",
                        "Added to MASH referral. Strategy meeting {{keep:date|09/11/2018}}.",
                    ],
                    [
                        "{{keep:date|09/11/2018}}",
                        "Meeting",
                        "Strategy meeting at {{keep:place|Preston police station}}. Police advise [[name:nickname|Jimmy]] = [[name:full|Jamil CHAUDHRY]], [[name:nickname|Deemo]] = [[name:full|Nadeem KHALIQ]], [[name:nickname|Ronnie]] = [[name:full|Haroon ANJUM]]. All nominals on {{keep:operation|Op Brackwater}}.",
                        "[[name:full|A. Fazackerley]]",
                        "{{keep:instrument|Section 47}} enquiry. School to monitor gates; taxi drop-offs to be logged.",
                    ],
                    [
                        "{{keep:date|26/11/2018}}",
                        "Missing",
                        "[[name:word|Destiny]] absent. Mum rang at 10:40: [[name:word|Destiny]] did not come home last night. Police aware.",
                        "Office",
                        "Police informed. DC [[name:full|Priya Lalwani]] [[id:collar|4408]] updated.",
                    ],
                    [
                        "{{keep:date|14/01/2019}}",
                        "Disclosure",
                        'In a maths lesson [[name:word|Destiny]] wrote in her book "[[name:lower|jimmy]] and [[name:lower|ronnie]] took me 2 a house in {{keep:place|blackpool}}" and tore the page out. Page retrieved from bin, kept in safe.',
                        "[[name:full|M. Swarbrick]]",
                        "DSL spoke to [[name:word|Destiny]], who was {{keep:word|frank}} about it; police informed same day.",
                    ],
                    [
                        "{{keep:date|11/03/2019}}",
                        "Placement",
                        "[[name:word|Destiny]] accommodated under {{keep:instrument|Section 20}}. Placed at [[place:care|Hazelmere Lodge]] (residential), {{keep:place|Fulwood}}. Transport to school by [[place:care|Hazelmere]] staff.",
                        "[[name:full|A. Fazackerley]]",
                        "Updated contacts: [[place:care|HAZELMERE LODGE]] [[id:phone|0161 496 0588]].",
                    ],
                    [
                        "{{keep:date|28/03/2019}}",
                        "CSE - probable",
                        "Taxi not booked by [[place:care|Hazelmere]] waiting at the gate 15:10. {{keep:vehicle|Silver Skoda Superb}}, plate no. [[id:licence|PR 0873]], driver would not give name. Left when staff approached.",
                        "[[name:full|J. Catterall]]",
                        "Reported to {{keep:agency|Preston City Council}} licensing and police.",
                    ],
                    [
                        "{{keep:date|08/05/2019}}",
                        "Disclosure",
                        "[[name:word|Destiny]]'s brother [[name:full|Tobi Olawale]] (Y11) told me \"[[name:lower|des]] is scared of [[name:lower|deemo]], he said he'll put her pics on insta\".",
                        "[[name:full|K. Bradshaw]]",
                        "Police informed. [[name:first|Tobi]] offered pastoral support.",
                    ],
                    [
                        "{{keep:date|21/06/2019}}",
                        "Update",
                        "Police: [[name:surname|CHAUDHRY]] and [[name:surname|KHALIQ]] arrested {{keep:date|20/06/2019}}. [[name:surname|Anjum]] outstanding. [[name:word|Destiny]] to have ABE interview {{keep:date|27/06/2019}}.",
                        "[[name:full|A. Fazackerley]]",
                        "Staff briefing; [[name:word|Destiny]] may be absent 27th.",
                    ],
                ],
                "header": True,
                "widths": [0.09, 0.1, 0.46, 0.12, 0.23],
            },
            "Note: this export covers entries tagged 'CSE' or 'Missing' only. Entries for [[name:first|Kiera]] are held on her own record and were disclosed separately under the {{keep:agency|Inquiry}}'s notice under {{keep:instrument|section 21 of the Inquiries Act 2005}}.",
        ],
    },
    {
        "id": "newspaper_scan_blackburn_sentencing",
        "layout": "newspaper_cutting",
        "font": "Times-Roman",
        "size": 9,
        "columns": 2,
        "scan": {"skew": -0.8, "noise": 2200, "blur": 0.8, "dpi": 200, "face": "serif"},
        "header": "NORTHERN CHRONICLE  |  {{keep:date|Saturday 14 August 2021}}  |  NEWS 7",
        "blocks": [
            {"h": "'Predators' who groomed girls in care jailed for 81 years", "level": 1},
            "By {{keep:public_figure|MARCUS ELLERY}}, Chief Reporter",
            {
                "image": "photo",
                "w": 220,
                "h": 120,
                "caption": "[[name:full|Imran Zafar]], known as [[name:nickname|Shady]]\n(left), and [[name:full|Asad Rauf]], known\nas [[name:nickname|Flash]]. Pictures: {{keep:agency|Lancashire Police}}",
            },
            "Six men who groomed and abused teenage girls in {{keep:place|Blackburn}} and {{keep:place|Burnley}}, some of them living in council children's homes, have been jailed for a total of 81 years at {{keep:place|Preston Crown Court}}.",
            "The gang plied the girls with vodka, cannabis and mobile phones before passing them between men at a flat above a takeaway and in taxis, the court heard. The youngest was {{keep:descriptor|13}}.",
            "Ringleader [[name:full|Imran Zafar]], 27, of [[id:address|Whalley New Road]], {{keep:place|Blackburn}}, known on the streets as [[name:nickname|Shady]], was jailed for 19 years. [[name:surname|Zafar]] was convicted of rape, sexual activity with a child and trafficking within the UK for sexual exploitation.",
            "His friend [[name:full|Asad Rauf]], 26, of [[id:address|Oakenhurst Road]], {{keep:place|Blackburn}}, who the girls called [[name:nickname|Flash]] because of his designer clothes, received 16 years. The court heard [[name:surname|Rauf]] rented the flat where most of the abuse took place.",
            "Private hire driver [[name:full|Razwan Hafiz]], 58, of [[id:address|Lambeth Street]], {{keep:place|Blackburn}}, referred to by the gang as [[name:nickname|Uncle Raz]], was jailed for nine years. He ferried girls from school and from their care homes in his licensed {{keep:vehicle|Skoda Octavia}}.",
            "[[name:full|Nasir Hafeez]], 39, of no fixed address, known as [[name:nickname|Nas]], received 12 years.",
            "In a linked trial, [[name:full|Naeem Akbar]], 31, of [[id:address|Briercliffe Road]], {{keep:place|Burnley}}, whom the girls nicknamed [[name:nickname|Tiny]] because of his size, was jailed for 17 years, and taxi driver [[name:full|Waqas Yaqub]], 37, of {{keep:place|Brierfield}}, known as [[name:nickname|Smiler]], for eight years. [[name:surname|Akbar]] ran a mobile phone shop which he used to supply the girls with handsets.",
            'Passing sentence, {{keep:public_figure|Mr Justice Penrose}} said the men had treated the girls "as commodities". He told [[name:surname|Zafar]]: "You chose girls whose lives were already chaotic because you knew they would not be believed."',
            'One victim, who cannot be named for legal reasons and who the gang called [[name:nickname|Princess]], said in a statement read to the court that she still could not walk past a taxi rank. Another said [[name:nickname|Shady]] had "taken my childhood and sold it".',
            "{{keep:agency|Lancashire Constabulary}}'s investigation, {{keep:operation|Operation Brackwater}}, began in {{keep:date|2018}} after staff at a children's home in {{keep:place|Darwen}} found a phone hidden in a girl's pillow.",
            'Police and Crime Commissioner {{keep:public_figure|Clive Danforth}} said: "These girls were failed by adults for too long. I want to thank them for their courage." Council leader {{keep:public_figure|Cllr Mushtaq Arain}} said {{keep:agency|Blackburn with Darwen Council}} had revoked [[name:surname|Hafiz]]\'s licence and commissioned an independent review. {{keep:public_figure|Arain}} added that taxi drivers would now need safeguarding training.',
            'Detective Inspector [[name:full|Fiona Cardwell]] said: "[[name:nickname|Tiny]], [[name:nickname|Shady]] and the others thought their nicknames would protect them. They did not."',
            "[[name:full|Jamil Chaudhry]], 29, and [[name:full|Nadeem Khaliq]], 33, both of {{keep:place|Preston}}, will go on trial in {{keep:date|January 2022}} charged with offences against two girls in the city.",
        ],
    },
    {
        "id": "gp_letter_grimsby_kettlewell",
        "layout": "gp_letter",
        "font": "DejaVuSerif",
        "size": 9.5,
        "footer": "{{keep:agency|Ravendale Medical Group}} is part of {{keep:agency|NHS North East Lincolnshire}} primary care network",
        "blocks": [
            {"image": "logo", "w": 90, "h": 36},
            {
                "pre": [
                    "{{keep:agency|Ravendale Medical Group}}",
                    "Weelsby Road Health Centre, {{keep:place|Grimsby}}",
                    "Tel [[id:phone|0114 496 0381]]   Secure e-mail: ravendale.practice@nhs.net",
                ]
            },
            {"right": "{{keep:date|12 March 2019}}"},
            {
                "pre": [
                    "Dr [[name:full|Olusegun Afolabi]], Consultant Child and Adolescent Psychiatrist",
                    "{{keep:agency|North East Lincolnshire CAMHS}}",
                    "cc: {{keep:agency|Humber Sexual Assault Referral Centre}};",
                    "    [[name:full|Joanne Pickering]], social worker, {{keep:agency|NELC Children's Services}}",
                ]
            },
            {
                "kv": [
                    ["Re:", "[[name:full|Miss Ruby Jade KETTLEWELL]]"],
                    ["{{keep:label|d/o/b}}:", "[[id:dob|03/08/03]]"],
                    ["NHS No:", "[[id:nhs|453 331 4783]]"],
                    [
                        "Address:",
                        "c/o Mr and Mrs [[name:surname|Fotherby]], [[id:address|41 Laceby Acres Drive]], {{keep:place|Grimsby}} [[id:postcode|DN34 9XB]]",
                    ],
                ]
            },
            "Dear Dr [[name:surname|Afolabi]],",
            "Thank you for seeing this {{keep:descriptor|15-year-old}} girl, whom I have known since she registered with the practice in {{keep:date|2011}}. [[name:word|Ruby]] was born on [[id:dob|3rd August 2003]] and until {{keep:date|November 2018}} lived with her mother, [[name:full|Tracey Kettlewell]] (b. [[id:dob|14.02.1986]]), and stepfather, [[name:full|Dean Atkin]], at [[id:address|22 Tennyson Street]], {{keep:place|Grimsby}}. She is now in foster care with Mr and Mrs [[name:surname|Fotherby]] in {{keep:place|Laceby}} and attends [[place:school|Harbourside Academy]] (Year 10) on a reduced timetable.",
            'I saw [[name:word|Ruby]] on {{keep:date|4 March}} and again on {{keep:date|11 March 2019}}, accompanied on both occasions by her foster carer, Mrs [[name:full|Gail Fotherby]]. On {{keep:date|4 March}} she requested emergency contraception and a pregnancy test (negative). She tested positive for chlamydia, which has been treated. She disclosed that she had had sex with a man known to her as [[name:nickname|Dee]], who is "about 24" and who she met through an older girl at [[place:school|Harbourside]]. She told me [[name:nickname|Dee]] and his friend, who she calls [[name:nickname|Lucky]], "look after" her and give her cannabis and money for her phone.',
            'On {{keep:date|11 March}} she was low in mood, had superficial self-harm cuts to the left forearm (approximately eight, healing) and described poor sleep and nightmares. She said [[name:nickname|Lucky]] had "got angry" after she was seen by police at the {{keep:place|Freshney Place}} shopping centre with [[name:nickname|Dee]], and that [[name:nickname|Lucky]]\'s friends had taken her to a house in {{keep:place|Scunthorpe}} "to make it up to them". She did not want to say more. I am concerned she {{keep:word|may}} be being sexually exploited.',
            "I have discussed my concerns with [[name:full|Joanne Pickering]], her social worker, and with the {{keep:agency|Humberside Police}} CSE team (DC [[name:full|Mark Sowerby]] [[id:collar|1196]]), and made a referral under the local {{keep:instrument|Safeguarding Children Partnership}} procedures on {{keep:date|11 March 2019}}. I understand a strategy meeting is planned.",
            "Relevant history: asthma (salbutamol inhaler); overdose of paracetamol (12 tablets) in {{keep:date|September 2018}}, seen at {{keep:place|Diana, Princess of Wales Hospital}}; older sister [[name:full|Kelsey Kettlewell]] (now {{keep:descriptor|19}}) was herself known to CSE services. [[name:word|Ruby]]'s mother has told me that [[name:word|Ruby]]'s birthday is [[id:dob|3 August]] and that she \"went off the rails\" after her {{keep:descriptor|14th}} birthday party.",
            "I would be grateful if you would see [[name:word|Ruby]] urgently. She prefers to be called [[name:nickname|Rubes]] and responds better to female clinicians. Her mobile is [[id:phone|07700 900645]] but please arrange appointments through Mrs [[name:surname|Fotherby]] on [[id:phone|07700 900646]].",
            "Yours sincerely,",
            {"image": "signature", "w": 120, "h": 30},
            {
                "pre": [
                    "Dr [[name:full|Helen Quibell]] MBChB MRCGP",
                    "GMC [[id:other|7104382]]",
                    "Safeguarding lead GP, {{keep:agency|Ravendale Medical Group}}",
                ]
            },
        ],
    },
    {
        "id": "text_download_grimsby_kettlewell",
        "layout": "text_message_download",
        "font": "DejaVuSansMono",
        "size": 7.5,
        "pagesize": "A4-landscape",
        "header": "{{keep:agency|HUMBERSIDE POLICE}} - DIGITAL FORENSIC UNIT - {{keep:operation|OPERATION SALTMARSH}} - OFFICIAL-SENSITIVE",
        "footer": "Exhibit MDX/0412   Extraction report (logical)   Page {page} of {pages}",
        "blocks": [
            {
                "h": "Messages report - device owner [[name:full|KETTLEWELL, Ruby]] ({{keep:cipher|Complainant 4}})",
                "level": 2,
            },
            {
                "kv": [
                    [
                        "Device",
                        "Apple iPhone 7, IMEI [[id:other|356923085117702]], MSISDN [[id:phone|+44 7700 900645]]",
                    ],
                    ["Apple ID", "[[id:email|rubes.kettlewell03@icloud.com]]"],
                    [
                        "Seized",
                        "{{keep:date|13/03/2019}} by DC [[name:full|M. Sowerby]] [[id:collar|1196]]",
                    ],
                    [
                        "Examined",
                        "{{keep:date|02/04/2019}} by [[name:full|Lewis Brumby]], DFU examiner",
                    ],
                    [
                        "Filter",
                        "SMS, iMessage, WhatsApp; {{keep:date|01/01/2019}} to {{keep:date|12/03/2019}}; 58 of 4,112 shown",
                    ],
                ]
            },
            {
                "table": [
                    ["#", "Date/time (UTC)", "Dir", "Party", "Contact name", "Message"],
                    [
                        "112",
                        "{{keep:date|06/01/2019}} 16:02",
                        "In",
                        "[[id:phone|07700 900671]]",
                        "[[name:nickname|Dee]] taxi",
                        "u out 2nite [[name:lower|rubes]]",
                    ],
                    [
                        "113",
                        "{{keep:date|06/01/2019}} 16:04",
                        "Out",
                        "[[id:phone|07700 900671]]",
                        "[[name:nickname|Dee]] taxi",
                        "cant [[name:lower|tracey]] is watching me",
                    ],
                    [
                        "114",
                        "{{keep:date|06/01/2019}} 16:05",
                        "In",
                        "[[id:phone|07700 900671]]",
                        "[[name:nickname|Dee]] taxi",
                        "tell ur mum ur at [[name:lower|tia]]'s then. come 2 the shop [[name:lower|lucky]] has sumthing 4 u",
                    ],
                    [
                        "131",
                        "{{keep:date|09/01/2019}} 21:40",
                        "In",
                        "[[id:phone|07700 900672]]",
                        "[[name:nickname|Lucky]] ❤",
                        "wer was u. [[name:lower|dee]] waited an hour",
                    ],
                    [
                        "132",
                        "{{keep:date|09/01/2019}} 21:41",
                        "Out",
                        "[[id:phone|07700 900672]]",
                        "[[name:nickname|Lucky]] ❤",
                        "soz mr [[name:lower|brumpton]] kept me behind",
                    ],
                    [
                        "201",
                        "{{keep:date|19/01/2019}} 13:15",
                        "In",
                        "[[id:phone|07700 900648]]",
                        "[[name:full|Tia B]]",
                        "babe [[name:lower|ruby]]'s mum rang mine looking 4 u",
                    ],
                    [
                        "202",
                        "{{keep:date|19/01/2019}} 13:17",
                        "Out",
                        "[[id:phone|07700 900648]]",
                        "[[name:full|Tia B]]",
                        "say im at urs pls. im with [[name:lower|dee]] and [[name:lower|memo]] in the {{keep:vehicle|blue astra}}",
                    ],
                    [
                        "240",
                        "{{keep:date|27/01/2019}} 00:52",
                        "In",
                        "[[id:phone|07700 900673]]",
                        "[[name:nickname|Memo]] barber",
                        "[[name:lower|lucky]] says come 2 [[id:address|22a victoria st]] now",
                    ],
                    [
                        "241",
                        "{{keep:date|27/01/2019}} 00:53",
                        "In",
                        "[[id:phone|07700 900673]]",
                        "[[name:nickname|Memo]] barber",
                        "the one above [[name:lower|memo]]'s cuts. ring the side bell",
                    ],
                    [
                        "298",
                        "{{keep:date|08/02/2019}} 17:30",
                        "In",
                        "[[id:phone|07700 900649]]",
                        "Aunty [[name:first|Shaz]]",
                        "[[name:lower|ruby]] ur mum is going mad. [[name:lower|dean]] is out in the car looking 4 u",
                    ],
                    [
                        "355",
                        "{{keep:date|20/02/2019}} 15:02",
                        "In",
                        "[[id:phone|07700 900671]]",
                        "[[name:nickname|Dee]] taxi",
                        "outside [[place:school|harbourside]] in 5. dont bring [[name:lower|tia]]",
                    ],
                    [
                        "356",
                        "{{keep:date|20/02/2019}} 15:03",
                        "Out",
                        "[[id:phone|07700 900671]]",
                        "[[name:nickname|Dee]] taxi",
                        "k. miss [[name:lower|ellerby]] is on the gate tho",
                    ],
                    [
                        "402",
                        "{{keep:date|02/03/2019}} 22:18",
                        "In",
                        "[[id:phone|07700 900672]]",
                        "[[name:nickname|Lucky]] ❤",
                        "u owe me [[name:lower|rubie]]. 300. [[name:lower|dee]] will pick u up from [[name:lower|fotherbys]]",
                    ],
                    [
                        "403",
                        "{{keep:date|02/03/2019}} 22:19",
                        "Out",
                        "[[id:phone|07700 900672]]",
                        "[[name:nickname|Lucky]] ❤",
                        "i dont want 2 go 2 {{keep:place|scunny}} again",
                    ],
                    [
                        "404",
                        "{{keep:date|02/03/2019}} 22:25",
                        "In",
                        "[[id:phone|07700 900672]]",
                        "[[name:nickname|Lucky]] ❤",
                        "its not a choice. reg is [[id:vrm|yg15 dkx]] {{keep:vehicle|silver}} one not the {{keep:vehicle|astra}}",
                    ],
                    [
                        "441",
                        "{{keep:date|09/03/2019}} 19:11",
                        "In",
                        "[[id:phone|07700 900674]]",
                        "[[name:nickname|Uncle L]]",
                        "this is [[name:lower|liaquat]] new number. delete the old 1",
                    ],
                    [
                        "470",
                        "{{keep:date|11/03/2019}} 08:02",
                        "Out",
                        "[[id:phone|07700 900646]]",
                        "[[name:first|Gail]] foster",
                        "im going 2 the doctors with u at 4 yh",
                    ],
                ],
                "header": True,
                "widths": [0.04, 0.13, 0.04, 0.13, 0.13, 0.53],
            },
            {"h": "Contacts attributed (from the {{keep:operation|Saltmarsh}} nominal index)"},
            {
                "table": [
                    ["Contact name on device", "Number", "Attributed to", "Basis"],
                    [
                        "[[name:nickname|Dee]] taxi",
                        "[[id:phone|07700 900671]]",
                        "[[name:full|HOXHA, Dritan]] ({{keep:descriptor|Albanian}}), PH driver [[id:licence|NEL-PH-0934]]",
                        "Subscriber check; cell site",
                    ],
                    [
                        "[[name:nickname|Lucky]] ❤ / [[name:nickname|Uncle L]]",
                        "[[id:phone|07700 900672]] / [[id:phone|07700 900674]]",
                        "[[name:full|MIR, Liaquat]]",
                        "Top-up card in [[name:surname|MIR]]'s name; self-identifies msg 441",
                    ],
                    [
                        "[[name:nickname|Memo]] barber",
                        "[[id:phone|07700 900673]]",
                        "[[name:full|YILMAZ, Mehmet]]",
                        "Business listing for the barber shop",
                    ],
                    [
                        "[[name:full|Tia B]]",
                        "[[id:phone|07700 900648]]",
                        "[[name:full|Tia Barraclough]], {{keep:descriptor|15}}, peer",
                        "Known to school",
                    ],
                ],
                "header": True,
                "widths": [0.2, 0.22, 0.38, 0.2],
            },
            'Examiner\'s note: the contact name "[[name:nickname|Dee]] taxi" is as stored on the device. The phone number saved as "[[name:nickname|Memo]] barber" is also in [[name:surname|HOXHA]]\'s handset under "[[name:nickname|Memo]]". Emoji reproduced as displayed.',
        ],
    },
    {
        "id": "intelligence_report_scan_scunthorpe_mir",
        "layout": "intelligence_report",
        "font": "Helvetica",
        "size": 9.5,
        "scan": {"skew": -0.45, "noise": 1400, "blur": 0.6, "dpi": 200, "face": "sans"},
        "header": "OFFICIAL-SENSITIVE - {{keep:label|HANDLING CODE}}: P - LAWFUL SHARING PERMITTED WITH CONDITIONS",
        "footer": "{{keep:agency|Humberside Police}} Intelligence Report   IR/2019/0072214   Page {page} of {pages}",
        "blocks": [
            {"h": "INTELLIGENCE REPORT (3x5x2)", "level": 1},
            {
                "kv": [
                    ["Source evaluation", "1 - Reliable"],
                    [
                        "Intelligence evaluation",
                        "B - Known indirectly to the source but corroborated",
                    ],
                    ["Date of report", "{{keep:date|21/03/2019}}"],
                    [
                        "Submitted by",
                        "DC [[name:full|Mark SOWERBY]] [[id:collar|1196]], {{keep:agency|Exploitation Team}} ({{keep:place|Scunthorpe}})",
                    ],
                    ["Operation", "{{keep:operation|SALTMARSH}}"],
                ],
                "boxed": True,
            },
            {"h": "SUBJECT"},
            {
                "image": "photo",
                "w": 90,
                "h": 110,
                "caption": "Custody image {{keep:date|2016}}: [[name:full|MIR, Liaquat]]",
            },
            {
                "kv": [
                    ["Name", "[[name:full|MIR, Liaquat]]"],
                    [
                        "Aka / nicknames",
                        "[[name:nickname|LUCKY]], [[name:nickname|UNCLE L]], [[name:nickname|LUCKS]]",
                    ],
                    ["{{keep:label|DOB}}", "[[id:dob|22/06/1979]] ({{keep:descriptor|39}})"],
                    ["PNC ID", "[[id:other|98/204117T]]"],
                    ["CRO", "[[id:other|041873/98F]]"],
                    ["Ethnicity", "{{keep:descriptor|IC4 - Pakistani}}"],
                    [
                        "Address",
                        "[[id:address|14 Brigg Road]], {{keep:place|Scunthorpe}} [[id:postcode|DN16 9ZQ]]",
                    ],
                    [
                        "Vehicles",
                        "{{keep:vehicle|Silver Seat Leon}} [[id:vrm|YG15 DKX]] (registered to [[name:full|Shabnam MIR]], wife); {{keep:vehicle|blue Vauxhall Astra}} [[id:vrm|YD62 HPU]]",
                    ],
                ]
            },
            {"h": "INTELLIGENCE"},
            "1. [[name:surname|MIR]], who is known to young females in {{keep:place|Grimsby}} and {{keep:place|Scunthorpe}} as [[name:nickname|LUCKY]], is organising the movement of girls aged {{keep:descriptor|14 to 17}} between a flat at [[id:address|22A Victoria Street]], {{keep:place|Grimsby}} (above a barber's run by [[name:full|Mehmet YILMAZ]] aka [[name:nickname|MEMO]]) and an address in the Crosby area of {{keep:place|Scunthorpe}}.",
            "2. [[name:nickname|LUCKY]] uses private hire driver [[name:full|Dritan HOXHA]] aka [[name:nickname|DEE]] (b. [[id:dob|1994]]) to collect the girls. [[name:surname|HOXHA]] holds PH driver licence [[id:licence|NEL-PH-0934]] with {{keep:agency|North East Lincolnshire Council}} and a North Lincolnshire badge, number [[id:licence|NL/PHD/4471]]. [[name:nickname|Dee]] is said to be paid in cash by [[name:nickname|Lucky]] per trip.",
            "3. One of the girls is [[name:full|FOULDS, Amber-Leigh]] ('[[name:nickname|Bambi]]'), d.o.b. [[id:dob|19/12/2001]], who lives in supported lodgings at the home of Mrs [[name:full|Carol Wressle]], [[id:address|6 Ferry Road]], {{keep:place|Barton-upon-Humber}}, and until {{keep:date|2018}} was placed at [[place:care|The Cedars]] children's home in {{keep:place|Ashby}}. [[name:nickname|Bambi]] is believed to be recruiting younger girls from her old college, [[place:school|Brigg Road Sixth Form College]], for [[name:nickname|LUCKY]].",
            "4. A second girl, [[name:full|KETTLEWELL, Ruby]] (DOB [[id:dob|03/08/2003]]), was seized from [[name:surname|HOXHA]]'s vehicle on {{keep:date|13/03/2019}} (see log 0417). She was in possession of a phone with [[name:nickname|LUCKY]]'s number saved as \"[[name:nickname|Uncle L]]\".",
            '5. [[name:nickname|Lucks]] / [[name:nickname|Lucky]] is said to carry a lock knife and to have threatened [[name:first|Amber-Leigh]] that he would "send her pics to [[place:care|Cedars]] staff" if she stopped coming.',
            {"h": "RISK AND ACTIONS"},
            {
                "table": [
                    ["Action", "Owner", "By"],
                    [
                        "Safeguarding referral re [[name:first|AMBER-LEIGH]] to {{keep:agency|North Lincolnshire Children's Services}}",
                        "DS [[name:full|K. Ulyatt]] [[id:collar|0852]]",
                        "{{keep:date|22/03/2019}}",
                    ],
                    [
                        "Notify licensing ({{keep:instrument|Common Law Police Disclosure}}) re [[name:surname|HOXHA]]",
                        "Insp [[name:full|P. Gostelow]]",
                        "{{keep:date|22/03/2019}}",
                    ],
                    [
                        "{{keep:instrument|CAWN}} for [[name:surname|MIR]] re [[name:word|Ruby]]",
                        "DC [[id:collar|1196]] [[name:surname|SOWERBY]]",
                        "{{keep:date|25/03/2019}}",
                    ],
                ],
                "header": True,
                "widths": [0.55, 0.28, 0.17],
            },
            {
                "pre": [
                    "Supervisor: DS [[name:full|Kirsty ULYATT]] [[id:collar|0852]]   Reviewed {{keep:date|21/03/2019}}",
                    "Sanitised version for partner agencies: NOT ATTACHED",
                ]
            },
        ],
    },
    {
        "id": "email_chain_grimsby_hoxha",
        "layout": "email_chain",
        "font": "Helvetica",
        "size": 9.5,
        "header": "Disclosed to the {{keep:agency|Independent Inquiry}} by {{keep:agency|North East Lincolnshire Council}} - bundle NELC/04, tab 17",
        "footer": "NELC/04/17   Page {page} of {pages}",
        "blocks": [
            {
                "pre": [
                    "From:    [[name:full|ULYATT, Kirsty]] <[[id:email|kirsty.ulyatt@humberside.pnn.police.uk]]>",
                    "Sent:    {{keep:date|25 March 2019}} 17:42",
                    "To:      [[name:full|PICKERING, Joanne]]; [[name:full|DUNDERDALE, Kevin]]",
                    "Cc:      [[name:full|SOWERBY, Mark]] [[id:collar|1196]]; [[name:full|ELLERBY, Rachel]]",
                    "Subject: RE: RE: PH driver [[name:surname|HOXHA]] - {{keep:operation|Op Saltmarsh}} - OFFICIAL SENSITIVE",
                ]
            },
            "[[name:first|Jo]], [[name:first|Kevin]],",
            "Following today's strategy meeting: [[name:nickname|Dee]] ([[name:full|Dritan Hoxha]]) was arrested this morning and released under investigation. His phone shows contact with both girls. I can confirm for licensing purposes that the driver known as [[name:nickname|Dee]] is the holder of licence [[id:licence|NEL-PH-0934]] and was driving his licensed vehicle on {{keep:date|13 March}}. I am content for this to be shared with the {{keep:agency|Licensing Sub-Committee}} under {{keep:instrument|Common Law Police Disclosure}}.",
            "[[name:word|Ruby]] is safe at the [[name:surname|Fotherbys]]'. [[name:first|Amber-Leigh]] has not engaged; her landlady Mrs [[name:surname|Wressle]] says [[name:nickname|Bambi]] was collected last night by a {{keep:vehicle|silver Seat}}. Can we please get the supported lodgings provider to ring 101 whenever she is out after 23:00?",
            "[[name:first|Kirsty]]",
            "DS [[id:collar|0852]] [[name:surname|Ulyatt]] | {{keep:agency|Exploitation Team}} | {{keep:agency|Humberside Police}} | [[id:phone|0113 496 0218]]",
            {"rule": True},
            {
                "pre": [
                    "From:    [[name:full|DUNDERDALE, Kevin]] <[[id:email|kevin.dunderdale@nelc.gov.uk]]>",
                    "Sent:    {{keep:date|25 March 2019}} 14:10",
                    "To:      [[name:full|ULYATT, Kirsty]]",
                    "Subject: RE: PH driver [[name:surname|HOXHA]] - {{keep:operation|Op Saltmarsh}}",
                ]
            },
            "[[name:first|Kirsty]]",
            "Thanks. I have checked our records. [[name:full|HOXHA, D.]] holds private hire driver licence [[id:licence|NEL-PH-0934]] (granted {{keep:date|04/09/2017}}) and drives for Fourways Cars. He also has a North Lincs badge, number [[id:licence|4471]], which we did not know about until your e-mail. His vehicle licence is plate no. [[id:licence|PH 0288]], a {{keep:vehicle|Toyota Auris}}, not the Seat.",
            "I will put [[name:surname|Hoxha]] before the {{keep:agency|Licensing Sub-Committee}} for an urgent suspension under {{keep:instrument|section 61 of the Local Government (Miscellaneous Provisions) Act 1976}}. You will have seen that {{keep:public_figure|Diane Corless MP}} has asked our Chief Executive for a briefing on taxi licensing, so {{keep:public_figure|Mrs Corless}}'s office will want to know the outcome. Can you confirm the dates of birth you hold, as our record has [[id:dob|1 May 1994]] and the DVLA check says [[id:dob|01/05/1994]], which match, but his application form says he was born in [[id:dob|1993]]?",
            "Regards, [[name:full|Kevin Dunderdale]], Senior Licensing Enforcement Officer",
            {"rule": True},
            {
                "pre": [
                    "From:    [[name:full|PICKERING, Joanne]] <[[id:email|joanne.pickering@nelc.gov.uk]]>",
                    "Sent:    {{keep:date|22 March 2019}} 09:03",
                    "To:      [[name:full|ELLERBY, Rachel]] <[[id:email|r.ellerby@harbourside.sch.uk]]>",
                    "Cc:      [[name:full|SOWERBY, Mark]]",
                    "Subject: [[name:word|Ruby]] - school gate",
                ]
            },
            "Hi [[name:first|Rachel]],",
            "Thanks for your call. As agreed: if the taxi driver [[name:word|Ruby]] calls [[name:nickname|Dee]], or anyone in a {{keep:vehicle|blue Astra}}, turns up at [[place:school|Harbourside]] again, please ring 999 and then me. [[name:word|Ruby]] now knows that staff will do this. Her foster carer [[name:first|Gail]] will drop her off and collect her until further notice.",
            "For your records (please update SIMS): [[name:full|Ruby Kettlewell]], d.o.b. [[id:dob|03/08/2003]], placed with [[name:full|Gail and Roy Fotherby]] from {{keep:date|19/11/2018}}. Mum ([[name:first|Tracey]]) still has parental responsibility but there is a {{keep:instrument|Section 20}} agreement and she should not collect. Stepdad [[name:full|Dean ATKIN]] must not collect.",
            "Separately, [[name:first|Amber-Leigh]] ([[name:nickname|Bambi]]) has told her PA she is thinking of enrolling on your sixth-form link course. I'd advise you to speak to me first. Her NI number for the bursary is [[id:ni|JT 48 20 71 B]] if the college asks.",
            "[[name:first|Jo]]",
            "[[name:full|Joanne Pickering]] | Social Worker | {{keep:agency|Children's Services}}, {{keep:agency|North East Lincolnshire Council}} | {{keep:place|Municipal Offices}}, {{keep:place|Grimsby}}",
            {"rule": True},
            {
                "pre": [
                    "From:    [[name:full|ELLERBY, Rachel]]",
                    "Sent:    {{keep:date|21 March 2019}} 15:32",
                    "To:      [[name:full|PICKERING, Joanne]]",
                    "Subject: Child in Year 10 - car at gate",
                ]
            },
            '[[name:first|Joanne]] - the man in the {{keep:vehicle|blue Astra}} was back today. Reg started [[id:vrm_partial|YD62]]. I heard one of the Year 10 girls shout "[[name:nickname|Dee]]\'s here" and [[name:word|Ruby]] tried to go out of the side gate. Mr [[name:surname|Brumpton]] stopped her. She said "I\'m only going to see [[name:nickname|Dee]] for a minute". Can you ring me?',
            "[[name:full|Rachel Ellerby]], Designated Safeguarding Lead, [[place:school|Harbourside Academy]]",
        ],
    },
    {
        "id": "childrens_home_log_scan_newcastle_pennock",
        "layout": "childrens_home_daily_log",
        "font": "Times-Italic",
        "size": 10,
        "scan": {"skew": 0.3, "noise": 1200, "blur": 0.55, "dpi": 220, "face": "serif"},
        "header": "[[place:care|THE HOLLIES]] - DAILY RECORD - YOUNG PERSON: [[name:full|SKY PENNOCK]]",
        "footer": "Unit file copy - do not remove from office   Sheet {page} of {pages}",
        "blocks": [
            {
                "kv": [
                    [
                        "Young person",
                        "[[name:full|Sky Louise Pennock]] ({{keep:label|DOB}} [[id:dob|30/06/04]])",
                    ],
                    [
                        "Legal status",
                        "{{keep:instrument|s31 Care Order}} ({{keep:agency|Newcastle City Council}})",
                    ],
                    ["Key worker", "[[name:full|Lauren Mather]] (LM)"],
                    [
                        "Social worker",
                        "[[name:full|Paul Scorer]], {{keep:agency|Newcastle Children's Social Care}}, ID [[id:other|NCC-CS-0449182]]",
                    ],
                ],
                "boxed": True,
            },
            {"h": "{{keep:date|Friday 12 July 2019}} - late shift (LM / CO)"},
            "15:40 [[name:word|Sky]] back from [[place:school|Elswick Ridge]] by school taxi. Quiet, went straight to room. Said she had a detention from Mr [[name:surname|Robson]]. LM",
            '17:15 [[name:word|Sky]] asked for her phone credit early. Told no, Friday as usual. [[name:word|Sky]] said "[[name:nickname|Sparky]] will just give me some then". Asked who [[name:nickname|Sparky]] is. [[name:word|Sky]] laughed and said "my mate\'s uncle". Logged on CSE tracker. LM',
            "18:05 Phone call on the house phone for [[name:word|Sky]] from a girl who said she was [[name:nickname|Libs]] from [[place:care|Fellside]]. Call passed to [[name:word|Sky]]. CO",
            "19:20 [[name:word|Sky]] left via the front door saying she was going to the Co-op. Did not return. Phone off. CO",
            "20:20 Reported missing to {{keep:agency|Northumbria Police}} (ref NP-190712-0884). Spoke to PC [[name:full|Dale Rutherford]] [[id:collar|6613]]. Gave description: {{keep:descriptor|white female}}, slim, long dyed red hair, grey North Face jacket, white Air Force trainers. Mentioned [[name:nickname|Sparky]] and a white taxi seen on {{keep:date|5 July}}. CO",
            "20:45 Rang [[place:care|Fellside]] - staff there confirm [[name:full|Liberty Shaw]] also missing since 18:30. Staff at [[place:care|FELLSIDE]] think the girls have gone into town. LM",
            "21:30 [[name:word|Sky]]'s mum [[name:full|Donna Pennock]] rang. Told her [[name:word|Sky]] missing. [[name:first|Donna]] said [[name:word|Sky]] had rung her at 8 from a number she did not know, [[id:phone|07700 900702]]. Passed to police. LM",
            {"h": "{{keep:date|Saturday 13 July 2019}} - waking night (JG)"},
            "00:10 PC [[id:collar|6613]] rang: girls seen on {{keep:place|Grainger Street}} getting into a {{keep:vehicle|white Peugeot 308}}. JG",
            '01:25 [[name:word|Sky]] returned by taxi, dropped at the end of the road. Taxi driver drove off before I could see the plate, but the licence plate on the back said [[id:licence|NCC 2217]]. [[name:word|Sky]] smelling of alcohol and had a new vape. Said "[[name:nickname|Rocky]] brought me back, [[name:nickname|Sparky]] had to go". Would not say where she had been. Bruise to left wrist, photographed with consent. Police informed of return at 01:32. JG',
            '01:50 [[name:word|Sky]] crying in her room, said "[[name:nickname|Libby]]\'s still with them". Told police. [[name:word|Liberty]] returned to [[place:care|Fellside]] at 03:10 (per [[place:care|Fellside]] night staff). JG',
            {"h": "{{keep:date|Saturday 13 July 2019}} - early shift (CO / RK)"},
            '10:30 [[name:word|Sky]] up. Ate breakfast. Agreed to talk to [[name:first|Lauren]] on Monday. Showed [[name:first|Craig]] a snap from [[id:handle|rocky_geordie_07]] that said "[[name:lower|sky]] ur safe with me, dont tell [[name:lower|lauren]] nowt". Screenshot taken and sent to police. CO',
            "12:00 Return home interview booked with {{keep:agency|Barnardo's}} for {{keep:date|16/07}}. Strategy meeting called by {{keep:agency|Gateshead}} and {{keep:agency|Newcastle}} for {{keep:date|17 July}} because both girls involved. RK",
            "14:40 DC [[name:full|Gemma Lister-Ward]] [[id:collar|3021]] visited. Advises [[name:nickname|Sparky]] is believed to be [[name:full|Amir GHULAM]] and [[name:nickname|Rocky]] to be [[name:full|Rakibul ALAM]], both on {{keep:operation|Operation Lanyard}}. [[name:nickname|SPARKY]] is a takeaway delivery driver. DC [[name:surname|Lister-Ward]] asked staff to note any visits to [[place:care|the Hollies]] by a {{keep:vehicle|white Peugeot}} or a {{keep:vehicle|black Mercedes Vito}}. CO",
            '16:00 Note for the staff team: [[name:word|Sky]] has asked to be called [[name:variant|Skye]] "with an e" from now on. Please use [[name:word|Sky]] on the records as that is her legal name. [[name:full|Craig Ogle]], team leader. CO',
            {
                "pre": [
                    "Signed off: [[name:full|C. Ogle]], Team Leader, [[place:care|The Hollies]], {{keep:date|13/07/2019}}"
                ]
            },
        ],
    },
    {
        "id": "strategy_minutes_gateshead_shaw",
        "layout": "strategy_minutes",
        "font": "DejaVuSerifCondensed",
        "size": 9.5,
        "header": "OFFICIAL-SENSITIVE - {{keep:agency|Gateshead Council}} Children's Social Care",
        "footer": "Strategy discussion minutes - not for onward disclosure without consent of the Chair   Page {page} of {pages}",
        "blocks": [
            {"h": "STRATEGY MEETING (MULTI-AGENCY) - {{keep:instrument|SECTION 47}}", "level": 1},
            {
                "kv": [
                    [
                        "Child",
                        "[[name:full|SHAW, Liberty]] ([[name:nickname|Libby]]), {{keep:label|D.O.B.}} [[id:dob|05.12.2003]], LCS [[id:other|1189307]]",
                    ],
                    [
                        "Linked child",
                        "[[name:full|PENNOCK, Sky]] ({{keep:agency|Newcastle}}), {{keep:label|D.O.B.}} [[id:dob|30.06.2004]]",
                    ],
                    [
                        "Date / venue",
                        "{{keep:date|17 July 2019}}, 10:00, {{keep:place|Gateshead Civic Centre}}, Room 2.14",
                    ],
                    ["Chair", "[[name:full|Denise Wardle]], Safeguarding Manager"],
                    ["Minutes", "[[name:full|Yasmin Khatun]], business support"],
                ],
                "boxed": True,
            },
            {"h": "1. Attendance"},
            {
                "table": [
                    ["Name", "Role", "Agency"],
                    [
                        "[[name:full|Denise Wardle]]",
                        "Chair",
                        "{{keep:agency|Gateshead Children's Social Care}}",
                    ],
                    [
                        "[[name:full|Michael Oyelowo]]",
                        "Social worker for [[name:word|Liberty]]",
                        "{{keep:agency|Gateshead Children's Social Care}}",
                    ],
                    [
                        "[[name:full|Paul Scorer]]",
                        "Social worker for [[name:word|Sky]]",
                        "{{keep:agency|Newcastle Children's Social Care}}",
                    ],
                    [
                        "DS [[name:full|Neil Charlton]] [[id:collar|2408]]",
                        "Officer in case",
                        "{{keep:agency|Northumbria Police}}, {{keep:operation|Op Lanyard}}",
                    ],
                    [
                        "[[name:full|Shona Keenan]]",
                        "Registered manager, [[place:care|Fellside]]",
                        "{{keep:agency|Gateshead Council}}",
                    ],
                    [
                        "[[name:full|Anne-Marie Blenkinsop]]",
                        "DSL, [[place:school|St Oswin's RC High]]",
                        "Education",
                    ],
                    [
                        "Dr [[name:full|Farah Chaudry]]",
                        "Named nurse",
                        "{{keep:agency|Gateshead Health NHS Foundation Trust}}",
                    ],
                    [
                        "Apologies: [[name:full|Lauren Mather]]",
                        "Key worker for [[name:word|Sky]], [[place:care|The Hollies]]",
                        "{{keep:agency|Newcastle City Council}}",
                    ],
                ],
                "header": True,
                "widths": [0.3, 0.38, 0.32],
            },
            {"h": "2. Reason for meeting"},
            "[[name:word|Liberty]] ({{keep:descriptor|15}}) and [[name:word|Sky]] ({{keep:descriptor|15}}) went missing together on {{keep:date|12 July}} from their placements, [[place:care|Fellside]] and [[place:care|The Hollies]]. Both returned in the early hours in taxis. [[name:word|Liberty]] told [[place:care|Fellside]] staff she had been at \"[[name:nickname|Sparky]]'s cousin's flat\" in {{keep:place|Fenham}}. DS [[name:surname|Charlton]] reported that the flat is [[id:address|Flat 3, 117 Nuns Moor Road]], {{keep:place|Newcastle}} [[id:postcode|NE4 9XT]], tenancy in the name of [[name:full|Sajjad NAWAZ]], known as [[name:nickname|Jaddy]].",
            {"h": "3. Information shared"},
            "Police: [[name:nickname|Sparky]] ([[name:full|Amir Ghulam]], b. [[id:dob|1990]]), [[name:nickname|Rocky]] ([[name:full|Rakibul Alam]]) and [[name:nickname|Jaddy]] are nominals on {{keep:operation|Operation Lanyard}}, which {{keep:public_figure|Chief Constable Rosalind Kemble}} has made a force priority. Intelligence suggests an older man called [[name:nickname|Boss]] is above them. [[name:nickname|Boss]] has not been identified. The taxi that returned [[name:word|Sky]] carried {{keep:agency|Newcastle City Council}} plate [[id:licence|NCC 2217]]; the hackney driver's badge is [[id:licence|HCD/0419]].",
            "[[place:care|Fellside]]: [[name:word|Liberty]] has gone missing 14 times since {{keep:date|April}}. She has a second phone. She refers to [[name:nickname|Jaddy]] as her boyfriend. Ms [[name:surname|Keenan]] reported that the unit cannot lock doors and asked whether a {{keep:instrument|deprivation of liberty order}} could be considered. The Chair noted this would need an application to the {{keep:agency|High Court}} and legal advice.",
            "School: [[name:word|Liberty]]'s attendance at [[place:school|St Oswin's]] is 41%. She was moved to a part-time place at [[place:school|The Beacon Centre]] (PRU) in {{keep:date|May}}. Ms [[name:surname|Blenkinsop]] reported that [[name:word|Liberty]] has been seen getting into cars outside the [[place:school|Beacon]] in {{keep:place|Felling}}.",
            "Health: [[name:word|Liberty]] attended the sexual health clinic on {{keep:date|15 July}}. [[name:first|Libby]]'s NHS number is [[id:nhs|932 880 4078]] (for the health chronology). Dr [[name:surname|Chaudry]] will share the outcome with the Chair only.",
            "Newcastle: [[name:word|Sky]]'s return interview is booked for {{keep:date|16/07}} but she refused. [[name:word|Sky]] has asked to be called [[name:variant|Skye]]. Mr [[name:surname|Scorer]] will hold a separate strategy meeting for [[name:word|Sky]] but will share minutes.",
            {"h": "4. Decisions"},
            {
                "ticks": [
                    [
                        "Threshold for {{keep:instrument|Section 47}} enquiries met for [[name:word|Liberty]]",
                        True,
                    ],
                    [
                        "{{keep:instrument|Child Abduction Warning Notices}} to [[name:surname|Ghulam]], [[name:surname|Alam]] and [[name:surname|Nawaz]]",
                        True,
                    ],
                    [
                        "{{keep:instrument|National Referral Mechanism}} referral for [[name:word|Liberty]]",
                        True,
                    ],
                    [
                        "Move to supported lodgings with Mrs [[name:full|Pat Dobbie]] ({{keep:place|Whickham}})",
                        False,
                    ],
                    ["Legal planning meeting re secure / {{keep:instrument|DoLS}}", True],
                ]
            },
            {"h": "5. Actions"},
            {
                "table": [
                    ["No.", "Action", "Owner", "By"],
                    [
                        "1",
                        "Serve CAWNs on [[name:nickname|SPARKY]], [[name:nickname|ROCKY]], [[name:nickname|JADDY]]",
                        "DS [[name:surname|Charlton]]",
                        "{{keep:date|24/07/2019}}",
                    ],
                    [
                        "2",
                        "Licensing referral re plate [[id:licence|NCC 2217]] to {{keep:agency|Newcastle City Council}}",
                        "DS [[name:surname|Charlton]]",
                        "{{keep:date|19/07/2019}}",
                    ],
                    [
                        "3",
                        "Safety plan with [[name:word|Liberty]]; night checks at [[place:care|FELLSIDE]]",
                        "[[name:full|S. Keenan]]",
                        "{{keep:date|18/07/2019}}",
                    ],
                    [
                        "4",
                        "Share school gate log ([[place:school|Beacon Centre]]) with police",
                        "[[name:full|A-M. Blenkinsop]]",
                        "{{keep:date|22/07/2019}}",
                    ],
                    ["5", "Review meeting", "Chair", "{{keep:date|07/08/2019}}"],
                ],
                "header": True,
                "widths": [0.06, 0.56, 0.22, 0.16],
            },
            {
                "pre": [
                    "Minutes approved: [[name:full|D. Wardle]] (Chair), {{keep:date|19/07/2019}}"
                ]
            },
        ],
    },
    {
        "id": "licensing_minutes_sunderland_ilyas",
        "layout": "licensing_minutes",
        "font": "Helvetica",
        "size": 10,
        "header": "{{keep:agency|SUNDERLAND CITY COUNCIL}}",
        "footer": "Licensing Sub-Committee (Hackney Carriage and Private Hire)   {{keep:date|3 October 2019}}   Page {page} of {pages}",
        "blocks": [
            {"image": "logo", "w": 80, "h": 32},
            {"h": "MINUTES OF THE LICENSING SUB-COMMITTEE", "level": 1},
            {
                "center": "held at {{keep:place|City Hall}}, {{keep:place|Sunderland}}, on {{keep:date|Thursday 3 October 2019}} at 10.00 a.m."
            },
            "Present: Councillor {{keep:public_figure|Ian Gilchrist}} (in the {{keep:label|Chair}}) and two other members of the Sub-Committee.",
            "Also in attendance: Legal Adviser; Licensing Manager; Democratic Services Officer; PC [[name:full|Joanne Fenwick-Rae]] [[id:collar|1552]] ({{keep:agency|Northumbria Police}} Licensing); the licence holder; his representative, Mr [[name:full|Omar Siddique]] of counsel.",
            {"h": "14. Review of Hackney Carriage Driver's Licence - Mr M. I."},
            "The Sub-Committee considered a report of the Licensing Manager concerning the hackney carriage driver's licence held by Mr [[name:full|Mohammed ILYAS]] (d.o.b. [[id:dob|4th November 1971]]), licence number [[id:licence|SCC/HC/1187]], driver's badge no. [[id:licence|31877]], who also holds the vehicle licence for hackney carriage plate no. [[id:licence|117]], a {{keep:vehicle|silver Skoda Octavia}}, registration [[id:vrm|NK17 RWV]].",
            "The Licensing Manager reported that on {{keep:date|19 September 2019}} the Council received a disclosure from {{keep:agency|Northumbria Police}} under {{keep:instrument|Common Law Police Disclosure}}. It stated that Mr [[name:surname|Ilyas]], who is known to a number of teenage girls in the city as [[name:nickname|Elvis]], had on at least six occasions between {{keep:date|June}} and {{keep:date|September 2019}} collected a {{keep:descriptor|15-year-old}} girl, referred to in the report as {{keep:cipher|Child R}}, from her children's home, [[place:care|Hylton Grange]], and from her school, [[place:school|Wearmouth Bridge Academy]], without a booking, and had not recorded the journeys.",
            'PC [[name:surname|Fenwick-Rae]] told the Sub-Committee that the girl\'s social worker had identified the driver from a photograph. The girl had told her foster carer that "[[name:nickname|Elvis]] is safe, he just drives us about for [[name:nickname|Jaddy]]". [[name:nickname|Jaddy]] is a man currently under investigation for offences against children. The girl\'s phone contained [[name:surname|Ilyas]]\'s mobile number [[id:phone|07700 900781]] saved as "[[name:nickname|Elvis Taxi]]".',
            'Members asked PC [[name:surname|Fenwick-Rae]] how the police knew the nickname [[name:nickname|Elvis]] referred to Mr [[name:surname|Ilyas]]. She explained that other drivers on the {{keep:place|Park Lane}} rank used it, and that it was said to be because of his quiff in earlier years. The Legal Adviser reminded Members that the girl must not be identified and that her name had been wrongly left unredacted on page 7 of the police bundle ("[[name:word|Rose]]"); Members were asked to disregard it and to refer to her as {{keep:cipher|Child R}} only.',
            'Mr [[name:surname|Siddique]], for Mr [[name:surname|Ilyas]], said his client had driven hackney carriages in {{keep:place|Sunderland}} since {{keep:date|2004}} without complaint. He did not dispute that he had driven {{keep:cipher|Child R}}, but said the journeys were booked by a woman he believed to be the girl\'s aunt, whom he knew as "[[name:nickname|Auntie Bev]]". He did not accept that he knew anyone called [[name:nickname|Jaddy]].',
            'Mr [[name:surname|Ilyas]] addressed the Sub-Committee. Asked by the Chair to confirm his badge number for the record, he said "[[id:licence|three-one-eight-seven-seven]]". Asked whether he had been told by the girl\'s carers at [[place:care|Hylton Grange]] not to collect her, he said he could not remember. He accepted that complaints about unbooked journeys from the rank {{keep:word|rose}} in {{keep:date|2019}}, and that his nickname on the rank was [[name:nickname|Elvis]] "but only the older drivers say that".',
            "In response to a question from Councillor {{keep:public_figure|Gilchrist}}, the Licensing Manager confirmed that Mr [[name:surname|Ilyas]] had completed the Council's safeguarding training on {{keep:date|14 March 2018}}, which covered child sexual exploitation and the findings of the {{keep:public_figure|Pryor}} review.",
            {"h": "Decision"},
            "Having considered the report, the police disclosure, the representations made and the Council's {{keep:instrument|Hackney Carriage and Private Hire Licensing Policy}}, and applying the test of whether Mr [[name:surname|Ilyas]] is a fit and proper person, the Sub-Committee RESOLVED that the hackney carriage driver's licence [[id:licence|SCC/HC/1187]] be revoked under {{keep:instrument|section 61(1)(b) of the Local Government (Miscellaneous Provisions) Act 1976}}, with immediate effect under {{keep:instrument|section 61(2B)}} in the interests of public safety, and that the vehicle licence for plate [[id:licence|117]] be suspended pending a separate review.",
            'Reasons: the Sub-Committee preferred the evidence of PC [[name:surname|Fenwick-Rae]]. It did not find Mr [[name:surname|Ilyas]]\'s account of "[[name:nickname|Auntie Bev]]" credible. A driver who repeatedly carries a child from her care placement and school without a booking, and whose number is saved in her phone under a nickname, is not a fit and proper person.',
            "Mr [[name:surname|Ilyas]] was informed of his right of appeal to {{keep:agency|Sunderland Magistrates' Court}} within 21 days. The badge ([[id:licence|31877]]) and the plate ([[id:licence|117]]) were surrendered at the meeting.",
            {
                "pre": [
                    "Chair: {{keep:public_figure|I. Gilchrist}}     Date: {{keep:date|10 October 2019}}"
                ]
            },
        ],
    },
    {
        "id": "hearing_transcript_inquiry_day23",
        "layout": "hearing_transcript",
        "font": "Courier",
        "size": 10,
        "header": "{{keep:agency|Independent Inquiry into Group-based Child Sexual Exploitation}} - Day 23",
        "footer": "Transcript prepared by Opus 2   {{keep:date|Tuesday 9 May 2023}}   Page {page} of {pages}",
        "blocks": [
            {"center": "{{keep:date|Tuesday, 9 May 2023}}"},
            {"center": "(10.00 am)"},
            {
                "numbered": [
                    "THE CHAIR: Good morning. Before we start, a reminder that the",
                    "    restriction order of {{keep:date|14 February 2023}} applies. No",
                    "    complainant may be named. Ms {{keep:public_figure|Adebowale}}.",
                    "MS {{keep:public_figure|ADEBOWALE}}: Thank you, Chair. The next witness is",
                    "    {{keep:cipher|Witness N-7}}, a former residential care worker in",
                    "    {{keep:place|Gateshead}}. She gives evidence with her name withheld.",
                    "            {{keep:cipher|WITNESS N-7}} (affirmed)",
                    "            Questions by MS {{keep:public_figure|ADEBOWALE}}",
                    "Q. You worked at a children's home between {{keep:date|2017}} and",
                    "    {{keep:date|2020}}. For the transcript we will call it Unit G.",
                    "A. Yes. It was [[place:care|Fellside]] -- sorry.",
                    "THE CHAIR: That will be removed from the published transcript.",
                    "A. Sorry. Unit G. There were two girls I was worried about.",
                    "Q. We call them {{keep:cipher|C-313}} and {{keep:cipher|C-306}}. Tell us about",
                    "    {{keep:cipher|C-313}} first.",
                    "A. She came to us in {{keep:date|April 2019}}. Within a month the missing",
                    "    episodes {{keep:word|rose}} to three or four a week. [[name:first|Libby]] -- I'm sorry,",
                    "    {{keep:cipher|C-313}} -- would say she was going to her boyfriend's.",
                    "Q. Did you know who the boyfriend was?",
                    "A. She called him [[name:nickname|Jaddy]]. He was in his late twenties.",
                    "    [[name:nickname|Jaddy]]'s flat was in {{keep:place|Fenham}}. We knew because",
                    "    the taxi drivers would bring her back from there.",
                    "Q. The Inquiry has seen the daily log at page NCC/02/114. It",
                    "    records the name '[[name:nickname|Sparky]]' and '[[name:nickname|Rocky]]'. Were those",
                    "    names you heard?",
                    "A. All the time. [[name:nickname|Sparky]] was the one with the money. [[name:nickname|Rocky]]",
                    "    did the driving when the taxis couldn't. The girls said",
                    "    [[name:lower|sparky]] like it was a brand. And there was [[name:nickname|Boss]].",
                    "Q. Did anyone ever identify [[name:nickname|Boss]]?",
                    "A. Not while I was there. I {{keep:word|hope}} they did later.",
                    "Q. At tab 9 there is a note of {{keep:date|12 July 2019}}. Both girls were",
                    "    missing. You rang the police at 20:45?",
                    "A. I think that was my colleague at the other home. I rang",
                    "    PC [[id:collar|6613]] later that night. He was good, that officer.",
                    "THE CHAIR: The collar number will also be redacted, please.",
                    "Q. Were you aware of a plan to seek a {{keep:instrument|deprivation of liberty}}",
                    "    order?",
                    "A. It was talked about at the strategy meeting. Nothing came of it.",
                    "    {{keep:cipher|C-313}} moved to supported lodgings with a lady",
                    "    in {{keep:place|Whickham}}, Mrs [[name:surname|Dobbie]], and she went missing from",
                    "    there on the first night.",
                    "Q. I want to ask about the report by {{keep:public_figure|Gwendolyn Pryor}},",
                    "    published in {{keep:date|March 2016}}. Had you read it?",
                    "A. We had training on it. The {{keep:public_figure|Pryor}} report said staff",
                    "    should write down exactly what the girls said, names and",
                    "    nicknames and all. So I did. I wrote down '[[name:nickname|Jaddy]]', '[[name:nickname|Boss]]',",
                    "    the lot.",
                    "Q. And what happened to what you wrote down?",
                    "A. I don't know. I sent it to the social worker, [[name:full|Michael Oyelowo]],",
                    "    and to the police. Mr [[name:surname|Oyelowo]] was very good but he",
                    "    had forty cases.",
                    "MS {{keep:public_figure|ADEBOWALE}}: Chair, the Minister, {{keep:public_figure|Matilda Fairweather}},",
                    "    referred to this evidence in the House. I will take the",
                    "    witness to that next.",
                    "THE CHAIR: Thank you. We will break for ten minutes.",
                    "            (11.31 am)",
                    "            (A short break)",
                    "            (11.45 am)",
                    "MS {{keep:public_figure|ADEBOWALE}}: Before the break I mentioned the Minister.",
                    "    {{keep:public_figure|Ms Fairweather}} quoted the articles by {{keep:public_figure|Marcus Ellery}}",
                    "    in the Northern Chronicle. Had you seen Mr {{keep:public_figure|Ellery}}'s articles?",
                    "A. Everyone had. Staff were told not to speak to him.",
                    "Q. Let's turn to {{keep:cipher|C-306}}. She lived at a different home?",
                    "A. Yes, in {{keep:place|Newcastle}}. [[place:care|The Hollies]]. Sorry. I keep",
                    "    doing that.",
                    "THE CHAIR: It's all right. Unit H, for the transcript.",
                    "A. Unit H. She and {{keep:cipher|C-313}} were close. [[name:word|Sky]] -- {{keep:cipher|C-306}} --",
                    "    would ring our house phone and ask for [[name:nickname|Libs]].",
                    "Q. Did {{keep:cipher|C-306}} ever talk to you about [[name:nickname|Rocky]]?",
                    "A. She said [[name:nickname|Rocky]] was 'safe'. [[name:nickname|Rocky]]'s real name",
                    "    was [[name:full|Rakibul Alam]], I found out later from the papers.",
                    "Q. The Chief Constable, {{keep:public_figure|Rosalind Kemble}}, has given",
                    "    a statement to the Inquiry. At paragraph 41 {{keep:public_figure|Ms Kemble}}",
                    "    says that by {{keep:date|August 2019}} the force had identified",
                    "    [[name:nickname|Boss]]. Did anybody tell the home that?",
                    "A. No. We still had [[name:nickname|Boss]] on the whiteboard in the office",
                    "    as 'unknown male' when I left in {{keep:date|2020}}.",
                    "Q. The whiteboard. What else was on it?",
                    "A. The girls' names, their photos, the cars. A {{keep:vehicle|white Peugeot}},",
                    "    a {{keep:vehicle|black Vito}}. The taxi plate, [[id:licence|NCC 2217]]. And the",
                    "    men: [[name:nickname|SPARKY]], [[name:nickname|ROCKY]], [[name:nickname|JADDY]], in capitals.",
                    "Q. Did you ever see a man you believed to be [[name:nickname|Jaddy]]?",
                    "A. Once. He came to the door and asked for '[[name:nickname|Libby]]'. He said",
                    "    he was her cousin [[name:nickname|Saj]]. I said she wasn't in.",
                    "Q. Was that written down?",
                    "A. Yes, in the log. The date will be in there. I {{keep:word|will}} say",
                    "    this: we wrote everything down, and nobody read it.",
                    "THE CHAIR: Thank you. That is a point {{keep:public_figure|Mr Justice Penrose}}",
                    "    also made in the Lancashire case. Ms {{keep:public_figure|Adebowale}}?",
                    "MS {{keep:public_figure|ADEBOWALE}}: No further questions, Chair.",
                    "            (12.20 pm)",
                ]
            },
        ],
    },
    {
        "id": "risk_assessment_middlesbrough_begum",
        "layout": "risk_assessment",
        "font": "DejaVuSans",
        "size": 9,
        "header": "{{keep:agency|Middlesbrough Council}} - Children's Services - {{keep:label|CSE Risk Assessment Tool}} (Tees, v3)",
        "footer": "OFFICIAL-SENSITIVE   Page {page} of {pages}",
        "blocks": [
            {"h": "CHILD SEXUAL EXPLOITATION - RISK ASSESSMENT", "level": 1},
            {
                "kv": [
                    ["Name", "[[name:full|BEGUM, Rukhsana]] (known as [[name:nickname|Rukhi]])"],
                    [
                        "{{keep:label|Date of birth}}",
                        "[[id:dob|8 March 2002]]     Age: {{keep:descriptor|17}}",
                    ],
                    ["Ethnicity / religion", "{{keep:descriptor|British Bangladeshi}} / Muslim"],
                    ["LCS number", "[[id:other|MBC-0301176]]"],
                    ["NHS number", "[[id:nhs|238 625 5115]]"],
                    [
                        "Education",
                        "[[place:school|Linthorpe Grange Academy]] sixth form (Y12); until {{keep:date|2018}} attended [[place:school|Madrasah Nur-e-Madina]] evenings",
                    ],
                    [
                        "Placement",
                        "[[place:care|Kingfisher Lodge]], {{keep:place|Stockton-on-Tees}} (from {{keep:date|02/09/2019}}); previously at home",
                    ],
                    [
                        "Assessor",
                        "[[name:full|Rebecca Hindmarch]], social worker, Vulnerable, Exploited, Missing and Trafficked (VEMT) team",
                    ],
                    ["Date", "{{keep:date|21/11/2019}}"],
                ],
                "boxed": True,
            },
            {"h": "1. Background"},
            "[[name:first|Rukhsana]] lived with her mother, Mrs [[name:full|Shahida Begum]], father, Mr [[name:full|Abdul Mannan]], and brothers at [[id:address|58 Parliament Close]], {{keep:place|Middlesbrough}} [[id:postcode|TS1 9QW]] until {{keep:date|August 2019}}, when she was accommodated under {{keep:instrument|Section 20}} following an assault by her older brother [[name:full|Rashed Mannan]] (b. [[id:dob|1997]]). The family had learnt that she was in a relationship with a man she calls [[name:nickname|Tanny]]. She was briefly at [[place:care|Ormesby Road children's home]] before moving to [[place:care|Kingfisher Lodge]].",
            '[[name:first|Rukhsana]] is an articulate young woman who wants to be a pharmacist. Her {{keep:word|faith}} is important to her. Teachers at [[place:school|Linthorpe Grange]] describe her as "a grafter". Her attendance fell from 97% to 62% in the autumn term. Her madrasah teacher, [[name:full|Hafiz Anwar Uddin]], told the family in {{keep:date|2018}} that she had been seen in a car outside the madrasah with "older lads".',
            {"h": "2. Indicators"},
            {
                "table": [
                    ["Indicator", "Evidence (child's words in quotes)", "Score"],
                    [
                        "Older associates",
                        "[[name:nickname|Tanny]] ([[name:full|Tanveer ARSHAD]], about {{keep:descriptor|29}}). Also [[name:nickname|Yaz]] and a man she calls [[name:nickname|Izzy]]. \"[[name:nickname|Tanny]]'s not like them, he's going to marry me.\"",
                        "3",
                    ],
                    [
                        "Missing / late",
                        '9 missing episodes from [[place:care|KINGFISHER]] since {{keep:date|September}}. Returns by taxi. Said "[[name:nickname|Saffy]] always brings me back, he\'s alright".',
                        "3",
                    ],
                    [
                        "Transport",
                        "Taxi driver [[name:nickname|Saffy]] = [[name:full|Sarfraz Kayani]], Stockton PH driver licence [[id:licence|DL/2019/3318]]. Seen on {{keep:date|15/11/2019}} with [[name:first|Rukhsana]] in rear of {{keep:vehicle|black Toyota C-HR}}.",
                        "3",
                    ],
                    [
                        "Gifts / debt",
                        'New iPhone 11; designer handbag. "[[name:nickname|Yaz]] says I owe him for the hotel."',
                        "2",
                    ],
                    [
                        "Substances",
                        "Cannabis; one episode of alcohol intoxication. Supplied by [[name:nickname|Mozzy]] ([[name:full|Craig Mossop]], {{keep:descriptor|white British}}), linked to [[name:nickname|Izzy]].",
                        "2",
                    ],
                    [
                        "Online",
                        'Snapchat [[id:handle|rukhi.b_02]]; [[name:nickname|Tanny]] as [[id:handle|tanny_mbro]]. Messages seen by staff: "[[name:lower|rukhi]] come 2 [[name:lower|tanny]]\'s", "[[name:lower|yaz]] is outside [[place:care|kingfisher]]".',
                        "2",
                    ],
                    [
                        "Sexual health",
                        "Attended clinic {{keep:date|04/11/2019}}; declined STI screen.",
                        "2",
                    ],
                    [
                        "Family / honour",
                        "Family unaware of full extent. Brother [[name:first|Rashed]] has threatened [[name:first|Rukhsana]] and [[name:nickname|Tanny]]. Risk of forced marriage considered and discounted by {{keep:agency|Forced Marriage Unit}}.",
                        "2",
                    ],
                ],
                "header": True,
                "widths": [0.18, 0.72, 0.1],
            },
            {"h": "3. Overall risk"},
            {
                "ticks": [
                    ["Low", False],
                    ["Medium", False],
                    ["Significant", True],
                    ["Serious", False],
                ]
            },
            "Rationale: [[name:first|Rukhsana]] is {{keep:descriptor|17}} and sees [[name:nickname|Tanny]] as her boyfriend. There is evidence that [[name:nickname|Tanny]], [[name:nickname|Yaz]] ([[name:full|Yasir HANIF]]) and [[name:nickname|Izzy]] ([[name:full|Ismail GORA]]) are passing her between them and that taxi driver [[name:nickname|Saffy]] is transporting her at their request. Intelligence from {{keep:agency|Cleveland Police}} ({{keep:operation|Operation Kingcup}}) links the same men to two other girls, referred to as {{keep:cipher|YP2}} and {{keep:cipher|YP5}}.",
            {"h": "4. Plan"},
            {
                "numbered": [
                    "Strategy meeting {{keep:date|26/11/2019}} (Chair: [[name:full|J. Raine]], team manager).",
                    "DC [[name:full|Stephen Brass]] [[id:collar|1047]] to consider CAWNs for [[name:surname|Arshad]], [[name:surname|Hanif]], [[name:surname|Gora]].",
                    "Licensing referral re [[name:surname|Kayani]] to {{keep:agency|Stockton-on-Tees Borough Council}}.",
                    "Key worker at [[place:care|Kingfisher Lodge]], [[name:full|Tasha Metcalfe-Hoyle]], to do weekly direct work.",
                    "Mrs [[name:surname|Begum]] to be offered support from {{keep:agency|Halo Project}} re family.",
                    '[[name:first|Rukhsana]]\'s own words: "I just want everyone to leave [[name:nickname|Tanny]] alone."',
                ]
            },
            {
                "pre": [
                    "Assessor: [[name:full|R. Hindmarch]]    Manager: [[name:full|J. Raine]]    Next review: {{keep:date|21/12/2019}}"
                ]
            },
        ],
    },
    {
        "id": "licensing_enforcement_notes_stockton_kayani",
        "layout": "licensing_enforcement_notes",
        "font": "Times-Roman",
        "size": 10,
        "header": "{{keep:agency|Stockton-on-Tees Borough Council}} - Licensing Enforcement - Officer's notes",
        "footer": "{{keep:operation|Op Kingcup}} joint night of action   Page {page} of {pages}",
        "blocks": [
            {
                "h": "Joint taxi enforcement - {{keep:operation|Operation Kingcup}} night of action",
                "level": 2,
            },
            {
                "kv": [
                    ["Date", "{{keep:date|Friday 15 November 2019}}, 20:00 - 02:00"],
                    [
                        "Officers",
                        "LEO [[name:full|Gareth Pybus]] (notes), LEO [[name:full|Sian Corner]]; PC [[id:collar|2744]] [[name:surname|Tweddle]], PCSO [[name:full|Amy Lax]] [[id:collar|7719]] ({{keep:agency|Cleveland Police}}); VOSA examiner",
                    ],
                    [
                        "Locations",
                        "{{keep:place|Stockton High Street}} rank; {{keep:place|Thornaby}} station; {{keep:place|Teesside Park}}",
                    ],
                ]
            },
            {"h": "Vehicle and driver checks"},
            {
                "table": [
                    ["Time", "Plate / VRM", "Driver / badge", "Outcome"],
                    [
                        "20:40",
                        "[[id:licence|SBC PH 0561]] / [[id:vrm|NA66 TKU]]",
                        "[[name:full|Parveen, Z.]] / [[id:licence|DL/2016/1148]]",
                        "No issues. Advice re CCTV.",
                    ],
                    [
                        "21:15",
                        "[[id:licence|MBC 00451]] / [[id:vrm|NL18 HZP]]",
                        "[[name:full|Dixon, Carl]] / Middlesbrough badge [[id:licence|00451]]",
                        "Out of area, plying for hire. Reported to {{keep:agency|Middlesbrough Council}}.",
                    ],
                    [
                        "22:05",
                        "Wolverhampton plate [[id:licence|WV/PHV/23108]] / [[id:vrm|KR19 YJF]]",
                        "[[name:full|Khalil Ahmadzai]] / [[id:licence|WV/PHD/18/07763]]",
                        "Cross-border hire. Bald tyre. Prohibition issued.",
                    ],
                    [
                        "23:10",
                        "[[id:licence|SBC PH 0388]] / [[id:vrm|NU69 CXF]]",
                        "[[name:full|KAYANI, Sarfraz]] / [[id:licence|DL/2019/3318]]",
                        "See note 1. Female {{keep:descriptor|17}} in rear. Suspended.",
                    ],
                    [
                        "00:30",
                        "[[id:licence|R&C/PH/1173]] / [[id:vrm|ND17 OEW]]",
                        "[[name:full|Hussein Jama]] / [[id:licence|R&C/PHD/0992]]",
                        "No issues.",
                    ],
                ],
                "header": True,
                "widths": [0.09, 0.31, 0.32, 0.28],
            },
            {
                "image": "photo",
                "w": 200,
                "h": 110,
                "caption": "Photo 3 (23:14): {{keep:vehicle|black Toyota C-HR}} [[id:vrm|NU69 CXF]], plate [[id:licence|SBC PH 0388]], parked on Prince Regent Street.",
            },
            {"h": "Note 1 - [[name:surname|KAYANI]]"},
            "At 23:10 PC [[name:surname|Tweddle]] and I stopped the {{keep:vehicle|black Toyota C-HR}} on Prince Regent Street. Driver produced badge [[id:licence|DL/2019/3318]] in the name of [[name:full|Sarfraz KAYANI]] (d/o/b [[id:dob|17/01/1988]]). No booking on the operator's system (Tees Valley Cars). In the rear was an {{keep:descriptor|Asian}} female who gave her name as [[name:variant|Roxana Begum]] and then, when PC [[name:surname|Tweddle]] checked, as [[name:full|Rukhsana Begum]], born [[id:dob|08/03/2002]]. She is known to police as a missing child from [[place:care|Kingfisher Lodge]].",
            'Driver stated "I\'m just taking [[name:first|Rukhi]] home, she\'s my mate\'s cousin". When asked who the mate was he said "[[name:nickname|Tanny]]". His phone rang during the stop; the screen showed "[[name:nickname|Yaz]] 2". Driver is known on the rank as [[name:nickname|Saffy]]. Other drivers at the {{keep:place|Thornaby}} rank told LEO [[name:surname|Corner]] that [[name:nickname|Saffy]] "does runs for [[name:nickname|Tanny]]\'s lot".',
            "PC [[name:surname|Tweddle]] returned the girl to [[place:care|Kingfisher Lodge]] (staff member [[name:full|Tasha Metcalfe-Hoyle]]). I served notice of immediate suspension of PH driver licence [[id:licence|DL/2019/3318]] under {{keep:instrument|section 61(2B) Local Government (Miscellaneous Provisions) Act 1976}} at 23:52. [[name:surname|Kayani]] gave his address as [[id:address|29 Bishopton Lane]], {{keep:place|Stockton-on-Tees}} and his mobile as [[id:phone|07700 900812]].",
            'Spoken record of the badge in my notebook: driver said "[[id:licence|three three one eight, twenty nineteen]]". Vehicle licence plate no. [[id:licence|0388]] also suspended pending inspection.',
            {"h": "Follow-up"},
            "Report to Licensing Committee Chair; copy to {{keep:agency|Cleveland Police}} (DC [[name:full|S. Brass]] [[id:collar|1047]]) and to the VEMT social worker [[name:full|Rebecca Hindmarch]]. Check whether [[name:nickname|Saffy]] also holds a {{keep:agency|Middlesbrough Council}} licence.",
            {
                "pre": [
                    "Signed: [[name:full|G. Pybus]], Licensing Enforcement Officer, {{keep:date|16/11/2019}} 03:10"
                ]
            },
        ],
    },
    {
        "id": "chronology_aylesbury_hollingworth",
        "layout": "chronology",
        "font": "Helvetica",
        "size": 9,
        "pagesize": "A4-landscape",
        "header": "{{keep:agency|Buckinghamshire Council}} - Children's Social Care - Multi-agency chronology - OFFICIAL-SENSITIVE",
        "footer": "Prepared for the {{keep:agency|Inquiry}} (Rule 9 request 41)   Page {page} of {pages}",
        "blocks": [
            {
                "h": "Chronology: [[name:full|HOLLINGWORTH, Mia]] ({{keep:cipher|C-308}})",
                "level": 1,
            },
            {
                "kv": [
                    [
                        "Child",
                        "[[name:full|Mia Jessica Hollingworth]], known as [[name:nickname|Mimi]]",
                    ],
                    ["{{keep:label|DOB}}", "[[id:dob|22/10/2003]]"],
                    ["Mosaic ID", "[[id:other|BC-771042]]"],
                    ["NHS no.", "[[id:nhs|848 733 3117]]"],
                    [
                        "Mother",
                        "[[name:full|Kerry Hollingworth]] (b. [[id:dob|1985]]), [[id:address|14 Weedon Close]], {{keep:place|Aylesbury}}",
                    ],
                    [
                        "Compiled by",
                        "[[name:full|Natalie Ebden]], senior practitioner, {{keep:date|June 2021}}",
                    ],
                ]
            },
            {
                "table": [
                    ["Date", "Age", "Event", "Source", "Significance"],
                    [
                        "{{keep:date|Sept 2008}}",
                        "{{keep:descriptor|4}}",
                        "[[name:first|Mia]] starts reception at [[place:school|St Edburg's CE Primary]], {{keep:place|Bicester}}.",
                        "Education",
                        "-",
                    ],
                    [
                        "{{keep:date|14/03/2012}}",
                        "{{keep:descriptor|8}}",
                        "Referral by [[place:school|St Edburg's]]: [[name:first|Mia]] disclosed domestic abuse by mum's partner [[name:full|Lee Garside]].",
                        "Education",
                        "First referral.",
                    ],
                    [
                        "{{keep:date|11/07/2016}}",
                        "{{keep:descriptor|12}}",
                        "Family moves to {{keep:place|Aylesbury}}. [[name:first|Mia]] starts at [[place:school|Quarrendon Heath Academy]] in Sept.",
                        "Health visitor",
                        "-",
                    ],
                    [
                        "{{keep:date|02/02/2017}}",
                        "{{keep:descriptor|13}}",
                        "[[name:first|Mia]] and friend [[name:full|Poppy Stanbridge]] seen with older males at {{keep:place|Friars Square}} shopping centre. One male called [[name:nickname|Chunky]] by the girls.",
                        "{{keep:agency|Thames Valley Police}} PCSO",
                        "First CSE indicator.",
                    ],
                    [
                        "{{keep:date|19/05/2017}}",
                        "{{keep:descriptor|13}}",
                        "[[name:first|Mia]] missing overnight. Found in a flat at [[id:address|7 Market Parade]], {{keep:place|High Wycombe}} with [[name:word|Poppy]]. Occupant [[name:full|Mohsin QADRI]] aka [[name:nickname|Chunky]].",
                        "TVP log 0812",
                        "CSE strategy meeting held.",
                    ],
                    [
                        "{{keep:date|30/06/2017}}",
                        "{{keep:descriptor|13}}",
                        "Excluded from [[place:school|Quarrendon Heath]]; placed at [[place:school|Chiltern Way PRU]].",
                        "Education",
                        "Loss of protective factor.",
                    ],
                    [
                        "{{keep:date|04/10/2017}}",
                        "{{keep:descriptor|13}}",
                        "Accommodated {{keep:instrument|s20}}. Placed at [[place:care|Bierton Road children's home]].",
                        "CSC",
                        "-",
                    ],
                    [
                        "{{keep:date|22/12/2017}}",
                        "{{keep:descriptor|14}}",
                        "Moved to [[place:care|The Sycamores]] (out of area, {{keep:place|Milton Keynes}}) after 17 missing episodes from [[place:care|Bierton Road]].",
                        "CSC",
                        "Placement move.",
                    ],
                    [
                        "{{keep:date|03/03/2018}}",
                        "{{keep:descriptor|14}}",
                        'Staff at [[place:care|Sycamores]] find messages from [[name:nickname|Doc]]: "[[name:lower|mimi]] the taxi is outside". Taxi: [[name:full|Kashif Naz]] ([[name:nickname|Kash]]), badge [[id:licence|AVDC-PH-2016-118]].',
                        "Residential log",
                        "Taxi link identified.",
                    ],
                    [
                        "{{keep:date|12/04/2018}}",
                        "{{keep:descriptor|14}}",
                        "ABE interview. [[name:first|Mia]] names [[name:nickname|Doc]], [[name:nickname|Chunky]], [[name:nickname|Zed]] and an older man called the [[name:nickname|Gaffer]]. Disclosed rape at a hotel in {{keep:place|Slough}}.",
                        "TVP",
                        "{{keep:operation|Operation Thistledown}} opened.",
                    ],
                    [
                        "{{keep:date|13/04/2018}}",
                        "{{keep:descriptor|14}}",
                        "Placed with foster carers Mr and Mrs [[name:surname|Gurney]], {{keep:place|Wendover}}.",
                        "CSC",
                        "Stable placement.",
                    ],
                    [
                        "{{keep:date|21/09/2018}}",
                        "{{keep:descriptor|14}}",
                        '[[name:first|Mia]] tells [[name:full|Anne Gurney]] that "[[name:nickname|KM]]" ([[name:full|Kelly-Marie Dunne]], {{keep:descriptor|19}}) was the one who introduced her to [[name:nickname|Doc]].',
                        "Foster carer",
                        "Female recruiter.",
                    ],
                    [
                        "{{keep:date|07/01/2019}}",
                        "{{keep:descriptor|15}}",
                        "Arrests: [[name:full|Umar Farooq DAR]] ([[name:nickname|Doc]]), [[name:surname|QADRI]], [[name:full|Zahid MALIK]] ([[name:nickname|Zed]]), [[name:surname|NAZ]].",
                        "TVP",
                        "-",
                    ],
                    [
                        "{{keep:date|15/03/2016}}",
                        "-",
                        "(Context) Publication of the {{keep:public_figure|Pryor}} Review, which recommended that chronologies record nicknames used by children.",
                        "Public",
                        "Note: out of date order.",
                    ],
                    [
                        "{{keep:date|11/11/2020}}",
                        "{{keep:descriptor|17}}",
                        "Trial at {{keep:place|Reading Crown Court}}: [[name:surname|DAR]], [[name:surname|QADRI]] and [[name:surname|MALIK]] convicted. [[name:full|Shaukat Ali RAJA]] ([[name:nickname|Gaffer]]) acquitted.",
                        "CPS",
                        "-",
                    ],
                    [
                        "{{keep:date|22/10/2021}}",
                        "{{keep:descriptor|18}}",
                        "[[name:first|Mia]] leaves care; supported lodgings with Mrs [[name:full|Rita Osei]], [[id:address|3 Hampden Way]], {{keep:place|Aylesbury}} [[id:postcode|HP19 7WQ]].",
                        "Leaving care",
                        "-",
                    ],
                ],
                "header": True,
                "widths": [0.1, 0.05, 0.5, 0.13, 0.22],
            },
            "Note on names: [[name:first|Mia]] signed some letters as [[name:variant|Mya]] and is recorded on the TVP system once as [[name:variant|Mia Hollingsworth]]. All refer to the same child. [[name:word|Poppy]]'s own chronology is held separately (she is {{keep:cipher|TV-2}} on the nominal index).",
        ],
    },
    {
        "id": "nominal_table_rotated_thistledown",
        "layout": "nominal_table",
        "font": "DejaVuSansCondensed",
        "size": 8.5,
        "rotate": 90,
        "header": "{{keep:agency|THAMES VALLEY POLICE}} - {{keep:operation|OPERATION THISTLEDOWN}} - NOMINAL INDEX (SUSPECTS) - RESTRICTED",
        "footer": "Index v7, {{keep:date|14/01/2019}}   Page {page} of {pages}",
        "blocks": [
            {
                "table": [
                    [
                        "Ref",
                        "Surname, forename(s)",
                        "Aka / street name",
                        "DOB",
                        "PNC ID",
                        "Home address",
                        "Vehicles / licence",
                        "Role",
                    ],
                    [
                        "N1",
                        "[[name:full|DAR, Umar Farooq]]",
                        "[[name:nickname|Doc]], [[name:nickname|Doccy]]",
                        "[[id:dob|14/07/1991]]",
                        "[[id:other|09/118472Q]]",
                        "[[id:address|22 Desborough Avenue]], {{keep:place|High Wycombe}} [[id:postcode|HP11 9QR]]",
                        "{{keep:vehicle|grey VW Golf}} [[id:vrm|KX16 BNO]]",
                        "Recruits; controls phones",
                    ],
                    [
                        "N2",
                        "[[name:full|QADRI, Mohsin]]",
                        "[[name:nickname|Chunky]]",
                        "[[id:dob|02/02/1994]]",
                        "[[id:other|12/330981H]]",
                        "[[id:address|7 Market Parade]], {{keep:place|High Wycombe}}",
                        "-",
                        "Flat used for abuse",
                    ],
                    [
                        "N3",
                        "[[name:full|MALIK, Zahid]]",
                        "[[name:nickname|Zed]], [[name:nickname|Z]]",
                        "[[id:dob|30/11/1989]]",
                        "[[id:other|07/551203A]]",
                        "[[id:address|41 Totteridge Road]], {{keep:place|High Wycombe}}",
                        "{{keep:vehicle|black Audi A4}} [[id:vrm|LB65 WTR]]",
                        "Driver; hotel bookings",
                    ],
                    [
                        "N4",
                        "[[name:full|NAZ, Kashif]]",
                        '[[name:nickname|Kash]], "[[name:nickname|Kash Cabs]]"',
                        "[[id:dob|08/05/1986]]",
                        "[[id:other|05/220417M]]",
                        "[[id:address|9 Ellen Road]], {{keep:place|Aylesbury}}",
                        "PH badge [[id:licence|AVDC-PH-2016-118]]; {{keep:vehicle|silver Toyota Prius}} [[id:vrm|KP15 ZHT]]",
                        "Transport",
                    ],
                    [
                        "N5",
                        "[[name:full|RAJA, Shaukat Ali]]",
                        "[[name:nickname|Gaffer]], [[name:nickname|Uncle Shaukat]]",
                        "[[id:dob|01/01/1962]]",
                        "[[id:other|87/043118C]]",
                        "[[id:address|The Bungalow, Hughenden Lane]], {{keep:place|Great Kingshill}}",
                        "{{keep:vehicle|white Mercedes Sprinter}}",
                        "Owner of hotel rooms; alleged organiser",
                    ],
                    [
                        "N6",
                        "[[name:full|DUNNE, Kelly-Marie]]",
                        "[[name:nickname|KM]], [[name:nickname|Kells]]",
                        "[[id:dob|17/06/1999]]",
                        "[[id:other|15/772610P]]",
                        "[[id:address|Flat 12, Lovett House]], {{keep:place|Aylesbury}}",
                        "-",
                        "Recruiter ({{keep:descriptor|white British female}})",
                    ],
                    [
                        "N7",
                        "[[name:full|AKHTAR-HUSSEIN, Raheel]]",
                        "[[name:nickname|Rah]]",
                        "[[id:dob|23/09/1995]]",
                        "[[id:other|14/009331D]]",
                        "No fixed abode",
                        "-",
                        "Associate of N1",
                    ],
                    [
                        "N8",
                        "[[name:full|GARSIDE, Lee]]",
                        "-",
                        "[[id:dob|12/12/1978]]",
                        "[[id:other|96/114220F]]",
                        "HMP {{keep:place|Bullingdon}}",
                        "-",
                        "Not a suspect on {{keep:operation|Thistledown}}; historic DA",
                    ],
                ],
                "header": True,
                "widths": [0.04, 0.14, 0.12, 0.08, 0.09, 0.2, 0.18, 0.15],
            },
            {"h": "Complainants (cipher only on this index)"},
            {
                "table": [
                    [
                        "Cipher",
                        "Age at first offence",
                        "Linked suspects",
                        "Placement at the time",
                        "Status",
                    ],
                    [
                        "{{keep:cipher|C-308}}",
                        "{{keep:descriptor|13}}",
                        "N1, N2, N3, N4, N5, N6",
                        "[[place:care|Bierton Road]]; [[place:care|The Sycamores]]",
                        "ABE {{keep:date|12/04/2018}}",
                    ],
                    [
                        "{{keep:cipher|TV-2}}",
                        "{{keep:descriptor|14}}",
                        "N1, N2, N7",
                        "Home",
                        "ABE {{keep:date|03/05/2018}}",
                    ],
                    [
                        "{{keep:cipher|TV-3}}",
                        "{{keep:descriptor|15}}",
                        "N3, N5",
                        "[[place:care|Sycamores]]",
                        "Declined to engage",
                    ],
                ],
                "header": True,
                "widths": [0.1, 0.14, 0.24, 0.32, 0.2],
            },
            'Notes: N4 [[name:surname|NAZ]] also holds a {{keep:agency|Wycombe District Council}} badge, number [[id:licence|WDC/PHD/0713]], surrendered {{keep:date|08/01/2019}}. N5 [[name:surname|RAJA]] is referred to by all complainants only as "the [[name:nickname|Gaffer]]"; identification rests on hotel records. Female recruiter N6 [[name:surname|DUNNE]]\'s NI number is [[id:ni|PW 31 86 52 A]].',
        ],
    },
    {
        "id": "pocket_notebook_scan_wycombe_dar",
        "layout": "police_pocket_notebook",
        "font": "Courier",
        "size": 10,
        "rotate": 90,
        "scan": {"skew": 1.1, "noise": 2600, "blur": 0.75, "dpi": 200, "face": "mono"},
        "header": "{{keep:agency|THAMES VALLEY POLICE}} - POCKET NOTEBOOK - PC [[id:collar|3562]] [[name:surname|OKORIE]] - BOOK 14 - PAGES 44-46",
        "footer": "Copy produced for disclosure {{keep:date|02/03/2020}}   Sheet {page} of {pages}",
        "blocks": [
            {
                "pre": [
                    "{{keep:date|SUN 06/01/2019}}                                                        p.44",
                    "2200  On duty {{keep:place|High Wycombe}} LPA, mobile patrol call sign TV71 with",
                    "      PC [[id:collar|4190]] [[name:surname|BEATTIE]]. Briefed re {{keep:operation|OP THISTLEDOWN}} - N1 [[name:surname|DAR]].",
                    "2214  {{keep:vehicle|GREY VW GOLF}} [[id:vrm|KX16 BNO]] seen parked outside",
                    "      [[id:address|22 DESBOROUGH AVE]]. 2 males in front, 1 female rear.",
                    "2220  Stop check ({{keep:instrument|s.163 RTA}}). Driver: [[name:full|DAR, Umar Farooq]]",
                    "      d.o.b. [[id:dob|14/07/91]]. States 'everyone calls me [[name:nickname|Doc]]'.",
                    "      Front pass: [[name:full|MALIK, Zahid]] d.o.b. [[id:dob|30/11/89]] ('[[name:nickname|Zed]]').",
                    "      Rear: female, {{keep:descriptor|W1}}, {{keep:descriptor|approx 15}}. Gave name as '[[name:nickname|Mimi]]', then",
                    "      [[name:full|Mia HOLLINGWORTH]] D.O.B. [[id:dob|22.10.03]].",
                    "2224  PNC/PND: [[name:first|MIA]] reported MFH from foster placement",
                    "      ([[name:surname|GURNEY]], {{keep:place|WENDOVER}}) since 1830 hrs. CSE marker.",
                    "2226  [[name:first|Mia]] reply when asked why in car: 'dunno, ask [[name:lower|zed]].",
                    "      [[name:lower|doc]]'s just giving me a lift. ring [[name:lower|anne]] if you want'.",
                    "2228  [[name:surname|DAR]] reply: 'She's my cousin's mate, I'm taking her home",
                    "      to [[name:lower|anne]]'s, swear down.' [[name:surname|MALIK]]: no reply.",
                    "2231  Search of vehicle {{keep:instrument|s.1 PACE}}: 2 x iPhone (one pink, in rear footwell),",
                    "      1 x bottle Smirnoff, £340 cash in driver door. Exhibits [[id:collar|3562]]/1 to /3.",
                    "2235  [[name:first|Mia]] into police vehicle. Conveyed to {{keep:place|High Wycombe police station}}.",
                    "                                                                            p.45",
                    "2240  [[name:surname|DAR]] and [[name:surname|MALIK]] arrested {{keep:instrument|s.2 Child Abduction Act 1984}}",
                    "      (CAWN served on [[name:surname|DAR]] {{keep:date|14/12/2018}} re [[name:full|M. HOLLINGWORTH]]).",
                    "      Caution given. [[name:surname|DAR]] reply: 'This is a joke. Ask [[name:nickname|Kash]].'",
                    "2245  Phone (pink) lights up: '[[name:nickname|Kash]] Taxi' - msg '[[name:lower|mimi]] im outside'.",
                    "      Number [[id:phone|07700 900853]]. Noted for DC [[name:full|H. PRENDERGAST]] [[id:collar|2093]].",
                    "2300  Foster carer Mrs [[name:full|Anne GURNEY]] informed by phone [[id:phone|07700 900861]].",
                    "2330  [[name:first|Mia]] collected from station by Mrs [[name:surname|GURNEY]] and EDT social",
                    "      worker [[name:full|T. Adeyinka]]. [[name:first|Mia]] said to me 'you lot ruin everything'.",
                    "0015  Custody: [[name:surname|DAR]] custody no. [[id:other|43TV/1187/19]],",
                    "      [[name:surname|MALIK]] custody no. [[id:other|43TV/1188/19]]. {{keep:place|Loudwater}} custody.",
                    "0040  PC [[id:collar|4190]] to seize {{keep:vehicle|Golf}}. Tow ref 55127.",
                    "                                                                            p.46",
                    "      Entries 2200-0040 made at 0110 hrs {{keep:date|07/01/2019}}.",
                    "      Signed PC [[id:collar|3562]] [[name:full|C. OKORIE]]",
                ]
            },
        ],
    },
    {
        "id": "email_chain_stoke_dvorakova",
        "layout": "email_chain",
        "font": "Times-Roman",
        "size": 10,
        "header": "{{keep:agency|Stoke-on-Trent City Council}} - disclosure to the {{keep:agency|Inquiry}} - SOT/11/203",
        "footer": "OFFICIAL-SENSITIVE: PERSONAL   SOT/11/203   Page {page} of {pages}",
        "blocks": [
            {
                "pre": [
                    "From: [[name:full|HAJDU, Petra]] <[[id:email|petra.hajdu@stoke.gov.uk]]>",
                    "Sent: {{keep:date|Wednesday, 4 March 2020}} 16:21",
                    "To: [[name:full|BRADBURY, Stuart]] (DC) <[[id:email|stuart.bradbury@staffordshire.pnn.police.uk]]>",
                    "Cc: [[name:full|Lowndes, S.]]; [[name:full|Ferneyhough, Claire]]",
                    "Subject: [[name:first|Nikola]] D - disclosure at [[place:care|Trentside]] today",
                ]
            },
            "Hi [[name:first|Stuart]],",
            "As promised on the phone. I visited [[name:first|Nikola]] ([[name:nickname|Niki]]) at [[place:care|Trentside]] this afternoon with the interpreter, Mrs [[name:full|Zuzana Pokorna]], as [[name:first|Niki]]'s mum [[name:full|Jarmila Dvorakova]] wanted the conversation to be in Slovak. [[name:first|Niki]] mostly answered in English anyway.",
            '[[name:first|Niki]] told me the man who "gives her lifts" goes by [[name:nickname|Shadow]]. She said [[name:nickname|Shadow]] "works at the car wash on Leek Road" and has a {{keep:vehicle|black Range Rover Evoque}}. She said she met [[name:nickname|Shadow]] through a Slovak lad, [[name:full|Marek Horvath]], who everyone calls [[name:nickname|Frosty]] because he "never talks". [[name:nickname|Frosty]] is about {{keep:descriptor|19}} and lives near her mum\'s in {{keep:place|Hanley}}.',
            'She also mentioned someone called [[name:nickname|Chico]], "the one with the taxi". She said [[name:nickname|Chico]] took her and her cousin [[name:first|Denisa]] to a house in {{keep:place|Fenton}} twice in February and that [[name:nickname|Shadow]] and two other men were there. She did not want to say what happened. She said "[[name:nickname|Chico]]\'s badge is on his mirror, it says [[id:licence|SOT 2241]]". She did not know [[name:nickname|Chico]]\'s real name.',
            'She showed me a WhatsApp from "[[name:nickname|Shadow]] xx" ([[id:phone|07700 900905]]) saying "[[name:lower|niki]] dont tell [[name:lower|petra]] nothing, she is social". So they know my name.',
            "[[name:first|Niki]]'s school, [[place:school|Etruria Vale Academy]], have also been in touch: the EAL coordinator says [[name:first|Nikola]] has not been in since {{keep:date|24 February}}. I have asked [[name:first|Claire]] at [[place:school|Etruria Vale]] to send you their log.",
            "Details for your referral: [[name:full|Nikola DVORAKOVA]], date of birth [[id:dob|17 February 2003]], Home Office ref [[id:other|D1187342]] (EU settled status), placed at [[place:care|Trentside]] residential unit, [[id:address|4 Stanier Street]], {{keep:place|Stoke-on-Trent}}, since {{keep:date|9 January 2020}}, and for two weeks before that at [[place:care|Meir Hay House]] (emergency bed). Before that she lived with mum at [[id:address|63 Hope Street]], {{keep:place|Hanley}}.",
            "[[name:first|Petra]]",
            "[[name:full|Petra Hajdu]] | Social Worker, Exploitation Team | {{keep:agency|Stoke-on-Trent Children's Social Care}} | [[id:phone|0161 496 0917]]",
            {"rule": True},
            {
                "pre": [
                    "From: [[name:full|BRADBURY, Stuart]] (DC)",
                    "Sent: {{keep:date|Wednesday, 4 March 2020}} 17:05",
                    "To: [[name:full|HAJDU, Petra]]",
                    "Cc: [[name:full|Lowndes, S.]]",
                    "Subject: RE: [[name:first|Nikola]] D - disclosure at [[place:care|Trentside]] today",
                ]
            },
            "[[name:first|Petra]]",
            "Thanks, very useful. [[name:nickname|Shadow]] is almost certainly [[name:full|Farhan SIDDIQ]] (d.o.b. [[id:dob|11/08/1992]]), who works at the hand car wash on Leek Road and is already a nominal on {{keep:operation|Operation Halyard}}. [[name:surname|Siddiq]]'s brother-in-law [[name:full|Fazal RAHIM]] holds a {{keep:agency|Stoke-on-Trent City Council}} private hire licence, badge [[id:licence|SOT 2241 PHD]], so he is likely to be [[name:nickname|Chico]]. [[name:nickname|Frosty]] is new to us.",
            "I {{keep:word|will}} arrange an ABE for [[name:first|Niki]] with an intermediary and a Slovak interpreter. Please could staff at [[place:care|Trentside]] log any {{keep:vehicle|Range Rover}} or taxi that stops near the unit, with the plate.",
            "The cousin, [[name:first|Denisa]], is [[name:full|Denisa Balogova]], {{keep:descriptor|14}}, at [[place:school|Birches Head Academy]]. I'll ask {{keep:agency|Staffordshire Police}} MASH to open a referral for her.",
            "Regards, [[name:first|Stuart]]",
            "DC [[id:collar|6054]] [[name:full|Stuart Bradbury]] | {{keep:agency|CSE and Missing Team}} | {{keep:agency|Staffordshire Police}} | {{keep:place|Hanley police station}}",
            {"rule": True},
            {
                "pre": [
                    "From: [[name:full|Ferneyhough, Claire]] <[[id:email|c.ferneyhough@etruriavale.org.uk]]>",
                    "Sent: {{keep:date|Thursday, 5 March 2020}} 08:47",
                    "To: [[name:full|HAJDU, Petra]]; [[name:full|BRADBURY, Stuart]] (DC)",
                    "Subject: RE: RE: [[name:first|Nikola]] D",
                ]
            },
            'Good morning. Our log shows a {{keep:vehicle|black Range Rover}} at the back gate on {{keep:date|12/02}} and {{keep:date|19/02}}. Staff heard [[name:first|Nikola]] called "[[name:variant|Nikki]]" by the driver. Our record for [[name:first|Nikola]] has her as [[name:variant|Nicola Dvorakova]], which I have now corrected; her UPN is [[id:other|N861204357019]].',
            "[[name:full|Claire Ferneyhough]], DSL, [[place:school|Etruria Vale Academy]]",
        ],
    },
    {
        "id": "sentencing_remarks_stoke_siddiq",
        "layout": "sentencing_remarks",
        "font": "DejaVuSerif",
        "size": 10,
        "header": "{{keep:agency|IN THE CROWN COURT AT STOKE-ON-TRENT}}",
        "footer": "Sentencing remarks - approved by the Judge - {{keep:date|15 October 2021}}   Page {page} of {pages}",
        "blocks": [
            {
                "h": "R v [[name:full|FARHAN SIDDIQ]], [[name:full|FAZAL RAHIM]], [[name:full|MAREK HORVATH]] and [[name:full|KAMRAN ASLAM]]",
                "level": 1,
            },
            {"center": "SENTENCING REMARKS OF"},
            {
                "center": "HIS HONOUR JUDGE {{keep:public_figure|BERNARD COLQUHOUN}}, RECORDER OF STOKE-ON-TRENT"
            },
            {"center": "{{keep:date|15 October 2021}}"},
            "1. The complainants in this case are entitled to lifelong anonymity under the {{keep:instrument|Sexual Offences (Amendment) Act 1992}}. I will refer to them as {{keep:cipher|C1}}, {{keep:cipher|C2}} and {{keep:cipher|C3}}. Nothing may be published that would identify them, including the names of their schools or children's homes.",
            "2. [[name:full|Farhan Siddiq]], you are 29. You were known to the girls as [[name:nickname|Shadow]], a name you gave yourself because, as you told {{keep:cipher|C1}}, you were always watching. [[name:full|Fazal Rahim]], you are 41 and until your arrest you were a licensed private hire driver in this city, badge number [[id:licence|SOT 2241 PHD]]. The girls called you [[name:nickname|Chico]]. [[name:full|Marek Horvath]], you are 21; you were known as [[name:nickname|Frosty]]. [[name:full|Kamran Aslam]], you are 34 and were known as [[name:nickname|Biggie]].",
            "3. {{keep:cipher|C1}} was {{keep:descriptor|16}} and {{keep:cipher|C2}} {{keep:descriptor|14}} when the offending began in {{keep:date|late 2019}}. Both are from the {{keep:descriptor|Slovak Roma}} community in {{keep:place|Hanley}}. [[name:surname|Horvath]], you knew both families. You introduced {{keep:cipher|C1}} to [[name:surname|Siddiq]] at the hand car wash on Leek Road where he worked, and you were paid in cannabis for doing so. You did it of your own free {{keep:word|will}}.",
            "4. [[name:nickname|Shadow]], as I shall continue to call you where the evidence does, then groomed {{keep:cipher|C1}} with lifts in your {{keep:vehicle|Range Rover}}, with food and with vodka. You sent her messages telling her not to speak to her social worker. Within weeks you were taking her, and later {{keep:cipher|C2}}, to [[id:address|112 King Street]], {{keep:place|Fenton}}, a house rented by [[name:surname|Aslam]], where they were raped by you and by [[name:surname|Aslam]].",
            "5. [[name:surname|Rahim]], your role was to drive. You collected the girls from the children's home and from school in your licensed vehicle, a {{keep:vehicle|silver Toyota Corolla}}, plate [[id:licence|SOT/PHV/0877]], without any booking. Your badge hung from your mirror; {{keep:cipher|C1}} read its number out in her interview. You told the jury you thought the girls were {{keep:descriptor|18}}. I reject that. The jury plainly did.",
            '6. I have read the victim personal statements. {{keep:cipher|C1}} says she no longer feels safe in a car. {{keep:cipher|C2}}\'s mother says her daughter "stopped being a child" in {{keep:date|February 2020}}. {{keep:cipher|C3}}, who was {{keep:descriptor|15}}, has moved away from {{keep:place|Stoke-on-Trent}}.',
            "7. There is one matter I must address. In the course of the trial a witness referred to {{keep:cipher|C1}} by her first name, [[name:first|Nikola]], and another by the diminutive [[name:nickname|Niki]]. I direct that those references are not to be reported, and they have been removed from the transcript.",
            "8. The offences fall within category 1A of the {{keep:instrument|Sentencing Council}} guideline for rape of a child under 16 in respect of [[name:surname|Siddiq]] and [[name:surname|Aslam]]. The aggravating features include the targeting of vulnerable children in care, the use of alcohol and drugs, the involvement of others, and the use of a licensed vehicle.",
            "9. [[name:full|Farhan Siddiq]] (born [[id:dob|11 August 1992]]): on counts 1 to 6, an extended sentence of 24 years, comprising a custodial term of 19 years and an extended licence of 5 years.",
            "10. [[name:full|Kamran Aslam]] (born [[id:dob|2 April 1987]]): on counts 7 to 10, 16 years' imprisonment.",
            "11. [[name:full|Fazal Rahim]] (born [[id:dob|19 June 1980]]): on counts 11 and 12 (arranging or facilitating the commission of a child sex offence), 8 years' imprisonment. I shall send a copy of these remarks to the {{keep:agency|Stoke-on-Trent City Council}} licensing authority.",
            "12. [[name:full|Marek Horvath]] (born [[id:dob|30 January 2000]]): on count 13, 4 years' detention in a young offender institution.",
            "13. Each of you will be subject to a {{keep:instrument|Sexual Harm Prevention Order}} for an indefinite period and will be required to comply with the notification requirements of the {{keep:instrument|Sexual Offences Act 2003}}. You will be barred under the {{keep:instrument|Safeguarding Vulnerable Groups Act 2006}}.",
            "14. I commend the officer in the case, DC [[name:full|Stuart Bradbury]], and the social worker, Ms [[name:full|Petra Hajdu]], who recorded what {{keep:cipher|C1}} told her in her own words, including the names [[name:nickname|Shadow]], [[name:nickname|Chico]] and [[name:nickname|Frosty]], at a time when it would have been easier not to. That record was the foundation of {{keep:operation|Operation Halyard}}.",
            {"right": "{{keep:public_figure|HHJ Colquhoun}}"},
        ],
    },
    {
        "id": "case_notes_walsall_ashby",
        "layout": "case_notes",
        "font": "Helvetica",
        "size": 9.5,
        "header": "{{keep:agency|Walsall Council}} Children's Services - Mosaic - Case notes (filtered: CSE / Missing) - Person ID [[id:other|WC-2230871]]",
        "footer": "Printed {{keep:date|18/02/2020}}   OFFICIAL-SENSITIVE   Page {page} of {pages}",
        "blocks": [
            {
                "kv": [
                    ["Person", "[[name:full|ASHBY, Jordan Lee]] ([[name:nickname|Jordy]])"],
                    ["Date of birth", "[[id:dob|05-07-2002]] (age {{keep:descriptor|17}})"],
                    ["Gender / ethnicity", "Male / {{keep:descriptor|White British}}"],
                    [
                        "Current address",
                        "Supported lodgings: c/o Mrs [[name:full|Bernice Okeke]], [[id:address|17 Coalpool Lane]], {{keep:place|Walsall}} [[id:postcode|WS3 9XF]]",
                    ],
                    [
                        "Education",
                        "[[place:school|Blakenall Heath College]] (Level 2 motor vehicle)",
                    ],
                ],
                "boxed": True,
            },
            {
                "table": [
                    ["NI no.", "UPN", "Leaving care PA", "GP / NHS"],
                    [
                        "[[id:ni|WE 73 14 08 C]]",
                        "[[id:other|W330218864102]]",
                        "[[name:full|Darren Whitehouse-Bird]]",
                        "Pinfold Health Centre / [[id:nhs|339 762 6005]]",
                    ],
                ],
                "header": True,
                "widths": [0.1, 0.2, 0.3, 0.4],
            },
            {
                "h": "{{keep:date|06/01/2020}} 11:05 - Telephone call - [[name:full|Kieran Bywater]] (Social Worker)"
            },
            "Call from PC [[name:full|Aisha Begum-Clarke]] [[id:collar|21307]] ({{keep:agency|West Midlands Police}}, Walsall Exploitation Hub). [[name:first|Jordan]] was found at 03:00 in a flat in {{keep:place|Bloxwich}} with two older men and a {{keep:descriptor|15-year-old}} boy. One of the men is known as [[name:nickname|Pops]] ([[name:full|Derek Mabey]], 58). PC [[name:surname|Begum-Clarke]] says [[name:nickname|Pops]] is known for giving boys cigarettes, cannabis and money and letting them use his PlayStation. [[name:first|Jordan]] was returned to Mrs [[name:surname|Okeke]]'s at 04:10.",
            {"h": "{{keep:date|07/01/2020}} 15:30 - Home visit - [[name:full|K. Bywater]]"},
            'Saw [[name:first|Jordan]] at Mrs [[name:surname|Okeke]]\'s. He was defensive. He said [[name:nickname|Pops]] is "just an old guy who lets us chill". He said he goes there with a lad from college called [[name:first|Callan]]. When I asked about the other man he said "that\'s [[name:nickname|Ace]], he\'s [[name:nickname|Pops]]\'s mate, he does the driving". [[name:first|Jordan]] said [[name:nickname|Ace]] has a taxi "but not a proper one, a Wolverhampton one". [[name:first|Jordy]] asked me not to tell Mrs [[name:surname|Okeke]] because "[[name:lower|bernice]] will kick me out".',
            '[[name:first|Jordan]] talked about [[place:care|Rushall Lodge]], where he lived from age 13 to 16, and about his foster carers before that, Mr and Mrs [[name:surname|Tonks]] in {{keep:place|Aldridge}}. He said he first met [[name:nickname|Pops]] when he was at [[place:care|Rushall]]: "all the lads from the Lodge went to [[name:lower|pops]]\'s".',
            {
                "h": "{{keep:date|09/01/2020}} 10:00 - Strategy discussion (phone) - [[name:full|K. Bywater]]"
            },
            "With DS [[name:full|Wayne Cartwright]] [[id:collar|9940]] and college DSL [[name:full|Mandeep Sohal]]. DS [[name:surname|Cartwright]]: [[name:nickname|Ace]] is [[name:full|Asif KIANI]], holds a {{keep:agency|City of Wolverhampton Council}} PH driver licence [[id:licence|WV/PHD/19/08812]] and drives a {{keep:vehicle|white Skoda Octavia}} [[id:vrm|FN19 XKT]]. A third man, who the boys call [[name:nickname|Bubbles]], is [[name:full|Rebwar AZIZ]] ({{keep:descriptor|Iraqi Kurdish}}, 26). [[name:nickname|Bubbles]] supplies cannabis. Ms [[name:surname|Sohal]]: [[name:first|Jordan]]'s attendance has dropped to 54%; he was seen getting into a {{keep:vehicle|white Skoda}} at the college on {{keep:date|19/12/2019}}.",
            "Outcome: {{keep:instrument|Section 47}} threshold met. Risk assessment to be updated to significant. {{keep:instrument|National Referral Mechanism}} referral. Police to consider {{keep:instrument|CAWN}} re [[name:surname|Mabey]] and [[name:surname|Kiani]].",
            {
                "h": "{{keep:date|22/01/2020}} 16:45 - Direct work - [[name:full|Leon Stych]] (Youth Worker, {{keep:agency|Catch22}})"
            },
            'session with [[name:lower|jordan]] at the lodgings. he said he is not going to [[name:lower|pops]]\'s any more since the police came. he showed me a snapchat from [[id:handle|ace_wolves_99]] saying "[[name:lower|jordy]] u still owe 4 the weed, [[name:lower|bubbles]] wants it". [[name:lower|jordan]] said he owes about £150. talked about debt bondage. he agreed to let [[name:first|Kieran]] know.',
            {"h": "{{keep:date|30/01/2020}} 09:20 - Case note - [[name:full|K. Bywater]]"},
            "[[name:first|Jordan]] came to the office. He said Mrs [[name:surname|Okeke]] has given him notice. Discussed a move to [[place:care|Caldmore Court]] (semi-independent). [[name:first|Jordan]] is worried [[name:nickname|Bubbles]] will find him there. Manager [[name:full|Hayley Farrington]] agreed emergency move to out-of-area supported accommodation in {{keep:place|Telford}} instead. [[name:first|Jordan]]'s birthday is [[id:dob|5 July]]; he wants to have left the area by then.",
            {
                "h": "{{keep:date|14/02/2020}} 12:00 - Manager oversight - [[name:full|H. Farrington]]"
            },
            'Reviewed. The notes of {{keep:date|22/01}} are in lower case throughout (youth worker\'s style) and refer to "[[name:lower|jordan]]", "[[name:lower|pops]]" and "[[name:lower|ace]]"; please ensure the names are redacted in any disclosure. Case discussed with {{keep:public_figure|Sian Threadgold}}, Director of Children\'s Services, given the links to other boys placed at [[place:care|RUSHALL LODGE]]. {{keep:public_figure|Ms Threadgold}} has asked for a briefing on all boys linked to [[name:nickname|Pops]] by {{keep:date|28/02/2020}}; per {{keep:public_figure|THREADGOLD}}, the briefing is to use ciphers only.',
        ],
    },
    {
        "id": "mg11_officer_scan_wolverhampton_kiani",
        "layout": "mg11",
        "font": "Helvetica",
        "size": 10,
        "scan": {"skew": -1.0, "noise": 1700, "blur": 0.65, "dpi": 200, "face": "sans"},
        "header": "RESTRICTED (when complete)",
        "footer": "{{keep:label|MG11}}   Page {page} of {pages}   Signature: [[name:full|C. Lydiate]]",
        "blocks": [
            {"right": "{{keep:label|MG11}}"},
            {"h": "WITNESS STATEMENT", "level": 1},
            {
                "kv": [
                    ["URN", "20 / WM / 0218 / 20"],
                    ["{{keep:label|Statement of}}", "[[name:full|Craig LYDIATE]]"],
                    ["{{keep:label|Age if under 18}}", "Over 18"],
                    ["{{keep:label|Occupation}}", "Police Constable [[id:collar|21988]]"],
                ],
                "boxed": True,
            },
            "This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated in it anything which I know to be false or do not believe to be true.",
            "I am a police constable with {{keep:agency|West Midlands Police}}, collar number [[id:collar|21988]], attached to the Walsall Exploitation Hub. On {{keep:date|Thursday 20 February 2020}} I was on duty in plain clothes in an unmarked police vehicle with PC [[id:collar|20471]] [[name:full|Joanne McGorry]] as part of {{keep:operation|Operation Mistral}}.",
            "At about 22:40 hours we were parked on Stafford Street, {{keep:place|Walsall}}, when I saw a {{keep:vehicle|white Skoda Octavia}}, registration [[id:vrm|FN19 XKT]], displaying a {{keep:agency|City of Wolverhampton Council}} private hire door sticker and rear plate number [[id:licence|WV/PHV/24417]]. I knew this vehicle from briefings to be driven by [[name:full|Asif KIANI]], known as [[name:nickname|Ace]].",
            "The vehicle stopped outside a takeaway and two young males got into the rear. I recognised one of them as [[name:full|Jordan ASHBY]], born [[id:dob|05/07/2002]], who I knew to be a missing child from supported lodgings. The other appeared to be about {{keep:descriptor|15}}.",
            'At 22:46 PC [[name:surname|McGorry]] and I stopped the vehicle on the Broadway North. I spoke to the driver, who I recognised as [[name:surname|KIANI]]. He produced a {{keep:agency|Wolverhampton}} private hire driver\'s badge, number [[id:licence|WV/PHD/19/08812]], in the name of [[name:full|Asif Kiani]]. He said "It\'s a booking, they rang the office". I asked which office and he said "[[name:nickname|Pops]] rang me, not the office, whatever".',
            "I spoke to the rear passengers. [[name:first|Jordan]] said \"we're just going to [[name:lower|bubbles]]'s, chill\". The second boy gave his name as [[name:full|Callan HICKIN]], date of birth [[id:dob|14/09/2004]], of [[id:address|2 Goscote Lane]], {{keep:place|Bloxwich}}. I could smell cannabis in the vehicle.",
            'At 22:55 I searched the vehicle under {{keep:instrument|section 23 of the Misuse of Drugs Act 1971}}. In the driver\'s door pocket I found a clear bag containing green herbal matter (exhibit CL/1), and a phone with a contact saved as "[[name:nickname|BUBBLES]] 2", which I describe below.',
            'At 23:01 I arrested [[name:surname|Kiani]] on suspicion of possession with intent to supply a controlled drug and of child abduction, the latter because a {{keep:instrument|Child Abduction Warning Notice}} had been served on him on {{keep:date|31 January 2020}} in respect of [[name:surname|Ashby]]. He replied "This is [[name:nickname|Pops]]\'s mess, not mine".',
            "[[name:first|Jordan]] and [[name:first|Callan]] were taken by PC [[name:surname|McGorry]] to {{keep:place|Bloxwich police station}} and collected by EDT. [[name:first|Jordan]] said to me before he left \"don't tell [[name:lower|kieran]], he'll move me again\".",
            'The phone (exhibit CL/2) showed an unread message on the lock screen from "[[name:nickname|BUBBLES]]": "[[name:lower|ace]] bring [[name:lower|jordy]] and the little 1". I photographed the screen (exhibit CL/3).',
            "I made a {{keep:word|mark}} in my pocket notebook at the location of the stop. I handed all exhibits to DS [[name:full|W. Cartwright]] [[id:collar|9940]] at {{keep:place|Bloxwich police station}} at 00:30 on {{keep:date|21 February 2020}}.",
            {
                "kv": [
                    ["Signature", "[[name:full|C. Lydiate]] PC [[id:collar|21988]]"],
                    ["Date", "{{keep:date|21/02/2020}}"],
                ]
            },
        ],
    },
    {
        "id": "lac_review_sunderland_danquah",
        "layout": "looked_after_review",
        "font": "DejaVuSansCondensed",
        "size": 9.5,
        "header": "{{keep:agency|Together for Children Sunderland}} - Independent Reviewing Service",
        "footer": "Record of Child Looked After Review   Page {page} of {pages}",
        "blocks": [
            {"h": "CHILD LOOKED AFTER REVIEW - RECORD AND DECISIONS", "level": 1},
            {
                "kv": [
                    [
                        "Child",
                        "[[name:full|Rose Akosua DANQUAH]] (prefers [[name:nickname|Rosie]])",
                    ],
                    ["Date of birth", "[[id:dob|01/04/2004]]"],
                    ["ID", "TfC [[id:other|TFC-448217]]"],
                    [
                        "Legal status",
                        "{{keep:instrument|Interim Care Order}} ({{keep:instrument|s38 Children Act 1989}})",
                    ],
                    [
                        "Placement",
                        "Foster placement with Mr and Mrs [[name:surname|Cowie]], {{keep:place|Seaburn}} (from {{keep:date|14/10/2019}}); previously [[place:care|Hylton Grange]] (residential)",
                    ],
                    ["School", "[[place:school|Wearmouth Bridge Academy]], Year 10"],
                    [
                        "Review",
                        "Second review, {{keep:date|20 January 2020}}, held at the foster home",
                    ],
                    ["IRO", "[[name:full|Gillian Pattinson]]"],
                ],
                "boxed": True,
            },
            {"h": "Who attended"},
            {
                "table": [
                    ["Name", "Role"],
                    [
                        "[[name:word|Rose]]",
                        "Attended the first half; spoke to the IRO alone before the meeting",
                    ],
                    ["[[name:full|Malcolm and Irene Cowie]]", "Foster carers"],
                    ["[[name:full|Thomas Bewick-Lowes]]", "Social worker"],
                    [
                        "[[name:full|Sarah Hepplewhite]]",
                        "Designated teacher, [[place:school|Wearmouth Bridge]]",
                    ],
                    ["Mrs [[name:full|Abena Danquah]]", "Mother (by phone for the contact item)"],
                    [
                        "PC [[name:full|Joanne Fenwick-Rae]] [[id:collar|1552]]",
                        "{{keep:agency|Northumbria Police}}, for the safety item only",
                    ],
                ],
                "header": True,
                "widths": [0.35, 0.65],
            },
            {"h": "[[name:word|Rose]]'s views"},
            '[[name:word|Rose]] told me she is "much happier" at the [[name:surname|Cowies]]\' than she was at [[place:care|Hylton Grange]]. She said "[[name:first|Irene]] actually listens". She wants to stay until she is 18. She misses her little brothers, [[name:first|Kwame]] and [[name:first|Kofi]], and wants more contact. She asked that people call her [[name:nickname|Rosie]] and not "the girl from [[place:care|Hylton]]". She said she does not want to talk about [[name:nickname|Elvis]] or [[name:nickname|Jaddy]] any more "because it\'s done".',
            {"h": "Safety and exploitation"},
            "PC [[name:surname|Fenwick-Rae]] updated that the hackney driver known as [[name:nickname|Elvis]] ([[name:full|Mohammed Ilyas]]) had his licence revoked by the {{keep:agency|Sunderland City Council}} Licensing Sub-Committee on {{keep:date|3 October 2019}} and has been charged. [[name:full|Sajjad Nawaz]] ([[name:nickname|Jaddy]]) is on bail with conditions not to contact [[name:word|Rose]] or any child under 18. There has been no missing episode since [[name:word|Rose]] moved to the [[name:surname|Cowies]]. Her missing episodes {{keep:word|rose}} sharply in the summer of {{keep:date|2019}} while she was at [[place:care|Hylton Grange]] (11 in July and August) and have now stopped.",
            "Mr [[name:surname|Bewick-Lowes]] reported that [[name:word|Rose]] has not used the old phone number [[id:phone|07700 900788]] since it was seized. Her new number is known to the carers only.",
            {"h": "Health"},
            "Review health assessment completed {{keep:date|09/12/2019}}. NHS number [[id:nhs|387 981 1350]]. [[name:word|Rose]] is registered with a GP in {{keep:place|Seaburn}}. She has started counselling with {{keep:agency|Barnardo's}} and says she finds it useful.",
            {"h": "Education"},
            "Ms [[name:surname|Hepplewhite]] said [[name:word|Rose]]'s attendance has {{keep:word|risen}} from 68% to 96% this term and that she is predicted a 6 in English. The PEP was reviewed on {{keep:date|13/01/2020}}. [[name:word|Rose]] would like to go to the sixth form at [[place:school|Monkwearmouth Sixth Form College]].",
            {"h": "Identity and family"},
            "[[name:word|Rose]] is of {{keep:descriptor|Ghanaian}} heritage and attends church with Mrs [[name:surname|Cowie]] most Sundays. Contact with her mother takes place fortnightly at the family centre. Mrs [[name:surname|Danquah]] asked that [[name:word|Rose]] be allowed home for her 16th birthday on [[id:dob|1 April]]; this will be considered by the social worker.",
            {"h": "Decisions"},
            {
                "numbered": [
                    "The plan for permanence through long-term fostering with the [[name:surname|Cowies]] is endorsed.",
                    "Sibling contact with [[name:first|Kwame]] and [[name:first|Kofi]] to increase to fortnightly.",
                    "CSE risk assessment to be reviewed by {{keep:date|28/02/2020}}.",
                    "Next review: {{keep:date|20 July 2020}}.",
                ]
            },
            {
                "pre": [
                    "IRO: [[name:full|G. Pattinson]]   Decisions circulated {{keep:date|24/01/2020}}"
                ]
            },
        ],
    },
    {
        "id": "abe_sunderland_danquah",
        "layout": "abe_transcript",
        "font": "Helvetica",
        "size": 9.5,
        "header": "{{keep:agency|NORTHUMBRIA POLICE}} - VIDEO RECORDED INTERVIEW - TRANSCRIPT - {{keep:operation|OP LANYARD}} (SUNDERLAND STRAND)",
        "footer": "Transcript of DVD ref SUN/ABE/19/0733   Page {page} of {pages}",
        "blocks": [
            {
                "kv": [
                    ["Witness", "[[name:full|Rose DANQUAH]]"],
                    [
                        "{{keep:label|DOB}}",
                        "[[id:dob|1st April 2004]] (aged {{keep:descriptor|15}})",
                    ],
                    ["Date / time", "{{keep:date|28/09/2019}}, 11:02 - 12:15"],
                    [
                        "Place",
                        "Video suite, {{keep:place|Southwick police station}}, {{keep:place|Sunderland}}",
                    ],
                    ["Interviewing officer", "DC [[name:full|Lindsey GOWLAND]] [[id:collar|4462]]"],
                    ["Second officer", "DC [[id:collar|5190]] [[name:full|P. Straughan]]"],
                    ["Supporter", "[[name:full|Irene Cowie]] (foster carer), in monitoring room"],
                ],
                "boxed": True,
            },
            {
                "turn": [
                    "DC [[name:surname|GOWLAND]]",
                    "[[name:word|Rose]], you said you'd rather I called you [[name:nickname|Rosie]]. Is that still right?",
                ]
            },
            {
                "turn": [
                    "W",
                    "Yeah. Only my mum calls me [[name:word|Rose]] and that's when I'm in trouble.",
                ]
            },
            {
                "turn": [
                    "DC [[name:surname|GOWLAND]]",
                    "Tell me about the man you called [[name:nickname|Elvis]].",
                ]
            },
            {
                "turn": [
                    "W",
                    "[[name:nickname|Elvis]] is the taxi man. Everyone calls him [[name:nickname|Elvis]], even the other taxi men, cos he had like a quiff when he was young, [[name:nickname|Jaddy]] said. He's old, like fifty. He'd come to [[place:care|Hylton]] and wait on the corner and I'd go out the fire door.",
                ]
            },
            {"turn": ["DC [[name:surname|GOWLAND]]", "Sorry, who is [[name:nickname|Jaddy]]?"]},
            {
                "turn": [
                    "W",
                    "[[name:nickname|Jaddy]]'s the one [[name:nickname|Elvis]] drove me to. He's got a flat in {{keep:place|Newcastle}}, in {{keep:place|Fenham}}. He said he was my boyfriend. He's like twenty-eight.",
                ]
            },
            {
                "turn": [
                    "DC [[name:surname|GOWLAND]]",
                    "Did you ever see a number or anything on [[name:nickname|Elvis]]'s taxi?",
                ]
            },
            {
                "turn": [
                    "W",
                    "It's one of the black and white ones. The plate on the back was [[id:licence|one one seven]], I remember cos it's my nan's door. And his badge was on his shirt. [[id:licence|Three-one-eight-seven-seven]]. I used to read it when I was bored.",
                ]
            },
            {
                "turn": [
                    "DC [[name:surname|GOWLAND]]",
                    "You brought your phone today. Can you read me some of the messages you showed [[name:first|Irene]]?",
                ]
            },
            {
                "turn": [
                    "W",
                    "This one's from [[name:nickname|Jaddy]]. '[[name:lower|rosie]] where r u [[name:lower|elvis]] is outside [[place:care|hylton]]'. Then 'dont tell [[name:lower|irene]] nowt'. Well that was later when I was at [[name:lower|irene]]'s. And this one, 'auntie [[name:lower|bev]] is booking u a taxi fri'.",
                ]
            },
            {"turn": ["DC [[name:surname|GOWLAND]]", "Who's Auntie [[name:first|Bev]]?"]},
            {
                "turn": [
                    "W",
                    "She's not my auntie. She's [[name:nickname|Jaddy]]'s mate. [[name:first|Bev]] [[name:surname|Lumsdon]] I think. She's white, she's got a tattoo of a {{keep:word|rose}} on her neck. She'd ring the taxi firm and say she was my auntie.",
                ]
            },
            {
                "turn": [
                    "DC [[name:surname|GOWLAND]]",
                    "Was anyone else at [[name:nickname|Jaddy]]'s flat?",
                ]
            },
            {
                "turn": [
                    "W",
                    "A girl called [[name:nickname|Libby]] from {{keep:place|Gateshead}}, she was there a few times. And a lad called [[name:nickname|Rocky]] who had a car. [[name:nickname|Rocky]] was nice to me at first. And there was [[name:nickname|Boss]], but [[name:nickname|Boss]] only came once, he had a big {{keep:vehicle|black Merc}}. Everyone went quiet when [[name:nickname|Boss]] came in.",
                ]
            },
            {"turn": ["DC [[name:surname|GOWLAND]]", "Read me the last one, the one you starred."]},
            {
                "turn": [
                    "W",
                    "'[[name:lower|rosie]] if u talk 2 the police [[name:lower|kwame]] and [[name:lower|kofi]] will get it'. That's my little brothers. That's from [[name:lower|jaddy]]'s other number, the [[id:phone|07700 900794]] one.",
                ]
            },
            {
                "turn": [
                    "DC [[name:surname|GOWLAND]]",
                    "Thank you, [[name:nickname|Rosie]]. That must have been hard to read out.",
                ]
            },
            {
                "turn": [
                    "W",
                    "It's fine. I just want [[name:nickname|Elvis]] to not have a taxi any more. There's girls at [[place:school|Wearmouth Bridge]] who still get in it.",
                ]
            },
            {
                "turn": [
                    "DC [[name:surname|GOWLAND]]",
                    "I'll pass that on. It's 11:47. Shall we have a break?",
                ]
            },
            {"rule": True},
            {
                "pre": [
                    "Transcribed by [[name:full|K. Heslop]], {{keep:agency|Northumbria Police}} Transcription Unit, {{keep:date|03/10/2019}}.",
                    "Names have been transcribed as spoken; quoted messages are reproduced",
                    "in the case used by the sender.",
                ]
            },
        ],
    },
    {
        "id": "solicitors_letter_luton_greaves",
        "layout": "solicitors_letter",
        "font": "Times-Roman",
        "size": 10.5,
        "footer": "Harrowell Dunmore LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. 604417)",
        "blocks": [
            {"image": "logo", "w": 110, "h": 34},
            {
                "pre": [
                    "HARROWELL DUNMORE LLP",
                    "Solicitors",
                    "Castle Quay Chambers, {{keep:place|Luton}}",
                ]
            },
            {"right": "Our ref: EVL/GRE/0047-2"},
            {"right": "Your ref: CP/Rule9/0311"},
            {"right": "{{keep:date|3 July 2023}}"},
            {
                "pre": [
                    "The Solicitor to the {{keep:agency|Inquiry}}",
                    "{{keep:agency|Independent Inquiry into Group-based Child Sexual Exploitation}}",
                    "By e-mail only",
                ]
            },
            "Dear Sirs",
            {
                "h": "Our client: [[name:full|Miss Tamsin GREAVES]] ({{keep:cipher|C-311}}) - application for core participant status and for a restriction order"
            },
            "We act for [[name:full|Tamsin Greaves]], born [[id:dob|12 September 2001]], of [[id:address|Flat 4, 19 Cardigan Street]], {{keep:place|Luton}} [[id:postcode|LU1 9TX]]. Our client is a complainant in the {{keep:agency|Bedfordshire Police}} investigation known as {{keep:operation|Operation Gannet}} and has been allocated the cipher {{keep:cipher|C-311}} by the {{keep:agency|Inquiry}}. We write in response to your letter of {{keep:date|12 June 2023}}.",
            "1. Background. Our client was accommodated by {{keep:agency|Luton Borough Council}} in {{keep:date|2015}}, when she was {{keep:descriptor|13}}. She was placed first with foster carers, Mr and Mrs [[name:surname|Kowalczyk]], in {{keep:place|Dunstable}}, then at [[place:care|Hatters Way children's home]] and from {{keep:date|2016}} to {{keep:date|2018}} at [[place:care|Wardown Lodge]]. She attended [[place:school|Wauluds Bank Academy]] and later the [[place:school|Chaul End Sixth Form]]. Staff at [[place:care|Wardown]] knew her as [[name:nickname|Tams]].",
            "2. Our client was sexually exploited from the age of 14 by a group of men including [[name:full|Arslan Saeed]], whom she knew as [[name:nickname|Prince]], [[name:full|Shehzad Mirza]] ([[name:nickname|Sonny]]) and an older man she knew only as [[name:nickname|Uncle Jay]], since identified as [[name:full|Jahangir Bhatti]]. [[name:nickname|Prince]] and [[name:nickname|Sonny]] were convicted at {{keep:place|Luton Crown Court}} on {{keep:date|9 March 2022}}. [[name:surname|Bhatti]] died before trial.",
            "3. Core participant status. Our client's experience goes to the heart of the {{keep:agency|Inquiry}}'s terms of reference, in particular the response of children's homes to repeated missing episodes. [[name:first|Tamsin]] went missing from [[place:care|Wardown Lodge]] on at least 61 occasions. On many of them she was collected by taxi drivers licensed by {{keep:agency|Luton Borough Council}}, including a driver known to the girls as [[name:nickname|Kay]], badge number [[id:licence|LBC/PH/04412]]. We understand [[name:nickname|Kay]] continued to hold his licence until {{keep:date|2020}}.",
            '4. Restriction order. Our client asks that the {{keep:agency|Inquiry}} make an order under {{keep:instrument|section 19 of the Inquiries Act 2005}} prohibiting disclosure of her name, the names by which she was known ([[name:nickname|Tams]], [[name:nickname|Tam]], and the name the men used for her, [[name:nickname|Angel]]), her date of birth, her placements and her schools. We note that your draft bundle at tab 14 refers to her as "[[name:variant|Tamsyn Greaves]]" and, at tab 22, gives her date of birth as [[id:dob|12/09/01]]. Both should be redacted.',
            "5. Her sister, [[name:full|Keira Greaves]] (born [[id:dob|3 March 2004]]), was also approached by [[name:nickname|Prince]] in {{keep:date|2017}}. [[name:first|Keira]] does not wish to be involved in the {{keep:agency|Inquiry}} and must not be named.",
            "6. Documents. We enclose our client's signed witness statement (32 pages) and her records from the {{keep:agency|Criminal Injuries Compensation Authority}} (our client's reference [[id:other|X/19/772310]]). Her NHS number, which appears in the health records at tab 9, is [[id:nhs|119 718 1474]].",
            "7. For the avoidance of doubt, our client does not object to the publication of the letter sent to her on {{keep:date|1 April 2022}} by {{keep:public_figure|Harjit Sandhu}}, Chief Constable of {{keep:agency|Bedfordshire Police}}, in which {{keep:public_figure|Mr Sandhu}} apologised for the force's response in {{keep:date|2016}}. She would welcome the opportunity to meet {{keep:public_figure|Professor Philippa Marchbank}}, who chairs the {{keep:agency|Inquiry}}.",
            "We look forward to hearing from you. Please contact the writer on [[id:phone|020 7946 0418]] or at [[id:email|e.vaughan-lusk@harrowelldunmore.co.uk]].",
            "Yours faithfully",
            {"image": "signature", "w": 130, "h": 32},
            {"pre": ["[[name:full|Eleanor Vaughan-Lusk]]", "Partner, Harrowell Dunmore LLP"]},
        ],
    },
    {
        "id": "press_statement_bedfordshire_gannet",
        "layout": "press_statement",
        "font": "DejaVuSans",
        "size": 9.5,
        "header": "{{keep:agency|BEDFORDSHIRE POLICE}} - NEWS RELEASE - FOR IMMEDIATE RELEASE",
        "footer": "Media and Communications, {{keep:place|Police Headquarters}}, {{keep:place|Kempston}}   Page {page} of {pages}",
        "blocks": [
            {"image": "logo", "w": 120, "h": 40},
            {"right": "{{keep:date|25 April 2022}}"},
            {
                "h": "Three men jailed for sexually exploiting girls in {{keep:place|Luton}}",
                "level": 1,
            },
            "Three men who groomed and sexually exploited teenage girls in {{keep:place|Luton}} have been jailed for a total of 38 years following an investigation by {{keep:agency|Bedfordshire Police}}, {{keep:operation|Operation Gannet}}.",
            "[[name:full|Arslan Saeed]], 31, of [[id:address|Leagrave High Street]], {{keep:place|Luton}}, and [[name:full|Shehzad Mirza]], 29, of [[id:address|Biscot Road]], {{keep:place|Luton}}, were found guilty at {{keep:place|Luton Crown Court}} on {{keep:date|9 March 2022}} of offences including rape of a child and sexual activity with a child. [[name:surname|Saeed]] was sentenced to 17 years and [[name:surname|Mirza]] to 13 years at the same court today ({{keep:date|Monday 25 April}}).",
            "Private hire driver [[name:full|Khurram Yousaf]], 44, of [[id:address|Oakley Road]], {{keep:place|Luton}}, pleaded guilty to arranging or facilitating child sexual exploitation and was jailed for eight years.",
            "The court heard that the men targeted girls aged {{keep:descriptor|13 to 15}}, several of whom lived in children's homes in the town, between {{keep:date|2015}} and {{keep:date|2018}}. The girls knew [[name:surname|Saeed]] as [[name:nickname|Prince]] and [[name:surname|Mirza]] as [[name:nickname|Sonny]]. [[name:nickname|Prince]] would pick the girls up in his {{keep:vehicle|white Mercedes A-Class}} and give them alcohol, cannabis and phones. [[name:surname|Yousaf]], known to the girls as [[name:nickname|Kay]], used his licensed taxi to drive them to hotels and addresses in {{keep:place|Luton}} and {{keep:place|Milton Keynes}}.",
            "A fourth man, [[name:full|Jahangir Bhatti]], 67, who was known as [[name:nickname|Uncle Jay]], died in {{keep:date|2021}} before he could stand trial.",
            'Chief Constable {{keep:public_figure|Harjit Sandhu}} said: "I want to pay tribute to the young women who came forward. They were let down in the past, and I have apologised to them personally. [[name:nickname|Prince]], [[name:nickname|Sonny]] and [[name:nickname|Kay]] thought they were untouchable. Today shows they were not."',
            'Detective Chief Inspector [[name:full|Nadia Fitzgerald-Owusu]], who led {{keep:operation|Operation Gannet}}, said: "This investigation was built on the courage of the victims. One of them kept a diary in which she wrote down every taxi badge number she saw, including [[name:surname|Yousaf]]\'s, [[id:licence|04412]]. That diary was crucial."',
            "{{keep:agency|Luton Borough Council}} revoked [[name:surname|Yousaf]]'s private hire driver's licence ([[id:licence|LBC/PH/04412]]) in {{keep:date|2020}}. A spokesperson for the council said it was co-operating fully with the national {{keep:agency|Inquiry}}, chaired by {{keep:public_figure|Professor Philippa Marchbank}}.",
            'The Home Office minister for safeguarding, {{keep:public_figure|Matilda Fairweather}}, who visited {{keep:place|Luton}} in {{keep:date|2021}}, said: "I met survivors in {{keep:place|Luton}} and I thank {{keep:public_figure|Chief Constable Sandhu}} for his leadership." {{keep:public_figure|Fairweather}}\'s department funds the national CSE taskforce.',
            "Anyone with information about child sexual exploitation can call {{keep:agency|Bedfordshire Police}} on 101 or {{keep:agency|Crimestoppers}} anonymously on 0800 555 111.",
            {"rule": True},
            {"h": "Notes to editors"},
            {
                "ticks": [
                    [
                        "The victims are entitled to lifelong anonymity under the {{keep:instrument|Sexual Offences (Amendment) Act 1992}}.",
                        True,
                    ],
                    [
                        "Custody images of [[name:surname|Saeed]] (born [[id:dob|04/02/1991]]), [[name:surname|Mirza]] (born [[id:dob|18/08/1992]]) and [[name:surname|Yousaf]] (born [[id:dob|27/11/1977]]) are attached.",
                        True,
                    ],
                    ["An image of [[name:surname|Bhatti]] will not be released.", True],
                ]
            },
            {
                "image": "photo",
                "w": 150,
                "h": 90,
                "caption": "Left to right: [[name:full|Arslan SAEED]] ('[[name:nickname|Prince]]'), [[name:full|Shehzad MIRZA]] ('[[name:nickname|Sonny]]'),\n[[name:full|Khurram YOUSAF]] ('[[name:nickname|Kay]]')",
            },
            "Media enquiries: [[name:full|Tom Gadsby]], press officer, [[id:phone|020 7946 0551]].",
        ],
    },
    {
        "id": "case_review_extract_luton_child_t",
        "layout": "safeguarding_practice_review",
        "font": "Times-Roman",
        "size": 9.5,
        "columns": 2,
        "header": "DRAFT v0.3 - NOT FOR PUBLICATION - CONTAINS NAMES - {{keep:agency|Luton Safeguarding Children Partnership}}",
        "footer": "Child Safeguarding Practice Review: {{keep:cipher|Child T}} - draft for the Partnership, {{keep:date|October 2021}} - page {page} of {pages}",
        "blocks": [
            {"h": "Child Safeguarding Practice Review: {{keep:cipher|Child T}}", "level": 1},
            "Independent reviewer: {{keep:public_figure|Gwendolyn Pryor}}. Commissioned under {{keep:instrument|Working Together to Safeguard Children 2018}} following a notification on {{keep:date|11 January 2021}}.",
            {"h": "1. Who this review is about"},
            "1.1 {{keep:cipher|Child T}} ([[name:full|Tamsin Greaves]], born [[id:dob|12.09.2001]]) is a young woman who was sexually exploited in {{keep:place|Luton}} between the ages of 14 and 16. She is referred to in the published review as {{keep:cipher|Child T}}. Her younger sister ([[name:first|Keira]]) is referred to as {{keep:cipher|Sibling K}}.",
            "1.2 [[name:first|Tamsin]] was accommodated in {{keep:date|March 2015}}. She had four placements: with Mr and Mrs [[name:surname|Kowalczyk]] (foster carers); at [[place:care|Hatters Way children's home]]; briefly with emergency foster carer Ms [[name:full|Janice Pedder]]; and at [[place:care|Wardown Lodge]] until she turned 17. She now lives independently.",
            '1.3 [[name:first|Tamsin]] told the reviewer she wanted the review to say what happened "in plain words" and to use the nicknames the men used, because "that\'s how we knew them". She expressed the {{keep:word|hope}} that other girls would be listened to sooner. The reviewer has done so in this draft.',
            {"h": "2. Summary of events"},
            "2.1 In {{keep:date|autumn 2015}} [[name:first|Tamsin]], then in Year 10 at [[place:school|Wauluds Bank Academy]], met a man she knew as [[name:nickname|Prince]] ([[name:full|Arslan Saeed]]) outside a fried chicken shop on Dunstable Road. [[name:nickname|Prince]] was {{keep:descriptor|24}}. He gave her a phone and told her she was his girlfriend. Within weeks he introduced her to [[name:nickname|Sonny]] ([[name:full|Shehzad Mirza]]) and to an older man, [[name:nickname|Uncle Jay]].",
            "2.2 From {{keep:date|January 2016}} [[name:first|Tamsin]] went missing from [[place:care|Hatters Way]] two or three times a week. Residential staff recorded that she was collected by taxis. One residential worker recorded a driver's name as \"[[name:nickname|Kay]]\" and his badge as [[id:licence|04412]] on {{keep:date|14 February 2016}}. That record was not shared with {{keep:agency|Luton Borough Council}}'s licensing service until {{keep:date|2019}}.",
            "2.3 On {{keep:date|3 June 2016}} [[name:first|Tamsin]] was moved to [[place:care|Wardown Lodge]]. The move was intended to reduce her contact with [[name:nickname|Prince]]. It did not: [[name:nickname|Prince]] and [[name:nickname|Kay]] were seen outside [[place:care|Wardown]] within a week. A staff member at [[place:care|WARDOWN LODGE]] told the reviewer: \"We'd ring the police and they'd say she's 14, she's choosing to go.\"",
            "2.4 [[name:first|Tamsin]]'s school attendance fell to 23%. [[place:school|Wauluds Bank]] excluded her for three days in {{keep:date|October 2016}} after she arrived drunk. Her head of year, Mr [[name:full|Desmond Achterberg]], made four referrals to the MASH between {{keep:date|2015}} and {{keep:date|2017}}; two were closed with no further action.",
            "2.5 In {{keep:date|April 2017}} the man known as [[name:nickname|Prince]] approached [[name:first|Keira]] ({{keep:descriptor|13}}) outside [[place:school|St Crispin's Catholic Primary]] where she was collecting a younger cousin. [[name:first|Keira]] told her mother, Mrs [[name:full|Denise Greaves]], and her mother called the police. A {{keep:instrument|Child Abduction Warning Notice}} was served on [[name:surname|Saeed]] on {{keep:date|21 April 2017}} in respect of [[name:first|Keira]], but not in respect of [[name:first|Tamsin]].",
            '2.6 In {{keep:date|2018}} [[name:first|Tamsin]] moved to the [[place:school|Chaul End Sixth Form]]. A learning mentor there, Ms [[name:full|Gloria Mensah-Bright]], was the first professional [[name:first|Tamsin]] told about [[name:nickname|Uncle Jay]]: "[[name:lower|jay]] was the worst, he had the keys to the houses". Ms [[name:surname|Mensah-Bright]] wrote the words down exactly, and her note was later used by {{keep:agency|Bedfordshire Police}} in {{keep:operation|Operation Gannet}}.',
            {"h": "3. Findings"},
            "3.1 Placement moves did not protect [[name:first|Tamsin]]. Each move to a new home ([[place:care|Hatters Way]], then [[place:care|Wardown]]) was followed within days by the same men appearing outside.",
            "3.2 Information about taxi drivers was not passed to licensing. The badge number recorded in {{keep:date|2016}} would have identified [[name:nickname|Kay]] ([[name:full|Khurram Yousaf]]) immediately.",
            '3.3 Professionals described [[name:first|Tamsin]] as "making choices". This language is not acceptable and has been the subject of training since the publication of the {{keep:public_figure|Pryor}} report in {{keep:date|2016}}.',
            "3.4 The voice of the child was recorded best when staff wrote down her exact words, including the nicknames [[name:nickname|Prince]], [[name:nickname|Sonny]], [[name:nickname|Kay]] and [[name:nickname|Uncle Jay]], and the names [[name:first|Tamsin]] used for herself, [[name:nickname|Tams]] and [[name:nickname|Angel]].",
            {"h": "4. Recommendations"},
            "4.1 Residential providers should share any taxi badge or plate number with licensing and police within 24 hours. 4.2 {{keep:agency|Luton Borough Council}} should review its {{keep:instrument|Statement of Licensing Policy}}. 4.3 Before publication, every name in this draft must be replaced with the cipher allocated ({{keep:cipher|Child T}}, {{keep:cipher|Sibling K}}) and the placements and schools described by type only.",
        ],
    },
    {
        "id": "mg15_roti_newcastle_nawaz",
        "layout": "record_of_taped_interview",
        "font": "DejaVuSansMono",
        "size": 8.5,
        "header": "RESTRICTED (when complete)   {{keep:label|MG15}}(SDN)",
        "footer": "{{keep:operation|OP LANYARD}}   {{keep:label|MG15}} [[name:surname|NAWAZ]] {{keep:date|24/07/2019}}   Page {page} of {pages}",
        "blocks": [
            {"h": "RECORD OF TAPED INTERVIEW", "level": 1},
            {
                "kv": [
                    ["Person interviewed", "[[name:full|NAWAZ, Sajjad]]"],
                    ["{{keep:label|DOB}}", "[[id:dob|09/03/1991]]"],
                    [
                        "Address",
                        "[[id:address|Flat 3, 117 Nuns Moor Road]], {{keep:place|Newcastle upon Tyne}}",
                    ],
                    ["Custody no.", "[[id:other|NB/08712/19]]"],
                    ["Place of interview", "{{keep:place|Forth Banks police station}}"],
                    [
                        "Date / times",
                        "{{keep:date|24/07/2019}}  14:12 - 15:03 (tape 1), 15:20 - 15:48 (tape 2)",
                    ],
                    [
                        "Interviewer(s)",
                        "DS [[name:full|N. CHARLTON]] [[id:collar|2408]]; DC [[id:collar|3021]] [[name:full|G. LISTER-WARD]]",
                    ],
                    [
                        "Other persons present",
                        "Mr [[name:full|Jonathan Alderson]], solicitor ([[name:surname|Alderson]] & Co)",
                    ],
                ],
                "boxed": True,
            },
            {
                "table": [
                    ["Tape counter", "Person speaking", "Text"],
                    [
                        "00:00",
                        "DS",
                        "Introductions. Caution. [[name:surname|NAWAZ]] confirmed he understood. Reminded of free legal advice; solicitor present.",
                    ],
                    [
                        "01:40",
                        "DS",
                        "Explained arrest on suspicion of child abduction and sexual activity with a child re {{keep:cipher|Child L}} and {{keep:cipher|Child R}}.",
                    ],
                    [
                        "02:15",
                        "[[name:surname|NAWAZ]]",
                        'Prepared statement read by solicitor. Denies all offences. States he "has never had a girlfriend under 18". States the flat is his but "loads of people have keys".',
                    ],
                    [
                        "05:30",
                        "DS",
                        'Asked what name he is known by. [[name:surname|NAWAZ]]: "[[name:first|Sajjad]]. My family call me [[name:nickname|Saj]]." Asked whether he is known as [[name:nickname|Jaddy]]. Reply: "No comment."',
                    ],
                    [
                        "06:10",
                        "DS",
                        'Showed exhibit NC/14 (messages from [[id:phone|07700 900794]] to phone of {{keep:cipher|Child R}}) signed "[[name:nickname|J]]". Read: "[[name:lower|rosie]] if u talk 2 the police [[name:lower|kwame]] and [[name:lower|kofi]] will get it". Reply: "No comment."',
                    ],
                    [
                        "09:55",
                        "DC",
                        'Asked whether he knows a taxi driver called [[name:nickname|Elvis]]. [[name:surname|NAWAZ]]: "Everybody knows [[name:nickname|Elvis]], he\'s on the rank." Asked how he knows him: "He drives my auntie [[name:first|Bev]] about."',
                    ],
                    [
                        "11:30",
                        "DC",
                        'Asked who [[name:nickname|Bev]] is. Reply: "Not my real auntie. [[name:full|Beverley Lumsdon]]. She lives in {{keep:place|Southwick}}."',
                    ],
                    [
                        "14:02",
                        "DS",
                        "Put to him that {{keep:cipher|Child L}} ([[name:word|Liberty]]) told staff at her home she was at \"[[name:nickname|Sparky]]'s cousin's flat\". Asked if he is [[name:nickname|Sparky]]'s cousin. Reply: \"[[name:first|Amir]]'s my cousin, so what.\"",
                    ],
                    [
                        "15:40",
                        "DS",
                        'Asked about [[name:nickname|Boss]]. [[name:surname|NAWAZ]]: "[[name:nickname|Boss]] is just what the young lads say. I don\'t know no [[name:nickname|Boss]]."',
                    ],
                    [
                        "19:25",
                        "DC",
                        "Showed CCTV still (NC/22) of {{keep:vehicle|black Mercedes Vito}} [[id:vrm|NX67 BFU]] outside his flat {{keep:date|12/07/2019}} 23:50. Reply: \"That's [[name:nickname|Rocky]]'s van.\"",
                    ],
                    [
                        "22:00",
                        "DS",
                        'Put that {{keep:cipher|Child S}} ([[name:variant|Skye]] [[name:surname|Pennock]]) was seen getting out of that vehicle. Reply: "No comment."',
                    ],
                    [
                        "31:18",
                        "[[name:surname|NAWAZ]]",
                        'Volunteered: "Them girls come to the flat cos [[name:nickname|Rocky]] and [[name:nickname|Sparky]] bring them. I\'m at work. I work nights at the bakery in {{keep:place|Team Valley}}."',
                    ],
                    ["48:50", "DS", "Tape 1 ends. Break for consultation."],
                    [
                        "00:00",
                        "DS",
                        "Tape 2. Caution repeated. Solicitor: client will answer no further questions.",
                    ],
                    [
                        "02:30",
                        "DS",
                        'Put phone attribution: top-up card for [[id:phone|07700 900794]] bought at Spar, {{keep:place|Fenham}}, bank card ending [[id:account|4471]] in his name. Reply: "No comment."',
                    ],
                    [
                        "27:40",
                        "DS",
                        "Interview concluded. [[name:surname|NAWAZ]] returned to custody.",
                    ],
                ],
                "header": True,
                "widths": [0.12, 0.14, 0.74],
            },
            "Exhibit references: tapes NC/30 and NC/31 (master sealed), NC/32 (working copy). Record prepared by DC [[name:full|Gemma Lister-Ward]] [[id:collar|3021]] on {{keep:date|25/07/2019}}.",
            {
                "kv": [
                    ["Signature", "[[name:full|G. Lister-Ward]]"],
                    ["Checked by", "DS [[name:surname|Charlton]] [[id:collar|2408]]"],
                ]
            },
        ],
    },
    {
        "id": "philomena_profile_blackburn_calvert",
        "layout": "missing_from_care_profile",
        "font": "Helvetica-Bold",
        "size": 9,
        "header": "PHILOMENA PROTOCOL - GRAB PACK - KEEP IN PLACEMENT OFFICE - UPDATE EVERY 3 MONTHS",
        "footer": "{{keep:agency|Lancashire Constabulary}} / {{keep:agency|Blackburn with Darwen Borough Council}} - {{keep:instrument|Philomena Protocol}} form P1   Page {page} of {pages}",
        "blocks": [
            {"h": "MISSING FROM CARE - YOUNG PERSON'S PROFILE", "level": 1},
            {
                "image": "photo",
                "w": 100,
                "h": 120,
                "caption": "Photo taken {{keep:date|02/02/2018}} at [[place:care|The Laurels]]",
            },
            {
                "kv": [
                    ["Full name", "[[name:full|CALVERT, Summer Louise]]"],
                    [
                        "Known as / nicknames",
                        "[[name:word|Summer]]; [[name:nickname|Summz]]; [[name:nickname|Sum]]; the men call her [[name:nickname|Princess]]",
                    ],
                    ["{{keep:label|Date of birth}}", "[[id:dob|14/05/2003]]"],
                    [
                        "Description",
                        "{{keep:descriptor|White British female}}, {{keep:descriptor|5'4\"}}, slim, long blonde hair (sometimes dyed pink), pierced nose, scar on left knee",
                    ],
                    [
                        "Placement",
                        "[[place:care|The Laurels]], [[id:address|2 Sudell Cross Lane]], {{keep:place|Darwen}} [[id:postcode|BB3 9RY]] - tel [[id:phone|0161 496 0263]]",
                    ],
                    [
                        "School",
                        "[[place:school|Fernhurst Brook Academy]] (Y10) - DSL Mr [[name:full|Owen Birtwistle]]",
                    ],
                    [
                        "Own mobile",
                        "[[id:phone|07700 900312]] (often off); Snapchat [[id:handle|summz.c.x]]",
                    ],
                    ["NHS no. / medication", "[[id:nhs|815 806 9983]] / sertraline 50mg"],
                    ["Social worker", "[[name:full|Ruth Holden-Pye]] [[id:phone|07700 900327]]"],
                    [
                        "Mother",
                        "[[name:full|Lorna CALVERT]], [[id:address|27 Revidge Fold]], {{keep:place|Blackburn}} - [[id:phone|07700 900329]]",
                    ],
                ],
                "boxed": True,
            },
            {"h": "Places she may go"},
            {
                "ticks": [
                    ["{{keep:place|Blackburn bus station}} and The Mall", True],
                    [
                        "The [[id:address|flat above the chip shop on Tabor Street]] ('the chippy flat')",
                        True,
                    ],
                    ["Her mum's house, [[id:address|27 Revidge Fold]]", True],
                    [
                        "Her previous foster carers, the [[name:surname|Haworths]] ({{keep:place|Feniscowles}})",
                        False,
                    ],
                    ["{{keep:place|Witton Park}} ({{keep:word|summer}} evenings)", True],
                ]
            },
            {"h": "People she may be with"},
            {
                "table": [
                    ["Name", "Also known as", "Phone", "Vehicle / badge"],
                    [
                        "[[name:full|Imran ZAFAR]]",
                        "[[name:nickname|Shady]], [[name:nickname|Shades]]",
                        "[[id:phone|07700 900311]]",
                        "{{keep:vehicle|black Audi A3}} [[id:vrm|BK66 ZFR]]",
                    ],
                    [
                        "[[name:full|Asad RAUF]]",
                        "[[name:nickname|Flash]]",
                        "[[id:phone|07700 900336]]",
                        "{{keep:vehicle|silver Mercedes C-Class}} [[id:vrm_partial|PJ17]]",
                    ],
                    [
                        "[[name:full|Razwan HAFIZ]]",
                        "[[name:nickname|Uncle Raz]], [[name:nickname|Raz]]",
                        "[[id:phone|07700 900337]]",
                        "{{keep:vehicle|white Skoda Octavia}} PH, badge [[id:licence|BWD/PHD/2017/0442]]",
                    ],
                    ["not known", "[[name:nickname|Nas]]", "-", "-"],
                    [
                        "[[name:full|Kayla BRINDLE]] (friend, {{keep:label|DOB}} [[id:dob|03/08/2002]])",
                        "[[name:nickname|Kay-Kay]]",
                        "[[id:phone|07700 900338]]",
                        "-",
                    ],
                ],
                "header": True,
                "widths": [0.3, 0.24, 0.18, 0.28],
            },
            {"h": "Risk summary for the police on call"},
            "[[name:word|Summer]] is assessed as HIGH risk of CSE. [[name:nickname|Shady]] was served with a {{keep:instrument|Child Abduction Warning Notice}} on {{keep:date|06/03/2018}}. If [[name:nickname|Summz]] is missing after 22:00 staff will ring 999 and give log references. She will usually answer a call from her key worker [[name:first|Nicole]] ([[name:full|Nicole Tattersall]]) or from Mr [[name:surname|Birtwistle]]. She does not answer to [[name:nickname|Princess]] from staff - please do not use it.",
            {
                "pre": [
                    "Completed by: [[name:full|N. Tattersall]] (key worker), {{keep:date|02/02/2018}}     Reviewed: {{keep:date|01/05/2018}}"
                ]
            },
        ],
    },
]
