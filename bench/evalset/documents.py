# ruff: noqa: E501  (document text reads better unwrapped)
"""Annotated evaluation documents, written the way inquiry evidence is written.

Markup inside the text:
  [[category|text]]  must be redacted: no readable trace may survive in the output
  {{category|text}}  must be kept: it must still be readable in the output
Categories: ``name:<origin>`` (white_british, irish, pakistani, bangladeshi, kurdish,
afghan, eastern_european, somali, african, arab), ``name:nickname``, ``name:word`` (a name
that is also an ordinary word), ``id:<kind>``; and ``keep:agency``, ``keep:place``,
``keep:public_figure``, ``keep:word``.

Every person here is invented.  Phone numbers are in Ofcom's drama ranges; NHS numbers
pass the checksum but were generated at random.

A document is a dict: ``id``, ``style`` (statement, notes, minutes, email, transcript,
table, scan), ``font`` and ``blocks``: paragraphs (wrapped to the page width, so names
break across lines as they do in real bundles) or, for tables, ``rows`` of cells.
"""

from __future__ import annotations

DOCUMENTS: list[dict] = [
    {
        "id": "witness_statement",
        "style": "statement",
        "font": "Times-Roman",
        "blocks": [
            "WITNESS STATEMENT (Criminal Justice Act 1967, s.9; MC Rules 1981, r.70)",
            "Statement of: [[name:white_british|Kayleigh Brammer]]   Age: over 18   "
            "Occupation: care assistant",
            "I am the above named person. I make this statement to officers of "
            "{{keep:agency|South Yorkshire Police}} about events in {{keep:place|Rotherham}} "
            "between 2011 and 2013. My date of birth is [[id:dob|12/03/1998]] and I lived with my "
            "mum at [[id:address|27 Clifton Grove]], {{keep:place|Rotherham}} "
            "[[id:postcode|S65 2AU]].",
            "When I was in year nine my friend [[name:irish|Shannon O'Driscoll]] introduced me to "
            "a man who called himself [[name:nickname|Saj]]. I later found out his real name is "
            "[[name:pakistani|Sajid Mahmood]]. [[name:pakistani|Mahmood]] drove a silver Vauxhall "
            "Astra, registration [[id:vrm|YX61 KLM]], and he gave me a phone so I could text him "
            "on [[id:phone|07700 900461]]. He said I was his girlfriend and nobody else could know.",
            "[[name:pakistani|Sajid]] took me and [[name:irish|Shannon]] to a flat above a takeaway "
            "on Wellgate where his cousin [[name:pakistani|Basharat Hussain]] and another man I "
            "knew as [[name:nickname|Bash]] were waiting. I told my social worker, "
            "[[name:white_british|Michelle Dawson]], from {{keep:agency|Rotherham Metropolitan "
            "Borough Council}}, but I do not think anything happened. [[name:white_british|Michelle]] "
            "said she would speak to the police.",
            "In the summer of 2012 I still had {{keep:word|hope}} that it would stop. It did not. I was "
            "interviewed by DC [[name:white_british|Paul Hadfield]] (collar number "
            "[[id:collar|2281]]) at Main Street police station. [[name:white_british|Hadfield]] "
            "wrote down what I said but I never heard back.",
            "I am willing to attend court. My mobile number is now [[id:phone|07700 900782]] and my "
            "email address is [[id:email|kayz.b1998@hotmail.co.uk]].",
            "Signed: [[name:white_british|K. Brammer]]      Witnessed by: "
            "DC [[name:white_british|P. Hadfield]]",
        ],
    },
    {
        "id": "case_notes",
        "style": "notes",
        "font": "Helvetica",
        "blocks": [
            "{{keep:agency|Oldham Council}} Children's Social Care - Case Recording",
            "Child: [[name:bangladeshi|Amina Hussain]] (known as [[name:nickname|Mina]])   "
            "DOB: [[id:dob|23/11/2000]]   NHS No: [[id:nhs|407 483 3786]]",
            "Address: [[id:address|Flat 4, 19 Coppice Street]], {{keep:place|Oldham}} "
            "[[id:postcode|OL8 1PQ]]",
            "14/02/2015 16:40 Home visit. Mother [[name:bangladeshi|Rukhsana Begum]] present. "
            "[[name:bangladeshi|Amina]] was not at home; mother said she was 'at a friend's'. "
            "Older brother [[name:bangladeshi|Shahidul Islam]] said [[name:nickname|Mina]] has a "
            "new phone and is collected from school by men in a black taxi. He gave the taxi "
            "plate as [[id:vrm|OY13 FTD]].",
            "15/02/2015 09:10 Strategy discussion with {{keep:agency|Greater Manchester Police}} "
            "(PS [[name:white_british|Gary Whitworth]]) and school nurse "
            "[[name:white_british|Lindsay Crabtree]]. Agreed: CSE risk assessment, referral to "
            "{{keep:agency|Barnardo's}} and the {{keep:agency|NSPCC}} helpline details given to "
            "mother.",
            "17/02/2015 Amina seen at school. She said her 'boyfriend' is called "
            "[[name:kurdish|Hemin]] and that he is 24. She showed a Snapchat account "
            "[[id:handle|@mina_xo_2000]]. Information shared with the CSE team. Amina's GP is at "
            "the {{keep:place|Royton}} Health Centre.",
            "Worker: [[name:white_british|Joanne Pickersgill]], Social Worker, Oldham MASH.",
        ],
    },
    {
        "id": "strategy_minutes",
        "style": "minutes",
        "font": "Helvetica",
        "blocks": [
            "MINUTES OF A SECTION 47 STRATEGY MEETING - CONFIDENTIAL",
            "Date: 3 June 2014   Venue: Riverside House, {{keep:place|Rotherham}}",
            "Present: [[name:white_british|Janet Ellis]] (Chair, {{keep:agency|Rotherham "
            "Metropolitan Borough Council}}); DS [[name:white_british|Mark Loftus]] "
            "({{keep:agency|South Yorkshire Police}}); [[name:irish|Siobhan Gallagher]] (Health, "
            "{{keep:agency|Rotherham NHS Foundation Trust}}); [[name:somali|Hodan Warsame]] "
            "(Youth Offending Team); [[name:white_british|Bill Thornton]] (Education).",
            "Apologies: [[name:pakistani|Imran Aslam]] ({{keep:agency|Crown Prosecution Service}}).",
            "1. Young person A - [[name:eastern_european|Roxana Dumitru]], aged 13. Roxana "
            "arrived from {{keep:place|Romania}} in 2012 with her mother "
            "[[name:eastern_european|Elena Dumitru]]. She has been reported missing six times since "
            "March. On each return she was found near the {{keep:place|Eastwood}} area with "
            "older males including a man known as [[name:nickname|Dodge]] and "
            "[[name:kurdish|Karwan Aziz]].",
            "DS [[name:white_british|Loftus]] said intelligence links "
            "[[name:kurdish|Aziz]] to a car wash on Fitzwilliam Road and to "
            "[[name:afghan|Mirwais Stanekzai]], who holds a taxi licence. Roxana's friend "
            "[[name:eastern_european|Denisa Horvath]] (15) may also be at risk.",
            "2. Young person B - [[name:word|Faith Okonkwo]], aged 14. [[name:word|Faith]] "
            "disclosed to her teacher that an adult she calls [[name:nickname|Uncle T]] gave her "
            "alcohol. Faith's mother [[name:african|Ngozi Okonkwo]] is supportive. Faith's NHS "
            "number is [[id:nhs|429 040 4790]].",
            "Actions: {{keep:word|mark}} the file as CSE; [[name:white_british|Janet Ellis]] to "
            "inform the {{keep:agency|Local Safeguarding Children Board}}; police to consider an "
            "abduction notice. Next meeting 17 June 2014. Minutes: "
            "[[name:white_british|Rose Pickering]].",
        ],
    },
    {
        "id": "council_email",
        "style": "email",
        "font": "Helvetica",
        "blocks": [
            "From: [[name:white_british|Sarah Lumb]] <[[id:email|sarah.lumb@rotherham.gov.uk]]>",
            "Sent: 09 October 2013 17:02",
            "To: [[name:pakistani|Zahid Qureshi]] <[[id:email|zahid.qureshi@southyorks.pnn."
            "police.uk]]>",
            "Cc: [[name:white_british|Derek Holroyd]]",
            "Subject: RE: Young person - concerns re taxi drivers",
            "Zahid,",
            "Further to our call, I attach the list of vehicles seen outside the Lighthouse "
            "children's home. The girl who spoke to staff, [[name:word|Hope Whitaker]], says "
            "[[name:word|Hope]]'s older sister's partner [[name:white_british|Liam Kershaw]] "
            "introduced her to the drivers. The plates were [[id:vrm|T419 NBX]] and "
            "[[id:vrm|ABC 123D]]. [[name:word|Hope]] also mentioned a man called "
            "[[name:afghan|Khalid Popal]] who runs the Kabul Kebab shop.",
            "Her mother can be contacted on [[id:phone|0114 496 0732]]. I have {{keep:word|hope}} "
            "we can discuss at the {{keep:agency|Local Safeguarding Children Board}} next week. "
            "{{keep:public_figure|Professor Alexis Jay}}'s team may ask for this later.",
            "Kind regards",
            "[[name:white_british|Sarah Lumb]]",
            "Team Manager, Child Sexual Exploitation Team",
            "{{keep:agency|Rotherham Metropolitan Borough Council}} | Riverside House | "
            "Tel: [[id:phone|01709 496123]]",
        ],
    },
    {
        "id": "interview_transcript",
        "style": "transcript",
        "font": "Courier",
        "blocks": [
            "RECORD OF TAPED INTERVIEW - ABE (Achieving Best Evidence)",
            "Interviewer: DC [[name:white_british|Claire Sutcliffe]]   Interviewee: "
            "[[name:eastern_european|Roxana Dumitru]]",
            "DC: Can you tell me who was in the car?",
            "RD: [[name:kurdish|Karwan]] was driving. And [[name:nickname|Dodge]]. And another "
            "one, [[name:afghan|Wali]], but I don't know his other name.",
            "DC: Did anyone else know where you were?",
            "RD: Only [[name:eastern_european|Denisa]]. She messaged me on Instagram, her "
            "username is [[id:handle|denisa.h.07]]. My snapchat is [[id:handle|roxy_d_01]].",
            "DC: You mentioned a house. Where was it?",
            "RD: [[id:address|64 Doncaster Gate]]. [[name:kurdish|Karwan]]'s cousin "
            "[[name:kurdish|Rebwar]] lived there with a girl called [[name:word|Amber]].",
            "DC: What did [[name:kurdish|Rebwar]] do?",
            "RD: He took my phone. He said if I told {{keep:agency|Social Services}} he would "
            "hurt my mum. My mum's number is [[id:phone|07700 900214]].",
            "DC: Thank you. The time is 15:42 and I am stopping the recording.",
        ],
    },
    {
        "id": "nominal_table",
        "style": "table",
        "font": "Helvetica",
        "blocks": [
            "OPERATION CLOVER - NOMINALS (RESTRICTED)",
            {
                "rows": [
                    ["Name", "DOB", "Address", "Phone"],
                    [
                        "[[name:pakistani|Arshid Hussain]]",
                        "[[id:dob|14/07/1976]]",
                        "[[id:address|12 Godstone Road]]",
                        "[[id:phone|07700 900155]]",
                    ],
                    [
                        "[[name:pakistani|Qurban Ali]]",
                        "[[id:dob|02/01/1971]]",
                        "[[id:address|5 Mansfield Road]]",
                        "[[id:phone|07700 900932]]",
                    ],
                    [
                        "[[name:kurdish|Karwan Aziz]]",
                        "[[id:dob|30/09/1988]]",
                        "[[id:address|41 Fitzwilliam Road]]",
                        "[[id:phone|07700 900377]]",
                    ],
                    [
                        "[[name:afghan|Mirwais Stanekzai]]",
                        "[[id:dob|11/11/1984]]",
                        "[[id:address|8 Wharncliffe Street]]",
                        "[[id:phone|07700 900590]]",
                    ],
                    [
                        "[[name:eastern_european|Tomasz Kowalczyk]]",
                        "[[id:dob|25/04/1990]]",
                        "[[id:address|3 Kimberworth Road]]",
                        "[[id:phone|07700 900843]]",
                    ],
                ]
            },
            "Victim: [[name:irish|Shannon O'Driscoll]], NI number [[id:ni|JT 48 21 73 B]], "
            "bank sort code [[id:bank|20-45-77]] account no. [[id:bank|53118842]].",
            "Source: {{keep:agency|National Crime Agency}} briefing to "
            "{{keep:agency|South Yorkshire Police}}, reviewed by "
            "{{keep:agency|Independent Office for Police Conduct}}.",
        ],
    },
    {
        "id": "scanned_letter",
        "style": "scan",
        "font": "Courier",
        "blocks": [
            "Dear Sir,",
            "I am writing about my daughter [[name:irish|Shannon O'Driscoll]]. On Friday "
            "[[name:pakistani|Sajid Mahmood]] came to our house at [[id:address|15 Fenton "
            "Road]] and took her in his car. I rang {{keep:agency|South Yorkshire Police}} on "
            "the night and spoke to PC [[name:white_british|Andrew Bottomley]] "
            "([[id:collar|PC 1178]]) but nobody came.",
            "Shannon's friend [[name:white_british|Kayleigh]] was with her. My number is "
            "[[id:phone|07700 900604]]. Please do something.",
            "Yours faithfully, [[name:irish|Mary O'Driscoll]]",
        ],
    },
    {
        "id": "review_extract",
        "style": "notes",
        "font": "Times-Roman",
        "blocks": [
            "SERIOUS CASE REVIEW - EXTRACT OF CHRONOLOGY",
            "The review was commissioned by the {{keep:agency|Home Office}} and the "
            "{{keep:agency|Department for Education}} following the report by "
            "{{keep:public_figure|Professor Alexis Jay}}. "
            "{{keep:public_figure|Sarah Champion}} MP raised the matter in the House of Commons.",
            "Child C ([[name:somali|Ayan Mohamud]], then 14) was placed with foster carer "
            "[[name:white_british|Linda Ackroyd]] in {{keep:place|Sheffield}}. Ayan's aunt "
            "[[name:somali|Sahra Abdi]] told {{keep:agency|Ofsted}} inspectors that men including "
            "[[name:somali|Guled Farah]] and [[name:arab|Tarek Haddad]] collected Ayan from the "
            "placement. [[name:somali|Farah]]'s phone ([[id:phone|07700 900318]]) was seized.",
            "Ayan was known to {{keep:agency|Sheffield Teaching Hospitals NHS Foundation Trust}} "
            "(NHS number [[id:nhs|466 972 5106]]). Her Instagram handle was "
            "[[id:handle|@ayan.m.2004]].",
            "Child D ([[name:eastern_european|Kasia Wiśniewska]], 15) and her brother "
            "[[name:eastern_european|Jakub]] lived at [[id:address|22 Staniforth Road]], "
            "{{keep:place|Sheffield}} [[id:postcode|S9 3FU]]. [[name:eastern_european|Kasia]] "
            "disclosed abuse by a man known as [[name:nickname|Mo]] and by "
            "[[name:bangladeshi|Abdul Rahman]].",
            "The review makes 14 recommendations to the {{keep:agency|National Police Chiefs' "
            "Council}} and {{keep:agency|Sheffield City Council}}. The {{keep:word|rose}} garden "
            "at the home was a place the girls felt safe; staff would {{keep:word|bill}} the "
            "council for trips.",
        ],
    },
]
