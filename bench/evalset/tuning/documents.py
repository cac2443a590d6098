# ruff: noqa: E501
"""Tuning set for issue 10: annotated evaluation documents in the format of ``FORMAT.md``.

Written to look like the bundles a statutory inquiry into group-based child sexual
exploitation receives (MG11s, ABE transcripts, social care records, strategy minutes,
council e-mails, licensing minutes, risk assessments, chronologies, nominal tables,
letters, press statements, hearing transcripts), with the failure classes the engine is
tuned on.  Every person, school, care placement, address and number is invented; phone
numbers are in Ofcom's drama ranges and NHS numbers pass the modulus 11 check.  The engine
may be tuned on these documents; the ``test`` part is never read.
"""

from __future__ import annotations

DOCUMENTS: list[dict] = [
    {
        "id": "mg11_rotherham_marsh",
        "layout": "mg11",
        "font": "Times-Roman",
        "size": 10.5,
        "header": "RESTRICTED (when complete)",
        "footer": "{{keep:label|MG11}} (T)   Page {page} of {pages}   Signature: [[name:full|L Marsh]]",
        "blocks": [
            {"right": "{{keep:label|MG11}}"},
            {"h": "WITNESS STATEMENT", "level": 1},
            {
                "center": "Criminal Procedure Rules, r. 16.2; {{keep:instrument|Criminal Justice Act 1967}}, s. 9; Magistrates' Courts Act 1980, s. 5B"
            },
            {
                "kv": [
                    ["URN", "14 / LN / 04417 / 15"],
                    ["{{keep:label|Statement of}}:", "[[name:full|Lacey MARSH]]"],
                    ["{{keep:label|Age if under 18}}:", "14 (if over 18 insert 'over 18')"],
                    ["{{keep:label|Occupation}}:", "School pupil"],
                ],
                "boxed": True,
            },
            "This statement (consisting of 3 page(s) each signed by me) is true to the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated anything in it, which I know to be false, or do not believe to be true.",
            "Signature: [[name:full|L Marsh]]            Date: {{keep:date|23/10/2015}}",
            {"rule": True},
            "This statement was taken by video link at {{keep:place|Maltby}} police station by DC [[name:full|Helen ROYSTON]] [[id:collar|4127]] of {{keep:agency|South Yorkshire Police}} as part of {{keep:operation|Operation Linden}}. My name is [[name:full|Lacey Marsh]]. I am 14 years old and I am in year 10 at [[place:school|Aspinall Fold Academy]] in {{keep:place|Rotherham}}.",
            "Since {{keep:date|March 2015}} I have lived at [[place:care|Larkfield House]], which is a children's home run by {{keep:agency|Rotherham Metropolitan Borough Council}}. Before that I lived with my mum [[name:full|Donna Marsh]] and my little brother [[name:full|Tyler Marsh]] at [[id:address|14 Tenter Croft]], {{keep:place|Kimberworth}}. Mum still lives there. I see her on Saturdays.",
            "I first met the man I know as [[name:nickname|Zee]] in {{keep:date|November 2014}}, outside the Co-op on Meadowbank Road. I was with my best friend [[name:full|Kelsey Dunn]] who goes to [[place:school|Aspinall Fold]] as well. [[name:nickname|Zee]] is {{keep:descriptor|Asian}}, about {{keep:descriptor|25}}, with a short beard and a gold tooth at the side. He drove a {{keep:vehicle|silver Vauxhall Corsa}}. I remember the plate started [[id:vrm_partial|YK13]] because 13 is my unlucky number. [[name:first|Kelsey]] said the end of it was [[id:vrm_partial|WPD]]. I now know from the police that his real name is [[name:full|Zubair AKHTAR]] but everyone calls him [[name:nickname|Zee]].",
            '[[name:nickname|Zee]] gave me his number, which was [[id:phone|07700 900417]], and told me to add him on Snapchat. His name on there was [[id:handle|zee_akh786]]. My Snapchat then was [[id:handle|lacey_xo_01]] and my Instagram was [[id:handle|lace.marsh.x]]. Mum did not know about any of it. The first message he sent me said "[[name:lower|lacey]] ur mine now dont 4get it" and the next one said "tell [[name:lower|kels]] to come 2".',
            "After about two weeks [[name:nickname|Zee]] started picking me and [[name:first|Kelsey]] up from outside school on Thursdays. He would take us to a flat above a shop on Wellgate. There was another man there called [[name:nickname|Kaz]]. [[name:nickname|Kaz]] was older, about {{keep:descriptor|40}}, {{keep:descriptor|British Pakistani}} I think, and he wore a grey tracksuit all the time. I later learned [[name:nickname|Kaz]] is [[name:full|Mohammed Kasim]]. [[name:surname|Kasim]]'s flat had a big telly and a PlayStation.",
            "There was also a {{keep:descriptor|white}} lad called [[name:first|Wayne]] who used to bring vodka. I think his surname is [[name:surname|Oliver]]. He had a {{keep:vehicle|black Ford Focus}} with a dent in the passenger door.",
            "In {{keep:date|December 2014}}, on the Friday before we broke up for Christmas, [[name:nickname|Zee]] said I owed him for the phone and the top-ups. He took me to the flat and [[name:nickname|Kaz]] and another man I did not know were there. I do not want to say in this statement everything that happened, I have said it on the video. I went back to school on the Monday and did not tell anyone.",
            "There was another girl at the flat sometimes called [[name:first|Macey]]. She is not from our school. I think her surname is [[name:surname|Tordoff]] and she lives in {{keep:place|Parkgate}}. [[name:first|Macey]] told me she had been going there since she was 12.",
            "In {{keep:date|February 2015}} a taxi driver collected me from [[place:school|Aspinall Fold Academy]] when [[name:nickname|Zee]] could not. It was a {{keep:vehicle|white Toyota Prius}} with the council sticker on the door. The badge hanging on the mirror said [[id:licence|40213]]. The driver was called [[name:first|Naveed]]. [[name:first|Naveed]] did not say anything the whole journey except to ask if I was [[name:first|Zubair]]'s girlfriend.",
            "At the end of {{keep:date|March 2015}} my social worker [[name:full|Nicola Brierley]] moved me to [[place:care|Larkfield House]] because I kept going missing. The staff at [[place:care|Larkfield]] used to ring the police every time I was not back by 10. PC [[id:collar|2290]] brought me back twice. I think his name is [[name:surname|Lister]].",
            "On {{keep:date|4 May 2015}} I was given a letter by the police to say that [[name:full|Zubair Akhtar]] had been given a {{keep:instrument|Child Abduction Warning Notice}} about me. [[name:nickname|Zee]] laughed when I showed him. He said it was just a piece of paper.",
            "I am willing to attend court and give evidence. I would like to use a screen and I do not want [[name:first|Zubair]], [[name:nickname|Kaz]] or [[name:first|Wayne]] to see me.",
            "Signature: [[name:full|L Marsh]]            Signature witnessed by: DC [[name:surname|Royston]] [[id:collar|4127]]",
            {"pagebreak": True},
            {"h": "{{keep:label|Witness}} contact details (not to be disclosed)", "level": 2},
            {
                "kv": [
                    ["Surname", "[[name:surname|MARSH]]"],
                    ["Forename(s)", "[[name:first|Lacey Ann]]"],
                    [
                        "Home address",
                        "c/o [[place:care|Larkfield House]], [[id:address|27 Dalton Lane]], {{keep:place|Rotherham}}",
                    ],
                    ["Postcode", "[[id:postcode|S65 3QT]]"],
                    ["{{keep:label|D.O.B.}}", "[[id:dob|17/04/2001]]"],
                    ["Home tel. no.", "[[id:phone|0114 496 0381]] (unit office)"],
                    ["School", "[[place:school|Aspinall Fold Academy]], year 10"],
                    [
                        "Parent / guardian",
                        "[[name:full|Donna MARSH]], mother, [[id:phone|07700 900962]]",
                    ],
                    [
                        "Dates of non-availability",
                        "{{keep:date|16-20 November 2015}} (school trip)",
                    ],
                ],
                "boxed": True,
            },
            {
                "ticks": [
                    [
                        "Witness care: Young witness - special measures requested (screen, live link)",
                        True,
                    ],
                    ["Witness has consented to the release of medical records", False],
                    ["{{keep:instrument|Victims' Code}} leaflet given", True],
                ]
            },
            "Statement taken by: DC [[name:full|H. Royston]] [[id:collar|4127]]   Station: {{keep:place|Rotherham Main Street}}   Time and date: 10:40, {{keep:date|23/10/2015}}",
        ],
    },
    {
        "id": "abe_calderdale_pearce",
        "layout": "abe_transcript",
        "font": "Courier",
        "size": 9.5,
        "header": "RESTRICTED - {{keep:agency|West Yorkshire Police}} - {{keep:operation|Operation Harebell}}",
        "footer": "ROTI/{{keep:label|ABE}} transcript   Page {page} of {pages}",
        "blocks": [
            {"h": "RECORD OF VIDEO RECORDED INTERVIEW ({{keep:label|ABE}})", "level": 1},
            {
                "center": "{{keep:instrument|Achieving Best Evidence in Criminal Proceedings}} (Ministry of Justice, 2011)"
            },
            {
                "kv": [
                    ["Interviewee", "[[name:full|PEARCE, Jodie]]"],
                    ["{{keep:label|D.O.B.}}", "[[id:dob|02/09/2000]]"],
                    [
                        "Interviewed by",
                        "DC [[name:full|Owen PRITCHARD]] [[id:collar|6612]] (lead), [[name:full|Grace HOLDEN]] ({{keep:agency|Calderdale Council}} Children's Social Care, second interviewer)",
                    ],
                    ["Monitored by", "DS [[name:full|R. Nazir]] [[id:collar|1093]]"],
                    [
                        "Date / place",
                        "{{keep:date|14/07/2015}}, ABE suite, {{keep:place|Halifax}} police station",
                    ],
                    [
                        "Transcribed by",
                        "[[name:full|Alison Wadsworth]], typist, {{keep:date|22/07/2015}}",
                    ],
                ]
            },
            {
                "turn": [
                    "[[name:surname|PRITCHARD]]",
                    "[00:00:05] right, it's {{keep:date|Tuesday the 14th of July 2015}}, the time is 10:32. i'm [[name:first|Owen]], i'm a detective constable, and with me is [[name:word|Grace]] who you know. can you tell me your name",
                ]
            },
            {"turn": ["[[name:first|JODIE]]", "[00:00:19] [[name:lower|jodie pearce]]"]},
            {
                "turn": [
                    "[[name:surname|PRITCHARD]]",
                    "[00:00:22] and how old are you [[name:lower|jodie]]",
                ]
            },
            {
                "turn": [
                    "[[name:first|JODIE]]",
                    "[00:00:24] 14. 15 in september. my birthday's the [[id:dob|2nd of september]]",
                ]
            },
            {
                "turn": [
                    "[[name:surname|PRITCHARD]]",
                    "[00:03:47] you said you wanted to talk to us about [[name:lower|reb]]. tell me everything about that, from the beginning",
                ]
            },
            {
                "turn": [
                    "[[name:first|JODIE]]",
                    "[00:03:55] like, i met him at the bus station in {{keep:place|halifax}} with [[name:lower|chantelle]]. he was with [[name:lower|hawre]], they're both {{keep:descriptor|kurdish}} i think. [[name:lower|reb]] had a {{keep:vehicle|black mercedes}}, like a nice one. he said did we want a lift to [[name:lower|sandra]]'s",
                ]
            },
            {"turn": ["[[name:surname|PRITCHARD]]", "[00:04:20] who's [[name:first|Sandra]]"]},
            {
                "turn": [
                    "[[name:first|JODIE]]",
                    "[00:04:22] my foster carer. [[name:lower|sandra]] and [[name:lower|mick]]. i was at [[name:lower|sandra]] and [[name:lower|mick]]'s then, in {{keep:place|sowerby bridge}}",
                ]
            },
            {
                "turn": [
                    "[[name:surname|HOLDEN]]",
                    "[00:04:31] for the tape, that's the foster placement with [[name:full|Sandra Hargreaves]] and [[name:full|Michael Hargreaves]] in {{keep:place|Sowerby Bridge}}",
                ]
            },
            {
                "turn": [
                    "[[name:surname|PRITCHARD]]",
                    "[00:05:02] did you know [[name:first|Reb]]'s full name then",
                ]
            },
            {
                "turn": [
                    "[[name:first|JODIE]]",
                    "[00:05:06] no. just [[name:lower|reb]]. [[name:lower|chantelle]] said it was [[name:lower|rebaz]] and his last name's like [[name:lower|hamid]] or summat. his snapchat was [[id:handle|reb_h_92]]",
                ]
            },
            {
                "turn": [
                    "[[name:surname|PRITCHARD]]",
                    "[00:05:30] do you remember anything about the car, the registration",
                ]
            },
            {
                "turn": [
                    "[[name:first|JODIE]]",
                    "[00:05:34] [[id:vrm|Y D 6 4 H F N]]. i remember cos [[name:lower|hawre]] made me say it back when i had to find it in the car park at {{keep:place|the piece hall}}",
                ]
            },
            {
                "turn": [
                    "[[name:surname|PRITCHARD]]",
                    "[00:12:31] okay. where did [[name:first|Reb]] take you",
                ]
            },
            {
                "turn": [
                    "[[name:first|JODIE]]",
                    "[00:12:35] his mate's house on [[id:address|41 Gibbet Street]]. there was [[name:lower|picksy]] there, he's {{keep:descriptor|white}}, older, like {{keep:descriptor|50}}. and a taxi man called [[name:lower|amjad]]. [[name:lower|amjad]] used to pick me up from school in the taxi",
                ]
            },
            {"turn": ["[[name:surname|PRITCHARD]]", "[00:12:58] which school is that"]},
            {
                "turn": [
                    "[[name:first|JODIE]]",
                    "[00:13:00] [[place:school|hebble valley]]. [[place:school|hebble valley high school]]",
                ]
            },
            {
                "turn": [
                    "[[name:surname|PRITCHARD]]",
                    "[00:13:09] and did anyone at [[place:school|Hebble Valley]] notice",
                ]
            },
            {
                "turn": [
                    "[[name:first|JODIE]]",
                    "[00:13:12] miss [[name:lower|quarmby]] did. she rang [[name:lower|grace]]. i {{keep:word|hope}} she's not in trouble",
                ]
            },
            {
                "turn": [
                    "[[name:surname|HOLDEN]]",
                    "[00:13:20] she's not in any trouble [[name:first|Jodie]], she did the right thing",
                ]
            },
            {
                "turn": [
                    "[[name:surname|PRITCHARD]]",
                    "[00:21:44] you said [[name:lower|reb]] gave you a phone",
                ]
            },
            {
                "turn": [
                    "[[name:first|JODIE]]",
                    '[00:21:47] yeah a pink samsung. my number on it was [[id:phone|07700 900283]]. [[name:lower|reb]]\'s was saved as "R" and [[name:lower|hawre]] was "H". mum\'s number\'s [[id:phone|07700 900518]] if you need it',
                ]
            },
            {
                "turn": [
                    "[[name:surname|PRITCHARD]]",
                    "[00:34:10] after you moved to [[place:care|Birchen Lodge]], did you still see them",
                ]
            },
            {
                "turn": [
                    "[[name:first|JODIE]]",
                    "[00:34:14] at [[place:care|birchen]] yeah. [[name:lower|liam]] the night staff would let me out for a fag and [[name:lower|reb]] would be waiting at the end of the road in the {{keep:vehicle|mercedes}}",
                ]
            },
            {
                "turn": [
                    "[[name:surname|PRITCHARD]]",
                    "[00:34:40] we {{keep:word|may}} need to take a break soon. is there anything else you want to tell us about [[name:first|Rebaz]] or [[name:first|Hawre]]",
                ]
            },
            {
                "turn": [
                    "[[name:first|JODIE]]",
                    "[00:34:49] [[name:lower|hawre salih]] said if i went to the police he'd find [[name:lower|jo-jo]]'s little sister. that's what everyone calls me, [[name:lower|jo-jo]]",
                ]
            },
            {
                "turn": [
                    "[[name:surname|PRITCHARD]]",
                    "[00:35:02] thank you [[name:first|Jodie]]. the time by my watch is 11:07 and i'm going to pause the interview",
                ]
            },
            {"rule": True},
            "Exhibits: master DVD and working copy, sealed. Transcript checked against recording by DC [[name:surname|Pritchard]] [[id:collar|6612]] on {{keep:date|24/07/2015}}.",
        ],
    },
    {
        "id": "case_notes_oldham_miah",
        "layout": "case_notes",
        "font": "Helvetica",
        "size": 9.5,
        "header": "OFFICIAL-SENSITIVE   {{keep:agency|Oldham Council}} Children's Social Care - Case Notes print",
        "footer": "Printed 03/04/2017 by [[name:full|ASHTON, Mark]]   Page {page} of {pages}",
        "blocks": [
            {
                "kv": [
                    ["Child", "[[name:full|MIAH, Shapla]] (ID [[id:other|2093871]])"],
                    ["{{keep:label|DOB}}", "[[id:dob|29/01/2002]]"],
                    ["NHS number", "[[id:nhs|628 194 8211]]"],
                    [
                        "Address",
                        "[[id:address|63 Coppice Street]], {{keep:place|Oldham}} [[id:postcode|OL8 4BH]]",
                    ],
                    [
                        "Allocated worker",
                        "[[name:full|OGDEN, Joanne]] (Social Worker, Safeguarding Team 3)",
                    ],
                    [
                        "Legal status",
                        "{{keep:instrument|Child in Need}}; {{keep:instrument|Section 47}} enquiry from 20/10/2015",
                    ],
                ],
                "boxed": True,
            },
            {"h": "{{keep:date|12/10/2015}} 15:52  Contact - Referral received (MASH)", "level": 2},
            "Call from Mrs [[name:full|Helen Whitehead]], Designated Safeguarding Lead at [[place:school|Coppice Vale Academy]]. [[name:first|Shapla]] (Year 8) seen on three occasions in the last fortnight getting into a {{keep:vehicle|grey Toyota Avensis}} private hire car at the end of the school day. Driver described as {{keep:descriptor|Asian male}}, {{keep:descriptor|30s}}. Staff noted the plate ending in [[id:vrm_partial|KXE]]. [[name:first|Shapla]] told her form tutor the driver is 'a cousin'. Parents say there is no such cousin. Passed to {{keep:agency|Oldham MASH}} for screening. - [[name:full|J. Ogden]]",
            {"h": "{{keep:date|14/10/2015}} 17:30  Home visit", "level": 2},
            "Visit with Sylheti interpreter Mr [[name:full|Anwar Hossain]]. Seen mother Mrs [[name:full|Rahima Miah]] and father Mr [[name:full|Jamal Miah]]; [[name:first|Shapla]] was upstairs and came down after 20 minutes. She was polite but guarded. She has a second phone which she says was a present from her friend [[name:first|Tamanna]] at [[place:school|Coppice Vale]]. Mother is worried [[name:nickname|Shap]] is 'always on the phone in the night'. Father wants the school to stop her going out at lunch. Discussed online safety. Left leaflets from {{keep:agency|Barnardo's}} and the {{keep:agency|NSPCC}}.",
            {"h": "{{keep:date|20/10/2015}} 09:15  Strategy discussion", "level": 2},
            "Strategy discussion by phone: myself, PC [[name:full|Sunita Rana]] [[id:collar|3378]] ({{keep:agency|Greater Manchester Police}} Phoenix team), school nurse [[name:full|Bernadette Coyle]] ({{keep:agency|Pennine Care NHS Foundation Trust}}). Agreed threshold met for {{keep:instrument|Section 47}} enquiries. PC [[name:surname|Rana]] to run the partial registration and to check the driver against the licensing database. CSE screening tool to be completed; risk provisionally {{keep:label|MEDIUM}}.",
            {"h": "{{keep:date|28/10/2015}} 11:00  Information received - police", "level": 2},
            "PC [[id:collar|3378]] rang. Vehicle is private hire, licensed by {{keep:agency|Rochdale Borough Council}}. Registered keeper and licensed driver is [[name:full|Rafiqul ISLAM]] ([[id:dob|11/03/1987]]), private hire driver's licence [[id:licence|RBC/PHD/2291]]. Goes by [[name:nickname|Raf]]. Not previously known to us. [[name:surname|Islam]] is linked by intelligence to [[name:full|Abdul Kadir CHOWDHURY]], known as [[name:nickname|AK]], who is a nominal in {{keep:operation|Operation Marram}}. [[name:first|Shapla]] will be recorded as {{keep:cipher|YP3}} in the operation.",
            {"h": "{{keep:date|02/11/2015}} 16:45  Direct work with child", "level": 2},
            "Seen [[name:first|Shapla]] at school, in the library office. She showed me her Instagram ([[id:handle|shap.m.02]]) and agreed I could photograph messages. Most are from an account [[id:handle|raf_islam_786]] and from [[name:nickname|AK]]. In the messages [[name:nickname|Raf]] calls her 'wifey' and asks her to delete the chat. She said [[name:nickname|AK]] is 'older, like proper old' and has a restaurant in {{keep:place|Rochdale}}. When I asked about [[name:variant|Chowdury]] she went quiet. [[name:variant|Shapa]] asked me not to tell her dad. Explained I cannot promise that.",
            {"h": "{{keep:date|15/11/2015}} 23:40  Missing from home (EDT entry)", "level": 2},
            "Entered by EDT worker [[name:full|Kwame Mensah]]. Father reported [[name:first|Shapla]] missing at 21:00. Found by GMP at 23:15 at [[id:address|Flat 2, 88 Milkstone Road]], {{keep:place|Rochdale}}, with [[name:surname|ISLAM]] and a second male, [[name:full|Shabir AHMED]]. [[name:variant|Shabbir]] gave his name as '[[name:nickname|Sam]]'. Both arrested. [[name:first|Shapla]] taken to {{keep:place|Royal Oldham Hospital}} then home with parents at 03:10.",
            {"h": "{{keep:date|17/11/2015}} 10:00  Return home interview", "level": 2},
            "Return home interview completed by [[name:full|Yvonne Okafor]] ({{keep:agency|Barnardo's}} Phoenix). [[name:first|Shapla]] said [[name:nickname|Raf]] gave her vodka in the car and that [[name:first|Shabir]] filmed her on his phone. Referred to the {{keep:agency|Sexual Assault Referral Centre}} at {{keep:place|St Mary's}}. Disclosure passed to PC [[name:surname|Rana]].",
            {"h": "{{keep:date|18/11/2015}} 14:20  Legal / police action", "level": 2},
            "{{keep:instrument|Child Abduction Warning Notices}} served by GMP on [[name:full|ISLAM, Rafiqul]] and [[name:full|AHMED, Shabir]] ([[id:dob|02/07/1990]]) in respect of [[name:first|Shapla]]. Both released under investigation. [[name:full|Rafiqul Islam]]'s licence referred to {{keep:agency|Rochdale Borough Council}} licensing for suspension. Risk now {{keep:label|HIGH}}.",
            {"h": "{{keep:date|01/12/2015}} 12:00  Placement", "level": 2},
            "Following the meeting on {{keep:date|30/11/2015}} and with parents' agreement ({{keep:instrument|s.20 Children Act 1989}}), [[name:first|Shapla]] moved to [[place:care|Thornlea House]], a four-bed children's home in {{keep:place|Saddleworth}}, to take her away from the {{keep:place|Westwood}} area. She will continue at [[place:school|Coppice Vale Academy]] with transport by the council's own contracted escort, not private hire. Key worker at [[place:care|Thornlea]] is [[name:full|Leanne Platt]].",
            "Manager's oversight: agree with plan. [[name:word|Mark]] (Team Manager), {{keep:date|01/12/2015}}.",
        ],
    },
    {
        "id": "strategy_minutes_calderdale",
        "layout": "strategy_minutes",
        "font": "DejaVuSans",
        "size": 9.5,
        "header": "OFFICIAL-SENSITIVE: not to be shared without the consent of the Chair",
        "footer": "{{keep:instrument|Section 47}} strategy meeting {{keep:date|05/08/2015}} - minutes - page {page} of {pages}",
        "blocks": [
            {"image": "logo", "w": 110, "h": 40},
            {
                "h": "{{keep:agency|Calderdale Council}} - Children and Young People's Services",
                "level": 2,
            },
            {"h": "MINUTES OF A {{keep:instrument|SECTION 47}} STRATEGY MEETING", "level": 1},
            {
                "kv": [
                    [
                        "Child(ren)",
                        "[[name:full|Jodie PEARCE]] ({{keep:label|DOB}} [[id:dob|02/09/2000]]); [[name:full|Josie LUMB]] ({{keep:label|DOB}} [[id:dob|19/12/2000]])",
                    ],
                    ["Date of meeting", "{{keep:date|Wednesday 5 August 2015}}, 10:00-12:15"],
                    ["Venue", "{{keep:place|Northgate House}}, {{keep:place|Halifax}}"],
                    [
                        "{{keep:label|Chair}}",
                        "[[name:full|Lorraine Sugden]], Service Manager, Safeguarding",
                    ],
                ],
                "boxed": True,
            },
            {"h": "1. Attendance", "level": 2},
            {
                "table": [
                    ["Name", "Role", "Agency"],
                    [
                        "[[name:full|Lorraine Sugden]]",
                        "{{keep:label|Chair}}",
                        "{{keep:agency|Calderdale Council}} CYPS",
                    ],
                    [
                        "[[name:full|Grace Holden]]",
                        "Allocated social worker for [[name:first|Jodie]]",
                        "{{keep:agency|Calderdale Council}} CYPS",
                    ],
                    [
                        "DS [[name:full|Rizwan Nazir]] [[id:collar|1093]]",
                        "Deputy SIO, {{keep:operation|Operation Harebell}}",
                        "{{keep:agency|West Yorkshire Police}}",
                    ],
                    [
                        "DC [[name:full|Owen Pritchard]] [[id:collar|6612]]",
                        "Officer in case",
                        "{{keep:agency|West Yorkshire Police}}",
                    ],
                    [
                        "[[name:full|Ciara Flanagan]]",
                        "Specialist CSE nurse",
                        "{{keep:agency|Calderdale and Huddersfield NHS Foundation Trust}}",
                    ],
                    [
                        "[[name:full|Kerry Quarmby]]",
                        "Designated Safeguarding Lead",
                        "[[place:school|Hebble Valley High School]]",
                    ],
                    ["[[name:full|Liam Thackray]]", "Key worker", "[[place:care|Birchen Lodge]]"],
                    [
                        "[[name:full|Femi Adebayo]]",
                        "Independent Reviewing Officer",
                        "{{keep:agency|Calderdale Council}}",
                    ],
                    [
                        "[[name:full|Beverley Nutter]]",
                        "Minutes",
                        "{{keep:agency|Calderdale Council}} business support",
                    ],
                ],
                "header": True,
                "widths": [0.3, 0.33, 0.37],
            },
            "Apologies: Dr [[name:full|Priya Raman]] (GP, {{keep:agency|Calder Valley Medical Practice}}); [[name:full|Sandra Hargreaves]] (former foster carer, invited for item 3 only).",
            {"h": "2. Reason for the meeting", "level": 2},
            "[[name:first|Lorraine]] explained that the meeting was convened after [[name:first|Jodie]]'s ABE interview on {{keep:date|14 July 2015}}, in which she named two {{keep:descriptor|Kurdish}} men, [[name:full|Rebaz HAMID]] (known as [[name:nickname|Reb]]) and [[name:full|Hawre SALIH]], a {{keep:descriptor|White British}} man known only as [[name:nickname|Picksy]], and a hackney carriage driver [[name:first|Amjad]]. Police believe [[name:nickname|Picksy]] is [[name:full|Darren PICKLES]] ([[id:dob|14/06/1965]]).",
            "Concern was raised on {{keep:date|30 July}} by staff at [[place:care|Birchen Lodge]] that a second resident, [[name:full|Josie Lumb]], has been leaving the unit with [[name:first|Jodie]] and getting into a {{keep:vehicle|black Mercedes C-Class}}. [[name:first|Josie]] is not previously known to {{keep:operation|Operation Harebell}}.",
            {"h": "3. Information shared", "level": 2},
            "Police: DS [[name:surname|Nazir]] said the Mercedes, [[id:vrm|YD64 HFN]], is registered to [[name:surname|Hamid]]'s brother-in-law at [[id:address|12 Hopwood Lane]], {{keep:place|Halifax}} [[id:postcode|HX1 5ER]]. ANPR shows it near [[place:care|Birchen Lodge]] on nine nights in July. [[name:first|Amjad]] is [[name:full|Amjad RASHID]], hackney carriage driver, licence [[id:licence|CMBC/HC/1187]], badge [[id:licence|HCD 0931]]. [[name:surname|Rashid]]'s licence record shows school contract work for [[place:school|Hebble Valley]].",
            "School: [[name:first|Kerry]] reported [[name:first|Jodie]]'s attendance has fallen to 61% since {{keep:date|May}}. Staff have seen [[name:first|Jodie]] and [[name:first|Josie]] collected by a taxi at lunch on at least four occasions. The school has stopped all contract taxis driven by [[name:surname|Rashid]] with immediate effect.",
            "Health: [[name:first|Ciara]] saw [[name:first|Jodie]] on {{keep:date|21 July}}; sexual health needs addressed. Consent issues discussed; [[name:first|Jodie]] is 14.",
            "Placement: [[name:first|Liam]] said [[name:first|Jodie]] and [[name:first|Josie]] have been missing from [[place:care|Birchen Lodge]] 11 times between them since {{keep:date|1 July}}. [[name:full|Sandra Hargreaves]] (by phone before the meeting) said [[name:first|Jodie]] first mentioned [[name:nickname|Reb]] while with her and [[name:full|Michael Hargreaves]], in {{keep:date|March 2015}}.",
            {"h": "4. Decisions", "level": 2},
            {
                "ticks": [
                    [
                        "Threshold for {{keep:instrument|Section 47}} enquiries met for [[name:first|Jodie]]",
                        True,
                    ],
                    [
                        "Threshold for {{keep:instrument|Section 47}} enquiries met for [[name:first|Josie]]",
                        True,
                    ],
                    ["Initial child protection conference to be convened", True],
                    ["Case to be closed to CSE team", False],
                ]
            },
            {"h": "5. Actions", "level": 2},
            {
                "table": [
                    ["No.", "Action", "Owner", "By"],
                    [
                        "1",
                        "Serve {{keep:instrument|Child Abduction Warning Notices}} on [[name:surname|HAMID]], [[name:surname|SALIH]] and [[name:surname|PICKLES]] re both girls",
                        "DS [[name:surname|Nazir]]",
                        "{{keep:date|07/08/2015}}",
                    ],
                    [
                        "2",
                        "Refer [[name:surname|Rashid]] to {{keep:agency|Calderdale Council}} licensing for review; share with {{keep:agency|Kirklees Council}}",
                        "DC [[name:surname|Pritchard]]",
                        "{{keep:date|07/08/2015}}",
                    ],
                    [
                        "3",
                        "Consider out-of-area placement for [[name:first|Jodie]]; placement request to commissioning",
                        "[[name:surname|Holden]]",
                        "{{keep:date|12/08/2015}}",
                    ],
                    [
                        "4",
                        "CSE risk assessment for [[name:first|Josie]]",
                        "[[name:surname|Holden]] / [[name:surname|Flanagan]]",
                        "{{keep:date|12/08/2015}}",
                    ],
                    [
                        "5",
                        "Night staff rota at [[place:care|Birchen Lodge]] reviewed; no resident to leave after 21:00 unaccompanied",
                        "[[name:surname|Thackray]]",
                        "{{keep:date|06/08/2015}}",
                    ],
                    [
                        "6",
                        "Brief the Director of Children's Services, {{keep:public_figure|Gillian Ormerod}}",
                        "{{keep:label|Chair}}",
                        "{{keep:date|06/08/2015}}",
                    ],
                ],
                "header": True,
                "widths": [0.06, 0.56, 0.22, 0.16],
            },
            "Next meeting: {{keep:date|19 August 2015}}, 14:00, {{keep:place|Northgate House}}. Minutes agreed by the {{keep:label|Chair}}: [[name:full|L. Sugden]], {{keep:date|06/08/2015}}.",
            "Post-meeting note: {{keep:public_figure|Mrs Ormerod}} was briefed on {{keep:date|6 August}}. {{keep:public_figure|ORMEROD}} asked for weekly updates on all children linked to {{keep:operation|Operation Harebell}}.",
        ],
    },
    {
        "id": "email_chain_rotherham_taxis",
        "layout": "email_chain",
        "font": "Helvetica",
        "size": 9.5,
        "footer": "Exhibit RMBC/0147   Disclosed to the Inquiry by {{keep:agency|Rotherham Metropolitan Borough Council}}   {page}/{pages}",
        "blocks": [
            {
                "pre": [
                    "From:     [[name:full|JOWETT, Paul]] <[[id:email|paul.jowett@rotherham.gov.uk]]>",
                    "Sent:     {{keep:date|12 June 2015 16:48}}",
                    "To:       [[name:full|SALEEM, Khalid]] <[[id:email|khalid.saleem@southyorks.pnn.police.uk]]>",
                    "Cc:       [[name:full|BRIERLEY, Nicola]]; [[name:full|HOLROYD, Stacey]]; [[name:full|Duckworth, P.]] (Licensing)",
                    "Subject:  RE: RE: [[name:full|L MARSH]] / [[name:full|K DUNN]] - taxi concerns - {{keep:operation|Op Linden}} [OFFICIAL-SENSITIVE]",
                ]
            },
            {"rule": True},
            "[[name:first|Khalid]],",
            "Thanks for this. I have spoken to [[name:first|Philip]] in licensing this afternoon. The Prius is licensed to [[name:full|Naveed IQBAL]], private hire driver's licence [[id:licence|PH/2014/0317]], badge no. [[id:licence|40213]], the same badge number [[name:first|Lacey]] gave DC [[name:surname|Royston]]. [[name:surname|Iqbal]] is on the school transport framework and did the [[place:school|Aspinall Fold Academy]] run twice a week in {{keep:date|February and March}}.",
            "[[name:first|Philip]] will put the file to the Head of Licensing on Monday with a view to suspension under the {{keep:instrument|Local Government (Miscellaneous Provisions) Act 1976}}. He wants a short statement from you confirming what can be shared. Please don't mention [[name:first|Kelsey]] by name in anything that goes to the driver; use {{keep:cipher|Child B}}. [[name:first|Lacey]] is {{keep:cipher|Child A}}.",
            "I have let [[name:first|Stacey]] know so the staff at [[place:care|Larkfield House]] don't book any car from that firm. [[name:first|Nicola]] is seeing [[name:first|Lacey]] and her mum [[name:full|Donna Marsh]] on Tuesday.",
            "Cllr {{keep:public_figure|Siddiqui}} has asked for a briefing before the Licensing Board on the 22nd; Councillors {{keep:public_figure|Lumsden}} and {{keep:public_figure|Siddiqui}} will both be there. I will keep it to numbers and no names.",
            {
                "pre": [
                    "Regards",
                    "[[name:full|Paul Jowett]]",
                    "Team Manager, Evolve (Child Sexual Exploitation) Team",
                    "{{keep:agency|Rotherham Metropolitan Borough Council}}, {{keep:place|Riverside House}}, Main Street, {{keep:place|Rotherham}}",
                    "Tel: [[id:phone|0114 496 0725]]   Mob: [[id:phone|07700 900144]]",
                ]
            },
            {"space": 6},
            {
                "pre": [
                    "-----Original Message-----",
                    "From:     [[name:full|SALEEM, Khalid]] (DS [[id:collar|1865]])",
                    "Sent:     {{keep:date|12 June 2015 11:02}}",
                    "To:       [[name:full|JOWETT, Paul]]",
                    "Cc:       [[name:full|ROYSTON, Helen]]",
                    "Subject:  RE: [[name:first|Lacey]] / [[name:first|Kelsey]] - taxi concerns",
                ]
            },
            "[[name:first|Paul]],",
            "Further to the strategy discussion yesterday. We have now identified the Prius from the partial the girls gave. It is a {{keep:vehicle|white Toyota Prius}}, [[id:vrm|YC15 ZTR]], and the keeper is [[name:surname|Iqbal]] at [[id:address|9 Clough Road]], {{keep:place|Masbrough}}. ANPR has it outside [[place:school|Aspinall Fold]] at 15:10 on {{keep:date|12 February}}, {{keep:date|19 February}} and {{keep:date|5 March}}, which fits with what [[name:first|Lacey]] and [[name:first|Kelsey]] say.",
            '[[name:nickname|Zee]] ([[name:full|AKHTAR, Zubair]], {{keep:label|DOB}} [[id:dob|03/08/1989]]) and [[name:surname|Iqbal]] are cousins according to our intel. The {{keep:vehicle|Corsa}} registered to [[name:surname|Akhtar]] ([[id:vrm|YK13 WPD]]) is now off the road. [[name:full|Mohammed Kasim]] ("[[name:nickname|Kaz]]") is still at the Wellgate flat.',
            "[[name:first|Kelsey]]'s Snapchat ([[id:handle|kels.dunn.x]]) has messages from [[id:handle|zee_akh786]] up to {{keep:date|8 June}}. I'd ask that [[name:nickname|Kels]] is not moved to the same unit as [[name:first|Lacey]] as the two of them are being targeted together.",
            "One point for your records: [[name:first|Lacey]] mentioned another girl, [[name:first|Macey]]. This is a different child, [[name:full|Macey TORDOFF]], aged 13, from {{keep:place|Parkgate}}. Please can someone check whether she is open to you.",
            {
                "pre": [
                    "[[name:full|Khalid Saleem]] DS [[id:collar|1865]]",
                    "Public Protection Unit, {{keep:agency|South Yorkshire Police}}, {{keep:place|Main Street police station}}",
                    "Tel [[id:phone|0114 496 0218]]",
                ]
            },
            {"space": 6},
            {
                "pre": [
                    "-----Original Message-----",
                    "From:     [[name:full|BRIERLEY, Nicola]] <[[id:email|nicola.brierley@rotherham.gov.uk]]>",
                    "Sent:     {{keep:date|10 June 2015 18:31}}",
                    "To:       [[name:full|JOWETT, Paul]]; [[name:full|SALEEM, Khalid]]",
                    "Subject:  [[name:first|Lacey]] / [[name:first|Kelsey]] - taxi concerns",
                ]
            },
            'Hi both, [[name:full|Lacey Marsh]] (DOB [[id:dob|17/04/2001]]) and [[name:full|Kelsey Dunn]] (DOB [[id:dob|07/07/2001]]) both told me today that the man who collected them from school in {{keep:date|February}} was a taxi driver with a badge "[[id:licence|40213]]" and that he is "[[name:nickname|Zee]]\'s cousin". [[name:first|Kelsey]] says he calls himself [[name:nickname|Nav]]. I\'ve told [[name:full|Stacey Holroyd]] at [[place:care|Larkfield]]. Can we discuss at tomorrow\'s meeting?',
            "[[name:first|Nicola]]",
            "[[name:full|Nicola Brierley]] | Social Worker | [[id:phone|07700 900871]]",
        ],
    },
    {
        "id": "licensing_minutes_rotherham",
        "layout": "licensing_minutes",
        "font": "Times-Roman",
        "size": 10.5,
        "header": "EXEMPT - {{keep:instrument|Schedule 12A, Local Government Act 1972}}, paras 1 and 2",
        "footer": "Licensing Sub-Committee {{keep:date|22.06.2015}}   Page {page}",
        "blocks": [
            {"h": "{{keep:agency|ROTHERHAM METROPOLITAN BOROUGH COUNCIL}}", "level": 1},
            {"h": "LICENSING SUB-COMMITTEE (TAXI AND PRIVATE HIRE)", "level": 1},
            {
                "center": "Minutes of the meeting held on {{keep:date|Monday, 22nd June 2015}} at 10.00 a.m. in {{keep:place|Rotherham Town Hall}}"
            },
            {
                "kv": [
                    [
                        "Present",
                        "Councillor {{keep:public_figure|Lumsden}} (in the {{keep:label|Chair}}); Councillors {{keep:public_figure|Siddiqui}} and {{keep:public_figure|Threlfall}}.",
                    ],
                    [
                        "Officers",
                        "[[name:full|P. Duckworth]] (Licensing Manager), [[name:full|R. Outram]] (Solicitor, Legal Services), [[name:full|J. Beever]] (Democratic Services Officer).",
                    ],
                    [
                        "Also present",
                        "PC [[name:full|Andrew Sykes]] [[id:collar|0874]] ({{keep:agency|South Yorkshire Police}} licensing liaison).",
                    ],
                ]
            },
            {"h": "14. EXCLUSION OF THE PRESS AND PUBLIC", "level": 2},
            "Resolved:- That, under Section 100A(4) of the {{keep:instrument|Local Government Act 1972}}, the public be excluded from the meeting for the following items of business on the grounds that they involve the likely disclosure of exempt information.",
            {
                "h": "15. REVIEW OF PRIVATE HIRE DRIVER'S LICENCE - MR [[name:full|N. IQBAL]]",
                "level": 2,
            },
            {
                "kv": [
                    ["Driver", "[[name:full|IQBAL, Naveed]]"],
                    ["{{keep:label|D.O.B.}}", "[[id:dob|21/11/1984]]"],
                    ["Licence no.", "[[id:licence|PH/2014/0317]]   Badge No. [[id:licence|40213]]"],
                    [
                        "Vehicle",
                        "{{keep:vehicle|Toyota Prius}} (white), [[id:vrm|YC15 ZTR]], plate [[id:licence|RMBC/PHV/1662]]",
                    ],
                    ["Operator", "{{keep:agency|Clifton Cars Ltd}}"],
                ],
                "boxed": True,
            },
            "Consideration was given to a report of the Licensing Manager concerning information received from {{keep:agency|South Yorkshire Police}} on {{keep:date|15th June 2015}} in respect of the above-named driver. The information, provided under {{keep:operation|Operation Linden}}, was that Mr [[name:surname|Iqbal]] had on at least three occasions in {{keep:date|February and March 2015}} collected two girls aged 13, referred to in the report as {{keep:cipher|Child A}} and {{keep:cipher|Child B}}, from school and taken them to an address in the Wellgate area at the request of a third party who is himself the subject of a {{keep:instrument|Child Abduction Warning Notice}}.",
            'Mr [[name:surname|Iqbal]] attended and was represented by Mr [[name:full|J. Anwar]] of {{keep:agency|Moorgate Law}}. Mr [[name:surname|Anwar]] said that his client accepted that he had driven the girls but that the bookings were made through the operator\'s app in the name of "[[name:nickname|Zee]]" and that his client did not know the age of the passengers. He had held a licence since 2009 without complaint. [[name:surname|IQBAL]] had a wife and three children and driving was his only income.',
            "PC [[name:surname|Sykes]] said that the booking records showed no such app bookings; the journeys were cash. Mr [[name:surname|Iqbal]] was a cousin of the third party, [[name:full|Zubair Akhtar]]. In answer to Councillor {{keep:public_figure|Threlfall}}, PC [[name:surname|Sykes]] confirmed that no criminal charge had yet been brought against Mr [[name:surname|Iqbal]].",
            "Resolved:- That, the Sub-Committee being satisfied that Mr [[name:full|Naveed Iqbal]] is not a fit and proper person to hold a private hire driver's licence, the licence [[id:licence|PH/2014/0317]] be revoked under section 61(1)(b) of the {{keep:instrument|Local Government (Miscellaneous Provisions) Act 1976}}, with immediate effect under section 61(2B) in the interests of public safety.",
            {
                "h": "16. APPLICATION FOR A HACKNEY CARRIAGE DRIVER'S LICENCE - MR [[name:full|A. MAHMOOD]]",
                "level": 2,
            },
            {
                "kv": [
                    [
                        "Applicant",
                        "[[name:full|MAHMOOD, Arshad]] (also known as [[name:nickname|Shady]])",
                    ],
                    ["{{keep:label|D.O.B.}}", "[[id:dob|09/05/1979]]"],
                    [
                        "Address",
                        "[[id:address|52 Ferham Road]], {{keep:place|Rotherham}} [[id:postcode|S61 1AF]]",
                    ],
                    ["Application ref.", "[[id:licence|HCD/APP/2015/0288]]"],
                ],
                "boxed": True,
            },
            "The Licensing Manager reported that the enhanced DBS certificate disclosed a caution in 2006 and that {{keep:agency|South Yorkshire Police}} had provided intelligence linking Mr [[name:variant|Mahmod]] to the same address on Wellgate referred to in minute 15. The applicant did not attend. Mr [[name:surname|Mahmood]]'s brother, Mr [[name:full|Tariq Mahmood]], attended and asked for the matter to be adjourned; the Sub-Committee declined.",
            "Resolved:- That the application be refused as the Sub-Committee is not satisfied that Mr [[name:surname|Mahmood]] is a fit and proper person (section 59(1)(a) of the {{keep:instrument|1976 Act}}).",
            {
                "h": "17. RENEWAL OF A HACKNEY CARRIAGE DRIVER'S LICENCE - MR [[name:full|V. ROSTAS]]",
                "level": 2,
            },
            "Mr [[name:full|Vasile ROSTAS]], Badge No. [[id:licence|38877]], licence [[id:licence|RMBC/HC/2045]], had failed to disclose a speeding conviction within 48 hours. He attended with an interpreter, Mrs [[name:full|Mirela Stoica]]. Mr [[name:surname|Rostas]] drives a {{keep:vehicle|Skoda Octavia}} hackney carriage [[id:vrm|FE63 MHU]] from the {{keep:place|Rotherham Interchange}} rank. There was no safeguarding concern.",
            "Resolved:- That the licence be renewed for twelve months and that Mr [[name:surname|Rostas]] be issued with a written warning.",
            {"h": "18. DATE OF NEXT MEETING", "level": 2},
            "Resolved:- That the next meeting be held on {{keep:date|Monday, 20th July 2015}} at 10.00 a.m.",
            {"space": 10},
            {
                "pre": [
                    "{{keep:label|Chair}}: {{keep:public_figure|B. LUMSDEN}}",
                    "Date: {{keep:date|20.07.2015}}",
                ]
            },
        ],
    },
    {
        "id": "risk_assessment_rochdale_mays",
        "layout": "risk_assessment",
        "font": "Helvetica",
        "size": 9.5,
        "header": "RESTRICTED - {{keep:agency|Rochdale Borough Safeguarding Children Partnership}}",
        "footer": "CSE Risk Assessment v4.2   Child: [[name:full|MAYS, T.]]   Page {page} of {pages}",
        "blocks": [
            {"h": "CHILD SEXUAL EXPLOITATION - RISK ASSESSMENT TOOL", "level": 1},
            "To be completed by the lead professional and shared with the {{keep:agency|Sunrise Team}} ({{keep:agency|Rochdale Borough Council}} / {{keep:agency|Greater Manchester Police}}).",
            {"h": "Section 1: Details of child or young person", "level": 2},
            {
                "kv": [
                    ["Name", "[[name:full|Tegan Louise MAYS]]"],
                    ["Known as", "[[name:nickname|Teg]]"],
                    ["{{keep:label|DOB}}", "[[id:dob|08/12/2000]]"],
                    ["Age", "{{keep:descriptor|15}}"],
                    ["Ethnicity", "{{keep:descriptor|White British}}"],
                    ["NHS no.", "[[id:nhs|543 231 9489]]"],
                    [
                        "Current address",
                        "[[place:care|Wheatcroft]] residential unit, [[id:address|3 Wheatcroft Close]], {{keep:place|Rochdale}} [[id:postcode|OL11 3NW]]",
                    ],
                    [
                        "School / education",
                        "[[place:school|Carrbrook High School]] (part-time timetable); tuition at [[place:school|The Spindle Point Centre]] PRU",
                    ],
                    [
                        "Social media",
                        "Snapchat [[id:handle|teg.mays.00]]; Instagram [[id:handle|tegan_x_mays]]",
                    ],
                    [
                        "Lead professional",
                        "[[name:full|Dawn Lees]], Residential Social Worker, [[place:care|Wheatcroft]]",
                    ],
                    [
                        "Date of assessment",
                        "{{keep:date|16/05/2016}} (review of assessment dated {{keep:date|02/02/2016}})",
                    ],
                ],
                "boxed": True,
            },
            {"h": "Section 2: Risk indicators (tick all that apply)", "level": 2},
            {
                "ticks": [
                    [
                        "Going missing (3 or more episodes in last 3 months) - 7 episodes since {{keep:date|1 March 2016}}",
                        True,
                    ],
                    ["Associating with older males / adults not known to carers", True],
                    ["Unexplained gifts, money, phone credit, new phone", True],
                    ["Getting into cars with unknown adults / seen in taxis", True],
                    ["Sexually transmitted infection or pregnancy", False],
                    ["Disengagement from education", True],
                    ["Substance misuse (alcohol, cannabis)", True],
                    ["Self-harm or suicidal thoughts", False],
                    ["Peers known to be at risk of CSE", True],
                    ["Contact with known CSE nominals", True],
                ]
            },
            {"h": "Section 3: Scoring", "level": 2},
            {
                "table": [
                    ["Domain", "Evidence", "Score (0-3)"],
                    [
                        "Missing",
                        "7 episodes; found twice at [[id:address|17 Tweedale Street]] with [[name:full|Kamran BUTT]]",
                        "3",
                    ],
                    [
                        "Relationships",
                        'Calls [[name:nickname|Kam]] her "boyfriend"; he is {{keep:descriptor|31}}. Also in contact with [[name:full|Adil Rehman]] ([[name:nickname|Adz]])',
                        "3",
                    ],
                    [
                        "Gifts / money",
                        "New iPhone; [[name:first|Tegan]] says [[name:first|Adil]] pays her phone bill",
                        "2",
                    ],
                    [
                        "Vehicles",
                        "Seen getting into {{keep:vehicle|red Seat Leon}} [[id:vrm|MA15 RXU]] and a {{keep:vehicle|silver Skoda Superb}} private hire car, partial [[id:vrm_partial|ML66]]",
                        "3",
                    ],
                    [
                        "Education",
                        "Attendance 38%; excluded from [[place:school|Carrbrook]] for 5 days in {{keep:date|April}}",
                        "2",
                    ],
                    [
                        "Peers",
                        "Friend [[name:full|Megan Sutcliffe]], 14, also at [[place:school|Carrbrook High]], is open to the team",
                        "2",
                    ],
                    ["Total", "", "15 / 18"],
                ],
                "header": True,
                "widths": [0.17, 0.68, 0.15],
            },
            {
                "kv": [
                    ["Risk level", "{{keep:label|HIGH}}  (0-6 low, 7-11 medium, 12+ high)"],
                    ["Previous level", "{{keep:label|MEDIUM}} ({{keep:date|02/02/2016}})"],
                ],
                "boxed": True,
            },
            {"h": "Section 4: Analysis", "level": 2},
            '[[name:first|Tegan]] has been at [[place:care|Wheatcroft]] since {{keep:date|January 2016}}, after her placement with her nan, Mrs [[name:full|Pauline Mays]], broke down. Since {{keep:date|March}} she has been going missing most weekends. On {{keep:date|6 May 2016}} she was found by PC [[name:full|Ryan Fitton]] [[id:collar|5521]] in the back of the Leon at 02:30 in {{keep:place|Heywood}}. The driver, [[name:full|Adil REHMAN]], gave a false name. [[name:nickname|Teg]] told staff she {{keep:word|may}} as well "stay out for good".',
            '[[name:first|Megan]] (not to be confused with [[name:first|Tegan]]) has told staff at [[place:school|Carrbrook High School]] that [[name:surname|Butt]] "shares" the girls with his friends at a takeaway on {{keep:place|Drake Street}}. [[name:first|Tegan]]\'s mother, [[name:full|Kerry-Ann Mays]], has limited contact and lives in {{keep:place|Middleton}}.',
            "Disclosures were made by [[name:full|T. Mays]] to [[name:word|Dawn]] on {{keep:date|12 May 2016}}. These have been passed to DC [[name:full|Adam Greenhalgh]] [[id:collar|7741]] ({{keep:operation|Operation Sable}}).",
            {"h": "Section 5: Plan", "level": 2},
            {
                "table": [
                    ["Action", "Who", "When"],
                    [
                        "{{keep:instrument|Child Abduction Warning Notices}} - [[name:surname|Butt]] and [[name:surname|Rehman]]",
                        "DC [[name:surname|Greenhalgh]] [[id:collar|7741]]",
                        "{{keep:date|20/05/2016}}",
                    ],
                    [
                        "Refer driver of the Superb to {{keep:agency|Rochdale Borough Council}} licensing once identified",
                        "PC [[name:surname|Fitton]]",
                        "{{keep:date|27/05/2016}}",
                    ],
                    [
                        "Strategy meeting ({{keep:instrument|Section 47}})",
                        "Team manager",
                        "{{keep:date|18/05/2016}}",
                    ],
                    [
                        'Direct work (Barnardo\'s "Real Love Rocks")',
                        "[[name:surname|Lees]]",
                        "weekly",
                    ],
                ],
                "header": True,
                "widths": [0.55, 0.27, 0.18],
            },
            {
                "pre": [
                    "Completed by: [[name:full|D. Lees]]        Signature: ______________",
                    "Countersigned (Team Manager): [[name:full|Mark Howarth]]   Date: {{keep:date|17/05/2016}}",
                ]
            },
        ],
    },
    {
        "id": "chronology_sheffield_lakatos",
        "layout": "chronology",
        "font": "DejaVuSansCondensed",
        "size": 9,
        "rotate": 90,
        "header": "OFFICIAL-SENSITIVE   Multi-agency chronology   {{keep:operation|Operation Juniper}}   Prepared for the {{keep:agency|Independent Inquiry into Group-based Child Sexual Exploitation}}",
        "footer": "Chronology: [[name:full|LAKATOS, Denisa]]   page {page} of {pages}",
        "blocks": [
            {"h": "MULTI-AGENCY CHRONOLOGY OF SIGNIFICANT EVENTS", "level": 1},
            {
                "kv": [
                    [
                        "Subject",
                        "[[name:full|Denisa LAKATOS]] (known as [[name:nickname|Deni]]), {{keep:descriptor|Slovak Roma}}, {{keep:label|D.O.B.}} [[id:dob|21.06.2003]]",
                    ],
                    [
                        "Family",
                        "Mother [[name:full|Renata Lakatos]]; stepfather [[name:full|Jozef Gaziova]]; brothers [[name:first|Patrik]] (17) and [[name:first|Dominik]] (11)",
                    ],
                    [
                        "Compiled by",
                        "[[name:full|Rachel Staniforth]], Review Officer, {{keep:agency|Sheffield Children Safeguarding Partnership}}, from records of {{keep:agency|Sheffield City Council}}, {{keep:agency|South Yorkshire Police}}, {{keep:agency|Sheffield Children's NHS Foundation Trust}} and schools",
                    ],
                ]
            },
            {
                "table": [
                    ["Date", "Agency", "Event", "Action / outcome"],
                    [
                        "{{keep:date|03.09.2015}}",
                        "School",
                        "[[name:first|Denisa]] starts Year 8 at [[place:school|Grimesthorpe Park Academy]], arriving from {{keep:place|Košice}} with no English. EAL support from Mrs [[name:full|Zuzana Hudakova]].",
                        "EAL plan",
                    ],
                    [
                        "{{keep:date|17.01.2016}}",
                        "{{keep:agency|SYP}}",
                        "Call from youth worker [[name:full|Denise Holmes]] ({{keep:agency|Sheffield Futures}}): [[name:first|Denisa]], 12, seen at {{keep:place|Meadowhall}} with two men in their 20s, one called [[name:nickname|Milo]].",
                        "Log SYP-160117-0642; no further action",
                    ],
                    [
                        "{{keep:date|02.03.2016}}",
                        "{{keep:agency|Children's Social Care}}",
                        "Referral from [[place:school|Grimesthorpe Park]]: [[name:first|Deni]] missing from school 9 days in {{keep:date|February}}; has new clothes and phone. Mother says she is at her cousin's.",
                        "Assessment opened; SW [[name:full|Callum Firth]]",
                    ],
                    [
                        "{{keep:date|26.03.2016}}",
                        "{{keep:agency|SYP}}",
                        "[[name:first|Denisa]] reported missing. Found 04:10 at [[id:address|Flat 6, 211 Page Hall Road]] with [[name:full|Milan BALOG]] ([[id:dob|30.01.1994]]) and [[name:full|Ladislav KUREJ]]. [[name:surname|Balog]] arrested, released.",
                        "PC [[name:full|Joel Marsden]] [[id:collar|3306]]; CSE referral",
                    ],
                    [
                        "{{keep:date|29.03.2016}}",
                        "Health",
                        'Seen at {{keep:place|Sheffield Children\'s Hospital}} ED. Disclosed sexual activity with "[[name:nickname|Milo]]" (age given as 22). NHS no. [[id:nhs|507 529 1708]].',
                        "Referral to SARC; safeguarding nurse informed",
                    ],
                    [
                        "{{keep:date|05.04.2016}}",
                        "{{keep:agency|Children's Social Care}}",
                        '{{keep:instrument|Section 47}} strategy meeting. [[name:surname|Balog]] and [[name:surname|Kurej]] linked by police to [[name:full|Fadi NASSER]] ("[[name:nickname|Freddie]]"), {{keep:descriptor|Syrian}}, who runs a barber\'s on {{keep:place|Spital Hill}}.',
                        "{{keep:instrument|CAWNs}} on all three; CSE risk {{keep:label|HIGH}}",
                    ],
                    [
                        "{{keep:date|14.04.2016}}",
                        "{{keep:agency|SYP}}",
                        "{{keep:instrument|CAWN}} served on [[name:surname|BALOG]] at [[id:address|14 Robey Street]]. [[name:surname|Nasser]]'s {{keep:vehicle|grey BMW 3 Series}}, reg [[id:vrm|YR14 KZN]], stopped with [[name:first|Denisa]] in the rear.",
                        "[[name:surname|Nasser]] arrested for breach; charged",
                    ],
                    [
                        "{{keep:date|20.04.2016}}",
                        "{{keep:agency|Children's Social Care}}",
                        "[[name:first|Denisa]] placed at [[place:care|Ashdell Lodge]] children's home, {{keep:place|Rotherham}} (out of area).",
                        "Placement plan; new school place at [[place:school|Dalton Foljambe College]]",
                    ],
                    [
                        "{{keep:date|11.06.2016}}",
                        "Placement",
                        '[[name:nickname|Deni]] missing from [[place:care|Ashdell Lodge]]. Staff saw her get into a {{keep:vehicle|Vauxhall Insignia}} taxi, badge [[id:licence|SCC/PH/5578]], partial reg ending in "[[id:vrm_partial|GHT]]".',
                        "Found next day in {{keep:place|Darnall}}",
                    ],
                    [
                        "{{keep:date|21.06.2016}}",
                        "{{keep:agency|SYP}}",
                        "[[name:first|Denisa]]'s 13th birthday. [[name:full|Balog, M.]] posts photographs of her on Facebook account [[id:handle|milo.balog.94]].",
                        "Account reported; {{keep:instrument|Sexual Risk Order}} application",
                    ],
                    [
                        "{{keep:date|02.08.2016}}",
                        "Court",
                        "{{keep:agency|Sheffield Magistrates' Court}} grants {{keep:instrument|Sexual Risk Order}} against [[name:surname|Balog]].",
                        "Order served {{keep:date|03.08.2016}}",
                    ],
                    [
                        "{{keep:date|19.12.2017}}",
                        "Court",
                        "{{keep:agency|Sheffield Crown Court}}: [[name:surname|Balog]], [[name:surname|Kurej]] and [[name:surname|Nasser]] convicted under the {{keep:instrument|Sexual Offences Act 2003}}. Sentenced by {{keep:public_figure|HHJ Castleton}}.",
                        "Victim personal statement read by [[name:first|Deni]]'s ISVA",
                    ],
                ],
                "header": True,
                "widths": [0.1, 0.13, 0.52, 0.25],
            },
            'Note by the review officer: records from [[place:school|Grimesthorpe Park Academy]] spell the child\'s name "[[name:variant|Denisa Lakatoš]]" and police records "[[name:variant|Denisa Lakatosh]]"; they are the same child. The youth worker [[name:full|Denise Holmes]] is a different person and is not related to the family.',
        ],
    },
    {
        "id": "nominals_rotherham_linden",
        "layout": "nominal_table",
        "font": "Helvetica",
        "size": 8.5,
        "rotate": 90,
        "header": "RESTRICTED - {{keep:agency|SOUTH YORKSHIRE POLICE}} - {{keep:operation|OPERATION LINDEN}} - NOMINAL INDEX (HOLMES extract)",
        "footer": "Extract produced {{keep:date|14/09/2015}} by DC [[name:full|ROYSTON H]] [[id:collar|4127]] - page {page} of {pages} - not to be disclosed without SIO authority",
        "blocks": [
            {"h": "{{keep:operation|Operation Linden}} - Suspect nominals", "level": 2},
            {
                "table": [
                    [
                        "Nominal",
                        "Name",
                        "Aka",
                        "{{keep:label|DOB}}",
                        "Ethnicity",
                        "Address",
                        "Vehicle / VRM",
                        "Phone / handle",
                        "Role",
                    ],
                    [
                        "N01",
                        "[[name:full|AKHTAR, Zubair]]",
                        "[[name:nickname|Zee]]",
                        "[[id:dob|03/08/1989]]",
                        "{{keep:descriptor|British Pakistani}}",
                        "[[id:address|22 Effingham Street]], [[id:postcode|S65 1AL]]",
                        "{{keep:vehicle|Vauxhall Corsa}} (silver) [[id:vrm|YK13 WPD]]",
                        "[[id:phone|07700 900417]] [[id:handle|zee_akh786]]",
                        "Groomer; CAWN {{keep:date|04/05/2015}}",
                    ],
                    [
                        "N02",
                        "[[name:full|KASIM, Mohammed]]",
                        "[[name:nickname|Kaz]]",
                        "[[id:dob|14/02/1975]]",
                        "{{keep:descriptor|British Pakistani}}",
                        "[[id:address|Flat 1, 118 Wellgate]], [[id:postcode|S60 2LR]]",
                        "none known",
                        "[[id:phone|07700 900655]]",
                        "Controls Wellgate flat",
                    ],
                    [
                        "N03",
                        "[[name:full|MAHMOOD, Arshad]]",
                        "[[name:nickname|Shady]]",
                        "[[id:dob|09/05/1979]]",
                        "{{keep:descriptor|British Pakistani}}",
                        "[[id:address|52 Ferham Road]], [[id:postcode|S61 1AF]]",
                        "{{keep:vehicle|Audi A4}} (black) [[id:vrm|YH11 OVC]]",
                        "[[id:phone|07700 900239]]",
                        "Supplies drugs; HC licence refused {{keep:date|22/06/2015}}",
                    ],
                    [
                        "N04",
                        "[[name:full|OLIVER, Wayne]]",
                        "[[name:nickname|Olly]]",
                        "[[id:dob|27/10/1986]]",
                        "{{keep:descriptor|White British}}",
                        "[[id:address|8 Badsley Moor Lane]], [[id:postcode|S65 2QH]]",
                        "{{keep:vehicle|Ford Focus}} (black) [[id:vrm|YT09 CWE]]",
                        "[[id:phone|07700 900708]]",
                        "Supplies alcohol",
                    ],
                    [
                        "N05",
                        "[[name:full|IQBAL, Naveed]]",
                        "[[name:nickname|Nav]]",
                        "[[id:dob|21/11/1984]]",
                        "{{keep:descriptor|British Pakistani}}",
                        "[[id:address|9 Clough Road]], [[id:postcode|S61 1RD]]",
                        "{{keep:vehicle|Toyota Prius}} (white) [[id:vrm|YC15 ZTR]]",
                        "[[id:phone|07700 900530]]",
                        "PH driver [[id:licence|PH/2014/0317]], badge [[id:licence|40213]]",
                    ],
                    [
                        "N06",
                        "[[name:full|NOORI, Jawid]]",
                        "[[name:nickname|Javi]]",
                        "[[id:dob|01/01/1996]]",
                        "{{keep:descriptor|Afghan}}",
                        "NFA; [[id:address|Room 4, 31 Moorgate Road]]",
                        "none",
                        "[[id:handle|j.noori.official]]",
                        "Seen with V3 at {{keep:place|Clifton Park}}",
                    ],
                    [
                        "N07",
                        "[[name:full|HUSSAIN, Basit]]",
                        "[[name:nickname|Bas]], [[name:nickname|Baz]]",
                        "[[id:dob|19/07/1991]]",
                        "{{keep:descriptor|British Pakistani}}",
                        "[[id:address|71 Wellgate]]",
                        "{{keep:vehicle|VW Golf}} (white) partial [[id:vrm_partial|YF62]]",
                        "[[id:phone|07700 900916]]",
                        "Not yet identified by V1",
                    ],
                ],
                "header": True,
                "widths": [0.055, 0.12, 0.07, 0.075, 0.09, 0.16, 0.15, 0.14, 0.14],
            },
            {"h": "Victims / witnesses (complainant ciphers)", "level": 2},
            {
                "table": [
                    [
                        "Ref",
                        "Cipher",
                        "Name",
                        "{{keep:label|DOB}}",
                        "School",
                        "Placement / home",
                        "OIC",
                        "Date ABE",
                    ],
                    [
                        "V1",
                        "{{keep:cipher|Child A}}",
                        "[[name:full|MARSH, Lacey]]",
                        "[[id:dob|17/04/2001]]",
                        "[[place:school|Aspinall Fold Academy]]",
                        "[[place:care|Larkfield House]]",
                        "DC [[name:surname|Royston]] [[id:collar|4127]]",
                        "{{keep:date|21/10/2015}}",
                    ],
                    [
                        "V2",
                        "{{keep:cipher|Child B}}",
                        "[[name:full|DUNN, Kelsey]]",
                        "[[id:dob|07/07/2001]]",
                        "[[place:school|Aspinall Fold Academy]]",
                        "home, [[id:address|3 Canklow Road]]",
                        "DC [[name:surname|Royston]] [[id:collar|4127]]",
                        "{{keep:date|28/10/2015}}",
                    ],
                    [
                        "V3",
                        "{{keep:cipher|Child C}}",
                        "[[name:full|TORDOFF, Macey]]",
                        "[[id:dob|11/10/2001]]",
                        "[[place:school|Thornhill Edge Academy]]",
                        "foster placement ([[place:care|Netherfield Court]] fostering scheme)",
                        "PC [[name:full|Lister G]] [[id:collar|2290]]",
                        "declined",
                    ],
                ],
                "header": True,
                "widths": [0.04, 0.08, 0.14, 0.08, 0.16, 0.2, 0.17, 0.13],
            },
            'Notes: 1. N04 appears on the PNC as "[[name:variant|0LIVER]], [[name:first|Wayne]]" (zero for O) owing to an input error; linked {{keep:date|09/09/2015}}. N02 is indexed on the scanned 2014 intelligence as "[[name:variant|KASIRN]], [[name:first|Mohammed]]" (rn for m). 2. V1 and V3 have similar first names ([[name:first|Lacey]] / [[name:first|Macey]]); always use the cipher. 3. N07 [[name:surname|Hussain]] is not related to any other [[name:surname|Hussain]] on the index. 4. Intelligence graded under the 3x5x2 model; source of N06 information is {{keep:agency|Rotherham Metropolitan Borough Council}} youth service, [[name:full|Lucy Firth]].',
            {
                "pre": [
                    "SIO: DCI [[name:full|Stephen Waddington]]     Deputy SIO: DS [[name:full|Khalid Saleem]] [[id:collar|1865]]"
                ]
            },
        ],
    },
    {
        "id": "solicitors_letter_calderdale_pearce",
        "layout": "solicitors_letter",
        "font": "Times-Roman",
        "size": 11,
        "footer": "{{keep:agency|Northbridge Legal LLP}} is authorised and regulated by the {{keep:agency|Solicitors Regulation Authority}} (SRA no. 601447). Page {page} of {pages}",
        "blocks": [
            {"image": "logo", "w": 120, "h": 42},
            {
                "pre": [
                    "{{keep:agency|NORTHBRIDGE LEGAL LLP}}",
                    "Abuse Claims Department, 4 Park Row, {{keep:place|Leeds}} LS1 5HN",
                    "DX 26412 Leeds   T: 0113 496 0550",
                ]
            },
            {"rule": True},
            {
                "pre": [
                    "Our ref:   RGT/4471/[[name:surname|PEARCE]]",
                    "Your ref:  LEG/CP/2291",
                    "Date:      {{keep:date|8 March 2021}}",
                ]
            },
            {"space": 8},
            {
                "pre": [
                    "BY EMAIL AND POST",
                    "Head of Legal Services",
                    "{{keep:agency|Calderdale Metropolitan Borough Council}}",
                    "{{keep:place|Princess Buildings}}",
                    "{{keep:place|Halifax}}",
                    "HX1 1TS",
                ]
            },
            {"space": 6},
            "Dear Sirs,",
            {
                "h": "Our client: [[name:full|Jodie Marie PEARCE]] ({{keep:label|DOB}}: [[id:dob|02.09.2000]])",
                "level": 2,
            },
            {
                "h": "Letter of Claim - {{keep:instrument|Pre-Action Protocol for Personal Injury Claims}}",
                "level": 2,
            },
            "We are instructed by the above-named, [[name:first|Jodie]] [[name:surname|Pearce]], who is now 20 years of age, in relation to a claim for damages for personal injury arising from sexual exploitation she suffered between {{keep:date|2014 and 2016}} while she was a looked-after child of your authority. Our client's current address is [[id:address|Flat 9, Weavers Court, 28 Hanson Lane]], {{keep:place|Halifax}} [[id:postcode|HX1 4SL]], but she asks that you correspond with her through us only.",
            {"h": "Background", "level": 2},
            "Our client was accommodated by your authority under {{keep:instrument|section 20 of the Children Act 1989}} in {{keep:date|October 2014}}. She was first placed with foster carers [[name:first|Sandra]] and [[name:full|Michael Hargreaves]] in {{keep:place|Sowerby Bridge}} and, from {{keep:date|June 2015}}, at [[place:care|Birchen Lodge]], a residential unit commissioned by your authority from a private provider. Throughout this period she attended [[place:school|Hebble Valley High School]].",
            "Before she came into care, our client's mother, Mrs [[name:full|Tracy Pearce]], had made an application under the {{keep:instrument|Domestic Violence Disclosure Scheme}} (\"{{keep:instrument|Clare's Law}}\") in respect of her then partner, [[name:full|Darren Pickles]]. [[name:surname|Pickles]] had access to our client in the family home at [[id:address|17 Parkinson Lane]] and it was he who introduced her to [[name:full|Rebaz Hamid]].",
            "Between {{keep:date|March 2015}} and {{keep:date|May 2016}} our client was groomed and repeatedly raped by [[name:surname|Hamid]], [[name:full|Hawre Salih]], [[name:surname|Pickles]] and others. She was regularly transported by a hackney carriage driver licensed by your authority, [[name:full|Amjad Rashid]] (licence [[id:licence|CMBC/HC/1187]], badge [[id:licence|HCD 0931]]), including on school contract journeys. [[name:surname|Hamid]], [[name:surname|Salih]] and [[name:surname|Pickles]] were convicted at {{keep:agency|Bradford Crown Court}} on {{keep:date|11 October 2017}} following {{keep:operation|Operation Harebell}}; the trial judge, the {{keep:public_figure|Hon Mrs Justice Nwosu}}, remarked on the failure of agencies to act on the information they held. [[name:surname|Rashid]] was acquitted but his licence was revoked.",
            {"h": "Allegations", "level": 2},
            "It is alleged that your authority, its social workers ([[name:full|Grace Holden]] and her managers) and the staff of [[place:care|Birchen Lodge]] (in particular the night worker [[name:full|Liam Thackray]]) were negligent and acted in breach of our client's rights under Articles 3 and 8 of the {{keep:instrument|European Convention on Human Rights}} in that they:",
            "(a) failed to act on reports from [[place:school|Hebble Valley]] from {{keep:date|May 2015}} that [[name:first|Jodie]] was being collected by taxis; (b) allowed her to leave [[place:care|Birchen Lodge]] at night when a vehicle connected with [[name:surname|Hamid]], [[id:vrm|YD64 HFN]], had been seen outside on nine occasions; (c) failed to convene a strategy meeting until {{keep:date|5 August 2015}}; and (d) failed to share information with {{keep:agency|West Yorkshire Police}} and with the licensing authority.",
            "We note that your Director of Children's Services, {{keep:public_figure|Gillian Ormerod}}, accepted in a statement to the {{keep:agency|Independent Inquiry into Group-based Child Sexual Exploitation}} that \"opportunities were missed\", and that {{keep:public_figure|Ms Ormerod}}'s predecessor had been warned by {{keep:public_figure|Louise Hartigan MP}} in 2015. {{keep:public_figure|Hartigan}}'s correspondence is in the public domain.",
            {"h": "Disclosure", "level": 2},
            "Please provide, within 40 days, copies of our client's complete social care file, placement records for [[place:care|Birchen Lodge]], the records of the {{keep:instrument|Section 47}} enquiries and the licensing file for [[name:full|Rashid, A.]]. Our client's mother has signed a form of authority. Our client's NHS number, for the purpose of obtaining the records of the {{keep:agency|Calderdale and Huddersfield NHS Foundation Trust}}, is [[id:nhs|186 091 3903]].",
            'Our client has been known by the nickname "[[name:nickname|Jo-Jo]]" and in some records as "[[name:variant|Jodi Pearce]]"; please search under both.',
            "We look forward to hearing from you.",
            "Yours faithfully,",
            {"image": "signature", "w": 120, "h": 36},
            {
                "pre": [
                    "[[name:full|Rachel Goldthorpe]]",
                    "Partner, for and on behalf of {{keep:agency|Northbridge Legal LLP}}",
                    "Direct line: [[id:phone|0113 496 0572]]   Email: [[id:email|r.goldthorpe@northbridgelegal.co.uk]]",
                    "cc: Client; Zurich Municipal (insurers of the Council)",
                ]
            },
        ],
    },
    {
        "id": "press_statement_gmp_sable",
        "layout": "press_statement",
        "font": "Helvetica",
        "size": 9.5,
        "columns": 2,
        "header": "{{keep:agency|GREATER MANCHESTER POLICE}} - NEWS RELEASE - FOR IMMEDIATE USE",
        "footer": "Issued by the {{keep:agency|GMP}} Press Office, {{keep:date|14 September 2018}}. Ref 0914-221.",
        "blocks": [
            {"image": "logo", "w": 100, "h": 36},
            {
                "h": "Seven men jailed for a total of 94 years after {{keep:operation|Operation Sable}} investigation",
                "level": 2,
            },
            "{{keep:date|Friday 14 September 2018}}",
            "Seven men who sexually exploited girls {{keep:descriptor|as young as 12}} in {{keep:place|Rochdale}} and {{keep:place|Oldham}} have today been jailed at {{keep:agency|Manchester Crown Court}} ({{keep:place|Minshull Street}}).",
            "The men were convicted in {{keep:date|July}} after a 14-week trial of offences including rape, sexual activity with a child and trafficking for sexual exploitation, contrary to the {{keep:instrument|Sexual Offences Act 2003}}. The offences took place between {{keep:date|2014 and 2016}}.",
            'Sentencing, {{keep:public_figure|His Honour Judge Castleton}} said the defendants had treated the girls "as commodities to be used and passed around". {{keep:public_figure|Judge Castleton}} praised the "extraordinary courage" of the victims, who gave evidence from behind screens.',
            {"image": "photo", "w": 90, "h": 110, "caption": "[[name:full|Kamran Butt]]"},
            "Those sentenced were:",
            '[[name:full|Kamran BUTT]], {{keep:descriptor|aged 33}}, of [[id:address|Tweedale Street]], {{keep:place|Rochdale}}, known as "[[name:nickname|Kam]]" - 19 years. [[name:surname|Butt]] ran the takeaway on {{keep:place|Drake Street}} where several of the offences took place.',
            "[[name:full|Adil REHMAN]], {{keep:descriptor|aged 29}}, of [[id:address|Queensway]], {{keep:place|Castleton}} - 15 years.",
            '[[name:full|Abdul Kadir CHOWDHURY]], {{keep:descriptor|aged 46}}, of no fixed address, known as "[[name:nickname|AK]]" - 18 years. [[name:surname|Chowdhury]] was found to have organised the exploitation.',
            "[[name:full|Rafiqul ISLAM]], {{keep:descriptor|aged 31}}, of [[id:address|Milkstone Road]], {{keep:place|Rochdale}}, a former private hire driver - 14 years.",
            "[[name:full|Shabir AHMED]], {{keep:descriptor|aged 28}}, of [[id:address|Werneth Hall Road]], {{keep:place|Oldham}} - 12 years.",
            "[[name:full|Craig HEAP]], {{keep:descriptor|aged 41}}, of [[id:address|Kingsway]], {{keep:place|Rochdale}} - 8 years. [[name:surname|Heap]], who is {{keep:descriptor|white British}}, supplied the men with cannabis and let them use his flat.",
            {"image": "photo", "w": 90, "h": 110, "caption": "[[name:full|Abdul Kadir Chowdhury]]"},
            "[[name:full|Soran QADIR]], {{keep:descriptor|aged 35}}, an {{keep:descriptor|Iraqi Kurdish}} national of no fixed address - 8 years. [[name:surname|Qadir]] will be considered for deportation.",
            "A further man, [[name:full|Mohammed Arif]], {{keep:descriptor|aged 52}}, was acquitted.",
            {"h": "Police and council response", "level": 2},
            'Deputy Chief Constable {{keep:public_figure|Anjali Mistry}} said: "I want to thank the young women who came forward. They were let down in the past, and I am sorry for that. {{keep:operation|Operation Sable}} shows what can happen when victims are believed. We know that the men who did this were {{keep:descriptor|predominantly Asian}}, and we know that abusers come from every community; we will pursue all of them."',
            "{{keep:public_figure|DCC Mistry}} added that the force had made 43 arrests under {{keep:operation|Operation Sable}} and that eleven further suspects remain under investigation.",
            '{{keep:public_figure|Sharon Pilling}}, Chief Executive of {{keep:agency|Rochdale Borough Council}}, said: "The council has revoked the licences of two drivers and has changed the way it checks every taxi driver who carries children on school contracts." {{keep:public_figure|PILLING}} said the council would co-operate fully with the {{keep:agency|Independent Inquiry into Group-based Child Sexual Exploitation}}.',
            {"h": "Notes to editors", "level": 2},
            "1. The victims are entitled to lifelong anonymity under the {{keep:instrument|Sexual Offences (Amendment) Act 1992}}. Nothing may be published that is likely to identify them, including their schools or the children's homes where they lived.",
            "2. Custody images of [[name:surname|Butt]] and [[name:surname|Chowdhury]] are attached. Images of the other defendants are available on request.",
            "3. Anyone with information can call {{keep:agency|GMP}} on 101 or {{keep:agency|Crimestoppers}} anonymously on 0800 555 111. Support is available from {{keep:agency|Barnardo's}} and the {{keep:agency|NSPCC}}.",
            "Media enquiries: [[name:full|Jess Openshaw]], Press Officer, [[id:phone|0161 496 0327]], [[id:email|jess.openshaw@gmp.police.uk]]",
        ],
    },
    {
        "id": "hearing_transcript_inquiry_day12",
        "layout": "hearing_transcript",
        "font": "Courier",
        "size": 10,
        "header": "{{keep:agency|Independent Inquiry into Group-based CSE}}   Day 12   {{keep:date|14 May 2024}}",
        "footer": "Opus 2 Transcripts - Page {page}",
        "blocks": [
            {
                "numbered": [
                    "                                   Tuesday, {{keep:date|14 May 2024}}",
                    "(10.00 am)",
                    "THE {{keep:label|CHAIR}}: Good morning. Before we begin, I remind everyone",
                    "    that the witness this morning is {{keep:cipher|Complainant 3}}. She is",
                    "    protected by the restriction order of {{keep:date|2 February 2024}}.",
                    "    Nothing that might identify her may be reported.",
                    "    {{keep:public_figure|Ms Llewellyn}}.",
                    "MS {{keep:public_figure|LLEWELLYN}}: Thank you, Chair. I call {{keep:cipher|Complainant 3}}.",
                    "              {{keep:cipher|COMPLAINANT 3}} (affirmed)",
                    "           Questions by {{keep:label|COUNSEL TO THE INQUIRY}}",
                    "MS {{keep:public_figure|LLEWELLYN}}: You have made a witness statement,",
                    "    reference {{keep:cipher|C3}}/001, dated {{keep:date|9 January 2024}}. Is it true?",
                    "A.  Yes.",
                    "Q.  In 2014 you were 13 and at school in {{keep:place|Rotherham}}?",
                    "A.  Yes, I was in year 9 at [[place:school|Aspinall Fold]].",
                    "Q.  And in {{keep:date|March 2015}} you were moved into a children's home.",
                    "A.  [[place:care|Larkfield House]]. It was alright. The staff were",
                    "    alright, [[name:first|Stacey]] was nice, but they couldn't stop me going.",
                    "Q.  Going where?",
                    "A.  To [[name:nickname|Zee]]'s. To the flat on Wellgate.",
                    "Q.  You knew him as [[name:nickname|Zee]]. We know him as {{keep:cipher|Nominal 1}}",
                    "    in the police documents. Can you tell the Chair how you met?",
                    "A.  Outside the Co-op with my mate. With [[name:first|Kelsey]] -- sorry.",
                    "THE {{keep:label|CHAIR}}: That's all right. The name will be removed from",
                    "    the published transcript. Please carry on.",
                    "MS {{keep:public_figure|LLEWELLYN}}: Your friend is {{keep:cipher|Witness 2}} in these",
                    "    proceedings. You were both 13?",
                    "A.  Yes.",
                    "Q.  Did anyone at school notice?",
                    "A.  Mr [[name:surname|Sowerby]] did. He was head of year. He saw me",
                    "    getting in the taxi. The taxi had the badge, [[id:licence|4-0-2-1-3]].",
                    "Q.  Badge number [[id:licence|40213]]. That is in the police log at",
                    "    tab 14, page 3. And the driver?",
                    "A.  [[name:nickname|Nav]]. [[name:first|Naveed]]. He was [[name:nickname|Zee]]'s cousin.",
                    "Q.  Did you tell anyone about [[name:first|Naveed]] at the time?",
                    "A.  I told my social worker, [[name:first|Nicola]]. And I told the",
                    "    police lady, DC [[name:surname|Royston]], in the {{keep:label|ABE}}.",
                    "Q.  The Inquiry has the note of that. It is at tab 22,",
                    "    dated {{keep:date|23 October 2015}}. It records you as",
                    '    "[[name:variant|Lacey Marsch]]" -- I am sorry, Chair.',
                    "THE {{keep:label|CHAIR}}: That too will be removed. Carry on.",
                    "MS {{keep:public_figure|LLEWELLYN}}: Did the police come back to you after",
                    "    that interview?",
                    "A.  Not for ages. Not till after Christmas. I was still going",
                    "    to the flat in {{keep:date|January}}. [[name:nickname|Kaz]] was there most days.",
                    "Q.  Was anything done about the flat?",
                    "A.  They gave [[name:nickname|Zee]] a letter. He laughed at it.",
                    "Q.  That was a {{keep:instrument|Child Abduction Warning Notice}} served on",
                    "    {{keep:date|4 May 2015}}, so before the interview?",
                    "A.  Yeah. It didn't stop nothing.",
                ]
            },
            {"pagebreak": True},
            {
                "numbered": [
                    "MS {{keep:public_figure|LLEWELLYN}}: I want to ask you about the council.",
                    "    In 2015 the cabinet member was Councillor {{keep:public_figure|Siddiqui}} and",
                    "    the leader was Councillor {{keep:public_figure|Threlfall}}. Did you ever",
                    "    meet either of them?",
                    "A.  No. I met {{keep:public_figure|Siddiqui}} at the thing last year, the",
                    "    apology. He was alright.",
                    "Q.  {{keep:public_figure|Councillor Siddiqui}}'s apology was in {{keep:date|June 2023}}.",
                    "    Did it mean anything to you?",
                    "A.  Bit late.",
                    "Q.  One more matter. In your statement at paragraph 40 you",
                    "    mention a girl called [[name:first|Macey]]. Is that a different",
                    "    person from you?",
                    "A.  Yeah. She's not me. People mix us up because of the names.",
                    "    [[name:first|Macey]] was from {{keep:place|Parkgate}}. Her mum was [[name:first|Jackie]].",
                    "MS {{keep:public_figure|LLEWELLYN}}: Thank you. Chair, those are my questions.",
                    "THE {{keep:label|CHAIR}}: Mr [[name:surname|Fenwick]], you have permission to ask",
                    "    questions on behalf of {{keep:agency|South Yorkshire Police}}.",
                    "             Questions by MR [[name:surname|FENWICK]]",
                    "MR [[name:surname|FENWICK]]: Just two. You said DC [[name:surname|Royston]] did",
                    "    not come back to you. You are aware she gave you her",
                    "    card, with her number, [[id:phone|0114 496 0214]]?",
                    "A.  I don't remember a card.",
                    "Q.  And PC [[id:collar|2290]], who brought you back to [[place:care|Larkfield]]",
                    "    twice, is recorded as having spoken to your mother,",
                    "    Mrs [[name:surname|Marsh]], on {{keep:date|3 April 2015}}.",
                    "A.  My mum never said.",
                    "MR [[name:surname|FENWICK]]: Thank you. Nothing further.",
                    "THE {{keep:label|CHAIR}}: Thank you very much for coming. You have",
                    "    been very clear and I know it has not been easy.",
                    "    We will rise for fifteen minutes.",
                    "(11.12 am)",
                    "                        (A short break)",
                    "(11.30 am)",
                    "MS {{keep:public_figure|LLEWELLYN}}: Chair, the next witness is",
                    "    {{keep:public_figure|Chief Constable Fairbrother}}, who will give",
                    "    evidence on the force's corporate response.",
                    "THE {{keep:label|CHAIR}}: Thank you. Chief Constable, please take a seat.",
                    "         {{keep:public_figure|MARTIN FAIRBROTHER}} (sworn)",
                    "           Questions by {{keep:label|COUNSEL TO THE INQUIRY}}",
                    "MS {{keep:public_figure|LLEWELLYN}}: {{keep:public_figure|Mr Fairbrother}}, you joined",
                    "    {{keep:agency|South Yorkshire Police}} as Chief Constable in 2019?",
                    "A.  That's right.",
                    "Q.  So the events of {{keep:operation|Operation Linden}} predate you.",
                    "A.  They do, but I am accountable for the force's response",
                    "    to them and I do not hide behind that.",
                ]
            },
        ],
    },
    {
        "id": "mg11_scan_telford_ward",
        "layout": "mg11",
        "font": "Helvetica",
        "size": 10,
        "scan": {"skew": 0.4, "noise": 1500, "blur": 0.6, "dpi": 200, "face": "sans"},
        "header": "RESTRICTED (when complete)",
        "footer": "{{keep:label|MG11}} (T)   Page {page} of {pages}   Signature: [[name:full|S. Ward]]   Signature witnessed by: [[name:full|K. Bromley]]",
        "blocks": [
            {"right": "{{keep:label|MG11}}"},
            {"h": "WITNESS STATEMENT", "level": 1},
            {"center": "{{keep:instrument|CJ Act 1967}}, s.9; MC Act 1980, s.5A(3)(a) and 5B"},
            {
                "kv": [
                    ["URN", "22 / WM / 1187 / 19"],
                    ["{{keep:label|Statement of}}:", "[[name:full|Siobhan Bernadette WARD]]"],
                    ["{{keep:label|Age if under 18}}:", "Over 18"],
                    ["{{keep:label|Occupation}}:", "Care assistant"],
                ],
                "boxed": True,
            },
            "This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated in it anything which I know to be false or do not believe to be true.",
            {
                "kv": [
                    ["Signature:", "[[name:full|S. Ward]]"],
                    ["Date:", "{{keep:date|12/03/2019}}"],
                ]
            },
            {"rule": True},
            "I am [[name:full|Siobhan Ward]] and I make this statement to DC [[name:full|Karen Bromley]] [[id:collar|7093]] of {{keep:agency|West Mercia Police}} about things that happened to me in {{keep:place|Telford}} between 2012 and 2015, when I was aged 12 to 15. Everyone then called me [[name:nickname|Shiv]].",
            "In {{keep:date|September 2012}} I was moved from my nan's in {{keep:place|Wellington}} to [[place:care|Greystones]] children's home on the edge of {{keep:place|Hadley}}. I went to [[place:school|St Columba's RC High School]]. I was in year 8. There was an older girl at [[place:care|Greystones]] called [[name:first|Shona]] who took me into town.",
            '[[name:first|Shona]] introduced me to a man called [[name:nickname|Dec]] at a car wash near {{keep:place|Telford Central}}. His full name is [[name:full|Declan ROONEY]]. He is {{keep:descriptor|Irish}}, from {{keep:place|Limerick}} I think, and he was about {{keep:descriptor|35}}. [[name:surname|Rooney]] had a {{keep:vehicle|blue Peugeot 406}}. The reg was something like [[id:vrm|F N 5 2 H K O]] - I remember the H K because it looked like "hook".',
            "Through [[name:nickname|Dec]] I met [[name:first|Tariq]] and [[name:surname|Faisal]]. [[name:first|Tariq]] is [[name:full|Tariq BASHIR]]. [[name:surname|Faisal]] I now know is [[name:full|Ahmed FAISAL]] and he drove a private hire car for a firm in {{keep:place|Oakengates}}. His badge said [[id:licence|3317]] and his licence was on the windscreen, [[id:licence|TWC/PHD/0442]]. Both of them were {{keep:descriptor|Asian}}, in their {{keep:descriptor|20s}}.",
            "In {{keep:date|May 2013}} I was taken to the children's ward at the {{keep:place|Princess Royal Hospital}} after I took an overdose. A nurse asked me about the men and I told her about [[name:nickname|Dec]]. I don't know what happened with that.",
            "The men would message me on Facebook. My account was [[id:handle|shiv.w.99]]. [[name:surname|Bashir]]'s was [[id:handle|tariq.b.official]]. My phone number then was [[id:phone|07700 900336]].",
            "I want to say that my social worker [[name:full|Gemma Parton]] did try. She took me to the police station in {{keep:place|Malinsgate}} in 2014 but I would not talk then. I was scared of [[name:surname|ROONEY]]. I did not say a {{keep:word|word}} to anyone else until 2018.",
            {
                "kv": [
                    ["Signature:", "[[name:full|S. Ward]]"],
                    ["Signature witnessed by:", "DC [[name:surname|Bromley]] [[id:collar|7093]]"],
                ]
            },
            {"pagebreak": True},
            {"h": "Witness contact details", "level": 2},
            {
                "kv": [
                    [
                        "Home address",
                        "[[id:address|Flat 12, Bowring House, 40 Regent Street]], {{keep:place|Wellington}}",
                    ],
                    ["Postcode", "[[id:postcode|TF1 1PE]]"],
                    ["{{keep:label|Date of birth}}", "[[id:dob|03/11/1999]]"],
                    ["NI number", "[[id:ni|PW 61 38 02 A]]"],
                    ["Mobile", "[[id:phone|07700 900451]]"],
                    ["Email", "[[id:email|siobhan.ward99@outlook.com]]"],
                    ["Former names", "none; also known as [[name:nickname|Shiv]]"],
                    [
                        "Best time to contact",
                        "after 4pm; not at work ({{keep:agency|Shropshire Community Health NHS Trust}})",
                    ],
                ],
                "boxed": True,
            },
            {
                "ticks": [
                    ["Special measures: screen", True],
                    ["Special measures: live link", False],
                    ["Referred to {{keep:agency|Witness Care Unit}}", True],
                    ["ISVA: [[name:full|Mairead Flynn]] ({{keep:agency|Axis Counselling}})", True],
                ]
            },
            "Statement taken at {{keep:place|Malinsgate police station}}, 10:05-13:40, {{keep:date|12/03/2019}}, {{keep:operation|Operation Wrenfield}}. OIC DC [[name:full|K. BROMLEY]] [[id:collar|7093]].",
        ],
    },
    {
        "id": "handwritten_log_keighley_crane",
        "layout": "handwritten_note",
        "font": "DejaVuSansMono",
        "size": 10.5,
        "scan": {"skew": 0.8, "noise": 2200, "blur": 0.8, "dpi": 200, "face": "mono"},
        "blocks": [
            {
                "pre": [
                    "[[place:care|HAWTHORN RISE]] - DAILY LOG / HANDOVER BOOK      vol. 7",
                    "young person: [[name:full|Bethany CRANE]] (rm 3)",
                ]
            },
            {"rule": True},
            "Sat {{keep:date|14/1/17}}  late shift - [[name:first|Bev]] / [[name:first|Tom]]",
            "[[name:nickname|Beth]] went out 16.20 said going to [[name:word|Amber]]'s. not back by curfew 22.00. rang her mob [[id:phone|07700 900127]] x3 no ans. reported missing to {{keep:agency|WYP}} 22.40 - log no. 1418 of 14/1. PC on phone was PC [[id:collar|5108]] [[name:surname|Hirst]].",
            '23.55 [[name:nickname|Bethy]] rang from unknown number, crying, said she was at a house on [[id:address|Malsis Rd]]? said "[[name:nickname|Haz]]" wont let her leave. told police. asked her to stay on phone - line went dead.',
            "Sun {{keep:date|15/1/17}}  night / early - [[name:first|Tom]] / [[name:first|Jas]]",
            '02.10 police brought [[name:first|Bethany]] back. smelt of alcohol, no shoes. said a man called [[name:nickname|Gaz]] drove her back to end of road in a {{keep:vehicle|white van}}, reg started [[id:vrm_partial|FD66]]. would not say more. police (PC [[name:surname|Hirst]] [[id:collar|5108]]) want to speak to her tomoz re [[name:full|Hasnain Rafiq]] - think this is "[[name:nickname|Haz]]".',
            "09.30 [[name:variant|Betheny]] in bed till 12. ate toast. said she hates it here + wants to go back to mums in {{keep:place|Braithwaite}}. mum ([[name:full|Lorraine Crane]]) rang 13.00, told her [[name:first|Beth]] is safe.",
            "14.00 SW [[name:full|Sadia Qureshi]] visited. CSE screening re-done - now {{keep:label|HIGH}}. [[name:first|Sadia]] to call strategy mtg ({{keep:instrument|s.47}}). DO NOT let [[name:nickname|Beth]] go out with [[name:word|Amber]] [[name:surname|Rushworth]] until mtg.",
            "Mon {{keep:date|16/1/17}}  early - [[name:first|Bev]]",
            "school ([[place:school|Denholme Rise Academy]]) rang - [[name:nickname|Beth]] not in. said she was ill. mrs [[name:surname|Feather]] (pastoral) says a taxi has been waiting outside [[place:school|Denholme Rise]] most days - {{keep:vehicle|silver Skoda}}, {{keep:agency|Keighley Cabs}}, driver {{keep:descriptor|asian male}} about {{keep:descriptor|40}}. have passed to police + [[name:first|Sadia]].",
            'found in [[name:nickname|Beth]]\'s room: phone charger not hers, 2 x £20, a card with "[[name:nickname|Haz]] [[id:phone|07700 900882]]" on it + snap name [[id:handle|haz_rfq]]. bagged + given to DC [[name:surname|Naylor]] [[id:collar|4470]] who came 15.15.',
            "PLEASE ALL STAFF READ - no visitors for [[name:nickname|Beth]]. if [[name:full|Gary Wilkinson]] ([[name:nickname|Gaz]]) or anyone in a white van comes to door ring 999. he is not her uncle whatever he says.",
            {
                "pre": [
                    "                 signed  [[name:first|Bev]] [[name:surname|Lund]]   (shift lead)",
                    "                 checked [[name:full|J. Metcalfe]] (RM)  {{keep:date|17/1/17}}",
                ]
            },
        ],
    },
    {
        "id": "incident_log_scan_bristol_abdi",
        "layout": "police_incident_log",
        "font": "Times-Roman",
        "size": 9.5,
        "scan": {"skew": 0.3, "noise": 1200, "blur": 0.5, "dpi": 200, "face": "serif"},
        "header": "{{keep:agency|AVON AND SOMERSET CONSTABULARY}} - COMMAND AND CONTROL - INCIDENT PRINT",
        "footer": "Printed by [[id:collar|41277]] [[name:surname|CHADWICK]] {{keep:date|03/10/2016}} 09:12    page {page} of {pages}",
        "blocks": [
            {
                "kv": [
                    ["Incident no.", "BS-20161002-0317"],
                    ["Opened", "{{keep:date|02/10/2016}} 19:48"],
                    ["Class", "MISSING PERSON - CHILD - RISK {{keep:label|HIGH}}"],
                    [
                        "Location",
                        "[[place:care|SEVERN VIEW]] RESIDENTIAL UNIT, [[id:address|118 Stapleton Road]], {{keep:place|EASTON}}, {{keep:place|BRISTOL}} [[id:postcode|BS5 0QW]]",
                    ],
                    [
                        "Caller",
                        "[[name:full|OKONJO, Blessing]] (unit manager) [[id:phone|0117 496 0581]]",
                    ],
                    [
                        "Subject",
                        "[[name:full|ABDI, Hodan]] F {{keep:label|DOB}} [[id:dob|14/08/2002]] AGE 14",
                    ],
                    [
                        "Description",
                        "{{keep:descriptor|Black}}, {{keep:descriptor|Somali}}, 5'3\", slim, black hijab, grey Nike jacket",
                    ],
                ],
                "boxed": True,
            },
            {
                "table": [
                    ["Time", "Op", "Entry"],
                    [
                        "19:48",
                        "[[id:collar|41277]]",
                        "CALLER STATES YP [[name:full|HODAN ABDI]] LEFT UNIT 16:30 TO GO TO MOSQUE, NOT RETURNED. PHONE OFF. KNOWN CSE RISK - OPEN TO {{keep:agency|BARNARDO'S BASE}}. PREVIOUS MISSING X6.",
                    ],
                    [
                        "19:53",
                        "[[id:collar|41277]]",
                        'RISK ASSESSED {{keep:label|HIGH}} BY PS [[name:surname|DRISCOLL]] [[id:collar|2214]] - SEE CSE MARKER. ASSOCIATES ON PNC WARNINGS: [[name:full|JAMA, Mustafe]] ("[[name:nickname|MUS]]") AND [[name:full|BAKARE, Oluwaseun]] ("[[name:nickname|SEUN]]").',
                    ],
                    [
                        "20:05",
                        "[[id:collar|30918]]",
                        'SISTER [[name:full|IDIL ABDI]] CALLED IN. SAYS [[name:first|HODAN]] MESSAGED HER ON SNAPCHAT ([[id:handle|hodz.a.02]]) AT 18:10 FROM A CAR "WITH [[name:nickname|MUS]]". SISTER NUMBER [[id:phone|07700 900745]].',
                    ],
                    [
                        "20:22",
                        "[[id:collar|30918]]",
                        "ANPR HIT - {{keep:vehicle|BLACK AUDI A3}} [[id:vrm|WU16 KDF]] (KEEPER [[name:surname|BAKARE]]) M32 J2 OUTBOUND 18:31.",
                    ],
                    [
                        "20:40",
                        "[[id:collar|41277]]",
                        "UNITS 2B11 (PC [[name:surname|HOGAN]] [[id:collar|3390]]) AND 2B14 ATTENDING LAST KNOWN ADDRESS OF [[name:surname|JAMA]]: [[id:address|FLAT 7, 22 WARWICK ROAD]], {{keep:place|BAPTIST MILLS}}.",
                    ],
                    [
                        "21:15",
                        "[[id:collar|30918]]",
                        "PC [[name:surname|HOGAN]]: NO REPLY AT FLAT 7. NEIGHBOUR STATES GIRLS COME AND GO. FRIEND OF SUBJECT [[name:first|NIMO]] SEEN LEAVING - [[name:full|NIMO HASSAN]], 15, RETURNED HOME.",
                    ],
                    [
                        "22:48",
                        "[[id:collar|41277]]",
                        "AUDI STOPPED {{keep:place|CABOT CIRCUS}} CAR PARK. DRIVER [[name:surname|BAKARE]] ARRESTED. FRONT PASSENGER [[name:full|ABDIQANI FARAH]] ({{keep:label|DOB}} [[id:dob|05/05/1995]]) ARRESTED. [[name:variant|HODAN ABDl]] IN REAR, SAFE AND WELL, INTOXICATED.",
                    ],
                    [
                        "23:10",
                        "[[id:collar|41277]]",
                        "YP CONVEYED TO {{keep:place|BRISTOL ROYAL HOSPITAL FOR CHILDREN}} BY PC [[name:surname|HOGAN]]. ON-CALL SW [[name:full|FEMI OLUWOLE]] INFORMED.",
                    ],
                    [
                        "23:58",
                        "[[id:collar|30918]]",
                        "{{keep:instrument|CHILD ABDUCTION WARNING NOTICE}} TO BE CONSIDERED FOR [[name:surname|JAMA]] / [[name:surname|BAKARE]] / [[name:surname|FARAH]]. REFER {{keep:operation|OPERATION TOPAZ}} TEAM.",
                    ],
                    [
                        "00:35",
                        "[[id:collar|41277]]",
                        "YP RETURNED TO [[place:care|SEVERN VIEW]]. SCHOOL ([[place:school|EASTON VALE ACADEMY]]) TO BE INFORMED AM. CLOSED - MISSING ENDED.",
                    ],
                ],
                "header": True,
                "widths": [0.08, 0.09, 0.83],
            },
        ],
    },
    {
        "id": "risk_assessment_scan_kirklees_adeyemi",
        "layout": "risk_assessment",
        "font": "DejaVuSerif",
        "size": 9.5,
        "scan": {"skew": 0.6, "noise": 1800, "blur": 0.6, "dpi": 200, "face": "serif"},
        "header": "{{keep:agency|Kirklees Safeguarding Children Partnership}} - CONFIDENTIAL when completed",
        "footer": "CSE Screening Tool (v3)   [[name:full|ADEYEMI, P.]]   page {page} of {pages}",
        "blocks": [
            {"h": "CHILD EXPLOITATION SCREENING TOOL", "level": 1},
            {
                "kv": [
                    ["Name of child", "[[name:full|Precious ADEYEMI]]"],
                    ["Preferred name", "[[name:nickname|Presh]]"],
                    ["{{keep:label|D.O.B.}}", "[[id:dob|11/02/2003]]"],
                    [
                        "Ethnicity",
                        "{{keep:descriptor|Black British - African}} ({{keep:descriptor|Nigerian}} heritage)",
                    ],
                    [
                        "Placement",
                        "[[place:care|Kestrel View]] supported lodgings, [[id:address|Flat 2, 9 Trinity Street]], {{keep:place|Huddersfield}} [[id:postcode|HD1 4DN]]",
                    ],
                    ["Education", "Year 11, [[place:school|Colne Edge Academy]]"],
                    [
                        "Completed by",
                        "[[name:full|Rhiannon Pugh]], Social Worker, {{keep:agency|Kirklees Council}}",
                    ],
                    ["Date", "{{keep:date|09/07/2018}}"],
                    ["Op ref", "{{keep:operation|Op Teasel}} - victim ref {{keep:cipher|V4}}"],
                ],
                "boxed": True,
            },
            {"h": "Part A - indicators (tick)", "level": 2},
            {
                "ticks": [
                    ["Missing from home / care (3 episodes this quarter)", True],
                    ["Older 'boyfriend' / significant age gap", True],
                    ["Gifts / money from unknown source", True],
                    ["Physical injuries, unexplained", False],
                    ["Sexual health concerns", True],
                    ["Seen in vehicles driven by unknown adults", True],
                    ["Isolation from peers / family", True],
                    ["Change in physical appearance", False],
                ]
            },
            {"h": "Part B - information", "level": 2},
            "[[name:word|Precious]] moved to [[place:care|Kestrel View]] on {{keep:date|4 April 2018}} after a placement breakdown with her aunt, Mrs [[name:full|Folake Adeyemi]], in {{keep:place|Dewsbury}}. Staff at [[place:care|Kestrel View]] say she is collected most evenings by a {{keep:vehicle|grey Vauxhall Astra}} (partial reg [[id:vrm_partial|YE17]]) driven by a {{keep:descriptor|white male}} in his {{keep:descriptor|30s}} she calls [[name:nickname|Kez]]. Police believe this is [[name:full|Kieran BROADBENT]] ([[id:dob|22/08/1984]]).",
            '[[name:nickname|Presh]] has a second phone and {{keep:word|fresh}} nails and hair most weeks. She says it is precious to her because it has her mum\'s photos on it. Her Instagram is [[id:handle|presh.ade.03]]. Messages seen by staff from [[id:handle|sully_hd1]], believed to be [[name:full|Sohail ANWAR]] ("[[name:nickname|Sully]]"), and from a man saved as "[[name:nickname|Kobby]]" - [[name:full|Kwabena Asante]], 27, who works at a phone shop in {{keep:place|Huddersfield}} town centre.',
            "School (Mr [[name:full|Gareth Sowden]], DSL, [[place:school|Colne Edge]]) reports attendance 54%. [[name:surname|Adeyemi]] was seen getting into a taxi at the school gates; the taxi was a {{keep:vehicle|Toyota Auris}} licensed by {{keep:agency|Kirklees Council}}, plate [[id:licence|KC/PHV/3082]]; driver badge [[id:licence|KC/D/11904]].",
            {"h": "Part C - scoring and outcome", "level": 2},
            {
                "table": [
                    ["Category", "Score"],
                    ["Vulnerabilities", "8"],
                    ["Indicators", "11"],
                    ["Protective factors", "-3"],
                    ["Total", "16"],
                ],
                "header": True,
                "widths": [0.7, 0.3],
            },
            {
                "kv": [
                    [
                        "Outcome",
                        "Risk level: {{keep:label|HIGH}} - refer to {{keep:agency|Kirklees Multi-Agency Child Exploitation panel}}",
                    ],
                    [
                        "Manager",
                        "[[name:full|Sajida Bibi]], Team Manager, {{keep:date|10/07/2018}}",
                    ],
                ],
                "boxed": True,
            },
        ],
    },
    {
        "id": "abe_derby_yp1_cipher_only",
        "layout": "abe_transcript",
        "font": "DejaVuSansMono",
        "size": 9,
        "header": "OFFICIAL-SENSITIVE   {{keep:agency|Derbyshire Constabulary}}   {{keep:operation|Operation Marlow}}   {{keep:label|ABE}} interview {{keep:cipher|YP1}}",
        "footer": "Transcript of video interview - {{keep:cipher|YP1}} - {{keep:date|19.10.2019}} - page {page} of {pages}",
        "blocks": [
            {"h": "TRANSCRIPT OF VISUALLY RECORDED INTERVIEW", "level": 1},
            {
                "kv": [
                    ["Witness", "{{keep:cipher|YP1}} (name withheld - see sealed schedule)"],
                    ["Age", "{{keep:descriptor|15}}"],
                    ["Interviewing officer", "DC [[name:full|Priya Chauhan]] [[id:collar|2987]]"],
                    [
                        "Second interviewer",
                        "[[name:full|Tom Allsop]], social worker, {{keep:agency|Derby City Council}}",
                    ],
                    [
                        "Interpreter",
                        "Mr [[name:full|Farid Noorzai]], Dari, NRPSI no. [[id:other|11472]]",
                    ],
                    [
                        "Place / date",
                        "{{keep:place|Derby}} ABE suite, {{keep:date|Saturday 19 October 2019}}",
                    ],
                ]
            },
            {
                "turn": [
                    "DC",
                    "[00:00:08] okay, we are recording. it's 2.14pm on {{keep:date|saturday the 19th of october}}. can you tell me in your own words why we are here",
                ]
            },
            {
                "turn": [
                    "YP1",
                    "[00:00:31] (via interpreter) because of [[name:lower|wahid]] and the other men. my teacher at [[place:school|normanton vale]] said i have to tell",
                ]
            },
            {"turn": ["DC", "[00:01:02] who is [[name:first|Wahid]]"]},
            {
                "turn": [
                    "YP1",
                    "[00:01:09] (via interpreter) [[name:lower|wahid sultani]]. he is {{keep:descriptor|afghan}} like me, from {{keep:place|herat}}. he is maybe {{keep:descriptor|26}}. he said he would be like my brother because my brother is still in {{keep:place|iran}}",
                ]
            },
            {"turn": ["DC", "[00:02:40] where were you living when you met [[name:first|Wahid]]"]},
            {
                "turn": [
                    "YP1",
                    "[00:02:44] at [[place:care|oakmere]]. [[place:care|oakmere house]]. the children's home on the big road. [[name:lower|wahid]] used to wait by the bus stop",
                ]
            },
            {
                "turn": [
                    "SW",
                    "[00:02:58] for the tape that's [[place:care|Oakmere House]], the placement from {{keep:date|June 2018}}",
                ]
            },
            {"turn": ["DC", "[00:08:15] tell me about the car"]},
            {
                "turn": [
                    "YP1",
                    "[00:08:19] it was [[name:lower|gul]]'s car. {{keep:vehicle|white}}, a {{keep:vehicle|toyota}}. the number i wrote on my hand: [[id:vrm|DY15 - OXR]]. [[name:lower|gul]] is [[name:lower|wahid]]'s cousin. [[name:lower|gul ahmad]]. he had a shop on {{keep:place|normanton road}}",
                ]
            },
            {
                "turn": [
                    "DC",
                    "[00:08:51] you wrote it on your hand, that's really helpful. where did they take you",
                ]
            },
            {
                "turn": [
                    "YP1",
                    "[00:09:03] a flat above the shop. also a house where [[name:lower|johnny]] lived. [[name:lower|johnny]] is not afghan, he is {{keep:descriptor|romanian}}, his real name is like [[name:lower|ionut]]. [[name:lower|nadja]] from school was there sometimes, she is polish",
                ]
            },
            {"turn": ["DC", "[00:09:40] is [[name:first|Nadja]] the same age as you"]},
            {
                "turn": [
                    "YP1",
                    "[00:09:44] yes. she is in year 10 also. [[name:lower|nadja]] has instagram [[id:handle|nadja.k.2004]], [[name:lower|johnny]] messaged her there",
                ]
            },
            {"turn": ["DC", "[00:17:22] did anyone give you anything"]},
            {
                "turn": [
                    "YP1",
                    "[00:17:30] a phone. [[name:lower|wahid]] put credit on it. the number is [[id:phone|07700 900569]]. and money for the eid clothes",
                ]
            },
            {"turn": ["SW", "[00:17:48] can i ask, did [[name:first|Gul]] ever drive a taxi"]},
            {
                "turn": [
                    "YP1",
                    "[00:17:53] yes sometimes the taxi, not his car. a {{keep:vehicle|skoda}}. it had the sticker from the council with [[id:licence|DE/PHD/0717]] and his photo card. his badge number was [[id:licence|2254]]",
                ]
            },
            {
                "turn": [
                    "DC",
                    "[00:31:05] you told [[name:first|Tom]] before that [[name:first|Wahid]] said something about your family",
                ]
            },
            {
                "turn": [
                    "YP1",
                    "[00:31:12] he said if i tell, he will send a video to my uncle in {{keep:place|kabul}} and they will kill me. so i did not tell. mrs [[name:lower|rowley]] at school saw me crying",
                ]
            },
            {
                "turn": [
                    "DC",
                    "[00:31:49] thank you. you've been really brave. it's 2.46pm and we'll have a short break",
                ]
            },
            {"rule": True},
            'Persons referred to (for the schedule): [[name:full|Wahid SULTANI]] ({{keep:label|DOB}} [[id:dob|01/01/1993]]); [[name:full|Gul Ahmad SAFI]] ([[id:dob|16/04/1988]]); [[name:full|Ionut STANCIU]] ("[[name:nickname|Johnny]]", [[id:dob|30/11/1990]]); [[name:full|Nadja KOWALSKA]] ({{keep:cipher|YP2}}); Mrs [[name:surname|ROWLEY]] (teacher).',
            "Transcribed by [[name:full|D. Brassington]] {{keep:date|23.10.2019}}. Checked DC [[name:surname|Chauhan]] [[id:collar|2987]].",
        ],
    },
    {
        "id": "case_notes_rochdale_hale",
        "layout": "case_notes",
        "font": "DejaVuSerif",
        "size": 9,
        "header": "{{keep:agency|Rochdale Borough Council}} - Children's Services - Case recording (Mosaic extract)",
        "footer": "Person ID [[id:other|4410982]]   [[name:full|HALE, Connor James]]   extract page {page} of {pages}",
        "blocks": [
            {
                "kv": [
                    ["Name", "[[name:full|Connor James HALE]]"],
                    ["Known as", "[[name:nickname|Con]]"],
                    ["{{keep:label|DOB}}", "[[id:dob|30/10/2001]]"],
                    ["Gender / ethnicity", "Male / {{keep:descriptor|White British}}"],
                    [
                        "Placement",
                        "[[place:care|Brackenhurst Lodge]], {{keep:place|Littleborough}} (from {{keep:date|11/01/2016}})",
                    ],
                    [
                        "Education",
                        "[[place:school|The Spindle Point Centre]] (PRU), previously [[place:school|Carrbrook High School]]",
                    ],
                ],
                "boxed": True,
            },
            {
                "table": [
                    ["Date", "Type / author", "Case note"],
                    [
                        "{{keep:date|19/11/2015}}",
                        "Referral - [[name:full|Oyelaran, T.]]",
                        "Referral from Mr [[name:full|Andrew Dyson]], head of year at [[place:school|Carrbrook High School]]. [[name:first|Connor]] (14) has been seen at the bus station after school with a man in his {{keep:descriptor|40s}} who gives him cigarettes and cannabis. [[name:first|Connor]] told a friend the man is called [[name:nickname|Kenno]]. Not to be confused with [[name:full|Conor Geraghty]] in the same year, who is open to the YOT.",
                    ],
                    [
                        "{{keep:date|24/11/2015}}",
                        "Home visit - [[name:full|Oyelaran, T.]]",
                        'Seen [[name:first|Connor]] and mum [[name:full|Michelle Hale]] at [[id:address|22 Smallbridge Close]], [[id:postcode|OL16 2RS]]. [[name:nickname|Con]] said [[name:nickname|Kenno]] is "just a mate". Mum said a man called [[name:first|Lee]] has been ringing the house phone [[id:phone|0161 496 0193]] asking for [[name:first|Connor]]. Mum\'s partner [[name:full|Dean Whitehead]] present and hostile.',
                    ],
                    [
                        "{{keep:date|02/12/2015}}",
                        "Information - police",
                        'PC [[name:full|Shazia Akram]] [[id:collar|9034]] ({{keep:agency|GMP}}, Sunrise): [[name:nickname|Kenno]] is [[name:full|Lee KENYON]] ({{keep:label|DOB}} [[id:dob|17/03/1974]]), previous for sexual offences against boys. He is an associate of [[name:full|Saqib Javed]] ("[[name:nickname|Saq]]") who runs a vape shop near {{keep:place|Rochdale Town Hall}}. [[name:surname|Kenyon]] drives a {{keep:vehicle|blue Ford Transit Connect}}, [[id:vrm|MK65 FWA]]. Risk {{keep:label|HIGH}}. Mum advised to apply under the {{keep:instrument|Child Sex Offender Disclosure Scheme}} ({{keep:instrument|Sarah\'s Law}}).',
                    ],
                    [
                        "{{keep:date|09/12/2015}}",
                        "Strategy meeting",
                        "{{keep:instrument|Section 47}} enquiries agreed. {{keep:instrument|CAWN}} to be served on [[name:surname|Kenyon]]. [[name:first|Connor]] to be seen by the {{keep:agency|Sunrise Team}}. Chair: [[name:full|Wendy Clegg]].",
                    ],
                    [
                        "{{keep:date|04/01/2016}}",
                        "Missing episode",
                        "[[name:first|Connor]] missing 3 days. Found by PC [[name:surname|Akram]] [[id:collar|9034]] at [[name:surname|Javed]]'s flat above the vape shop with [[name:surname|Kenyon]] present. Both arrested. [[name:nickname|Con]] had bruising to his wrists and would not say how.",
                    ],
                    [
                        "{{keep:date|11/01/2016}}",
                        "Placement move - [[name:full|Oyelaran, T.]]",
                        "Moved to [[place:care|Brackenhurst Lodge]] with mum's agreement (s.20). Key worker [[name:full|Scott Fairclough]]. [[name:first|Connor]] asked if [[name:first|Lee]] would be able to find him there.",
                    ],
                    [
                        "{{keep:date|26/01/2016}}",
                        "Direct work",
                        '[[name:first|Connor]] said [[name:nickname|Saq]] and [[name:nickname|Kenno]] took him to "parties" in {{keep:place|Oldham}} and {{keep:place|Bury}} where there were other boys. He named a boy called [[name:first|Reece]] from [[place:school|Spindle Point]]. He said he met men in the toilets at the {{keep:place|Wheatsheaf Shopping Centre}}. He wants to talk to the police "but not near the {{keep:place|Town Hall}}", where [[name:nickname|Saq]]\'s shop is.',
                    ],
                    [
                        "{{keep:date|02/02/2016}}",
                        "Manager oversight - [[name:full|Clegg, W.]]",
                        "Good work by [[name:first|Tola]]. [[name:surname|Hale]]'s case to be presented at the MACSE panel. Ensure [[place:care|Brackenhurst]] staff have photographs of [[name:surname|Kenyon]], [[name:surname|Javed]] and the Transit.",
                    ],
                    [
                        "{{keep:date|15/03/2016}}",
                        "ABE - police",
                        "{{keep:label|ABE}} interview completed by DC [[name:full|Adam Greenhalgh]] [[id:collar|7741]]. [[name:first|Connor]]'s account includes [[name:full|Saqib JAVED]], [[name:full|Lee KENYON]] and a third man, [[name:full|Paul Rothwell]], {{keep:descriptor|60s}}, from {{keep:place|Heywood}}. Recorded as {{keep:cipher|Complainant 7}} in {{keep:operation|Operation Sable}}.",
                    ],
                ],
                "header": True,
                "widths": [0.12, 0.2, 0.68],
            },
            'Note: [[name:surname|Hale]]\'s mother has told workers she thinks his name was "in the papers"; it was not. The local paper printed a story about a boy at "a Rochdale care home". Council press office informed.',
        ],
    },
    {
        "id": "email_chain_kirklees_adeyemi",
        "layout": "email_chain",
        "font": "DejaVuSans",
        "size": 9,
        "footer": "Produced to the Inquiry by {{keep:agency|Kirklees Council}} - KC-INQ-00731 - page {page} of {pages}",
        "blocks": [
            {
                "pre": [
                    "From:        [[name:full|Pugh, Rhiannon]] <[[id:email|rhiannon.pugh@kirklees.gov.uk]]>",
                    "Sent:        {{keep:date|Thursday, 12 July 2018 08:57}}",
                    "To:          [[name:full|MOHAMMED, Asif]] <[[id:email|asif.mohammed@westyorkshire.police.uk]]>",
                    "Cc:          [[name:full|Bibi, Sajida]]; {{keep:public_figure|TOLSON, Graham}} (ACC); [[name:full|Kaur, Harpreet]]",
                    "Subject:     FW: Kestrel View - [[name:word|Precious]] - urgent",
                    "Importance:  High",
                ]
            },
            {"rule": True},
            "Morning [[name:first|Asif]],",
            "Forwarding the message below from [[name:full|Dionne Ferguson]], the manager at [[place:care|Kestrel View]]. I'm copying in {{keep:public_figure|ACC Tolson}} as he asked at the {{keep:date|10 July}} exploitation panel to be kept informed of anything about taxi drivers and {{keep:operation|Op Teasel}}.",
            "[[name:nickname|Presh]] went missing again last night. This is the fourth time since the screening tool on the 9th, when she scored {{keep:label|HIGH}}. The car [[name:first|Dionne]] describes is the same {{keep:vehicle|Toyota Auris}} seen at [[place:school|Colne Edge Academy]]. Can your team confirm whether the driver with badge [[id:licence|KC/D/11904]] has been identified? Licensing say the badge is held by a Mr [[name:full|M. Hussain]] but that he reported it lost in {{keep:date|May}}.",
            "I've also been told that [[name:surname|Broadbent]] has been bailed to an address on [[id:address|Lockwood Road]] - that is less than a mile from [[place:care|Kestrel View]]. Was that checked?",
            {
                "pre": [
                    "Thanks",
                    "[[name:first|Rhiannon]]",
                    "",
                    "[[name:full|Rhiannon Pugh]] | Social Worker | Child Exploitation Team",
                    "{{keep:agency|Kirklees Council}} | {{keep:place|Civic Centre 1}}, {{keep:place|Huddersfield}}",
                    "T: [[id:phone|0113 496 0419]] | M: [[id:phone|07700 900503]]",
                ]
            },
            {"space": 6},
            {
                "pre": [
                    "From:     [[name:full|Dionne Ferguson]] <[[id:email|manager@kestrelview-lodgings.co.uk]]>",
                    "Sent:     {{keep:date|12 July 2018 02:14}}",
                    "To:       [[name:full|Pugh, Rhiannon]]; Kirklees EDT",
                    "Subject:  [[name:word|Precious]] - urgent",
                ]
            },
            {
                "pre": [
                    "> Hi [[name:first|Rhiannon]] and EDT,",
                    ">",
                    "> [[name:full|Precious Adeyemi]] (DOB [[id:dob|11/02/2003]]) left at 20:40 tonight",
                    "> saying she was going to the shop. Night worker [[name:first|Callum]] saw",
                    "> her get into a {{keep:vehicle|silver Toyota Auris}} taxi at the end of Trinity",
                    "> Street. Plate on the back was [[id:licence|KC/PHV/3082]] and the reg was",
                    "> [[id:vrm|YE17 - NXA]] (he only got a look at the number plate as it pulled",
                    "> away, so it might be [[id:vrm|YE17 NXB]]). Driver {{keep:descriptor|Asian}}, {{keep:descriptor|30s}}.",
                    ">",
                    "> [[name:nickname|Presh]] rang [[name:first|Callum]] at 23:50 from [[id:phone|07700 900688]] and",
                    '> said she was "with [[name:nickname|Sully]] at his cousin\'s" and would be back',
                    "> in the morning. I reported her missing to {{keep:agency|WYP}} at 23:58,",
                    "> ref 13180711-2417. PC [[name:surname|Lockwood]] [[id:collar|1612]] took it.",
                    ">",
                    "> [[name:full|Dionne Ferguson]]",
                    "> Registered Manager, [[place:care|Kestrel View]] Supported Lodgings",
                    "> [[id:phone|0113 496 0962]]",
                ]
            },
            {"pagebreak": True},
            {
                "pre": [
                    "From:     [[name:full|MOHAMMED, Asif]] (DS [[id:collar|2603]])",
                    "Sent:     {{keep:date|12 July 2018 11:40}}",
                    "To:       [[name:full|Pugh, Rhiannon]]",
                    "Cc:       {{keep:public_figure|TOLSON, Graham}} (ACC); [[name:full|Bibi, Sajida]]",
                    "Subject:  RE: FW: Kestrel View - [[name:word|Precious]] - urgent",
                ]
            },
            "[[name:first|Rhiannon]] - [[name:word|Precious]] was found at 09:30 by PC [[name:surname|Lockwood]] in {{keep:place|Lindley}}, safe, and is back at [[place:care|Kestrel View]]. The Auris is registered to [[name:full|Mudassar HUSSAIN]] (not the [[name:surname|Hussain]] who reported the badge lost - his brother). We are treating [[name:first|Mudassar]] as a suspect. [[name:full|Sohail Anwar]] was arrested this morning at [[id:address|41 Birkby Hall Road]]. I will call you later.",
            "Sir - for your awareness, no action needed.",
            "[[name:first|Asif]]",
            "DS [[name:full|Asif Mohammed]] [[id:collar|2603]] | Child Sexual Exploitation Team | {{keep:agency|West Yorkshire Police}}, {{keep:place|Huddersfield}}",
        ],
    },
    {
        "id": "licensing_panel_rochdale_sable",
        "layout": "licensing_minutes",
        "font": "DejaVuSerifCondensed",
        "size": 9.5,
        "pagesize": "A4-landscape",
        "header": "NOT FOR PUBLICATION - exempt under {{keep:instrument|Schedule 12A}} paras 1, 2 and 7",
        "footer": "{{keep:agency|Rochdale Borough Council}} - Licensing and Regulatory Panel - {{keep:date|3 October 2016}} - page {page} of {pages}",
        "blocks": [
            {"h": "{{keep:agency|ROCHDALE BOROUGH COUNCIL}}", "level": 1},
            {
                "h": "LICENSING AND REGULATORY PANEL - HACKNEY CARRIAGE AND PRIVATE HIRE DRIVERS",
                "level": 1,
            },
            {
                "center": "Decision record, {{keep:date|Monday 3 October 2016}}, {{keep:place|Number One Riverside}}, {{keep:place|Rochdale}}"
            },
            {
                "kv": [
                    [
                        "Present",
                        "Mr [[name:full|S. Entwistle]] (Head of Public Protection, acting under delegated powers), Mrs [[name:full|K. Ogunbiyi]] (Principal Licensing Officer), Ms [[name:full|A. Dobson]] (Legal)",
                    ],
                    [
                        "In attendance",
                        "Sgt [[name:full|Neil Partington]] [[id:collar|21467]] ({{keep:agency|GMP}} Licensing Unit); for item 3 only, the Chief Executive, {{keep:public_figure|Sharon Pilling}}",
                    ],
                ]
            },
            {
                "h": "1. Referrals from {{keep:agency|Greater Manchester Police}} under {{keep:operation|Operation Sable}}",
                "level": 2,
            },
            "The Principal Licensing Officer reported that on {{keep:date|21 September 2016}} the Panel had received a disclosure under the {{keep:instrument|Common Law Police Disclosure}} provisions concerning four licensed drivers. The drivers were each given notice of the hearing on {{keep:date|23 September 2016}}. The girls concerned are referred to only as {{keep:cipher|YP3}}, {{keep:cipher|YP5}} and {{keep:cipher|YP6}}.",
            {
                "table": [
                    [
                        "Driver",
                        "{{keep:label|D.O.B.}}",
                        "Licence / badge",
                        "Vehicle",
                        "Information",
                        "Decision",
                    ],
                    [
                        "[[name:full|ISLAM, Rafiqul]]",
                        "[[id:dob|11/03/1987]]",
                        "[[id:licence|RBC/PHD/2291]]; badge [[id:licence|7762]]",
                        "{{keep:vehicle|Toyota Avensis}} (grey) [[id:vrm|ML13 KXE]]",
                        "Arrested {{keep:date|15/11/2015}} with {{keep:cipher|YP3}} in a flat; CAWN served {{keep:date|18/11/2015}}; charged {{keep:date|14/09/2016}}",
                        "Revoked, immediate effect (s.61(2B))",
                    ],
                    [
                        "[[name:full|ALI, Zeeshan]]",
                        "[[id:dob|28/02/1992]]",
                        "[[id:licence|RBC/PHD/3318]]; badge [[id:licence|8120]]",
                        "{{keep:vehicle|Skoda Superb}} (silver) [[id:vrm|ML66 TGO]]",
                        "Seen by staff at [[place:care|Wheatcroft]] collecting {{keep:cipher|YP5}} on {{keep:date|6 May 2016}} and {{keep:date|13 May 2016}}; denies knowing her age",
                        "Suspended 3 months pending police enquiry",
                    ],
                    [
                        "[[name:full|ARIF, Mohammed]]",
                        "[[id:dob|09/09/1964]]",
                        "[[id:licence|HCD 1145]]",
                        "{{keep:vehicle|LTI TX4}} hackney (black) [[id:vrm|YG09 BXR]]",
                        "Acquitted of CSE offences; police advise intelligence remains",
                        "No action; warning re record keeping",
                    ],
                    [
                        "[[name:full|RUSU, Bogdan]]",
                        "[[id:dob|14/06/1985]]",
                        "[[id:licence|RBC/HC/0561]]; badge [[id:licence|6690]]",
                        "{{keep:vehicle|Ford Galaxy}} hackney [[id:vrm|MX14 PDV]]",
                        "Carried {{keep:cipher|YP6}} and an adult male from {{keep:place|Oldham}}; full fare paid and logged; no evidence of knowledge",
                        "No action",
                    ],
                ],
                "header": True,
                "widths": [0.13, 0.08, 0.15, 0.15, 0.3, 0.19],
            },
            {"h": "2. Representations", "level": 2},
            "Mr [[name:surname|Islam]] did not attend and was not represented. Mr [[name:surname|Ali]] attended with his brother, [[name:full|Faraz Ali]], who interpreted. Mr [[name:surname|Ali]] said he had driven the young person ({{keep:cipher|YP5}}) only on account bookings from the {{keep:agency|Metro Cars}} office. Sgt [[name:surname|Partington]] said the bookings were made from a phone attributed to [[name:full|Kamran Butt]] ([[id:phone|07700 900249]]). Mr [[name:surname|Arif]] attended with Mr [[name:full|Imtiaz Qureshi]] of the {{keep:agency|Rochdale Private Hire Drivers' Association}}. Mr [[name:surname|Rusu]] attended.",
            {"h": "3. Policy", "level": 2},
            "{{keep:public_figure|Ms Pilling}} addressed the Panel on the council's revised fit and proper person policy, which adopts the {{keep:instrument|Institute of Licensing Guidance on Suitability}} and requires every driver to complete CSE awareness training by {{keep:date|31 March 2017}}. {{keep:public_figure|Pilling}}'s note is appended.",
            {"h": "4. Decisions", "level": 2},
            "The decisions are recorded in the table at item 1. Written notice will be sent to each driver within 14 days, with notice of the right of appeal to the {{keep:agency|Magistrates' Court}} under section 77 of the {{keep:instrument|Local Government (Miscellaneous Provisions) Act 1976}}. The decision on Mr [[name:full|R. Islam]] has effect immediately notwithstanding any appeal.",
            {
                "pre": [
                    "Signed: [[name:full|S. Entwistle]]   Head of Public Protection   {{keep:date|3.10.2016}}"
                ]
            },
        ],
    },
    {
        "id": "chronology_derby_rahimi",
        "layout": "chronology",
        "font": "Times-Roman",
        "size": 10,
        "pagesize": "A4-landscape",
        "header": "{{keep:agency|Derby Safeguarding Children Partnership}} - Child Safeguarding Practice Review - Appendix B",
        "footer": "Appendix B: integrated chronology   Child: [[name:full|RAHIMI, Nadia]] ({{keep:cipher|Child N}})   page {page} of {pages}",
        "blocks": [
            {
                "h": "Appendix B - Integrated chronology ({{keep:date|June 2018}} to {{keep:date|March 2020}})",
                "level": 1,
            },
            "This chronology was compiled by the independent reviewer from the records of {{keep:agency|Derby City Council}} Children's Services, {{keep:agency|Derbyshire Constabulary}}, {{keep:agency|Derbyshire Healthcare NHS Foundation Trust}}, the {{keep:agency|Refugee Council}} and [[place:school|Normanton Vale Academy]]. The child is referred to in the published report as {{keep:cipher|Child N}}; this appendix is not for publication.",
            {
                "kv": [
                    [
                        "Child",
                        '[[name:full|Nadia RAHIMI]] (also recorded as "[[name:variant|Nadiya Rahimi]]" and "[[name:variant|Nadia Rahimy]]"), known as [[name:nickname|Nadz]]',
                    ],
                    [
                        "{{keep:label|Date of birth}}",
                        "[[id:dob|19/05/2004]] (assessed; no documents)",
                    ],
                    [
                        "Status",
                        "{{keep:descriptor|Afghan}} national; unaccompanied asylum-seeking child; arrived {{keep:place|Dover}} {{keep:date|4 June 2018}}",
                    ],
                    ["Home Office ref", "[[id:other|R1188204]]"],
                ],
                "boxed": True,
            },
            {
                "table": [
                    ["Date", "Agency", "Event", "Comment of reviewer"],
                    [
                        "{{keep:date|07/06/2018}}",
                        "{{keep:agency|DCC}} CS",
                        "Placed at [[place:care|Oakmere House]] children's home. Key worker [[name:full|Ellie Bancroft]]. Dari interpreter required.",
                        "Appropriate placement.",
                    ],
                    [
                        "{{keep:date|12/09/2018}}",
                        "School",
                        "Starts Year 9 at [[place:school|Normanton Vale Academy]]. Befriended by [[name:full|Nadja Kowalska]] (not to be confused with [[name:first|Nadia]]).",
                        "Two girls with near-identical names in the same form caused errors in school records.",
                    ],
                    [
                        "{{keep:date|30/01/2019}}",
                        "Police",
                        "PCSO [[name:full|Gemma Hollis]] [[id:collar|6051]] sees [[name:first|Nadia]] with two {{keep:descriptor|Afghan males}} in a {{keep:vehicle|white Toyota Avensis}}, registration [[id:vrm|DY15OXR]]. Intelligence log submitted.",
                        "No link made to [[place:care|Oakmere]] at the time.",
                    ],
                    [
                        "{{keep:date|14/03/2019}}",
                        "Placement",
                        '[[name:nickname|Nadz]] returns at 01:30 with new trainers and a phone. Says "[[name:first|Wahid]]" is her cousin. Staff accept this.',
                        "Missed opportunity: no cousin known to the Home Office.",
                    ],
                    [
                        "{{keep:date|02/07/2019}}",
                        "Health",
                        "LAC health review by Dr [[name:full|Samira Haidari]]. [[name:first|Nadia]] asks about the morning-after pill. NHS no. [[id:nhs|342 366 7125]].",
                        "Safeguarding referral made promptly.",
                    ],
                    [
                        "{{keep:date|16/07/2019}}",
                        "{{keep:agency|DCC}} CS",
                        "Strategy meeting ({{keep:instrument|Section 47}}). Named: [[name:full|Wahid Sultani]], [[name:full|Gul Ahmad Safi]] (licensed PH driver, [[id:licence|DE/PHD/0717]]) and [[name:full|Ionut Stanciu]]. CSE risk {{keep:label|HIGH}}.",
                        "Good multi-agency attendance.",
                    ],
                    [
                        "{{keep:date|19/10/2019}}",
                        "Police",
                        "{{keep:label|ABE}} interview ({{keep:cipher|YP1}}). Full account given through interpreter [[name:full|Farid Noorzai]].",
                        "See {{keep:operation|Operation Marlow}} file.",
                    ],
                    [
                        "{{keep:date|21/10/2019}}",
                        "Police",
                        "[[name:surname|Sultani]] and [[name:surname|Safi]] arrested. [[name:surname|Stanciu]] arrested {{keep:date|24/10/2019}} at [[id:address|5 Pear Tree Crescent]], {{keep:place|Derby}} [[id:postcode|DE23 8PU]].",
                        "",
                    ],
                    [
                        "{{keep:date|11/03/2020}}",
                        "Court",
                        "{{keep:agency|Derby Crown Court}}: all three convicted. Sentenced by {{keep:public_figure|His Honour Judge Peter Castleton}} sitting as a visiting judge.",
                        "[[name:first|Nadia]] moved to a foster placement with Mr and Mrs [[name:surname|Hakimi]] in {{keep:place|Leicester}} for her safety.",
                    ],
                ],
                "header": True,
                "widths": [0.1, 0.1, 0.5, 0.3],
            },
            'Reviewer\'s note on identity: the register held by {{keep:agency|Derbyshire Constabulary}} lists the victim as {{keep:cipher|YP1}} and her friend as {{keep:cipher|YP2}}. In at least two school documents "[[name:first|Nadja]]" was written where "[[name:first|Nadia]]" was meant. The reviewer has corrected these in the body of the report.',
        ],
    },
    {
        "id": "nominals_calderdale_harebell",
        "layout": "nominal_table",
        "font": "Courier",
        "size": 8.5,
        "pagesize": "A4-landscape",
        "header": "RESTRICTED   {{keep:agency|WEST YORKSHIRE POLICE}}   {{keep:operation|OPERATION HAREBELL}}   NOMINAL AND VICTIM SCHEDULE (v9)",
        "footer": "Schedule prepared by DS [[name:full|R NAZIR]] [[id:collar|1093]] for CPS file review {{keep:date|02/02/2017}} - page {page} of {pages}",
        "blocks": [
            {"h": "PART 1 - SUSPECTS", "level": 2},
            {
                "table": [
                    [
                        "Nom",
                        "SURNAME, Forename",
                        "{{keep:label|DOB}}",
                        "NI No.",
                        "Address",
                        "Phone",
                        "VRM",
                        "Status",
                    ],
                    [
                        "H1",
                        "[[name:full|HAMID, Rebaz]] ([[name:nickname|REB]])",
                        "[[id:dob|07/03/1992]]",
                        "[[id:ni|JE 73 19 54 B]]",
                        "[[id:address|41 Gibbet Street]], [[id:postcode|HX1 5BA]]",
                        "[[id:phone|07700 900372]]",
                        "[[id:vrm|YD64 HFN]]",
                        "Charged {{keep:date|19/12/2016}}",
                    ],
                    [
                        "H2",
                        "[[name:full|SALIH, Hawre]]",
                        "[[id:dob|01/07/1989]]",
                        "[[id:ni|SH 20 47 85 D]]",
                        "[[id:address|Flat 3, 6 Pellon Lane]]",
                        "[[id:phone|07700 900814]]",
                        "-",
                        "Charged {{keep:date|19/12/2016}}",
                    ],
                    [
                        "H3",
                        "[[name:full|PICKLES, Darren]] ([[name:nickname|PICKSY]])",
                        "[[id:dob|14/06/1965]]",
                        "[[id:ni|RK 58 03 61 C]]",
                        "[[id:address|17 Parkinson Lane]], [[id:postcode|HX1 3XL]]",
                        "[[id:phone|07700 900091]]",
                        "[[id:vrm|Y D 5 9 K L W]]",
                        "Charged {{keep:date|20/12/2016}}",
                    ],
                    [
                        "H4",
                        "[[name:full|RASHID, Amjad]]",
                        "[[id:dob|25/12/1976]]",
                        "[[id:ni|WL 39 84 12 A]]",
                        "[[id:address|88 Queens Road]], [[id:postcode|HX1 4NS]]",
                        "[[id:phone|07700 900457]]",
                        "[[id:vrm|YH16 UDT]] (HC)",
                        "Charged; licence [[id:licence|CMBC/HC/1187]] revoked",
                    ],
                    [
                        "H5",
                        "[[name:full|KARIM, Dilshad]]",
                        "[[id:dob|12/10/1994]]",
                        "[[id:ni|PR 14 66 70 B]]",
                        "[[id:address|Room 2, 15 Hopwood Lane]]",
                        "[[id:phone|07700 900666]]",
                        "partial [[id:vrm_partial|YE65]]",
                        "RUI",
                    ],
                    [
                        "H6",
                        "[[name:full|LAKATOS, Zoltan]]",
                        "[[id:dob|03/04/1990]]",
                        "[[id:ni|SN 92 30 17 C]]",
                        "NFA",
                        "[[id:phone|07700 900188]]",
                        "-",
                        "NFA - insufficient evidence",
                    ],
                ],
                "header": True,
                "widths": [0.04, 0.2, 0.09, 0.12, 0.19, 0.11, 0.11, 0.14],
            },
            "Note: H6 [[name:full|Zoltan Lakatos]] has the same surname as an {{keep:operation|Operation Juniper}} complainant in {{keep:place|Sheffield}}. There is no known connection. Do not cross-refer.",
            {"h": "PART 2 - COMPLAINANTS (SEALED - NOT FOR SERVICE)", "level": 2},
            {
                "table": [
                    [
                        "Cipher",
                        "Name",
                        "{{keep:label|DOB}}",
                        "Placement at time",
                        "School at time",
                        "ABE date",
                    ],
                    [
                        "{{keep:cipher|Complainant 1}}",
                        "[[name:full|PEARCE, Jodie]]",
                        "[[id:dob|02/09/2000]]",
                        "[[place:care|Birchen Lodge]] (from {{keep:date|06/2015}})",
                        "[[place:school|Hebble Valley High School]]",
                        "{{keep:date|14/07/2015}}",
                    ],
                    [
                        "{{keep:cipher|Complainant 2}}",
                        "[[name:full|LUMB, Josie]]",
                        "[[id:dob|19/12/2000]]",
                        "[[place:care|Birchen Lodge]]",
                        "[[place:school|Ryburn Edge College]]",
                        "{{keep:date|19/08/2015}}",
                    ],
                    [
                        "{{keep:cipher|Complainant 3}}",
                        "[[name:full|HALSTEAD, Keeley]]",
                        "[[id:dob|30/05/2001]]",
                        "home, [[id:address|9 Sunny Bank Road]]",
                        "[[place:school|St Malachy's RC High School]]",
                        "{{keep:date|03/10/2016}}",
                    ],
                    [
                        "{{keep:cipher|Complainant 4}}",
                        "[[name:full|IQBAL, Ayesha]]",
                        "[[id:dob|08/01/2002]]",
                        "foster placement, [[place:care|Brookfoot House]] fostering scheme",
                        "[[place:school|Hebble Valley High School]]",
                        "declined",
                    ],
                ],
                "header": True,
                "widths": [0.13, 0.16, 0.09, 0.25, 0.24, 0.13],
            },
            '{{keep:cipher|Complainant 1}} uses the name "[[name:nickname|Jo-Jo]]"; some officers\' notebooks record her as "[[name:variant|J0die]]" (zero) or "[[name:variant|Jodi Pearse]]".',
            {
                "pre": [
                    "Reviewed: DS [[name:surname|Nazir]] [[id:collar|1093]]   SIO: DCI [[name:full|Joanne Crossley]]   Gold: {{keep:public_figure|ACC Graham Tolson}}"
                ]
            },
        ],
    },
    {
        "id": "solicitors_letter_inquiry_mays_hale",
        "layout": "solicitors_letter",
        "font": "DejaVuSerif",
        "size": 10,
        "footer": "{{keep:agency|Pennine Law}} is a trading name of Pennine Law Solicitors Ltd, authorised and regulated by the {{keep:agency|SRA}}.   {page}",
        "blocks": [
            {"center": "{{keep:agency|PENNINE LAW}}"},
            {
                "center": "Solicitors   |   14 St Mary's Gate, {{keep:place|Rochdale}} OL16 1DZ   |   0161 496 0800"
            },
            {"rule": True},
            {
                "pre": [
                    "Our ref:  AKH/[[name:surname|MAYS]]/0091 and AKH/[[name:surname|HALE]]/0092",
                    "Your ref: GBCSE/CP/APP/114-115",
                ]
            },
            {"right": "{{keep:date|26 February 2024}}"},
            {
                "pre": [
                    "The Solicitor to the Inquiry",
                    "{{keep:agency|Independent Inquiry into Group-based Child Sexual Exploitation}}",
                    "PO Box 77321",
                    "{{keep:place|London}} SW1P 9ZZ",
                ]
            },
            {"space": 4},
            "By email only",
            "Dear Solicitor to the Inquiry,",
            {
                "h": "Applications for core participant status and for restriction orders: [[name:full|Tegan Mays]] ({{keep:cipher|CP-114}}) and [[name:full|Connor Hale]] ({{keep:cipher|CP-115}})",
                "level": 2,
            },
            "We act for the above-named, who were both victims of offences investigated by {{keep:agency|Greater Manchester Police}} under {{keep:operation|Operation Sable}}. We enclose their applications for core participant status in Module 3 ({{keep:place|Rochdale}} and {{keep:place|Oldham}}) together with applications under {{keep:instrument|section 19 of the Inquiries Act 2005}} for orders restricting the publication of their names and any information that may identify them.",
            {"h": "Our clients", "level": 2},
            "[[name:first|Tegan]] was placed at [[place:care|Wheatcroft]], a residential unit in {{keep:place|Rochdale}}, from {{keep:date|January 2016}}, and attended [[place:school|Carrbrook High School]]. She was exploited by [[name:full|Kamran Butt]] and [[name:full|Adil Rehman]], among others, and was a prosecution witness at the trial which concluded before {{keep:public_figure|His Honour Judge Castleton}} in {{keep:date|September 2018}}. Ms [[name:surname|Mays]] was known in the criminal proceedings as {{keep:cipher|YP5}}.",
            "[[name:first|Connor]] was placed at [[place:care|Brackenhurst Lodge]] and educated at [[place:school|the Spindle Point Centre]]. He was {{keep:cipher|Complainant 7}} in {{keep:operation|Operation Sable}}. The abuse of boys in {{keep:place|Rochdale}} has received very little attention and Mr [[name:surname|Hale]] wishes to assist the Inquiry to understand it.",
            {"h": "Why restriction orders are needed", "level": 2},
            "Both clients are entitled to lifelong anonymity under the {{keep:instrument|Sexual Offences (Amendment) Act 1992}}. That protection does not by itself prevent jigsaw identification. We draw attention to the following:",
            '(a) In {{keep:date|May 2023}} a local news website named [[place:care|Wheatcroft]] as the home where "one of the [[name:surname|Butt]] victims" lived; (b) [[name:first|Tegan]]\'s former friend, [[name:full|Megan Sutcliffe]], has since posted on TikTok (account [[id:handle|megs.sutcliffe.x]]) about "[[name:nickname|Teg]]" and the trial; and (c) [[name:first|Connor]] shares a surname with a well-known family in {{keep:place|Littleborough}}, so that any reference to a "[[name:surname|Hale]]" in the {{keep:place|Rochdale}} module would identify him.',
            'We ask that both clients be referred to only by cipher in all published material, that the Inquiry\'s register of protected persons include the names by which they have been known ("[[name:nickname|Teg]]", "[[name:full|Tegan Louise Mays]]", "[[name:nickname|Con]]", "[[name:full|Connor James Hale]]"), and that the names of [[place:care|Wheatcroft]], [[place:care|Brackenhurst Lodge]], [[place:school|Carrbrook High School]] and [[place:school|the Spindle Point Centre]] be redacted wherever they appear in connection with either client.',
            {"h": "Public statements by the police and the council", "level": 2},
            "We note that {{keep:public_figure|DCC Mistry}}'s apology of {{keep:date|14 September 2018}} and the statement by the Chief Executive of {{keep:agency|Rochdale Borough Council}}, {{keep:public_figure|Sharon Pilling}}, are in the public domain and do not identify our clients. We have no objection to their publication in the Inquiry's bundles. We would ask that {{keep:public_figure|Ms Llewellyn}} (Counsel to the Inquiry) be made aware of this letter before the directions hearing on {{keep:date|12 March 2024}}.",
            "We would be grateful if this letter could be placed before the Chair, {{keep:public_figure|Dame Helena Ashworth}}. We understand that {{keep:public_figure|Dame Helena}} will determine applications on the papers.",
            "Yours faithfully,",
            {"image": "signature", "w": 110, "h": 32},
            {
                "pre": [
                    "[[name:full|Aisha Khan-Holt]]",
                    "Solicitor, {{keep:agency|Pennine Law}}",
                    "[[id:email|a.khanholt@penninelaw.co.uk]]   DD [[id:phone|0161 496 0815]]",
                ]
            },
            {"pagebreak": True},
            {"h": "CONFIDENTIAL SCHEDULE - NOT FOR PUBLICATION", "level": 2},
            {
                "table": [
                    ["Cipher", "Full name", "{{keep:label|Date of birth}}", "Address", "Contact"],
                    [
                        "{{keep:cipher|CP-114}}",
                        "[[name:full|MAYS, Tegan Louise]]",
                        "[[id:dob|08/12/2000]]",
                        "[[id:address|Flat 4, 61 Oldham Road]], {{keep:place|Middleton}} [[id:postcode|M24 1AB]]",
                        "[[id:phone|07700 900728]]",
                    ],
                    [
                        "{{keep:cipher|CP-115}}",
                        "[[name:full|HALE, Connor James]]",
                        "[[id:dob|30/10/2001]]",
                        "[[id:address|7 Moss Lane]], {{keep:place|Littleborough}} [[id:postcode|OL15 9LW]]",
                        "[[id:phone|07700 900349]]",
                    ],
                ],
                "header": True,
                "widths": [0.12, 0.24, 0.14, 0.32, 0.18],
            },
            "Both clients have asked that any letter to them be sent care of this firm, and that nothing be sent to their home addresses.",
        ],
    },
    {
        "id": "press_statement_calderdale_harebell",
        "layout": "press_statement",
        "font": "DejaVuSansCondensed",
        "size": 9.5,
        "columns": 2,
        "header": "{{keep:agency|Calderdale Council}} - Media Release - {{keep:date|11 October 2017}}",
        "footer": "Ends. Media enquiries: {{keep:agency|Calderdale Council}} Communications Team. Not for use after {{keep:date|25 October 2017}}.",
        "blocks": [
            {
                "image": "photo",
                "w": 220,
                "h": 100,
                "caption": "{{keep:place|Halifax Town Hall}}. Photo: {{keep:agency|Calderdale Council}}",
            },
            {
                "h": "Council statement following the {{keep:operation|Operation Harebell}} verdicts",
                "level": 2,
            },
            "Three men were today convicted at {{keep:agency|Bradford Crown Court}} of the rape and sexual exploitation of four girls, {{keep:descriptor|aged 13 to 15}} at the time, in {{keep:place|Halifax}} and {{keep:place|Sowerby Bridge}} between {{keep:date|2014 and 2016}}.",
            '[[name:full|Rebaz Hamid]], {{keep:descriptor|25}}, and [[name:full|Hawre Salih]], {{keep:descriptor|28}}, both {{keep:descriptor|Iraqi Kurdish}} men living in {{keep:place|Halifax}}, and [[name:full|Darren Pickles]], {{keep:descriptor|52}}, a {{keep:descriptor|white British}} man from {{keep:place|Halifax}}, were found guilty on all counts. A fourth man, a hackney carriage driver, [[name:full|Amjad Rashid]], {{keep:descriptor|40}}, was acquitted. The court heard that [[name:surname|Hamid]], known as "[[name:nickname|Reb]]", used social media and gifts to groom the girls before passing them to [[name:surname|Salih]] and [[name:surname|Pickles]].',
            "The trial judge, {{keep:public_figure|Mrs Justice Nwosu}}, adjourned sentence to {{keep:date|3 November}}.",
            {"h": "Statement by the Director of Children's Services", "level": 2},
            "{{keep:public_figure|Gillian Ormerod}}, Director of Children's Services, said: \"First, I want to pay tribute to the young women who gave evidence. It was only because of their courage that these men have been brought to justice.",
            '"Some of these girls were in our care. We did not protect them as we should have done, and for that I am deeply sorry. We have commissioned an independent review, which will be published in full."',
            "{{keep:public_figure|Ms Ormerod}} confirmed that the council's licensing committee revoked [[name:surname|Rashid]]'s hackney carriage licence in {{keep:date|August 2016}}, and said that the acquittal did not change that decision. {{keep:public_figure|ORMEROD}}'s full statement is on the council website.",
            {"space": 90},
            {"h": "Police", "level": 2},
            'Assistant Chief Constable {{keep:public_figure|Graham Tolson}} of {{keep:agency|West Yorkshire Police}} said: "{{keep:operation|Operation Harebell}} is still live. We have arrested eleven men and we continue to receive information. Victims who come forward will be listened to and believed."',
            "{{keep:public_figure|ACC Tolson}} thanked {{keep:agency|Barnardo's}} and the {{keep:agency|Calderdale and Huddersfield NHS Foundation Trust}} for their support to the victims.",
            {"h": "Member of Parliament", "level": 2},
            '{{keep:public_figure|Louise Hartigan MP}} said that she had first raised concerns with the council and the police in 2015 after being contacted by a constituent. "I am glad that these men have been convicted, but I will keep asking why it took so long." {{keep:public_figure|Ms Hartigan}}\'s letters are published on her website; {{keep:public_figure|Hartigan}} has called for a national inquiry.',
            {"h": "Notes to editors", "level": 2},
            "1. The victims have lifelong anonymity. Please do not publish any detail, such as the name of a school or children's home, that could identify them. 2. The independent review will be overseen by the {{keep:agency|Calderdale Safeguarding Children Board}}. 3. Anyone affected can contact the {{keep:agency|NSPCC}} helpline on 0808 800 5000.",
        ],
    },
    {
        "id": "hearing_transcript_crown_court_rashid",
        "layout": "hearing_transcript",
        "font": "Times-Roman",
        "size": 11,
        "header": "R v [[name:surname|HAMID]] and others - T20167043 - Day 18 - {{keep:date|26 September 2017}}",
        "footer": "Transcribed by Epiq Europe Ltd from the official recording. Page {page} of {pages}",
        "blocks": [
            {"center": "IN THE CROWN COURT AT BRADFORD"},
            {"center": "Before: {{keep:public_figure|THE HONOURABLE MRS JUSTICE NWOSU DBE}}"},
            {
                "numbered": [
                    "                         [[name:full|AMJAD RASHID]] (continued)",
                    "               Cross-examined by MR [[name:surname|PRYCE]] (for the Crown)",
                    "Q.   Mr [[name:surname|Rashid]], you held hackney carriage licence [[id:licence|CMBC/HC/1187]]?",
                    "A.   Yes.",
                    "Q.   And your badge number was [[id:licence|HCD 0931]]?",
                    "A.   I think so, yes.",
                    "Q.   You drove the school contract to [[place:school|Hebble Valley High School]]",
                    "     on Monday, Wednesday and Friday afternoons in 2015?",
                    "A.   I did it for two years.",
                    "Q.   The jury have heard from {{keep:cipher|Complainant 1}}. She says you took her",
                    "     from the school to [[id:address|41 Gibbet Street]] at least six times. Did you?",
                    "A.   I took many children. I do not remember every address.",
                    "Q.   You remember [[name:first|Rebaz]], don't you? [[name:nickname|Reb]]?",
                    "A.   He was a customer.",
                    'Q.   His phone was saved in yours as "[[name:nickname|Reb]] HFX", number ending [[id:phone|900372]].',
                    "A.   Many customers are saved like that.",
                    'Q.   On {{keep:date|4 June 2015}} you sent him a message at 15:42: "got [[name:lower|jodie]]',
                    '     and her mate". Who is [[name:lower|jodie]]?',
                    "A.   I don't know. It is a common name.",
                    "MRS JUSTICE {{keep:public_figure|NWOSU}}: Mr [[name:surname|Pryce]], the message should be read",
                    "     with the cipher. The jury have the key.",
                    'MR [[name:surname|PRYCE]]: My Lady, I apologise. "Got {{keep:cipher|C1}} and her mate".',
                    "Q.   And the mate was {{keep:cipher|Complainant 2}}, was it not, who was living at",
                    "     [[place:care|Birchen Lodge]]?",
                    "A.   I did not know where they lived.",
                    "Q.   You collected them from the end of the road outside [[place:care|Birchen]]",
                    "     on at least nine nights in {{keep:date|July 2015}}. The ANPR is at tab 31.",
                    "A.   That road is on my way home.",
                    "Q.   Your home is [[id:address|88 Queens Road]]. That is the other side of {{keep:place|Halifax}}.",
                    "A.   Sometimes I go to my brother's.",
                    "Q.   Your brother is [[name:full|Imtiaz Rashid]]? He lives in {{keep:place|Bradford}}.",
                    "A.   Yes.",
                    "Q.   You know [[name:full|Darren Pickles]]?",
                    "A.   Everybody knows [[name:nickname|Picksy]]. He drinks in the Shears.",
                    "Q.   You drove [[name:surname|Pickles]] and {{keep:cipher|Complainant 1}} together in your",
                    "     cab on {{keep:date|11 July 2015}}, from {{keep:place|Sowerby Bridge}} to {{keep:place|Halifax}}.",
                    "A.   Maybe. If he booked.",
                    "Q.   The {{keep:vehicle|Peugeot E7}} with the plate [[id:vrm|YH16 UDT]]. That is your cab?",
                    "A.   That is my cab.",
                    "MISS [[name:surname|OKORO]]: My Lady, before my learned friend goes further, the",
                    "     defendant's date of birth has appeared on the screen. Could it be",
                    "     taken down? [[id:dob|25.12.1976]] should not be on the public gallery",
                    "     monitor.",
                    "MRS JUSTICE {{keep:public_figure|NWOSU}}: Yes. Usher, please switch that monitor off.",
                    "MR [[name:surname|PRYCE]]: I'm grateful. Mr [[name:surname|Rashid]], finally. {{keep:cipher|Complainant 1}}",
                    "     says you told her: \"[[name:nickname|Jo-Jo]], you're [[name:nickname|Reb]]'s, you don't talk to",
                    '     anyone." Did you call her [[name:nickname|Jo-Jo]]?',
                    "A.   No. I never spoke to her.",
                    "MR [[name:surname|PRYCE]]: Thank you. Wait there, please.",
                ]
            },
            {"pagebreak": True},
            {
                "numbered": [
                    "                  Re-examined by MISS [[name:surname|OKORO]]",
                    "Q.   Mr [[name:surname|Rashid]], how many years have you held a licence from",
                    "     {{keep:agency|Calderdale Council}}?",
                    "A.   Eleven years.",
                    "Q.   Any complaint before 2015?",
                    "A.   Never.",
                    "Q.   Your licence was revoked by the council in {{keep:date|August 2016}}?",
                    "A.   Yes, before any trial. I lost everything.",
                    "Q.   When the police searched your cab on {{keep:date|10 August 2015}}, what did",
                    "     they find?",
                    "A.   Nothing. Only the school contract list.",
                    "MISS [[name:surname|OKORO]]: Thank you. Nothing further, My Lady.",
                    "MRS JUSTICE {{keep:public_figure|NWOSU}}: Thank you, Mr [[name:surname|Rashid]], you may return to",
                    "     the dock. Members of the jury, we will break there for lunch. Please",
                    "     be back for 2.05. Don't discuss the case with anyone.",
                    "                           (12.58 pm)",
                    "                     (The luncheon adjournment)",
                    "                            (2.05 pm)",
                    "MR [[name:surname|PRYCE]]: My Lady, one matter in the jury's absence. The officer in",
                    "     the case, DC [[name:surname|Pritchard]], has located the missing page of",
                    "     DS [[name:surname|Nazir]]'s notebook. It records a conversation with a",
                    '     "Mr [[name:variant|Rashld]]" on {{keep:date|12 August 2015}}; I think we can all agree',
                    "     that is the defendant [[name:full|Amjad Rashid]], mis-typed.",
                    "MRS JUSTICE {{keep:public_figure|NWOSU}}: Very well. Miss [[name:surname|Okoro]]?",
                    "MISS [[name:surname|OKORO]]: No objection, My Lady.",
                    "MRS JUSTICE {{keep:public_figure|NWOSU}}: Then let's have the jury back.",
                ]
            },
        ],
    },
    {
        "id": "strategy_minutes_bristol_abdi",
        "layout": "strategy_minutes",
        "font": "Times-Roman",
        "size": 10.5,
        "header": "OFFICIAL-SENSITIVE - {{keep:agency|Bristol City Council}} - Children and Families Services",
        "footer": "Strategy meeting minutes - [[name:full|ABDI, H.]] - {{keep:date|04/10/2016}} - page {page} of {pages}",
        "blocks": [
            {
                "h": "STRATEGY MEETING ({{keep:instrument|SECTION 47, CHILDREN ACT 1989}})",
                "level": 1,
            },
            {
                "kv": [
                    [
                        "Child",
                        "[[name:full|Hodan ABDI]], {{keep:label|DOB}} [[id:dob|14/08/2002]], {{keep:descriptor|Somali}} heritage, Muslim",
                    ],
                    [
                        "Placement",
                        "[[place:care|Severn View]] residential unit, {{keep:place|Easton}}",
                    ],
                    ["School", "[[place:school|Easton Vale Academy]], Year 10"],
                    ["Date / time", "{{keep:date|Tuesday 4 October 2016}}, 14:00"],
                    [
                        "Venue",
                        "{{keep:place|City Hall}}, {{keep:place|College Green}}, room 3.14, and by phone",
                    ],
                ],
                "boxed": True,
            },
            {"h": "Present", "level": 2},
            {
                "table": [
                    ["Name", "Role / agency"],
                    [
                        "[[name:full|Marcia Edwards]]",
                        "{{keep:label|Chair}}; Service Manager, {{keep:agency|Bristol City Council}}",
                    ],
                    [
                        "DS [[name:full|Tom Whitcombe]] [[id:collar|1887]]",
                        "{{keep:operation|Operation Topaz}}, {{keep:agency|Avon and Somerset Constabulary}}",
                    ],
                    [
                        "PC [[name:full|Liam Hogan]] [[id:collar|3390]]",
                        "Attended the missing episode of {{keep:date|2 October}}",
                    ],
                    ["[[name:full|Amal Yusuf]]", "Allocated social worker"],
                    [
                        "[[name:full|Blessing Okonjo]]",
                        "Registered manager, [[place:care|Severn View]]",
                    ],
                    ["[[name:full|Sinead Brennan]]", "CSE worker, {{keep:agency|Barnardo's BASE}}"],
                    [
                        "Mr [[name:full|Kofi Boateng]]",
                        "Designated Safeguarding Lead, [[place:school|Easton Vale Academy]]",
                    ],
                    [
                        "Dr [[name:full|Aisling Moran]]",
                        "Named doctor, {{keep:agency|University Hospitals Bristol NHS Foundation Trust}}",
                    ],
                    ["[[name:full|Lucy Perrett]]", "Minutes"],
                ],
                "header": True,
                "widths": [0.35, 0.65],
            },
            {"h": "1. Purpose", "level": 2},
            "[[name:first|Marcia]] explained that the meeting was called following [[name:first|Hodan]]'s missing episode of {{keep:date|2 October 2016}}, when she was found intoxicated in a car with [[name:full|Oluwaseun Bakare]] and [[name:full|Abdiqani Farah]]. This is the seventh missing episode since [[name:first|Hodan]] came to [[place:care|Severn View]] in {{keep:date|June}}.",
            {"h": "2. Information shared", "level": 2},
            'Police: DS [[name:surname|Whitcombe]] said [[name:full|Mustafe Jama]] ("[[name:nickname|Mus]]", {{keep:label|DOB}} [[id:dob|19/02/1993]]) and [[name:surname|Bakare]] ("[[name:nickname|Seun]]", [[id:dob|06/09/1994]]) are nominals in {{keep:operation|Operation Topaz}}. [[name:surname|Bakare]] is {{keep:descriptor|British Nigerian}}; [[name:surname|Jama]] and [[name:surname|Farah]] are {{keep:descriptor|British Somali}}. [[name:surname|Jama]] has been seen with at least three other girls from {{keep:place|Easton}} and {{keep:place|St Pauls}}, including [[name:full|Nimo Hassan]] (15). PC [[name:surname|Hogan]] said that [[name:first|Hodan]] told him in the car that "[[name:nickname|Mus]] is my husband".',
            'Placement: [[name:word|Blessing]] said that staff have found a second phone, and that a man calling himself "[[name:nickname|Uncle Abdi]]" has rung the unit landline ([[id:phone|0117 496 0581]]) asking for [[name:first|Hodan]]. The unit does not know who this is. [[name:first|Hodan]]\'s mother, Mrs [[name:full|Ubah Nur]], and her sister [[name:first|Idil]] say there is no such uncle.',
            'School: Mr [[name:surname|Boateng]] reported that [[name:first|Hodan]] has attended 41% of sessions since {{keep:date|September}}. A {{keep:vehicle|black Audi}} has been seen at the school gates. Her friend [[name:first|Nimo]] has told a teacher that [[name:first|Hodan]] "goes to parties in {{keep:place|Cardiff}}".',
            "Health: Dr [[name:surname|Moran]] said [[name:first|Hodan]] was seen at the {{keep:place|Bristol Royal Hospital for Children}} on {{keep:date|2/3 October}}. Her NHS number is [[id:nhs|555 979 7111]]. She declined an examination.",
            'BASE: [[name:first|Sinead]] has worked with [[name:first|Hodan]] since {{keep:date|July}}. [[name:first|Hodan]] uses Snapchat [[id:handle|hodz.a.02]] and Instagram [[id:handle|hodan__x02]]. She has told [[name:first|Sinead]] that the men are "family friends" and that "{{keep:word|hope}}" is the only thing she has.',
            {"h": "3. Decision", "level": 2},
            {
                "ticks": [
                    ["{{keep:instrument|Section 47}} enquiries to continue", True],
                    ["Initial child protection conference within 15 working days", True],
                    [
                        "Consider secure accommodation ({{keep:instrument|s.25 Children Act 1989}})",
                        False,
                    ],
                ]
            },
            {"h": "4. Actions", "level": 2},
            {
                "table": [
                    ["Action", "Owner", "Date"],
                    [
                        "{{keep:instrument|Child Abduction Warning Notices}}: [[name:surname|Jama]], [[name:surname|Bakare]], [[name:surname|Farah]]",
                        "DS [[name:surname|Whitcombe]]",
                        "{{keep:date|07/10/2016}}",
                    ],
                    [
                        "Apply for {{keep:instrument|Sexual Risk Order}} against [[name:surname|Jama]]",
                        "DS [[name:surname|Whitcombe]]",
                        "{{keep:date|21/10/2016}}",
                    ],
                    [
                        'Trace "[[name:nickname|Uncle Abdi]]" from unit phone records',
                        "PC [[name:surname|Hogan]] [[id:collar|3390]]",
                        "{{keep:date|11/10/2016}}",
                    ],
                    [
                        "Safety plan with [[name:first|Hodan]] and Mrs [[name:surname|Nur]]",
                        "[[name:full|A. Yusuf]]",
                        "{{keep:date|07/10/2016}}",
                    ],
                    [
                        "Share information with [[place:school|Easton Vale]] re vehicles",
                        "[[name:surname|Boateng]] / [[name:surname|Yusuf]]",
                        "{{keep:date|05/10/2016}}",
                    ],
                ],
                "header": True,
                "widths": [0.58, 0.26, 0.16],
            },
            "Next meeting: {{keep:date|18 October 2016}}. Minutes approved by the {{keep:label|Chair}}, [[name:full|M. Edwards]].",
        ],
    },
    {
        "id": "intelligence_report_oldham_marram",
        "layout": "intelligence_report",
        "font": "Helvetica",
        "size": 9.5,
        "header": "OFFICIAL-SENSITIVE   {{keep:agency|GREATER MANCHESTER POLICE}}   INTELLIGENCE REPORT (3x5x2)",
        "footer": "URN GMP/INT/15/0882214   Submitted by PC [[name:full|S. RANA]] [[id:collar|3378]]   page {page} of {pages}",
        "blocks": [
            {
                "kv": [
                    [
                        "Operation",
                        "{{keep:operation|Operation Marram}} / {{keep:operation|Operation Sable}} (linked)",
                    ],
                    ["Date of report", "{{keep:date|03/12/2015}}"],
                    ["Source evaluation", "2 - Mostly reliable"],
                    [
                        "Intelligence assessment",
                        "B - Known indirectly to the source but corroborated",
                    ],
                    [
                        "Handling code",
                        "P - lawful sharing permitted (partner agencies: {{keep:agency|Oldham Council}}, {{keep:agency|Rochdale Borough Council}})",
                    ],
                    ["Risk", "{{keep:label|HIGH}} - child sexual exploitation"],
                ],
                "boxed": True,
            },
            {"h": "Intelligence", "level": 2},
            '1. [[name:full|Abdul Kadir CHOWDHURY]] ({{keep:label|DOB}} [[id:dob|23/05/1972]]), known as "[[name:nickname|AK]]", is using a restaurant, the Spice Garden on {{keep:place|Yorkshire Street}}, {{keep:place|Rochdale}}, to meet girls {{keep:descriptor|aged 13-15}} after it closes at 23:00. The source describes the men present as {{keep:descriptor|Asian males}} aged 30 to 50. [[name:surname|CHOWDHURY]] is the manager, not the owner. The girls are brought by private hire drivers including [[name:full|Rafiqul ISLAM]] and a second driver known only as "[[name:nickname|Bilal]]".',
            '2. One of the girls is {{keep:cipher|YP3}} ([[name:full|Shapla Miah]], Oldham). A second is her friend [[name:full|Tamanna Akter]] ({{keep:label|DOB}} [[id:dob|02/04/2002]]), also a pupil at [[place:school|Coppice Vale Academy]]. [[name:first|Tamanna]] is not yet known to children\'s social care. A third girl, {{keep:descriptor|white}}, about {{keep:descriptor|14}}, is called "[[name:first|Tegan]]" or "[[name:first|Megan]]" and lives at a children\'s home in {{keep:place|Rochdale}}; the source was not sure which name.',
            '3. [[name:nickname|AK]] uses [[id:phone|07700 900561]] and a second handset [[id:phone|07700 900047]]. He has a {{keep:vehicle|silver Mercedes E-Class}} which the source described as "[[id:vrm|M A 6 5 - C H W]]" but only the first part, [[id:vrm_partial|MA65]], is certain.',
            "4. [[name:variant|Chowdury]]'s nephew, [[name:full|Nazmul Hoque]] ([[id:dob|15/10/1996]]), collects the girls from [[place:school|Coppice Vale]] on Fridays. [[name:surname|Hoque]] uses Instagram as [[id:handle|naz.hq.96]] and Snapchat as [[id:handle|nazzy_hoque]]. He tells the girls he is {{keep:descriptor|17}}.",
            '5. [[name:first|Shapla]] was moved to [[place:care|Thornlea House]] on {{keep:date|01/12/2015}}. The source says [[name:nickname|AK]] already knows where [[place:care|Thornlea]] is and has told [[name:first|Shapla]] he will "send [[name:nickname|Raf]]" for her.',
            {"h": "Subjects", "level": 2},
            {
                "table": [
                    ["Subject", "{{keep:label|DOB}}", "Address", "PNC / notes"],
                    [
                        "[[name:full|CHOWDHURY, Abdul Kadir]]",
                        "[[id:dob|23/05/1972]]",
                        "[[id:address|Flat 3, 140 Yorkshire Street]], [[id:postcode|OL16 1JU]]",
                        "PNC [[id:other|94/118273K]]; NI [[id:ni|KH 55 02 91 B]]",
                    ],
                    [
                        "[[name:full|ISLAM, Rafiqul]]",
                        "[[id:dob|11/03/1987]]",
                        "[[id:address|Flat 2, 88 Milkstone Road]], [[id:postcode|OL11 1EB]]",
                        "CAWN {{keep:date|18/11/2015}}; PH [[id:licence|RBC/PHD/2291]]",
                    ],
                    [
                        "[[name:full|HOQUE, Nazmul]]",
                        "[[id:dob|15/10/1996]]",
                        "[[id:address|27 Ashfield Road]], {{keep:place|Oldham}}",
                        "No trace",
                    ],
                    [
                        '"[[name:nickname|Bilal]]" (unidentified)',
                        "-",
                        "-",
                        "{{keep:vehicle|black Toyota Prius}}, PH plate of {{keep:agency|Oldham Council}}",
                    ],
                ],
                "header": True,
                "widths": [0.26, 0.12, 0.34, 0.28],
            },
            {"h": "Evaluation and recommended action", "level": 2},
            'Corroborates the case notes of [[name:full|J. Ogden]] ({{keep:agency|Oldham Council}}) of {{keep:date|02/11/2015}} and the missing episode of {{keep:date|15/11/2015}}. Recommend: (a) {{keep:instrument|Child Abduction Warning Notice}} on [[name:surname|Hoque]]; (b) licensing check for "[[name:nickname|Bilal]]"; (c) share with DC [[name:full|Adam Greenhalgh]] [[id:collar|7741]] ({{keep:operation|Operation Sable}}) re the {{keep:place|Rochdale}} girl; (d) {{keep:instrument|Section 47}} referral for [[name:first|Tamanna]].',
            {
                "pre": [
                    "Supervisor: PS [[name:full|Gary Hindle]] [[id:collar|1402]]   Sanitised version approved {{keep:date|04/12/2015}}"
                ]
            },
        ],
    },
    {
        "id": "letter_parent_to_pcc_marsh",
        "layout": "letter",
        "font": "Times-Italic",
        "size": 11.5,
        "footer": "Received {{keep:date|2 Feb 2016}} - Office of the {{keep:agency|South Yorkshire Police and Crime Commissioner}} - corr. ref. PCC/16/0219",
        "blocks": [
            {
                "pre": [
                    "[[id:address|14 Tenter Croft]]",
                    "{{keep:place|Kimberworth}}",
                    "{{keep:place|Rotherham}}",
                    "[[id:postcode|S61 2HW]]",
                ]
            },
            {"right": "{{keep:date|29th January 2016}}"},
            {
                "pre": [
                    "{{keep:public_figure|Mr Alan Beardsall}}",
                    "{{keep:agency|Police and Crime Commissioner for South Yorkshire}}",
                    "{{keep:place|Carbrook House}}, {{keep:place|Sheffield}}",
                ]
            },
            {"space": 6},
            "Dear {{keep:public_figure|Mr Beardsall}},",
            {"h": "My daughter [[name:full|Lacey Marsh]], DOB [[id:dob|17.4.2001]]", "level": 2},
            "I am writing to you because I do not know who else to write to. I have rang {{keep:agency|South Yorkshire Police}} so many times that the lady on 101 knows my voice. My daughter [[name:first|Lacey]] is 14. Since {{keep:date|November 2014}} she has been abused by a group of men in {{keep:place|Rotherham}} and I have told the police this from the start.",
            "The main one is called [[name:nickname|Zee]], his real name is [[name:full|Zubair Akhtar]]. He used to wait for [[name:first|Lacey]] and her friend [[name:first|Kelsey]] outside [[place:school|Aspinall Fold Academy]] in a {{keep:vehicle|silver Corsa}} and I gave the number plate to PC [[name:surname|Lister]] in {{keep:date|January 2015}}. It was [[id:vrm|YK13 WPD]]. Nothing was done. In the end [[name:first|Lacey]] had to go into care at [[place:care|Larkfield House]] because I could not keep her in, she was climbing out the window. I did not want that. I feel like it was me that was punished and not him.",
            "In {{keep:date|May}} they gave [[name:nickname|Zee]] a warning notice. [[name:first|Lacey]] says it made no difference, he still texts her, she has a new snapchat now but he found it. The police lady DC [[name:surname|Royston]] is nice and I think she is trying but she says it is not up to her.",
            "I also want to say that I applied under {{keep:instrument|Sarah's Law}} about my ex-partner [[name:full|Gavin Tordoff]] in 2014 because he was hanging around with these men and he is related to [[name:first|Macey]], another girl who [[name:first|Lacey]] says was at the flat. I was told the information could not be given to me. I still do not know why. [[name:surname|Tordoff]] still drives past my house in a {{keep:vehicle|red Vauxhall Vectra}}.",
            "I watched you on Look North saying that victims will be believed. [[name:first|Lacey]] has not been believed. I want to know why [[name:surname|Akhtar]] and the taxi driver [[name:first|Naveed]] have not been arrested when my daughter and [[name:full|Kelsey Dunn]] have both done video interviews. I would like a meeting with you. I would also like my MP to know about this. I am sending a copy to Councillor {{keep:public_figure|Threlfall}} as well because [[name:first|Lacey]] is in the council's care.",
            "My phone is [[id:phone|07700 900962]]. Please do not ring the home phone as my son [[name:first|Tyler]] answers it.",
            "Yours sincerely",
            {"image": "signature", "w": 100, "h": 30},
            "[[name:full|Donna Marsh]] (Mrs)",
            {"rule": True},
            {
                "pre": [
                    "PCC office use: acknowledged {{keep:date|03/02/2016}} by [[name:full|K. Ibbotson]].",
                    "Passed to {{keep:agency|SYP}} Public Protection for a reply within 20 working days.",
                    "Cc Cllr {{keep:public_figure|J. Threlfall}} ({{keep:agency|RMBC}}). {{keep:public_figure|BEARDSALL}} to see reply.",
                ]
            },
        ],
    },
    {
        "id": "mg11_officer_rotherham_lister",
        "layout": "mg11",
        "font": "Helvetica",
        "size": 10,
        "header": "RESTRICTED (when complete)",
        "footer": "{{keep:label|MG11}} (T)   Page {page} of {pages}   Signature: [[name:full|G. LISTER]] PC [[id:collar|2290]]",
        "blocks": [
            {"right": "{{keep:label|MG11}}"},
            {"h": "WITNESS STATEMENT", "level": 1},
            {
                "center": "{{keep:instrument|Criminal Justice Act 1967}}, s. 9; Magistrates' Courts Act 1980, s. 5B"
            },
            {
                "kv": [
                    ["URN", "14 / LN / 04417 / 15"],
                    ["{{keep:label|Statement of}}:", "[[name:full|Gareth LISTER]]"],
                    ["{{keep:label|Age if under 18}}:", "Over 18"],
                    ["{{keep:label|Occupation}}:", "Police Constable [[id:collar|2290]]"],
                ],
                "boxed": True,
            },
            "This statement (consisting of 2 page(s) each signed by me) is true to the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated anything in it, which I know to be false, or do not believe to be true.",
            {
                "kv": [
                    ["Signature:", "[[name:full|G. Lister]]"],
                    ["Date:", "{{keep:date|02/06/2015}}"],
                ]
            },
            {"rule": True},
            "I am a Police Constable with {{keep:agency|South Yorkshire Police}}, currently posted to the {{keep:place|Rotherham}} neighbourhood team. On {{keep:date|Friday 29th May 2015}} I was on uniformed mobile patrol in a marked vehicle with PC [[name:full|Amy Dransfield]] [[id:collar|3154]]. I was aware from a briefing on {{keep:date|11th May 2015}} of {{keep:operation|Operation Linden}} and of the vehicles of interest, including a {{keep:vehicle|silver Vauxhall Corsa}}, registration [[id:vrm|YK13 WPD]], linked to [[name:full|Zubair AKHTAR]].",
            "At about 22:40 hours I saw the Corsa travelling along Wellgate towards the town centre. I could see four occupants. I activated the blue lights and the vehicle stopped outside number [[id:address|96 Wellgate]]. I approached the driver's door. The driver was a male I recognised from the briefing photograph as [[name:surname|AKHTAR]]. He gave his details as [[name:full|Zubair Akhtar]], date of birth [[id:dob|03/08/1989]]. In the front passenger seat was a male who gave his name as [[name:full|Mohammed Kasim]], {{keep:label|DOB}} [[id:dob|14/02/1975]].",
            "In the rear were two girls. The girl behind the driver said her name was [[name:full|Kelsey Dunn]] and that she was 13. I recognised [[name:first|Kelsey]] from a missing-from-home report. She said \"we're only going to [[name:nickname|Kaz]]'s, he's my mate's cousin\". The second girl gave her name as \"[[name:full|Macy Todd]]\", aged 16. I later established this was false and that she is [[name:full|Macey TORDOFF]], aged 13, of {{keep:place|Parkgate}}. [[name:first|Macey]] would not speak to me further.",
            'I was aware that on {{keep:date|4th May 2015}} [[name:surname|Akhtar]] had been served with a {{keep:instrument|Child Abduction Warning Notice}} in respect of {{keep:cipher|Child A}}, not either of these girls. I asked him why he had two young girls in his car at night. He said "I\'m just giving [[name:nickname|Kels]] a lift, ask her mum". [[name:first|Zubair]] was calm but [[name:surname|Kasim]] became agitated and said "this is harassment, we\'re {{keep:descriptor|Asian}} so you stop us".',
            'I requested the attendance of a supervisor and PS [[id:collar|221]] [[name:surname|Haigh]] attended at 22:58. I searched the vehicle under section 23 of the {{keep:instrument|Misuse of Drugs Act 1971}} on the basis of a smell of cannabis. In the centre console I found a bottle of vodka, about one third full, and £340 in cash. In the rear footwell I found a purse containing a Lloyds debit card in the name of MISS K [[name:surname|DUNN]], account number [[id:account|28817364]], sort code [[id:account|30-99-50]]. I seized these items as exhibits GL/1 to GL/3. [[name:surname|Akhtar]] said "I {{keep:word|will}} be making a complaint about this".',
            'I also seized two mobile phones from [[name:surname|Akhtar]]. One showed an incoming call at 22:46 from a contact saved as "[[name:nickname|Nav]] taxi", number [[id:phone|07700 900530]], while I was speaking to him. The lock screen of the second phone showed a Snapchat notification from [[id:handle|lacey_xo_01]].',
            "At 23:10 I arrested [[name:surname|AKHTAR]] on suspicion of child abduction. He made no reply. [[name:surname|Kasim]] was not arrested and walked away towards the flat at [[id:address|Flat 1, 118 Wellgate]]. PC [[name:surname|Dransfield]] conveyed [[name:first|Kelsey]] home to [[id:address|3 Canklow Road]] where she was handed to her mother, Mrs [[name:full|Claire Dunn]]. I conveyed [[name:first|Macey]] to {{keep:place|Rotherham Main Street}} police station and contacted the {{keep:agency|Emergency Duty Team}}; the duty social worker, [[name:full|Abdul Basit]], collected her at 00:35.",
            'I recorded the above in my pocket notebook, serial SY 417732, pages 41 to 44, at 01:15 on {{keep:date|30th May 2015}}. The registration of the Corsa is written there as "[[id:vrm|YK13WPD]]" and [[name:first|Kelsey]]\'s name is spelt "[[name:variant|Kelsy Dunn]]" in error.',
            {
                "kv": [
                    ["Signature:", "[[name:full|G. Lister]] PC [[id:collar|2290]]"],
                    ["Signature witnessed by:", "N/A (police officer)"],
                ]
            },
        ],
    },
    {
        "id": "restriction_order_annex_ciphers",
        "layout": "restriction_order_schedule",
        "font": "Times-Roman",
        "size": 10,
        "header": "CLOSED - NOT FOR PUBLICATION - {{keep:agency|Independent Inquiry into Group-based Child Sexual Exploitation}}",
        "footer": "Restriction Order No. 4 - Annex A (closed) - {{keep:date|2 February 2024}} - page {page} of {pages}",
        "blocks": [
            {"h": "RESTRICTION ORDER No. 4 - ANNEX A", "level": 1},
            {
                "center": "Made by the Chair under {{keep:instrument|section 19 of the Inquiries Act 2005}}"
            },
            "1. This annex lists the complainants whose names, and any other information likely to identify them, must not be published or disclosed outside the Inquiry. Each is to be referred to in all hearings and published documents by the cipher given below. The annex is CLOSED and is held by the Solicitor to the Inquiry only.",
            "2. Core participants and their representatives who have seen material containing any of the names below must apply the cipher in every document they lodge with the Inquiry. Where a witness uses a name by mistake in a hearing, the name will be removed from the published transcript (see the ruling of {{keep:date|14 May 2024}}).",
            {
                "table": [
                    [
                        "Cipher",
                        "Name",
                        "Other names used in the evidence",
                        "{{keep:label|Date of birth}}",
                        "Module",
                    ],
                    [
                        "{{keep:cipher|C-201}}",
                        "[[name:full|MARSH, Lacey Ann]]",
                        '"[[name:nickname|Lace]]"; recorded as "[[name:variant|Lacey Marsch]]"',
                        "[[id:dob|17/04/2001]]",
                        "2 ({{keep:place|Rotherham}})",
                    ],
                    [
                        "{{keep:cipher|C-202}}",
                        "[[name:full|PEARCE, Jodie Marie]]",
                        '"[[name:nickname|Jo-Jo]]"; "[[name:variant|Jodi Pearce]]"',
                        "[[id:dob|02/09/2000]]",
                        "4 ({{keep:place|Calderdale}})",
                    ],
                    [
                        "{{keep:cipher|C-203}}",
                        "[[name:full|MIAH, Shapla]]",
                        '"[[name:nickname|Shap]]"; "[[name:variant|Shapa]]"',
                        "[[id:dob|29/01/2002]]",
                        "3 ({{keep:place|Oldham}})",
                    ],
                    [
                        "{{keep:cipher|C-204}}",
                        "[[name:full|MAYS, Tegan Louise]]",
                        '"[[name:nickname|Teg]]"',
                        "[[id:dob|08/12/2000]]",
                        "3 ({{keep:place|Rochdale}})",
                    ],
                    [
                        "{{keep:cipher|C-205}}",
                        "[[name:full|LAKATOS, Denisa]]",
                        '"[[name:nickname|Deni]]"; "[[name:variant|Lakatoš]]", "[[name:variant|Lakatosh]]"',
                        "[[id:dob|21/06/2003]]",
                        "2 ({{keep:place|Sheffield}})",
                    ],
                    [
                        "{{keep:cipher|C-206}}",
                        "[[name:full|WARD, Siobhan Bernadette]]",
                        '"[[name:nickname|Shiv]]"',
                        "[[id:dob|03/11/1999]]",
                        "5 ({{keep:place|Telford}})",
                    ],
                    [
                        "{{keep:cipher|C-207}}",
                        "[[name:full|ABDI, Hodan]]",
                        '"[[name:nickname|Hodz]]"; "[[name:variant|Hodan Abdl]]"',
                        "[[id:dob|14/08/2002]]",
                        "6 ({{keep:place|Bristol}})",
                    ],
                    [
                        "{{keep:cipher|C-208}}",
                        "[[name:full|HALE, Connor James]]",
                        '"[[name:nickname|Con]]"',
                        "[[id:dob|30/10/2001]]",
                        "3 ({{keep:place|Rochdale}})",
                    ],
                    [
                        "{{keep:cipher|C-209}}",
                        "[[name:full|ADEYEMI, Precious]]",
                        '"[[name:nickname|Presh]]"',
                        "[[id:dob|11/02/2003]]",
                        "4 ({{keep:place|Kirklees}})",
                    ],
                    [
                        "{{keep:cipher|C-210}}",
                        "[[name:full|CRANE, Bethany]]",
                        '"[[name:nickname|Beth]]", "[[name:nickname|Bethy]]"; "[[name:variant|Betheny]]"',
                        "[[id:dob|25/03/2000]]",
                        "4 ({{keep:place|Bradford}})",
                    ],
                    [
                        "{{keep:cipher|C-211}}",
                        "[[name:full|RAHIMI, Nadia]]",
                        '"[[name:nickname|Nadz]]"; "[[name:variant|Nadiya]]"',
                        "[[id:dob|19/05/2004]]",
                        "7 ({{keep:place|Derby}})",
                    ],
                    [
                        "{{keep:cipher|C-212}}",
                        "[[name:full|DUNN, Kelsey]]",
                        '"[[name:nickname|Kels]]"; "[[name:variant|Kelsy]]"',
                        "[[id:dob|07/07/2001]]",
                        "2 ({{keep:place|Rotherham}})",
                    ],
                ],
                "header": True,
                "widths": [0.1, 0.25, 0.37, 0.13, 0.15],
            },
            {"h": "Persons who are NOT protected by this annex", "level": 2},
            "3. The following people have names close to those of complainants and appear in the same bundles. They are not complainants and the ciphers above must not be applied to them (their own names are redacted under the Inquiry's general redaction protocol): [[name:full|Macey Tordoff]] (not [[name:first|Lacey]]); [[name:full|Josie Lumb]] (not [[name:first|Jodie]]); [[name:full|Megan Sutcliffe]] (not [[name:first|Tegan]]); [[name:full|Denise Holmes]], a youth worker (not [[name:first|Denisa]]); [[name:full|Conor Geraghty]] (not [[name:first|Connor]]); [[name:full|Nadja Kowalska]] (not [[name:first|Nadia]]); PC [[name:full|Liam Hogan]] (not [[name:first|Hodan]]); and [[name:full|Zoltan Lakatos]], a suspect, who shares a surname with {{keep:cipher|C-205}}.",
            "4. Nothing in this annex restricts the publication of the names of public office holders who have given evidence, including {{keep:public_figure|Chief Constable Fairbrother}}, {{keep:public_figure|DCC Mistry}}, {{keep:public_figure|ACC Tolson}}, Councillors {{keep:public_figure|Threlfall}} and {{keep:public_figure|Siddiqui}}, {{keep:public_figure|Gillian Ormerod}} and {{keep:public_figure|Sharon Pilling}}, or of the month in which any event took place (for example, {{keep:date|March 2015}} or {{keep:date|May 2016}}).",
            {"space": 14},
            {
                "pre": [
                    "{{keep:public_figure|Dame Helena Ashworth}} DBE",
                    "{{keep:label|Chair}} of the Inquiry",
                    "{{keep:date|2 February 2024}}",
                ]
            },
        ],
    },
]
