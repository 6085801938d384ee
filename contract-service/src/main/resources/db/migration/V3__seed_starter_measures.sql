-- The starter measures catalogue (åtgärdskatalog, DESIGN.md §2.3): remediation measures that research or proven
-- experience shows to work, linked to the requirements (Kolada KPI ids, DESIGN.md §4b) they address. A contract
-- for a breach is pre-filled from the measures linked to its breached requirements.
--
-- Every entry names its source in evidence: a Socialstyrelsen publication or regulation, an SBU, Vårdanalys,
-- Riksrevisionen or IVO report, SKR material, a peer-reviewed study or a documented municipal practice.
-- Paragraph references to socialtjänstlagen (2001:453) are as the sources cite them; that law was replaced by
-- socialtjänstlagen (2025:400) from 1 July 2025.
--
-- estimated_cost is an estimate in 2025 SEK for one unit over one year, before any state grant, and each
-- description ends with how it was reached. Reference units: a home-care group of about 40 staff and 80 users;
-- a nursing home of about 40 residents and 40 staff; a child-investigation unit of about 10 social workers; a
-- financial-assistance unit of about 8 case officers. Staff costs per FTE-year including social fees and pension:
-- undersköterska SEK 520,000, coordinator or specialist SEK 650,000, social worker SEK 680,000, first-line manager
-- SEK 800,000; per worked hour SEK 325 (undersköterska) and SEK 425 (social worker).
--
-- This is a starting point only: agency officers extend the catalogue through POST /api/v1/measures.

-- Elderly care

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'ELD-CONTINUITY-TEAMS',
    'Small fixed home-care teams with continuity-first scheduling',
    'The unit splits its home-care staff into fixed teams of 6-8 people, each serving a fixed group of users in '
    || 'one area. Schedules are built so that a user''s visits go to the own team first, each team has its own '
    || 'named substitutes, and staff are not moved between areas to fill gaps. A planner follows the number of '
    || 'different staff each user met in the last 14 days (the Kolada U21401 method) every month and reviews every '
    || 'user above the target with the team. Estimate: 0.5 FTE planner for 12 months at SEK 650,000 per FTE-year '
    || '(SEK 325,000), SEK 50,000 to reconfigure the scheduling system, and 4 hours of team workshops for 40 staff at '
    || 'SEK 325 per hour (SEK 52,000).',
    'Prop. 2021/22:116 En fast omsorgskontakt i hemtjänsten (Regeringen, 2022) and SOU 2020:70 Fast omsorgskontakt '
    || 'i hemtjänsten (2020): the fixed care contact shall meet the user''s need for security and continuity. SOU '
    || '2020:80 Äldreomsorgen under pandemin (Coronakommissionen, 2020) on staff turnover and hourly-paid staff as '
    || 'structural weaknesses, after which the Riksdag funded fewer hourly employments and more staff continuity (bet. '
    || '2020/21:FiU46). Indicator: Kolada U21401, mean number of staff a home-care user with at least two daily '
    || 'visits meets in 14 days.',
    427000.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'ELD-FIXED-CARE-CONTACT',
    'A fixed care contact for every home-care user',
    'Every home-care user is offered a named fixed care contact (fast omsorgskontakt) who is an undersköterska. '
    || 'The contact makes the first visit, writes the care plan (genomförandeplan) with the user, carries out most '
    || 'of the personal-care visits, and meets the user and, if the user wishes, relatives every quarter to follow '
    || 'up. The unit keeps a list of users without a contact and closes the gaps within a month. Estimate: 80 users '
    || 'x (4 one-hour follow-ups + 2 hours of planning) = 480 hours at SEK 325 (SEK 156,000), plus 4 hours of '
    || 'training for 20 contacts at SEK 325 (SEK 26,000).',
    '4 kap. 2 b § and 3 kap. 3 d § socialtjänstlagen (2001:453), introduced by prop. 2021/22:116 En fast '
    || 'omsorgskontakt i hemtjänsten (Regeringen, 2022): a home-care user shall be offered a fixed care contact who '
    || 'meets the need for security, continuity, individualised care and coordination; from 1 July 2023 the contact '
    || 'must hold the protected title undersköterska. Background: SOU 2020:70 Fast omsorgskontakt i hemtjänsten '
    || '(2020).',
    182000.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'ELD-FULL-TIME-SCHEDULING',
    'Full time as the norm, no split shifts, fewer hourly-paid staff',
    'The unit offers every part-time employee full time, fills absences from its own permanent staff pool '
    || 'instead of hourly-paid substitutes, and redesigns the schedule with staff and the safety representative so '
    || 'that split shifts disappear. It reports monthly the share of hours worked by hourly-paid staff and the staff '
    || 'turnover. Estimate: net 0.8 FTE of extra paid hours during the transition after fewer hourly substitutes, '
    || 'at SEK 520,000 per FTE-year (SEK 416,000), plus 0.2 FTE HR and scheduling support at SEK 650,000 (SEK '
    || '130,000).',
    'Heltidsresan, the joint development project of SKR and Kommunal 2016-2024 (heltid.nu), building on their 2016 '
    || 'central agreement on full time as the norm: more full-time work gives better conditions for continuity and '
    || 'quality and lowers recruitment needs. AFS 2015:4 Organisatorisk och social arbetsmiljö (Arbetsmiljöverket, '
    || '2015): the employer shall prevent unhealthy workload and consider how working hours, such as split shifts, '
    || 'affect health. The Riksdag funded fewer hourly employments and more staff continuity in elderly care in 2021 '
    || '(bet. 2020/21:FiU46).',
    546000.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'ELD-DIFFERENTIATED-TASKS',
    'Separate service tasks from personal care in home care',
    'The unit lets a small group of service staff take cleaning, laundry and shopping, so that undersköterskor '
    || 'concentrate on personal care and can use their training. Service staff belong to the same area teams as '
    || 'the care staff, so that the number of different people a user meets does not grow, and service and care '
    || 'are planned together for each user. Estimate: 0.25 FTE first-line manager as project lead for 12 months at '
    || 'SEK 800,000 per FTE-year (SEK 200,000) and 8 hours of training for 8 service staff at SEK 325 per hour (SEK '
    || '20,800).',
    'Dela på arbetet – Om differentierade arbetsuppgifter i hemtjänsten, Rapport 2023:3 (Myndigheten för vård- och '
    || 'omsorgsanalys, 2023): a well-implemented differentiation of tasks can strengthen home care''s staff supply and '
    || 'make it a more attractive workplace, provided service and care are coordinated into a whole for the user and '
    || 'staff have the right competence.',
    220800.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'ELD-UNDERSKOTERSKA-TRAINING',
    'Train care staff to undersköterska on paid working time',
    'The unit lets care staff without the undersköterska qualification take the upper-secondary vocational package '
    || 'for undersköterska on paid working time, with a named supervisor at the workplace, and offers those who '
    || 'complete it a permanent full-time post. Estimate: 2 employees studying half time for 12 months, replaced by '
    || '1.0 FTE at SEK 520,000 per FTE-year (SEK 520,000), plus SEK 5,000 of course material each (SEK 10,000).',
    'Äldreomsorgslyftet (government grant administered by Socialstyrelsen, 2020-2023): staff in municipally '
    || 'financed elderly care trained to vårdbiträde or undersköterska on paid working time; SKR and Kommunal '
    || 'agreed to offer participants permanent full-time employment. Undersköterska is a protected title from 1 July '
    || '2023 (4 kap. 5 a § patientsäkerhetslagen (2010:659), prop. 2021/22:116), and only an undersköterska may be a '
    || 'fixed care contact in home care.',
    530000.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'ELD-PERSON-CENTRED-CARE',
    'Person-centred care programme in the nursing home',
    'All staff at the nursing home take a training programme in person-centred care; each resident gets a written '
    || 'life story and care plan built on it, made with the resident and relatives; a trained staff member leads a '
    || 'weekly reflection meeting where staff go through one resident''s day and agree changes. The unit measures '
    || 'person-centredness with staff before and after 12 months. Estimate: 8 hours of training for 40 staff at SEK '
    || '325 per hour (SEK 104,000), an external trainer (SEK 40,000), and 0.2 FTE facilitator at SEK 520,000 per '
    || 'FTE-year (SEK 104,000).',
    'Nationella riktlinjer för vård och omsorg vid demenssjukdom – stöd för styrning och ledning (Socialstyrelsen, '
    || '2017, art.nr 2017-12-2): care should be given with a person-centred approach. Edvardsson D, Sandman PO, '
    || 'Borell L. Implementing national guidelines for person-centered care of people with dementia in residential '
    || 'aged care: effects on perceived person-centeredness, staff strain, and stress of conscience. International '
    || 'Psychogeriatrics 2014;26(7):1171-1179: more person-centred care and less staff stress of conscience at 12 '
    || 'months.',
    248000.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'ELD-MEALS-AND-NUTRITION',
    'Meals, meal environment and nutrition routine in the nursing home',
    'The nursing home assesses every resident''s risk of undernutrition on arrival and every six months, spreads '
    || 'meals over the day with a late evening meal so that the overnight fast is short, lets residents choose '
    || 'between dishes and when to eat, and gives meals a calm, staffed setting where staff sit with the residents. '
    || 'Estimate: 0.2 FTE undersköterska for the evening meal and meal support at SEK 520,000 per FTE-year (SEK '
    || '104,000), 40 hours of dietitian advice at SEK 900 (SEK 36,000) and SEK 30,000 for tableware and furnishing.',
    'Att förebygga och behandla undernäring – kunskapsstöd i hälso- och sjukvård och socialtjänst (Socialstyrelsen, '
    || '2019, art.nr 2019-5-6) and SOSFS 2014:10 Socialstyrelsens föreskrifter och allmänna råd om förebyggande av '
    || 'och behandling vid undernäring: routines to prevent, detect and treat undernutrition in social services and '
    || 'health care.',
    170000.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'ELD-USER-SURVEY-FOLLOW-UP',
    'Improve on the unit''s own user-survey results',
    'The unit goes through its own results in the national survey of older people''s views with all staff, picks '
    || 'at most three areas where it is weakest (for example treatment, influence over when help is given, being '
    || 'informed of changes), agrees concrete changes with users and relatives in dialogue meetings, and checks '
    || 'progress with a short local follow-up survey after six months. Estimate: 0.1 FTE quality developer at SEK '
    || '650,000 per FTE-year (SEK 65,000), 6 hours of workshops for 40 staff at SEK 325 per hour (SEK 78,000) and a '
    || 'local follow-up survey (SEK 15,000).',
    'Vad tycker de äldre om äldreomsorgen? (Socialstyrelsen, annual national survey of people 65+ with home care '
    || 'or in nursing homes; results per unit, intended mainly for development and follow-up at unit level). SOSFS '
    || '2011:9 Ledningssystem för systematiskt kvalitetsarbete (Socialstyrelsen). Kazemi A, Kajonius P. Variations '
    || 'in user-oriented elderly care: a multilevel approach. International Journal of Quality and Service Sciences '
    || '2017: in national survey data from 78,538 respondents, how care workers behave towards the older person '
    || 'explained satisfaction far more than the municipality did.',
    158000.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'ELD-PLACEMENT-COORDINATION',
    'Central coordination of nursing-home places',
    'The municipality gives one placement coordinator a daily list of every vacant nursing-home place and every '
    || 'person granted one, offers the first suitable vacancy at once, sets a target of re-letting a room within '
    || 'seven days of it falling vacant, offers a short-term place to anyone waiting at risk, and forecasts demand '
    || 'each quarter so that places are added before queues form. Decisions not carried out within three months are '
    || 'reported to IVO as the law requires. Estimate: 0.5 FTE coordinator at SEK 650,000 per FTE-year (SEK '
    || '325,000) and SEK 30,000 to set up the vacancy and waiting list.',
    'Ej verkställda beslut – rapporteringsskyldighet och särskild avgift i SoL och LSS, RiR 2019:23 '
    || '(Riksrevisionen, 2019) and Hur länge ska man behöva vänta? (IVO, 2014): decisions not executed within three '
    || 'months must be reported to IVO, which may apply for a special fee for unreasonable waits. Indicator: Kolada '
    || 'U23401, mean days from the application to the offered moving-in date.',
    355000.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

-- Children and youth

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'CY-BBIC-INVESTIGATION-PLAN',
    'Structured child investigations with BBIC and a dated plan',
    'Every case officer has BBIC basic training. Each investigation starts with a written investigation plan '
    || 'that dates the conversations with the child, the parents and other sources and the planned decision; the '
    || 'team leader reviews all open investigations weekly against the four-month limit, and any extension is '
    || 'decided with reasons before the limit passes. Estimate: BBIC basic training for 4 officers, 24 hours each at '
    || 'SEK 425 per hour (SEK 40,800), and 0.2 FTE team leader for weekly case review at SEK 800,000 per FTE-year '
    || '(SEK 160,000).',
    'Grundbok i BBIC – Barns behov i centrum, reviderad utgåva 2018 (Socialstyrelsen, art.nr 2018-10-20): structure '
    || 'for investigation, planning and follow-up; a BBIC licence and basic training are required. 11 kap. 2 § '
    || 'socialtjänstlagen (2001:453): a child investigation shall be conducted promptly and completed within four '
    || 'months; JO has criticised committees for circumventing the limit (JO dnr 2565-2016). SOSFS 2014:5 '
    || '(Socialstyrelsen) on documentation under SoL, LVU, LVM and LSS.',
    200800.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'CY-INTAKE-TEAM',
    'A dedicated intake team for reports about children',
    'A separate intake (mottagning) team receives all reports and applications, makes the protection assessment '
    || 'the same day, and decides within 14 days whether to open an investigation, so that investigators start '
    || 'each case with the protection assessment, the pre-assessment and the first contacts done. Estimate: 1.0 FTE '
    || 'social worker at SEK 680,000 per FTE-year (SEK 680,000) and SEK 20,000 for routines and templates.',
    '11 kap. 1 a § socialtjänstlagen (2001:453), in force since 1 January 2013: an immediate protection assessment '
    || 'when a report comes in, and a decision on whether to open an investigation within 14 days. Socialstyrelsen, '
    || 'Kunskapsguiden theme Handläggning och dokumentation med barnet i centrum, on the steps from report to '
    || 'investigation. Proven experience: many municipalities run intake as its own group.',
    700000.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'CY-CASELOAD-CEILING',
    'A caseload ceiling and added capacity to clear the backlog',
    'The unit agrees a ceiling on open investigations per case officer with the staff and the safety '
    || 'representative, reviews each officer''s caseload every week, and adds a permanently employed investigator '
    || '(not a hired consultant) for a year to bring the backlog under the ceiling; new cases are allocated only '
    || 'within it. Estimate: 1.0 FTE social worker for 12 months at SEK 680,000 per FTE-year.',
    'AFS 2015:4 Organisatorisk och social arbetsmiljö (Arbetsmiljöverket, 2015): the employer shall ensure that '
    || 'demands do not exceed resources over time. SBU-rapport 223 Arbetsmiljöns betydelse för symtom på depression '
    || 'och utmattningssyndrom (SBU, 2014): high demands with low control, and low support, go with more depressive '
    || 'and exhaustion symptoms. Tham P. Why are they leaving? Factors affecting intention to leave among social '
    || 'workers in child welfare. British Journal of Social Work 2007;37(7):1225-1246.',
    680000.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'CY-INTRODUCTION-YEAR',
    'A structured first year for newly qualified social workers',
    'Every newly employed social worker follows a one-year introduction: Socialstyrelsen''s professional '
    || 'introduction modules, a named experienced mentor for two hours a week, a reduced caseload for the first six '
    || 'months, and no sole responsibility for the most complex cases in the first year, so that new staff stay '
    || 'beyond the year of experience the indicator counts. Estimate: mentoring 3 newcomers x 2 hours x 44 weeks '
    || '= 264 hours at SEK 425 (SEK 112,200), reduced caseload 3 x 0.25 FTE x 6 months = 0.375 FTE-year at SEK '
    || '680,000 (SEK 255,000), and regional course fees 3 x SEK 10,000.',
    'Yrkesintroduktion för socialtjänstens barn- och ungdomsvård (Socialstyrelsen, Kunskapsguiden); SKR on '
    || 'introduction programmes run jointly by the counties (skr.se, 2023). Socialstyrelsen''s former general advice '
    || 'SOSFS 2006:14 recommended a social-work degree, at least one year of experience and planned introduction and '
    || 'support; current qualification rules: 3 kap. 3 a § socialtjänstlagen (2001:453) and HSLF-FS 2017:79 '
    || '(Socialstyrelsen). Socialt arbete med barn och unga i utsatta situationer – förslag till '
    || 'kompetensbeskrivningar (Socialstyrelsen, 2004).',
    397200.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'CY-RETENTION-PACKAGE',
    'Keep experienced child-welfare social workers',
    'The unit introduces a career step with a pay supplement for experienced investigators, monthly external '
    || 'professional supervision for the team, a 7.5-credit course for three staff a year, and an exit interview '
    || 'with everyone who leaves, reported to the board; hired consultants are replaced by permanent staff as posts '
    || 'are filled. Estimate: supervision 11 sessions x 2 hours at SEK 2,500 (SEK 55,000), a supplement of SEK 2,000 '
    || 'a month for 4 staff incl. 41 % social fees (SEK 135,360) and course fees 3 x SEK 15,000.',
    'Tham P. Why are they leaving? Factors affecting intention to leave among social workers in child welfare. '
    || 'British Journal of Social Work 2007;37(7):1225-1246: of 309 child-welfare social workers in Stockholm '
    || 'County, 48 % intended to leave; lack of human-resource orientation (recognition, care for staff health) was '
    || 'the strongest predictor. SKL action plan Stärkt skydd för barn och unga – handlingsplan för den sociala '
    || 'barn- och ungdomsvården (SKL, 2016): staff supply and competence development are municipalities'' first '
    || 'priority. SBU-rapport 223 (SBU, 2014) on support at work.',
    235360.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

-- Financial assistance

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'FA-DIGITAL-APPLICATION',
    'Digital application with automated preparation of decisions',
    'The unit opens an e-service for first and repeat applications for financial assistance, fetches income and '
    || 'benefit data electronically, and lets a rule-based process check the application and calculate the norm so '
    || 'that the decision, taken under the municipality''s delegation rules, can normally be made the next working '
    || 'day; staff time freed goes to meetings on the way to self-support. Estimate: SEK 250,000 for e-service and '
    || 'automation licences and integration in the first year, 0.25 FTE process owner at SEK 650,000 per FTE-year '
    || '(SEK 162,500), and 8 hours of training for 8 officers at SEK 425 per hour (SEK 27,200).',
    'Documented municipal practice: Trelleborg kommun, arbetsmarknadsförvaltningen, e-application for ekonomiskt '
    || 'bistånd since 2015 and automated handling from 2017 under the goal Beslut i morgon; decisions normally the '
    || 'next working day instead of 7-9 days with paper applications (Digitaliseringsguiden case Digitalisera process '
    || 'för ekonomiskt bistånd; OECD Observatory of Public Sector Innovation case study); the e-service won '
    || 'Guldlänken 2017.',
    439700.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'FA-SSBTEK',
    'Fetch applicants'' data from state agencies through SSBTEK',
    'The unit connects its case system to SSBTEK so that case officers get data on benefits, income, studies and '
    || 'registration at the employment service directly in the case, instead of asking the applicant for papers '
    || 'and waiting for them; routines state which checks are made on every application. Estimate: SEK 60,000 '
    || 'one-off integration by the case-system vendor, SEK 25,000 annual service fee, and 4 hours of training for 8 '
    || 'officers at SEK 425 per hour (SEK 13,600).',
    'SSBTEK (Sammansatt bastjänst ekonomiskt bistånd), in operation since May 2014, run by Försäkringskassan and '
    || 'managed by SKR on the municipalities'' behalf: data from Försäkringskassan, Skatteverket, CSN, '
    || 'Arbetsförmedlingen, Pensionsmyndigheten, the unemployment funds and others in the case system. Utvärdering '
    || 'SSBTEK (SKL, March 2019, carried out by PwC) on its effect on handling times and time savings.',
    98600.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure (code, title, description, evidence, estimated_cost, created_at, created_by) values (
    'FA-FAST-INTAKE',
    'Fast intake: a first meeting within five working days',
    'The unit offers every new applicant a first meeting within five working days, gives a checklist of the '
    || 'documents needed at the first contact (in the main languages of the area), and lets an intake officer '
    || 'complete the application at that meeting so that the decision follows without a second round of requests. '
    || 'Estimate: 0.5 FTE intake officer at SEK 680,000 per FTE-year (SEK 340,000) and SEK 15,000 for information '
    || 'material and translation.',
    'Ekonomiskt bistånd – handbok för socialtjänsten (Socialstyrelsen, 2013, revised 2021) and SOSFS 2013:1 '
    || 'Socialstyrelsens allmänna råd om ekonomiskt bistånd: the handling process from application to decision. '
    || 'Öppna jämförelser 2019 – ekonomiskt bistånd (Socialstyrelsen, reported by SKR 2019): 87 % of municipalities '
    || 'had waits under 14 days to a first visit, so short intake times are achievable.',
    355000.00, timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');

insert into measure_requirement (measure_code, requirement_code) values
    ('ELD-CONTINUITY-TEAMS', 'U21401'),
    ('ELD-CONTINUITY-TEAMS', 'U21468'),
    ('ELD-FIXED-CARE-CONTACT', 'U21468'),
    ('ELD-FIXED-CARE-CONTACT', 'U21401'),
    ('ELD-FULL-TIME-SCHEDULING', 'N00216'),
    ('ELD-FULL-TIME-SCHEDULING', 'U21401'),
    ('ELD-DIFFERENTIATED-TASKS', 'N00216'),
    ('ELD-UNDERSKOTERSKA-TRAINING', 'N00216'),
    ('ELD-UNDERSKOTERSKA-TRAINING', 'U23471'),
    ('ELD-UNDERSKOTERSKA-TRAINING', 'U21468'),
    ('ELD-PERSON-CENTRED-CARE', 'U23471'),
    ('ELD-PERSON-CENTRED-CARE', 'N00216'),
    ('ELD-MEALS-AND-NUTRITION', 'U23471'),
    ('ELD-USER-SURVEY-FOLLOW-UP', 'U21468'),
    ('ELD-USER-SURVEY-FOLLOW-UP', 'U23471'),
    ('ELD-PLACEMENT-COORDINATION', 'U23401'),
    ('CY-BBIC-INVESTIGATION-PLAN', 'U33401'),
    ('CY-INTAKE-TEAM', 'U33401'),
    ('CY-CASELOAD-CEILING', 'U33401'),
    ('CY-CASELOAD-CEILING', 'N00216'),
    ('CY-INTRODUCTION-YEAR', 'U33816'),
    ('CY-INTRODUCTION-YEAR', 'N00216'),
    ('CY-RETENTION-PACKAGE', 'U33816'),
    ('CY-RETENTION-PACKAGE', 'N00216'),
    ('FA-DIGITAL-APPLICATION', 'U31402'),
    ('FA-SSBTEK', 'U31402'),
    ('FA-FAST-INTAKE', 'U31402');
