-- The starter requirement catalogue (nationella kvalitetskrav, DESIGN.md §1 and §2.2), shipped as data so that
-- results can be judged from the first day. Codes that are Kolada KPI ids (DESIGN.md §4b) use Kolada's definition,
-- applied to the unit; codes starting with CY- are our own structural requirements for social work with children,
-- reported by principals. contract-service's V3 links remediation measures to the Kolada codes, so they must not
-- change.
--
-- Every threshold states its basis: a legal limit, a national figure with its source and year, or, where no source
-- sets a figure, plainly a policy choice of this catalogue and what it is anchored to. A policy threshold marks a
-- result clearly weaker than the national level rather than the national average, so that a unit at about the
-- national level meets it; CY-TIME-WITH-CHILD is the one set at the level found nationally, which the reform means
-- to raise. National figures are quoted as their sources give them, not recomputed.
--
-- The minimum sample size is the n a result must carry to be judged (respondents, closed investigations, decisions,
-- staff); below it, or without n, the outcome is INSUFFICIENT_DATA.
--
-- None is critical. Each is a yearly or half-yearly figure over many users or staff: a miss shows a shortcoming that a
-- quality contract with remediation measures is meant to fix, not by itself a risk to someone's health, and a
-- critical miss would skip the contract and the measures linked to it. Health risks in a unit come to the
-- supervisory authority through an agency officer's decision (POST /api/v1/health-risks).
--
-- Requirements are never deleted: one is retired by a validity end (valid_to on its latest threshold version,
-- POST /api/v1/requirements/{code}/retire), and results before it keep their judgements. Agency officers change a
-- threshold through POST /api/v1/requirements/{code}/versions with its own basis; it applies from its valid_from,
-- and results already judged keep the version they were judged against.
--
-- Paragraph references to socialtjänstlagen (2001:453) are as the cited sources give them; that law was replaced by
-- a new socialtjänstlag from 1 July 2025 (prop. 2024/25:89, bet. 2024/25:SoU23).

-- Elderly care

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('U21401',
        'Home-care continuity: staff a home-care user 65+ with two or more daily visits meets in 14 days (mean)',
        'ELDERLY_CARE', 'COUNT', 'LOWER_IS_BETTER', 'YEAR', false, 1.000, 'Kolada U21401',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('U21401', 1, 18.000, 5, date '2024-01-01', null,
        'Policy choice, set clearly weaker than the national level. Kolada U21401 is the mean number of different '
        || 'staff a home-care user 65+ with at least two visits a day meets in 14 days. National level: 14.9 in 2021, '
        || 'the highest in the series, against 12.8 in 2010 (Infostat, from Kolada; not every municipality reports); '
        || 'about 15 in 2016 (Nyhetsbyrån Siren, from Kolada). 18 is a fifth above that level and below the 20 staff '
        || 'that Kolada uses for the extreme cases (U21436, share of users meeting more than 20). Minimum 5 users '
        || 'measured.');

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('U21468',
        'Home-care user satisfaction: users 65+ satisfied overall with their home care (%)',
        'ELDERLY_CARE', 'PERCENT', 'HIGHER_IS_BETTER', 'YEAR', false, 1.000,
        'Kolada U21468; Socialstyrelsen, Vad tycker de äldre om äldreomsorgen?',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('U21468', 1, 80.000, 10, date '2024-01-01', null,
        'Policy choice anchored to the national survey. Vad tycker de äldre om äldreomsorgen? 2018 (Socialstyrelsen): '
        || 'nationally 88 % of home-care users 65+ were satisfied overall, and municipalities ranged from 77 % to '
        || '92 %. 80 % is eight points below the national level, near the weakest municipalities, so a unit at about '
        || 'the national level meets it. Minimum 10 respondents: from fewer answers one reply moves a unit''s share '
        || 'too much.');

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('U23471',
        'Nursing-home user satisfaction: residents 65+ satisfied overall with their nursing home (%)',
        'ELDERLY_CARE', 'PERCENT', 'HIGHER_IS_BETTER', 'YEAR', false, 1.000,
        'Kolada U23471; Socialstyrelsen, Vad tycker de äldre om äldreomsorgen?',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('U23471', 1, 75.000, 10, date '2024-01-01', null,
        'Policy choice anchored to the national survey. Vad tycker de äldre om äldreomsorgen? 2018 (Socialstyrelsen): '
        || 'nationally 81 % of nursing-home residents 65+ were satisfied overall, and municipalities ranged from 67 % '
        || 'to 100 %. 75 % (three in four) is six points below the national level, so a unit at about the national '
        || 'level meets it. Minimum 10 respondents, as for home care.');

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('U23401',
        'Days from the application to the first offered moving-in date in a nursing home, people 65+ (mean)',
        'ELDERLY_CARE', 'DAYS', 'LOWER_IS_BETTER', 'YEAR', false, 1.000, 'Kolada U23401',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('U23401', 1, 90.000, 5, date '2024-01-01', null,
        'Legal anchor: a municipality must report to IVO every decision under socialtjänstlagen not executed within '
        || 'three months, and IVO may apply for a special fee (särskild avgift) when the wait is unreasonable (RiR '
        || '2019:23; IVO). IVO stresses that three months is only the reporting limit and decisions are to be '
        || 'executed promptly, so 90 days is the outer bound for the mean, not a permitted wait. National mean of '
        || 'U23401: 57 days in 2016 and 2017, 53 in 2018, 68 in 2019 (Öppna jämförelser 2020, Socialstyrelsen, as '
        || 'reported by Senioren; not all municipalities report). U23401 counts from the application, so it includes '
        || 'the time to the decision. Minimum 5 applications.');

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('N00216',
        'Staff turnover: permanent employees who left during the year (%)',
        'ELDERLY_CARE', 'PERCENT', 'LOWER_IS_BETTER', 'YEAR', false, 1.000,
        'Kolada N00216, applied to the unit''s own permanent staff',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('N00216', 1, 15.000, 10, date '2024-01-01', null,
        'Policy choice; no national target exists. Kolada N00216 is the share of permanent municipal employees who '
        || 'left during the year, here applied to the unit''s own permanent staff. Anchors: 8.0-14.7 % in 2018 in the '
        || 'eleven Familjen Helsingborg municipalities (leavers on own request incl. retirements, per permanent '
        || 'employee), and 12 % in the state sector in 2016 (Arbetsgivarverket, as cited by Akademikerförbundet SSR). '
        || '15 % lies above that range and catches a unit losing one permanent employee in seven a year. Minimum 10 '
        || 'permanent employees: in a smaller group one leaver moves the share too much.');

-- Children and youth: the two Kolada KPIs, then our own structural requirements reported by principals

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('U33401',
        'Child investigation time: days from the start to the end of an investigation, ages 0-20 (mean)',
        'CHILDREN_AND_YOUTH', 'DAYS', 'LOWER_IS_BETTER', 'YEAR', false, 1.000, 'Kolada U33401',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('U33401', 1, 120.000, 5, date '2024-01-01', null,
        'Legal limit: a child investigation shall be conducted promptly and finished within four months; the '
        || 'committee may extend it for a set time only for special reasons (11 kap. 2 § socialtjänstlagen '
        || '(2001:453)). JO has severely criticised committees that exceeded or circumvented the limit. Four months '
        || 'is taken as 120 days: a unit whose mean exceeds it runs its investigations past the statutory limit as a '
        || 'rule. No national mean was confirmed for this catalogue. Minimum 5 closed investigations.');

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('U33816',
        'Child-investigation case officers with a social-work degree and at least one year of experience (%)',
        'CHILDREN_AND_YOUTH', 'PERCENT', 'HIGHER_IS_BETTER', 'YEAR', false, 1.000,
        'Kolada U33816; Socialstyrelsen, Öppna jämförelser',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('U33816', 1, 60.000, 5, date '2024-01-01', null,
        'Policy choice, set below the national level. Since 1 July 2014 child investigations require a social-work or '
        || 'other relevant degree (3 kap. 3 a § socialtjänstlagen (2001:453); the transitional rule ended 30 June '
        || '2022), so the degree is a legal floor; experience is not regulated. Öppna jämförelser 2019 '
        || '(Socialstyrelsen): 25 % of child case officers had a social-work degree but less than a year of '
        || 'experience, so the national share could be at most 75 % that year; Socialstyrelsen reported rising shares '
        || 'with three and five years of experience from 2020 to 2022. 60 % lets a unit with a normal intake of newly '
        || 'qualified staff meet it. Minimum 5 case officers.');

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('CY-INV-4-MONTHS',
        'Child investigations finished within four months of their start (%)',
        'CHILDREN_AND_YOUTH', 'PERCENT', 'HIGHER_IS_BETTER', 'HALF_YEAR', false, 1.000,
        'Reported by principals; 11 kap. 2 § SoL (2001:453)',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('CY-INV-4-MONTHS', 1, 90.000, 10, date '2024-01-01', null,
        'Legal limit: 11 kap. 2 § socialtjänstlagen (2001:453) requires every child investigation to be finished '
        || 'within four months unless the committee extends it for special reasons; extended investigations count '
        || 'here as not within. 90 % is a policy choice that leaves room for lawful extensions; below it, overruns '
        || 'are systematic. In Humana''s Barnbarometer 2017 (a survey of municipalities, not official statistics) one '
        || 'in five municipalities with any late investigation said that one in five or more took longer than four '
        || 'months. Minimum 10 closed investigations, so that one late investigation alone does not fail a unit.');

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('CY-SW-TURNOVER',
        'Staff turnover among social workers in child and youth care: leavers during the year (%)',
        'CHILDREN_AND_YOUTH', 'PERCENT', 'LOWER_IS_BETTER', 'YEAR', false, 1.000,
        'Reported by principals (no Kolada KPI)',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('CY-SW-TURNOVER', 1, 20.000, 5, date '2024-01-01', null,
        'Policy choice; there is no national KPI or norm. Anchors: Humana''s Barnbarometer calls at most 10 % a year '
        || 'a healthy turnover among social workers and 30 % or more very high; in 2018, 45 % of the surveyed '
        || 'municipalities were at 0-10 % and 11 % at 30 % or more (a survey of municipalities, not official '
        || 'statistics). SCB figures ordered by Akademikerförbundet SSR: 30 % of municipal social secretaries had '
        || 'left their post between November 2016 and November 2017, moves within the municipality included, so not '
        || 'comparable. 20 % catches a unit losing one child social worker in five a year. Minimum 5 social workers.');

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('CY-CONSULTANTS',
        'Hired consultants among social workers in child and youth care, share of full-time equivalents (%)',
        'CHILDREN_AND_YOUTH', 'PERCENT', 'LOWER_IS_BETTER', 'HALF_YEAR', false, 1.000,
        'Reported by principals; municipal level in Kolada U33828',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('CY-CONSULTANTS', 1, 10.000, 5, date '2024-01-01', null,
        'Policy choice; there is no national norm. Öppna jämförelser collects the share of consultant case officers '
        || 'per municipality (Kolada U33828); no national value was confirmed for this catalogue. Anchors: a '
        || 'consultant costs a municipality about twice an employee, and two thirds of 186 responding municipalities '
        || 'had hired social-work consultants in the past year, most often for child investigations (Akademikern, '
        || '2023); continuity with the same social worker builds a child''s trust (Humana, Barnbarometer 2017). 10 % '
        || 'allows cover for absence but not a unit that runs on consultants. Minimum 5 full-time equivalents.');

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('CY-CASELOAD',
        'Caseload: children with an open investigation or follow-up per full-time social worker',
        'CHILDREN_AND_YOUTH', 'COUNT', 'LOWER_IS_BETTER', 'HALF_YEAR', false, 1.000,
        'Reported by principals (no Kolada KPI)',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('CY-CASELOAD', 1, 30.000, 3, date '2024-01-01', null,
        'Counted as children with an open investigation or open follow-up per full-time social worker, as the mean of '
        || 'month-end counts over the half-year. Policy choice; we found no Swedish national caseload norm. Anchors '
        || 'from neighbouring countries: the Danish association of social workers (DS) advises 20-30 cases per '
        || 'caseworker in child and family services and found an average of 31 in 2023; a Finnish draft bill on '
        || 'referral in 2021 would cap a child-welfare social worker at 35 children in 2022 and 30 from 2023 '
        || '(Kommuntorget, 2021). 30 is the upper end of those ranges. Minimum 3 full-time social workers.');

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('CY-TIME-WITH-CHILD',
        'Time in direct meetings with children: minutes a month per full-time investigating social worker',
        'CHILDREN_AND_YOUTH', 'MINUTES', 'HIGHER_IS_BETTER', 'HALF_YEAR', false, 1.000,
        'Reported by principals (no Kolada KPI)',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('CY-TIME-WITH-CHILD', 1, 200.000, 3, date '2024-01-01', null,
        'Measured as minutes a month that the unit''s investigating social workers spend meeting children and young '
        || 'people (in person or by video), per full-time social worker, averaged over the half-year. Basis: the time '
        || 'study of the national coordinator for social child and youth care (Cecilia Grefve; 51 municipalities, '
        || '1,302 social workers, 6,500 days) found about 10 minutes a day, 2 % of working time, in direct meetings '
        || 'with children, which the minister called alarming. 200 minutes is about 10 minutes on each of about 20 '
        || 'working days: a policy choice that a unit must at least reach the level the study found, to be raised by '
        || 'new versions as the reform takes hold. Minimum 3 full-time social workers.');

-- Financial assistance

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('U31402',
        'Days from the first contact about a new application to a decision on financial assistance (mean)',
        'FINANCIAL_ASSISTANCE', 'DAYS', 'LOWER_IS_BETTER', 'YEAR', false, 1.000, 'Kolada U31402',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('U31402', 1, 21.000, 10, date '2024-01-01', null,
        'Policy choice, set weaker than the national level. Kolada U31402 is the mean number of days from the first '
        || 'contact about an application at a new visit to the decision on försörjningsstöd. National mean: 16 days '
        || 'in 2016 and 2017 in SKL''s Kommunens Kvalitet i Korthet (as reported by Enköping kommun). 21 days (three '
        || 'weeks) is about a third above it. Öppna jämförelser treats a wait of more than 14 days as long (Kolada '
        || 'U31463); a unit mean above 21 days means many applicants wait well beyond that with no money for food and '
        || 'rent. Minimum 10 decisions.');

-- Substance abuse

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('U35400',
        'Investigation time for adults 21+ with substance-use problems: days from the start to the end (mean)',
        'SUBSTANCE_ABUSE', 'DAYS', 'LOWER_IS_BETTER', 'YEAR', false, 1.000, 'Kolada U35400',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('U35400', 1, 120.000, 5, date '2024-01-01', null,
        'Policy choice; no statutory time limit applies to investigations about adults. Anchors: förvaltningslagen '
        || '(2017:900) requires cases to be handled as quickly as possible without loss of legal certainty, and under '
        || 'its 12 § a party whose case is undecided after six months may demand a decision. The catalogue takes the '
        || 'four months that 11 kap. 2 § socialtjänstlagen (2001:453) sets for child investigations as the ceiling '
        || 'for the mean, well inside six months. No national mean was confirmed for this catalogue. Minimum 5 closed '
        || 'investigations.');

-- Disability

insert into requirement (code, title, area, unit_of_measure, direction, period_type, critical, weight, source_reference,
                         created_at, created_by)
values ('U28418',
        'Days from an LSS decision on housing for adults (9 § 9 LSS) to the first offered moving-in date (mean)',
        'DISABILITY', 'DAYS', 'LOWER_IS_BETTER', 'YEAR', false, 1.000, 'Kolada U28418',
        timestamptz '2026-11-26 00:00:00+00', 'starter catalogue');
insert into threshold_version (requirement_code, version, threshold, minimum_sample_size, valid_from, valid_to, basis)
values ('U28418', 1, 90.000, 4, date '2024-01-01', null,
        'Legal anchor: since 1 July 2008 a decision under LSS not executed within three months must be reported to '
        || 'IVO, which may apply to the administrative court for a special fee when the wait is unreasonable (prop. '
        || '2007/08:43; RiR 2019:23). IVO stresses that three months is only the reporting limit and decisions are to '
        || 'be executed promptly, so 90 days is the outer bound for the mean, not a permitted wait. No national mean '
        || 'was confirmed for this catalogue. Minimum 4 decisions, the minimum an earlier Kolada definition of this '
        || 'KPI set.');
