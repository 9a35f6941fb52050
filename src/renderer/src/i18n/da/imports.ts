import type en from '../en/imports'

export default {
  title: 'Importér',
  intro: 'Alle filer, der er importeret i denne database, nyeste først.',
  introScreen:
    'Hent eksporter fra terminaler og filer fra Alipay, Antom, Vipps og Adyen ind. Tjek eksemplet; intet gemmes, før du importerer.',
  empty: 'Der er ikke importeret nogen filer endnu.',
  drop: 'Slip transaktionsfiler her, eller',
  pick: 'Vælg filer …',
  dropNothing: 'Der var intet at importere i det, der blev sluppet: slip filer fra computeren, eller brug “Vælg filer …”.',
  commit: 'Importér {count} fil | Importér {count} filer',
  history: 'Historik',
  undo: 'Fortryd',
  columns: {
    file: 'Fil',
    format: 'Filformat',
    started: 'Startet',
    duration: 'Varighed',
    rows: 'Rækker',
    imported: 'Importeret',
    duplicates: 'Dubletter',
    rejected: 'Afvist',
    status: 'Tilstand',
    actions: 'Handlinger'
  },
  statuses: { running: 'I gang', done: 'Færdig', undone: 'Fortrudt' },
  formats: {
    csv: 'Tekst med skilletegn (CSV)',
    alipay: 'Alipay',
    antom: 'Antom / Alipay+',
    vipps: 'Vipps-afregning',
    adyen: 'Adyen-bogføring',
    demo: 'Demodata'
  },
  fields: {
    externalId: 'Transaktions-id',
    date: 'Dato',
    time: 'Klokkeslæt',
    merchant: 'Forretning',
    store: 'Butik',
    terminal: 'Betalingsterminal',
    amount: 'Beløb',
    currency: 'Valuta',
    method: 'Betalingsmåde',
    scheme: 'Kortnetværk',
    cardCountry: 'Kortets land',
    status: 'Tilstand',
    type: 'Art',
    fee: 'Gebyr',
    country: 'Forretningens land'
  },
  outcomes: { new: 'Ny', duplicate: 'Dublet', rejected: 'Afvist', skipped: 'Ikke et salg' },
  rowStatuses: { captured: 'gennemført', settled: 'afregnet', pending: 'afventer', failed: 'mislykket' },
  kinds: { payment: 'Betaling', refund: 'Refusion' },
  preview: {
    format: 'Filformat',
    encoding: 'Tegnsæt',
    delimiter: 'Skilletegn',
    decimal: 'Decimaltegn',
    decimalComma: 'Komma (1.234,50)',
    decimalPoint: 'Punktum (1,234.50)',
    dateOrder: 'Datorækkefølge',
    dmy: 'Dag.måned.år',
    mdy: 'Måned/dag/år',
    dateOrderGuess: 'Intet i filen afgør dette; tjek datoerne nedenfor.',
    merchant: 'Forretning',
    merchantFromFile: 'Fra filen',
    newMerchant: 'Eller en ny forretning',
    mapping: 'Kolonner',
    column: 'Kolonne',
    field: 'Betyder',
    ignore: '(ignorér)',
    saveProfile: 'Gem denne tilknytning som',
    profileName: 'profilnavn',
    profileApplied: 'Profilen “{name}” er anvendt',
    remove: 'Fjern',
    loading: 'Læser …',
    line: 'Linje',
    outcome: 'Resultat',
    time: 'Lokal tid',
    amount: 'Beløb',
    kind: 'Art',
    method: 'Betalingsmåde',
    origin: 'Kortets oprindelse',
    reason: 'Årsag',
    newTag: '(ny)',
    includeAnyway: 'importér alligevel',
    columnN: 'Kolonne {n}',
    decided: {
      header: 'ud fra overskriften',
      content: 'ud fra værdierne ({percent})',
      profile: 'ud fra profilen',
      user: 'dit valg'
    },
    ignored: 'bruges ikke',
    looksLike: 'ligner {what}',
    questions: 'Tjek før import',
    acceptDefaults: 'Importér alligevel: udelad disse kolonner, og bogfør rækker uden betalingsmåde som kort',
    defaulted: '(ingen betalingsmåde: kort)',
    waiting: 'venter på dit svar nedenfor'
  },
  progress: {
    title: 'Importerer {file}',
    finished: 'Seneste import: {file}',
    status: '{rows} rækker · {done} af {total} · {percent} % · {rate} rækker/s',
    cancel: 'Annullér',
    totals: 'Alle rækker er læst; opdaterer totaler …'
  },
  summary: {
    title: 'Resultat',
    counts:
      '{rows} række: {imported} importeret, {duplicates}, {rejected} afvist | {rows} rækker: {imported} importeret, {duplicates}, {rejected} afvist',
    duplicates: '{count} dublet | {count} dubletter',
    skipped:
      '{skipped} linje er ikke et salg eller en refusion (et gebyr, en udbetaling, en opsummering, en overskrift eller en slutmarkering) og blev sprunget over | {skipped} linjer er ikke salg eller refusioner (gebyrer, udbetalinger, opsummeringer, overskrifter, slutmarkeringer) og blev sprunget over',
    showRejects: 'Afviste linjer',
    segments: 'Rækker pr. segment'
  },
  segments: {
    alipay: 'Alipay',
    card_domestic: 'Indenlandske kort',
    card_cn: 'Kinesiske kort',
    card_foreign: 'Andre udenlandske kort',
    card_unknown: 'Kort af ukendt oprindelse',
    other: 'Andre betalingsformer'
  },
  rejects: {
    title: 'Afviste linjer i {file}',
    raw: 'Linjen, som den står',
    export: 'Eksportér som CSV …',
    saved: 'Gemt i {path}'
  },
  profiles: {
    title: 'Tilknytningsprofiler',
    empty: 'Ingen gemte tilknytninger. En tilknytning, der gemmes under import, bruges på senere filer med de samme kolonner.',
    delete: 'Slet',
    export: 'Eksportér profiler …',
    import: 'Importér profiler …'
  }
} satisfies typeof en
