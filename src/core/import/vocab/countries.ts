/** ISO 3166-1 alpha-2 codes in use: a two-letter cell is a country only if it is one of these. */
const ALPHA2 = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF
   CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI
   GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ
   LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO
   NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST
   SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(
    /\s+/
  )
)

export const isAlpha2 = (code: string): boolean => ALPHA2.has(code.toUpperCase())

/** ISO 4217 codes a payment file may carry (the store books only some of them; the rest are rejected by name). */
const CURRENCY_CODES = new Set(
  'NOK DKK SEK EUR ISK USD CNY GBP CHF JPY HKD MOP TWD KRW SGD AUD CAD NZD PLN CZK HUF THB INR RUB TRY AED'.split(' ')
)

export const isCurrencyCode = (code: string): boolean => CURRENCY_CODES.has(code.trim().toUpperCase())
