import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import catalogueAz from '../catalogue/locales/az.json';
import catalogueEn from '../catalogue/locales/en.json';
import catalogueFa from '../catalogue/locales/fa.json';
import catalogueKk from '../catalogue/locales/kk.json';
import catalogueRu from '../catalogue/locales/ru.json';
import catalogueTk from '../catalogue/locales/tk.json';
import programmeAz from '../programme/locales/az.json';
import programmeEn from '../programme/locales/en.json';
import programmeFa from '../programme/locales/fa.json';
import programmeKk from '../programme/locales/kk.json';
import programmeRu from '../programme/locales/ru.json';
import programmeTk from '../programme/locales/tk.json';
import registrationAz from '../registration/locales/az.json';
import registrationEn from '../registration/locales/en.json';
import registrationFa from '../registration/locales/fa.json';
import registrationKk from '../registration/locales/kk.json';
import registrationRu from '../registration/locales/ru.json';
import registrationTk from '../registration/locales/tk.json';
import badgesAz from '../badges/locales/az.json';
import badgesEn from '../badges/locales/en.json';
import badgesFa from '../badges/locales/fa.json';
import badgesKk from '../badges/locales/kk.json';
import badgesRu from '../badges/locales/ru.json';
import badgesTk from '../badges/locales/tk.json';
import expoAz from '../expo/locales/az.json';
import expoEn from '../expo/locales/en.json';
import expoFa from '../expo/locales/fa.json';
import expoKk from '../expo/locales/kk.json';
import expoRu from '../expo/locales/ru.json';
import expoTk from '../expo/locales/tk.json';
import secretariatAz from '../secretariat/locales/az.json';
import secretariatEn from '../secretariat/locales/en.json';
import secretariatFa from '../secretariat/locales/fa.json';
import secretariatKk from '../secretariat/locales/kk.json';
import secretariatRu from '../secretariat/locales/ru.json';
import secretariatTk from '../secretariat/locales/tk.json';
import transitAz from '../transit/locales/az.json';
import transitEn from '../transit/locales/en.json';
import transitFa from '../transit/locales/fa.json';
import transitKk from '../transit/locales/kk.json';
import transitRu from '../transit/locales/ru.json';
import transitTk from '../transit/locales/tk.json';
import transitNetworkAz from '../transit-network/locales/az.json';
import transitNetworkEn from '../transit-network/locales/en.json';
import transitNetworkFa from '../transit-network/locales/fa.json';
import transitNetworkKk from '../transit-network/locales/kk.json';
import transitNetworkRu from '../transit-network/locales/ru.json';
import transitNetworkTk from '../transit-network/locales/tk.json';
import searchAz from '../search/locales/az.json';
import searchEn from '../search/locales/en.json';
import searchFa from '../search/locales/fa.json';
import searchKk from '../search/locales/kk.json';
import searchRu from '../search/locales/ru.json';
import searchTk from '../search/locales/tk.json';
import matchmakingAz from '../matchmaking/locales/az.json';
import matchmakingEn from '../matchmaking/locales/en.json';
import matchmakingFa from '../matchmaking/locales/fa.json';
import matchmakingKk from '../matchmaking/locales/kk.json';
import matchmakingRu from '../matchmaking/locales/ru.json';
import matchmakingTk from '../matchmaking/locales/tk.json';
import meetingsAz from '../meetings/locales/az.json';
import meetingsEn from '../meetings/locales/en.json';
import meetingsFa from '../meetings/locales/fa.json';
import meetingsKk from '../meetings/locales/kk.json';
import meetingsRu from '../meetings/locales/ru.json';
import meetingsTk from '../meetings/locales/tk.json';
import meetingsAdminAz from '../meetings-admin/locales/az.json';
import meetingsAdminEn from '../meetings-admin/locales/en.json';
import meetingsAdminFa from '../meetings-admin/locales/fa.json';
import meetingsAdminKk from '../meetings-admin/locales/kk.json';
import meetingsAdminRu from '../meetings-admin/locales/ru.json';
import meetingsAdminTk from '../meetings-admin/locales/tk.json';
import az from './locales/az.json';
import en from './locales/en.json';
import fa from './locales/fa.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';
import tk from './locales/tk.json';

/** One catalog per language for the shell, and one per capability as a namespace of its own. */
void i18n.use(initReactI18next).init({
  resources: {
    fa: {
      translation: fa,
      catalogue: catalogueFa,
      programme: programmeFa,
      registration: registrationFa,
      badges: badgesFa,
      expo: expoFa,
      secretariat: secretariatFa,
      transit: transitFa,
      transitNetwork: transitNetworkFa,
      search: searchFa,
      matchmaking: matchmakingFa,
      meetings: meetingsFa,
      meetingsAdmin: meetingsAdminFa,
    },
    ru: {
      translation: ru,
      catalogue: catalogueRu,
      programme: programmeRu,
      registration: registrationRu,
      badges: badgesRu,
      expo: expoRu,
      secretariat: secretariatRu,
      transit: transitRu,
      transitNetwork: transitNetworkRu,
      search: searchRu,
      matchmaking: matchmakingRu,
      meetings: meetingsRu,
      meetingsAdmin: meetingsAdminRu,
    },
    en: {
      translation: en,
      catalogue: catalogueEn,
      programme: programmeEn,
      registration: registrationEn,
      badges: badgesEn,
      expo: expoEn,
      secretariat: secretariatEn,
      transit: transitEn,
      transitNetwork: transitNetworkEn,
      search: searchEn,
      matchmaking: matchmakingEn,
      meetings: meetingsEn,
      meetingsAdmin: meetingsAdminEn,
    },
    az: {
      translation: az,
      catalogue: catalogueAz,
      programme: programmeAz,
      registration: registrationAz,
      badges: badgesAz,
      expo: expoAz,
      secretariat: secretariatAz,
      transit: transitAz,
      transitNetwork: transitNetworkAz,
      search: searchAz,
      matchmaking: matchmakingAz,
      meetings: meetingsAz,
      meetingsAdmin: meetingsAdminAz,
    },
    kk: {
      translation: kk,
      catalogue: catalogueKk,
      programme: programmeKk,
      registration: registrationKk,
      badges: badgesKk,
      expo: expoKk,
      secretariat: secretariatKk,
      transit: transitKk,
      transitNetwork: transitNetworkKk,
      search: searchKk,
      matchmaking: matchmakingKk,
      meetings: meetingsKk,
      meetingsAdmin: meetingsAdminKk,
    },
    tk: {
      translation: tk,
      catalogue: catalogueTk,
      programme: programmeTk,
      registration: registrationTk,
      badges: badgesTk,
      expo: expoTk,
      secretariat: secretariatTk,
      transit: transitTk,
      transitNetwork: transitNetworkTk,
      search: searchTk,
      matchmaking: matchmakingTk,
      meetings: meetingsTk,
      meetingsAdmin: meetingsAdminTk,
    },
  },
  lng: document.documentElement.lang || 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
