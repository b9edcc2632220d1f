import { type ComponentType, lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { SessionProvider } from '../accounts/session-context.tsx';
import { LocaleLayout } from './LocaleLayout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { preferredLocale } from './preferred-locale.ts';

/**
 * Each page is its own chunk, loaded when first visited: the main script holds the shell (router,
 * header, i18n) and no page, so a phone downloads and parses only the page it opens. LocaleLayout
 * shows the loading line while a page's chunk arrives; on a link the router keeps the old page
 * on screen until then (navigation runs in a transition).
 */
const page = <Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const SignInPage = page(() => import('../accounts/SignInPage.tsx'), 'SignInPage');
const InvitePage = page(() => import('../accounts/InvitePage.tsx'), 'InvitePage');
const UsersPage = page(() => import('../accounts/UsersPage.tsx'), 'UsersPage');
const AuditPage = page(() => import('../audit/AuditPage.tsx'), 'AuditPage');
const BadgesAdminPage = page(() => import('../badges/BadgesAdminPage.tsx'), 'BadgesAdminPage');
const CheckInPage = page(() => import('../badges/CheckInPage.tsx'), 'CheckInPage');
const CataloguePage = page(() => import('../catalogue/CataloguePage.tsx'), 'CataloguePage');
const ImportPage = page(() => import('../catalogue/ImportPage.tsx'), 'ImportPage');
const ItemFormPage = page(() => import('../catalogue/ItemFormPage.tsx'), 'ItemFormPage');
const ItemPage = page(() => import('../catalogue/ItemPage.tsx'), 'ItemPage');
const AdminExpoPage = page(() => import('../expo/AdminExpoPage.tsx'), 'AdminExpoPage');
const BuyersPage = page(() => import('../expo/BuyersPage.tsx'), 'BuyersPage');
const ExhibitorPage = page(() => import('../expo/ExhibitorPage.tsx'), 'ExhibitorPage');
const ExpoPage = page(() => import('../expo/ExpoPage.tsx'), 'ExpoPage');
const TransitPage = page(() => import('../transit/TransitPage.tsx'), 'TransitPage');
const TransitNetworkPage = page(() => import('../transit-network/TransitNetworkPage.tsx'), 'TransitNetworkPage');
const ProvincePage = page(() => import('../provinces/ProvincePage.tsx'), 'ProvincePage');
const MapPage = page(() => import('../provinces/MapPage.tsx'), 'MapPage');
const HomePage = page(() => import('../summit/HomePage.tsx'), 'HomePage');
const AdminAnnouncementsPage = page(
  () => import('../secretariat/AdminAnnouncementsPage.tsx'),
  'AdminAnnouncementsPage',
);
const AnnouncementsPage = page(() => import('../secretariat/AnnouncementsPage.tsx'), 'AnnouncementsPage');
const DashboardPage = page(() => import('../secretariat/DashboardPage.tsx'), 'DashboardPage');
const SummitAdminPage = page(() => import('../secretariat/SummitAdminPage.tsx'), 'SummitAdminPage');
const ProgrammeAdminPage = page(() => import('../programme/ProgrammeAdminPage.tsx'), 'ProgrammeAdminPage');
const ProgrammePage = page(() => import('../programme/ProgrammePage.tsx'), 'ProgrammePage');
const EditionsAdminPage = page(() => import('../summit/EditionsAdminPage.tsx'), 'EditionsAdminPage');
const DelegationPage = page(() => import('../registration/DelegationPage.tsx'), 'DelegationPage');
const RegisterPage = page(() => import('../registration/RegisterPage.tsx'), 'RegisterPage');
const RegistrationsAdminPage = page(
  () => import('../registration/RegistrationsAdminPage.tsx'),
  'RegistrationsAdminPage',
);
const SearchPage = page(() => import('../search/SearchPage.tsx'), 'SearchPage');
const SavedSearchesPage = page(() => import('../search/SavedSearchesPage.tsx'), 'SavedSearchesPage');
const CoveragePage = page(() => import('../matchmaking/CoveragePage.tsx'), 'CoveragePage');
const InterestsPage = page(() => import('../matchmaking/InterestsPage.tsx'), 'InterestsPage');
const TaxonomyPage = page(() => import('../taxonomy/TaxonomyPage.tsx'), 'TaxonomyPage');
const AgendaPage = page(() => import('../meetings/AgendaPage.tsx'), 'AgendaPage');
const MeetingsPage = page(() => import('../meetings/MeetingsPage.tsx'), 'MeetingsPage');
const MeetingsAdminPage = page(() => import('../meetings-admin/MeetingsAdminPage.tsx'), 'MeetingsAdminPage');

export function App() {
  return (
    <SessionProvider>
      <Routes>
        <Route path="/" element={<Navigate to={`/${preferredLocale()}/`} replace />} />
        <Route path="/:locale" element={<LocaleLayout />}>
          <Route index element={<HomePage />} />
          <Route path="provinces/:id" element={<ProvincePage />} />
          <Route path="map" element={<MapPage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="saved-searches" element={<SavedSearchesPage />} />
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="invite/:token" element={<InvitePage />} />
          <Route path="admin/users" element={<UsersPage />} />
          <Route path="admin/audit" element={<AuditPage />} />
          <Route path="admin/taxonomy" element={<TaxonomyPage />} />
          <Route path="admin/summit" element={<SummitAdminPage />} />
          <Route path="admin/dashboard" element={<DashboardPage />} />
          <Route path="admin/announcements" element={<AdminAnnouncementsPage />} />
          <Route path="admin/badges" element={<BadgesAdminPage />} />
          <Route path="check-in" element={<CheckInPage />} />
          <Route path="announcements" element={<AnnouncementsPage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route path="delegation" element={<DelegationPage />} />
          <Route path="admin/registrations" element={<RegistrationsAdminPage />} />
          <Route path="programme" element={<ProgrammePage />} />
          <Route path="admin/editions" element={<EditionsAdminPage />} />
          <Route path="admin/programme" element={<ProgrammeAdminPage />} />
          <Route path="catalogue" element={<CataloguePage />} />
          <Route path="catalogue/new" element={<ItemFormPage />} />
          <Route path="catalogue/import" element={<ImportPage />} />
          <Route path="catalogue/:id" element={<ItemPage />} />
          <Route path="catalogue/:id/edit" element={<ItemFormPage />} />
          <Route path="expo" element={<ExpoPage />} />
          <Route path="expo/exhibitors/:id" element={<ExhibitorPage />} />
          <Route path="expo/buyers" element={<BuyersPage />} />
          <Route path="admin/expo" element={<AdminExpoPage />} />
          <Route path="transit" element={<TransitPage />} />
          <Route path="admin/transit" element={<TransitNetworkPage />} />
          <Route path="admin/matchmaking" element={<CoveragePage />} />
          <Route path="interests" element={<InterestsPage />} />
          <Route path="meetings" element={<MeetingsPage />} />
          <Route path="meetings/agenda/:participantId" element={<AgendaPage />} />
          <Route path="admin/meetings" element={<MeetingsAdminPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
