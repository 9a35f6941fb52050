// Asetukset → Tiimi: yhteinen tietovarasto PostgreSQL-palvelimella.
export default {
  title: 'Tiimi',
  intro:
    'Jaa kauppiaat, käyttöönottoloki, valuuttakurssit, tallennetut näkymät, sarakeprofiilit ja tuodut tiedostot tiimin kanssa PostgreSQL-palvelimen kautta. Kaikki toimii edelleen ilman verkkoa; muutokset lähtevät seuraavassa synkronoinnissa.',
  server: 'Palvelimen osoite',
  password: 'Salasana',
  remember: 'Muista salasana järjestelmän avainnipussa',
  noKeychain: 'Järjestelmässä ei ole avainnippua: salasana kysytään joka synkronoinnissa eikä sitä tallenneta.',
  connect: 'Yhdistä ja synkronoi',
  syncNow: 'Synkronoi nyt',
  disconnect: 'Katkaise yhteys',
  notConnected: 'Ei yhteyttä tiimipalvelimeen.',
  connected: 'Yhdistetty: {server}.',
  lastSync: 'Viimeksi synkronoitu: {when}.',
  synced:
    'Synkronoitu: {fields} muutosta ja {events} lokimerkintää vastaanotettu, {files} tiedostoa vastaanotettu, {sent} tiedostoa lähetetty.',
  progress: '{file}: {rows}/{total} riviä'
}
