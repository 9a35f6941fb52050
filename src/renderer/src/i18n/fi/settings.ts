import type en from '../en/settings'

export default {
  fxManual: {
    import: 'Tuo kurssitiedosto …',
    importHint: 'Norges Bankin valuuttakurssit (CSV) tai EKP:n euron viitekurssit (eurofxref-hist.csv).',
    imported: '{saved} kurssia tallennettu tiedostosta {file} ({currencies}, {from} – {to}); {skipped} riviä ohitettiin.',
    currency: 'Valuutta',
    day: 'Päivä',
    rate: 'NOK yksikköä kohden',
    save: 'Tallenna kurssi',
    saved: 'Valuutan {currency} kurssi päivälle {day} on tallennettu; kaikki luvut käyttävät sitä nyt.'
  },
  title: 'Asetukset',
  general: 'Yleiset',
  saved: 'Tallennettu',
  store: 'Tietokantatiedosto',
  fxTitle: 'Valuuttakurssit',
  fxIntro:
    'NOK kunkin valuutan yhtä yksikköä kohden. ≈ merkitsee Kassan mukana tulevia likimääräisiä viitekursseja, ei virallisia noteerauksia.',
  fxApproximate: 'likimääräiset viitekurssit',
  fxEmpty: 'Valuuttakursseja ei ole tallennettu.',
  fxShown: 'Näytetään uusimmat {shown} / {total} kurssipäivää',
  fxShowNewest: 'Näytä vain uusimmat {count} päivää',
  fxShowAll: 'Näytä kaikki päivät',
  sources: { reference: 'Mukana tuleva viitekurssi' },
  columns: { day: 'Päivämäärä', source: 'Lähde' }
} satisfies typeof en
