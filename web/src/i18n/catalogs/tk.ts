import translation from '../locales/tk.json';
import catalogue from '../../catalogue/locales/tk.json';
import programme from '../../programme/locales/tk.json';
import registration from '../../registration/locales/tk.json';
import badges from '../../badges/locales/tk.json';
import expo from '../../expo/locales/tk.json';
import secretariat from '../../secretariat/locales/tk.json';
import transit from '../../transit/locales/tk.json';
import transitNetwork from '../../transit-network/locales/tk.json';
import search from '../../search/locales/tk.json';
import matchmaking from '../../matchmaking/locales/tk.json';
import meetings from '../../meetings/locales/tk.json';
import meetingsAdmin from '../../meetings-admin/locales/tk.json';

/** Every catalog in tk: the shell's (`translation`) and each capability's namespace. One chunk per language (see setup.ts). */
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
