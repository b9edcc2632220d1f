import translation from '../locales/en.json';
import catalogue from '../../catalogue/locales/en.json';
import programme from '../../programme/locales/en.json';
import registration from '../../registration/locales/en.json';
import badges from '../../badges/locales/en.json';
import expo from '../../expo/locales/en.json';
import secretariat from '../../secretariat/locales/en.json';
import transit from '../../transit/locales/en.json';
import transitNetwork from '../../transit-network/locales/en.json';
import search from '../../search/locales/en.json';
import matchmaking from '../../matchmaking/locales/en.json';
import meetings from '../../meetings/locales/en.json';
import meetingsAdmin from '../../meetings-admin/locales/en.json';

/** Every catalog in en: the shell's (`translation`) and each capability's namespace. One chunk per language (see setup.ts). */
export const catalogs = {
  translation,
  catalogue,
  programme,
  registration,
  badges,
  expo,
  secretariat,
  transit,
  transitNetwork,
  search,
  matchmaking,
  meetings,
  meetingsAdmin,
};
