-- Reference data of the Integrale aanpak terrorisme (letter of 24 November 2017, Kamerstuk
-- 29 754, nr. 436), loaded in every environment. Dutch texts follow the letter.

insert into framework (code, name_nl, name_en, description_nl, description_en, valid_from, valid_until,
                       parliamentary_paper, recorded_at, recorded_by)
values ('NCTS-2016-2020', 'Nationale Contraterrorisme-Strategie 2016-2020',
        'National Counterterrorism Strategy 2016-2020',
        'De brede CT-strategie met vijf interventiegebieden, langs wier lijnen de Integrale aanpak terrorisme is beschreven.',
        'The broad counter-terrorism strategy with five intervention areas, along whose lines the Integrale aanpak terrorisme is described.',
        date '2016-01-01', date '2020-12-31', '29 754, nr. 391', now(), 'migration');

insert into intervention_area (framework_code, code, number, name_nl, name_en, description_nl, description_en)
values
('NCTS-2016-2020', 'VERWERVEN', 1, 'Verwerven', 'Procure',
 'Het tijdig zicht krijgen op en duiden van (potentiële) dreigingen in of tegen Nederland en de Nederlandse belangen in het buitenland.',
 'Gaining timely insight into and interpreting (potential) threats in or against the Netherlands and Dutch interests abroad.'),
('NCTS-2016-2020', 'VOORKOMEN', 2, 'Voorkomen', 'Prevent',
 'Het voorkomen en verstoren van extremisme en terrorisme en het verijdelen van aanslagen.',
 'Preventing and disrupting extremism and terrorism and foiling attacks.'),
('NCTS-2016-2020', 'VERDEDIGEN', 3, 'Verdedigen', 'Protect',
 'Het beschermen van personen, objecten en vitale processen tegen extremistische en terroristische dreigingen, zowel fysiek als online.',
 'Protecting persons, objects and vital processes against extremist and terrorist threats, both physically and online.'),
('NCTS-2016-2020', 'VOORBEREIDEN', 4, 'Voorbereiden', 'Prepare',
 'Het optimaal voorbereid zijn op extremistisch en terroristisch geweld en de gevolgen daarvan.',
 'Being optimally prepared for extremist and terrorist violence and its consequences.'),
('NCTS-2016-2020', 'VERVOLGEN', 5, 'Vervolgen', 'Prosecute',
 'Het door vervolging handhaven van de democratische rechtsstaat tegen extremisme en terrorisme.',
 'Upholding the democratic rule of law against extremism and terrorism through prosecution.');

insert into priority_line (code, number, name_nl, name_en, description_nl, description_en, recorded_at, recorded_by)
values
('EARLY_DETECTION', 1, 'Vroegtijdige onderkenning van dreiging', 'Early detection of threats',
 'Vroegtijdige onderkenning van dreiging door intensivering van inlichtingenonderzoek naar radicalisering en salafisme, in het kader van contraterrorisme.',
 'Early detection of threats by intensifying intelligence research into radicalisation and salafism, for counter-terrorism.',
 now(), 'migration'),
('FINANCING', 2, 'Aanpak financiering van extremisme en terrorisme', 'Tackling financing of extremism and terrorism',
 'Borging aanpak van financiering van extremisme en terrorisme.',
 'Securing the approach to the financing of extremism and terrorism.',
 now(), 'migration'),
('DIGITAL_RESILIENCE', 3, 'Digitale weerbaarheid en extremisme online', 'Digital resilience and online extremism',
 'Versterking van digitale weerbaarheid en aanpak extremisme online.',
 'Strengthening digital resilience and tackling extremism online.',
 now(), 'migration'),
('DERADICALISATION', 4, 'Deradicalisering, re-integratie en strafrechtelijke aanpak', 'Deradicalisation, reintegration and criminal-law approach',
 'Investeren in deradicalisering, re-integratie en strafrechtelijke aanpak.',
 'Investing in deradicalisation, reintegration and the criminal-law approach.',
 now(), 'migration'),
('INTERNATIONAL', 5, 'Internationale inzet', 'International effort',
 'Versterking internationale inzet.',
 'Strengthening the international effort.',
 now(), 'migration');

-- The letter names six kinds of actors; these are the obvious ones. Fixed ids so that
-- documentation and example data can refer to them.
insert into organisation (id, name, kind, version, created_at, created_by, changed_at, changed_by)
select cast(id as uuid), name, kind, 1, now(), 'migration', now(), 'migration'
from (values
    ('00000000-0000-4000-8000-000000000001', 'NCTV', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000002', 'AIVD', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000003', 'MIVD', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000004', 'Politie', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000005', 'Openbaar Ministerie', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000006', 'FIOD', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000007', 'FIU-Nederland', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000008', 'Koninklijke Marechaussee', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000009', 'Immigratie- en Naturalisatiedienst', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000010', 'Dienst Justitiële Inrichtingen', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000011', 'Reclassering Nederland', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000012', 'Ministerie van Justitie en Veiligheid', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000013', 'Ministerie van Buitenlandse Zaken', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000014', 'Ministerie van Sociale Zaken en Werkgelegenheid', 'NATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000015', 'Vereniging van Nederlandse Gemeenten', 'LOCAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000016', 'Gemeente Amsterdam', 'LOCAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000017', 'Gemeente Rotterdam', 'LOCAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000018', 'Gemeente Den Haag', 'LOCAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000019', 'Gemeente Utrecht', 'LOCAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000020', 'Europol', 'INTERNATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000021', 'Eurojust', 'INTERNATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000022', 'Europese Unie', 'INTERNATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000023', 'Verenigde Naties', 'INTERNATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000024', 'Global Counterterrorism Forum', 'INTERNATIONAL_GOVERNMENT'),
    ('00000000-0000-4000-8000-000000000025', 'Nederlandse Vereniging van Banken', 'BUSINESS'),
    ('00000000-0000-4000-8000-000000000026', 'Landelijk Steunpunt Extremisme', 'CIVIL_SOCIETY'),
    ('00000000-0000-4000-8000-000000000027', 'Netwerk sleutelfiguren', 'KEY_FIGURE')
) as seed (id, name, kind);

-- The DTN scale; English names as the NCTV publishes them.
insert into threat_level_scale (level, name_nl, name_en)
values (1, 'minimaal', 'minimal'),
       (2, 'beperkt', 'limited'),
       (3, 'aanzienlijk', 'significant'),
       (4, 'substantieel', 'substantial'),
       (5, 'kritiek', 'critical');

insert into threat_level (id, dtn_edition, published_on, level, parliamentary_paper, recorded_at, recorded_by)
values ('00000000-0000-4000-8000-000000000461', 46, date '2017-11-20', 4, '29 754, nr. 434', now(), 'migration');
