import { motifBallot } from './motifs/ballot.mjs';
import { motifBatik } from './motifs/batik.mjs';
import { motifCoffee } from './motifs/coffee.mjs';
import { motifCoral } from './motifs/coral.mjs';
import { motifDam } from './motifs/dam.mjs';
import { motifFilm } from './motifs/film.mjs';
import { motifFinanceGap } from './motifs/finance-gap.mjs';
import { motifFlyover } from './motifs/flyover.mjs';
import { motifHaze } from './motifs/haze.mjs';
import { motifLabelledImage } from './motifs/labelled-image.mjs';
import { motifMealTray } from './motifs/meal-tray.mjs';
import { motifMosquito } from './motifs/mosquito.mjs';
import { motifNetwork } from './motifs/network.mjs';
import { motifNightMarket } from './motifs/night-market.mjs';
import { motifPalmFuel } from './motifs/palm-fuel.mjs';
import { motifRiceTarget } from './motifs/rice-target.mjs';
import { motifRiverSensor } from './motifs/river-sensor.mjs';
import { motifScooters } from './motifs/scooters.mjs';
import { motifSea } from './motifs/sea.mjs';
import { motifSeawall } from './motifs/seawall.mjs';
import { motifSmelter } from './motifs/smelter.mjs';
import { motifSolar } from './motifs/solar.mjs';
import { motifTowers } from './motifs/towers.mjs';
import { motifTriage } from './motifs/triage.mjs';
import { motifTunnelTrain } from './motifs/tunnel-train.mjs';
import { motifWayang } from './motifs/wayang.mjs';

/** Which drawing each article gets; a slug missing here is listed at the end of the run. */
export const MOTIFS = {
  'aceh-coffee-growers-race-traceability-rules': [motifCoffee, { map: true }],
  'panen-kopi-gayo-turun-akibat-hujan': [motifCoffee, { rain: true }],
  'artists-turn-sinking-north-jakarta-into-gallery': [motifSeawall, { variant: 'gallery' }],
  'north-jakarta-pumps-falter-during-king-tide': [motifSeawall, { variant: 'pumps' }],
  'jakarta-flood-sensors-send-street-alerts': [motifRiverSensor],
  'asean-ministers-back-digital-trade-pact': [motifNetwork, { variant: 'table' }],
  'universities-release-open-indonesian-language-model': [motifNetwork, { variant: 'islands' }],
  'asean-must-stop-treating-haze-as-weather': [motifHaze],
  'biodiesel-mandate-squeezes-palm-oil-exports': [motifPalmFuel],
  'nairobi-talks-expose-adaptation-finance-gap': [motifFinanceGap],
  'central-java-villages-vote-by-touchscreen': [motifBallot, { variant: 'touchscreen' }],
  'sri-lanka-provincial-polls-draw-long-queues': [motifBallot, { variant: 'queue' }],
  'jakarta-breaks-ground-east-west-mrt': [motifTunnelTrain],
  'jakarta-needs-sidewalks-not-flyovers': [motifFlyover],
  'jakarta-office-vacancies-hit-record-high': [motifTowers],
  'manila-dockworkers-strike-strands-holiday-cargo': [motifSea, { variant: 'port' }],
  'nelayan-natuna-keluhkan-kapal-pukat-asing': [motifSea, { variant: 'natuna' }],
  'pacific-tuna-talks-end-without-deal': [motifSea, { variant: 'tuna' }],
  'manila-film-festival-puts-climate-on-screen': [motifFilm],
  'mekong-water-release-talks-stall-vientiane': [motifDam],
  'newsrooms-must-label-ai-images-plainly': [motifLabelledImage],
  'osaka-hospitals-trial-ai-triage': [motifTriage],
  'osaka-startup-tests-floating-solar-reservoir': [motifSolar],
  'pekalongan-batik-makers-return-to-natural-dyes': [motifBatik],
  'raja-ampat-corals-spawn-after-bleaching': [motifCoral],
  'rice-self-sufficiency-is-wrong-target': [motifRiceTarget],
  'school-meal-kitchens-strain-east-nusa-tenggara': [motifMealTray],
  'sulawesi-nickel-smelter-expansion-stalls': [motifSmelter],
  'surabaya-ride-hailing-drivers-strike-fares': [motifScooters],
  'wolbachia-mosquito-program-expands-bali': [motifMosquito],
  'young-dalang-reinvents-wayang-for-screens': [motifWayang],
  'pasar-malam-kuliner-hidupkan-kota-lama': [motifNightMarket],
};

/** Fallback for articles added later without an entry in MOTIFS. */
export const SECTION_DEFAULTS = {
  world: [motifSea, { variant: 'port' }],
  indonesia: [motifTunnelTrain],
  business: [motifTowers],
  opinion: [motifLabelledImage],
  'science-tech': [motifNetwork, { variant: 'islands' }],
  culture: [motifFilm],
};
