import translation from '../locales/az.json';
import catalogue from '../../catalogue/locales/az.json';
import programme from '../../programme/locales/az.json';
import registration from '../../registration/locales/az.json';
import badges from '../../badges/locales/az.json';
import expo from '../../expo/locales/az.json';
import secretariat from '../../secretariat/locales/az.json';
import transit from '../../transit/locales/az.json';
import transitNetwork from '../../transit-network/locales/az.json';
import search from '../../search/locales/az.json';
import matchmaking from '../../matchmaking/locales/az.json';
import meetings from '../../meetings/locales/az.json';
import meetingsAdmin from '../../meetings-admin/locales/az.json';

/** Every catalog in az: the shell's (`translation`) and each capability's namespace. One chunk per language (see setup.ts). */
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
