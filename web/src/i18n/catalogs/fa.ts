import translation from '../locales/fa.json';
import catalogue from '../../catalogue/locales/fa.json';
import programme from '../../programme/locales/fa.json';
import registration from '../../registration/locales/fa.json';
import badges from '../../badges/locales/fa.json';
import expo from '../../expo/locales/fa.json';
import secretariat from '../../secretariat/locales/fa.json';
import transit from '../../transit/locales/fa.json';
import transitNetwork from '../../transit-network/locales/fa.json';
import search from '../../search/locales/fa.json';
import matchmaking from '../../matchmaking/locales/fa.json';
import meetings from '../../meetings/locales/fa.json';
import meetingsAdmin from '../../meetings-admin/locales/fa.json';

/** Every catalog in fa: the shell's (`translation`) and each capability's namespace. One chunk per language (see setup.ts). */
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
