// The dashboard's own words in Dutch and English; names of intervention areas and priority lines
// come from the reference data in the chosen language.
export const STATUSES = ['proposed', 'approved', 'inProgress', 'completed', 'cancelled'];

const STATUS_CODES_NL = { PROPOSED: 'voorgesteld', APPROVED: 'goedgekeurd', IN_PROGRESS: 'in uitvoering', COMPLETED: 'afgerond', CANCELLED: 'geannuleerd' };
const STATUS_CODES_EN = { PROPOSED: 'proposed', APPROVED: 'approved', IN_PROGRESS: 'in progress', COMPLETED: 'completed', CANCELLED: 'cancelled' };

/** The lifecycle of commitments and motions (their follow-up) in the reports, in the order the page shows it. */
export const PARLIAMENT_STATUSES = ['OPEN', 'PARTLY_FULFILLED', 'FULFILLED', 'LAPSED'];
const PARLIAMENT_NL = { 'parliament.OPEN': 'openstaand', 'parliament.PARTLY_FULFILLED': 'deels afgedaan',
  'parliament.FULFILLED': 'afgedaan', 'parliament.LAPSED': 'vervallen', 'parliament.UNKNOWN': 'onbekende status' };
const PARLIAMENT_EN = { 'parliament.OPEN': 'open', 'parliament.PARTLY_FULFILLED': 'partly fulfilled',
  'parliament.FULFILLED': 'fulfilled', 'parliament.LAPSED': 'lapsed', 'parliament.UNKNOWN': 'unknown status' };

export const TEXTS = {
  nl: {
    skip: 'Naar de inhoud', title: 'Integrale aanpak terrorisme: dashboard', year: 'Begrotingsjaar', asOf: 'Peildatum',
    compare: 'Vergelijk met voortgangsrapportage', none: 'geen', token: 'Toegangstoken (bearer)', signIn: 'Aanmelden',
    yearAtGlance: 'Het jaar in één oogopslag', changes: 'Wat veranderde sinds de Kamer werd geïnformeerd',
    byArea: 'Per interventiegebied', byPriorityLine: 'Per prioriteit', byOrganisation: 'Per trekkende organisatie',
    series: 'Gepland tegen werkelijk, cumulatief', byStatus: 'Maatregelen per status',
    overdue: 'Mijlpalen over de datum', threat: 'Dreigingsniveau (DTN) door de tijd', table: 'Als tabel',
    confidentialAllocated: 'Waarvan vertrouwelijk (toegekend)',
    confidentialOutside: 'Vertrouwelijk, in de totalen maar in geen periode',
    confidentialWithheld: 'Een deel van het vertrouwelijke geld wacht op vrijgave samen met andere posten en staat nog niet in de totalen.',
    statusHistory: 'Statusgeschiedenis', footer: 'Illustratieve gegevens; bedragen in euro, exact tot op de cent.',
    envelopeCents: 'Budget (enveloppe)', linedCents: 'Verdeeld over begrotingsregels', allocatedCents: 'Toegekend',
    committedCents: 'Verplicht', spentCents: 'Uitgegeven', freeCents: 'Vrij', measures: 'Maatregelen', status: 'Status',
    group: 'Groep', show: 'tonen', measuresBehind: 'Maatregelen achter', leadOrganisation: 'Trekker', date: 'Datum',
    interval: 'Weergave per', perMonth: 'maand', perQuarter: 'kwartaal', period: 'Periode', quarterShort: 'K',
    planned: 'Gepland (toegekend)', actual: 'Werkelijk (uitgegeven)', measure: 'Maatregel', milestone: 'Mijlpaal', dueDate: 'Uiterste datum',
    level: 'Niveau', dtnEdition: 'DTN-editie', sinceReport: 'Sinds voortgangsrapportage', figure: 'Cijfer',
    atReport: 'Bij de rapportage', now: 'Nu', difference: 'Verschil', loading: 'Bijwerken…', updated: 'Bijgewerkt om',
    failed: 'Ophalen mislukt',
    proposed: 'voorgesteld', approved: 'goedgekeurd', inProgress: 'in uitvoering', completed: 'afgerond', cancelled: 'geannuleerd',
    NONE: 'geen prioriteit (voortzetting)',
    parliament: 'Moties en toezeggingen', commitments: 'Toezeggingen', motions: 'Moties',
    overdueCommitments: 'Toezeggingen over de datum',
    parliamentEmpty: 'Op deze peildatum zijn geen moties of toezeggingen geregistreerd.',
    noOverdueCommitments: 'Geen toezeggingen over de datum.', number: 'Nummer', commitmentText: 'Toezegging',
    ...STATUS_CODES_NL,
    ...PARLIAMENT_NL,
  },
  en: {
    skip: 'Skip to content', title: 'Integrated counter-terrorism approach: dashboard', year: 'Fiscal year', asOf: 'Reference date',
    compare: 'Compare with progress report', none: 'none', token: 'Access token (bearer)', signIn: 'Sign in',
    yearAtGlance: 'The year at a glance', changes: 'What changed since parliament was told',
    byArea: 'By intervention area', byPriorityLine: 'By priority line', byOrganisation: 'By lead organisation',
    series: 'Planned against actual, cumulative', byStatus: 'Measures by status',
    overdue: 'Overdue milestones', threat: 'Threat level (DTN) over time', table: 'As a table',
    confidentialAllocated: 'Of which confidential (allocated)',
    confidentialOutside: 'Confidential, in the totals but in no period',
    confidentialWithheld: 'Some confidential money waits to be released together with other items and is not in the totals yet.',
    statusHistory: 'Status history', footer: 'Illustrative data; amounts in euro, exact to the cent.',
    envelopeCents: 'Envelope', linedCents: 'Divided over budget lines', allocatedCents: 'Allocated',
    committedCents: 'Committed', spentCents: 'Spent', freeCents: 'Free', measures: 'Measures', status: 'Status',
    group: 'Group', show: 'show', measuresBehind: 'Measures behind', leadOrganisation: 'Lead', date: 'Date',
    interval: 'Show by', perMonth: 'month', perQuarter: 'quarter', period: 'Period', quarterShort: 'Q',
    planned: 'Planned (allocated)', actual: 'Actual (spent)', measure: 'Measure', milestone: 'Milestone', dueDate: 'Due date',
    level: 'Level', dtnEdition: 'DTN edition', sinceReport: 'Since progress report', figure: 'Figure',
    atReport: 'At the report', now: 'Now', difference: 'Difference', loading: 'Updating…', updated: 'Updated at',
    failed: 'Could not load',
    proposed: 'proposed', approved: 'approved', inProgress: 'in progress', completed: 'completed', cancelled: 'cancelled',
    NONE: 'no priority line (continuation)',
    parliament: 'Motions and commitments', commitments: 'Commitments', motions: 'Motions',
    overdueCommitments: 'Overdue commitments',
    parliamentEmpty: 'No motions or commitments are recorded at this reference date.',
    noOverdueCommitments: 'No overdue commitments.', number: 'Number', commitmentText: 'Commitment',
    ...STATUS_CODES_EN,
    ...PARLIAMENT_EN,
  },
};
