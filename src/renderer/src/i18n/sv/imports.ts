import type en from '../en/imports'

export default {
  title: 'Importera',
  intro: 'Alla filer som har importerats till databasen, senaste först.',
  introScreen:
    'Hämta in exporter från terminaler och filer från Alipay, Antom, Vipps och Adyen. Kontrollera förhandsvisningen; inget sparas förrän du importerar.',
  empty: 'Inga filer har importerats ännu.',
  drop: 'Släpp transaktionsfiler här, eller',
  pick: 'Välj filer …',
  dropNothing: 'Det fanns inget att importera i det som släpptes: släpp filer från datorn eller använd ”Välj filer …”.',
  commit: 'Importera {count} fil | Importera {count} filer',
  history: 'Historik',
  undo: 'Ångra',
  columns: {
    file: 'Fil',
    format: 'Filformat',
    started: 'Startad',
    duration: 'Tidsåtgång',
    rows: 'Rader',
    imported: 'Importerade',
    duplicates: 'Dubbletter',
    rejected: 'Avvisade',
    status: 'Tillstånd',
    actions: 'Åtgärder'
  },
  statuses: { running: 'Pågår', done: 'Klar', undone: 'Ångrad' },
  formats: {
    csv: 'Text med avgränsare (CSV)',
    alipay: 'Alipay',
    antom: 'Antom / Alipay+',
    vipps: 'Vipps-avräkning',
    adyen: 'Adyen-bokföring',
    demo: 'Demodata'
  },
  fields: {
    externalId: 'Transaktions-id',
    date: 'Datum',
    time: 'Klockslag',
    merchant: 'Säljställe',
    store: 'Butik',
    terminal: 'Betalterminal',
    amount: 'Belopp',
    currency: 'Valuta',
    method: 'Betalsätt',
    scheme: 'Kortnätverk',
    cardCountry: 'Kortets land',
    status: 'Tillstånd',
    type: 'Typ av post',
    fee: 'Avgift',
    country: 'Säljställets land'
  },
  outcomes: { new: 'Ny', duplicate: 'Dubblett', rejected: 'Avvisad', skipped: 'Inte ett köp' },
  rowStatuses: { captured: 'genomförd', settled: 'avräknad', pending: 'väntande', failed: 'misslyckad' },
  kinds: { payment: 'Betalning', refund: 'Återbetalning' },
  preview: {
    format: 'Filformat',
    encoding: 'Teckenkodning',
    delimiter: 'Avgränsare',
    decimal: 'Decimaltecken',
    decimalComma: 'Komma (1.234,50)',
    decimalPoint: 'Punkt (1,234.50)',
    dateOrder: 'Datumordning',
    dmy: 'Dag.månad.år',
    mdy: 'Månad/dag/år',
    dateOrderGuess: 'Inget i filen avgör detta; kontrollera datumen nedan.',
    merchant: 'Säljställe',
    merchantFromFile: 'Från filen',
    newMerchant: 'Eller ett nytt säljställe',
    mapping: 'Kolumner',
    column: 'Kolumn',
    field: 'Betyder',
    ignore: '(ignorera)',
    saveProfile: 'Spara mappningen som',
    profileName: 'profilnamn',
    profileApplied: 'Profilen ”{name}” används',
    remove: 'Ta bort',
    loading: 'Läser …',
    line: 'Rad',
    outcome: 'Utfall',
    time: 'Lokal tid',
    amount: 'Belopp',
    kind: 'Typ av post',
    method: 'Betalsätt',
    origin: 'Kortets ursprung',
    reason: 'Orsak',
    newTag: '(ny)',
    includeAnyway: 'importera ändå',
    columnN: 'Kolumn {n}',
    decided: {
      header: 'utifrån rubriken',
      content: 'utifrån värdena ({percent})',
      profile: 'utifrån profilen',
      user: 'ditt val'
    },
    ignored: 'används inte',
    looksLike: 'ser ut som {what}',
    questions: 'Kontrollera före import',
    acceptDefaults: 'Importera ändå: utelämna dessa kolumner och bokför rader utan betalsätt som kort',
    defaulted: '(inget betalsätt: kort)',
    waiting: 'väntar på ditt svar nedan'
  },
  progress: {
    title: 'Importerar {file}',
    finished: 'Senaste import: {file}',
    status: '{rows} rader · {done} av {total} · {percent} % · {rate} rader/s',
    cancel: 'Avbryt',
    totals: 'Alla rader är lästa; uppdaterar summor …'
  },
  summary: {
    title: 'Resultat',
    counts:
      '{rows} rad: {imported} importerade, {duplicates}, {rejected} avvisade | {rows} rader: {imported} importerade, {duplicates}, {rejected} avvisade',
    duplicates: '{count} dubblett | {count} dubbletter',
    skipped:
      '{skipped} rad är inte ett köp eller en återbetalning (en avgift, en utbetalning, en sammanställning, en rubrik eller en slutmarkering) och hoppades över | {skipped} rader är inte köp eller återbetalningar (avgifter, utbetalningar, sammanställningar, rubriker, slutmarkeringar) och hoppades över',
    showRejects: 'Avvisade rader',
    segments: 'Rader per segment'
  },
  segments: {
    alipay: 'Alipay',
    card_domestic: 'Inhemska kort',
    card_cn: 'Kinesiska kort',
    card_foreign: 'Andra utländska kort',
    card_unknown: 'Kort av okänt ursprung',
    other: 'Andra betalsätt'
  },
  rejects: {
    title: 'Avvisade rader i {file}',
    raw: 'Raden som den står',
    export: 'Exportera som CSV …',
    saved: 'Sparad i {path}'
  },
  profiles: {
    title: 'Mappningsprofiler',
    empty: 'Inga sparade mappningar. En mappning som sparas vid import används för senare filer med samma kolumner.',
    delete: 'Ta bort',
    export: 'Exportera profiler …',
    import: 'Importera profiler …'
  }
} satisfies typeof en
