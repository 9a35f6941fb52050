import type en from '../en/settings'
import team from './team'

export default {
  team,
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
  backup: {
    title: 'Varmuuskopio',
    intro:
      'Varmuuskopio on tarkistettu kopio koko tietokannasta: kauppiaat, tuonnit, tapahtumat ja asetukset. Palautus korvaa tietokannan; korvattu tietokanta säilytetään sen vieressä.',
    backUp: 'Varmuuskopioi tietokanta…',
    restore: 'Palauta…',
    saved: 'Varmuuskopioitu: {path}.',
    restored: 'Palautettu {file}: {merchants} kauppiasta, {transactions} tapahtumaa. Korvattu tietokanta on tallessa: {kept}.'
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
