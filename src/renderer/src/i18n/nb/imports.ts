import type en from '../en/imports'

export default {
  title: 'Import',
  intro: 'Alle filer som er importert i denne databasen, nyeste først.',
  introScreen:
    'Hent inn terminaleksporter og filer fra Alipay, Antom, Vipps og Adyen. Sjekk forhåndsvisningen; ingenting lagres før du importerer.',
  empty: 'Ingen filer er importert ennå.',
  drop: 'Slipp transaksjonsfiler her, eller',
  pick: 'Velg filer…',
  dropNothing:
    'Det som ble sluppet her, inneholder ingen filer å importere: slipp filer fra datamaskinen, eller bruk «Velg filer…».',
  commit: 'Importer {count} fil | Importer {count} filer',
  history: 'Historikk',
  undo: 'Angre',
  columns: {
    file: 'Fil',
    format: 'Format',
    started: 'Startet',
    duration: 'Varighet',
    rows: 'Rader',
    imported: 'Importert',
    duplicates: 'Duplikater',
    rejected: 'Avvist',
    status: 'Status',
    actions: 'Handlinger'
  },
  statuses: { running: 'Pågår', done: 'Ferdig', undone: 'Angret' },
  formats: {
    csv: 'Tekstfil (CSV)',
    alipay: 'Alipay',
    antom: 'Antom / Alipay+',
    vipps: 'Vipps-oppgjør',
    adyen: 'Adyen-regnskap',
    demo: 'Demo'
  },
  fields: {
    externalId: 'Transaksjons-ID',
    date: 'Dato',
    time: 'Klokkeslett',
    merchant: 'Brukersted',
    store: 'Butikk',
    terminal: 'Terminal',
    amount: 'Beløp',
    currency: 'Valuta',
    method: 'Betalingsmiddel',
    scheme: 'Korttype',
    cardCountry: 'Kortland',
    status: 'Status',
    type: 'Type',
    fee: 'Gebyr',
    country: 'Brukerstedets land'
  },
  outcomes: { new: 'Ny', duplicate: 'Duplikat', rejected: 'Avvist', skipped: 'Ikke et salg' },
  rowStatuses: { captured: 'gjennomført', settled: 'oppgjort', pending: 'venter', failed: 'feilet' },
  kinds: { payment: 'Betaling', refund: 'Retur' },
  preview: {
    format: 'Format',
    encoding: 'Tegnsett',
    delimiter: 'Skilletegn',
    decimal: 'Desimaltegn',
    decimalComma: 'Komma (1.234,50)',
    decimalPoint: 'Punktum (1,234.50)',
    dateOrder: 'Datorekkefølge',
    dmy: 'Dag.måned.år',
    mdy: 'Måned/dag/år',
    dateOrderGuess: 'Ingenting i filen avgjør dette; sjekk datoene under.',
    merchant: 'Brukersted',
    merchantFromFile: 'Fra filen',
    newMerchant: 'Eller et nytt brukersted',
    mapping: 'Kolonner',
    column: 'Kolonne',
    field: 'Betyr',
    ignore: '(ignorer)',
    saveProfile: 'Lagre oppsettet som',
    profileName: 'profilnavn',
    profileApplied: 'Profilen «{name}» er brukt',
    remove: 'Fjern',
    loading: 'Leser…',
    line: 'Linje',
    outcome: 'Utfall',
    time: 'Lokal tid',
    amount: 'Beløp',
    kind: 'Art',
    method: 'Metode',
    origin: 'Kortets opphav',
    reason: 'Hvorfor',
    newTag: '(ny)',
    includeAnyway: 'importer likevel',
    columnN: 'Kolonne {n}',
    decided: {
      header: 'etter overskriften',
      content: 'etter verdiene ({percent})',
      profile: 'etter profilen',
      user: 'ditt valg'
    },
    ignored: 'ikke brukt',
    looksLike: 'ser ut som {what}',
    questions: 'Sjekk før import',
    acceptDefaults: 'Importer likevel: utelat disse kolonnene, og før rader uten betalingsmiddel som kort',
    defaulted: '(uten betalingsmiddel: kort)',
    waiting: 'venter på svaret ditt nedenfor'
  },
  progress: {
    title: 'Importerer {file}',
    finished: 'Siste import: {file}',
    status: '{rows} rader · {done} av {total} · {percent} % · {rate} rader/s',
    cancel: 'Avbryt',
    totals: 'Alle rader er lest; oppdaterer totaler…'
  },
  summary: {
    title: 'Resultat',
    counts:
      '{rows} rad: {imported} importert, {duplicates}, {rejected} avvist | {rows} rader: {imported} importert, {duplicates}, {rejected} avvist',
    duplicates: '{count} duplikat | {count} duplikater',
    skipped:
      '{skipped} linje er ikke et salg eller en refusjon (gebyr, utbetaling, sammendrag, overskrift eller sluttmerke) og ble hoppet over | {skipped} linjer er ikke salg eller refusjoner (gebyrer, utbetalinger, sammendrag, overskrifter, sluttmerker) og ble hoppet over',
    showRejects: 'Avviste linjer',
    segments: 'Rader per segment'
  },
  segments: {
    alipay: 'Alipay',
    card_domestic: 'Innenlandske kort',
    card_cn: 'Kinesiske kort',
    card_foreign: 'Andre utenlandske kort',
    card_unknown: 'Kort med ukjent opprinnelse',
    other: 'Andre betalingsmåter'
  },
  rejects: {
    title: 'Avviste linjer i {file}',
    raw: 'Linjen slik den står',
    export: 'Eksporter som CSV…',
    saved: 'Lagret i {path}'
  },
  profiles: {
    title: 'Kolonneprofiler',
    empty: 'Ingen lagrede oppsett. Et oppsett som lagres ved import brukes på senere filer med de samme kolonnene.',
    delete: 'Slett',
    export: 'Eksporter profiler…',
    import: 'Importer profiler…'
  }
} satisfies typeof en
