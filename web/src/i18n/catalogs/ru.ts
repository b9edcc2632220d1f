import translation from '../locales/ru.json';
import catalogue from '../../catalogue/locales/ru.json';
import programme from '../../programme/locales/ru.json';
import registration from '../../registration/locales/ru.json';
import badges from '../../badges/locales/ru.json';
import expo from '../../expo/locales/ru.json';
import secretariat from '../../secretariat/locales/ru.json';
import transit from '../../transit/locales/ru.json';
import transitNetwork from '../../transit-network/locales/ru.json';
import search from '../../search/locales/ru.json';
import matchmaking from '../../matchmaking/locales/ru.json';
import meetings from '../../meetings/locales/ru.json';
import meetingsAdmin from '../../meetings-admin/locales/ru.json';

/** Every catalog in ru: the shell's (`translation`) and each capability's namespace. One chunk per language (see setup.ts). */
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
