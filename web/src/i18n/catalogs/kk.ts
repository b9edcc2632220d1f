import translation from '../locales/kk.json';
import catalogue from '../../catalogue/locales/kk.json';
import programme from '../../programme/locales/kk.json';
import registration from '../../registration/locales/kk.json';
import badges from '../../badges/locales/kk.json';
import expo from '../../expo/locales/kk.json';
import secretariat from '../../secretariat/locales/kk.json';
import transit from '../../transit/locales/kk.json';
import transitNetwork from '../../transit-network/locales/kk.json';
import search from '../../search/locales/kk.json';
import matchmaking from '../../matchmaking/locales/kk.json';
import meetings from '../../meetings/locales/kk.json';
import meetingsAdmin from '../../meetings-admin/locales/kk.json';

/** Every catalog in kk: the shell's (`translation`) and each capability's namespace. One chunk per language (see setup.ts). */
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
