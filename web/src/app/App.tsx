import { Navigate, Route, Routes } from 'react-router-dom';
import { SessionProvider } from '../accounts/session-context.tsx';
import { SignInPage } from '../accounts/SignInPage.tsx';
import { InvitePage } from '../accounts/InvitePage.tsx';
import { UsersPage } from '../accounts/UsersPage.tsx';
import { AuditPage } from '../audit/AuditPage.tsx';
import { BadgesAdminPage } from '../badges/BadgesAdminPage.tsx';
import { CheckInPage } from '../badges/CheckInPage.tsx';
import { CataloguePage } from '../catalogue/CataloguePage.tsx';
import { ImportPage } from '../catalogue/ImportPage.tsx';
import { ItemFormPage } from '../catalogue/ItemFormPage.tsx';
import { ItemPage } from '../catalogue/ItemPage.tsx';
import { AdminExpoPage } from '../expo/AdminExpoPage.tsx';
import { BuyersPage } from '../expo/BuyersPage.tsx';
import { ExhibitorPage } from '../expo/ExhibitorPage.tsx';
import { ExpoPage } from '../expo/ExpoPage.tsx';
import { TransitPage } from '../transit/TransitPage.tsx';
import { TransitNetworkPage } from '../transit-network/TransitNetworkPage.tsx';
import { ProvincePage } from '../provinces/ProvincePage.tsx';
import { MapPage } from '../provinces/MapPage.tsx';
import { HomePage } from '../summit/HomePage.tsx';
import { AdminAnnouncementsPage } from '../secretariat/AdminAnnouncementsPage.tsx';
import { AnnouncementsPage } from '../secretariat/AnnouncementsPage.tsx';
import { DashboardPage } from '../secretariat/DashboardPage.tsx';
import { SummitAdminPage } from '../secretariat/SummitAdminPage.tsx';
import { ProgrammeAdminPage } from '../programme/ProgrammeAdminPage.tsx';
import { ProgrammePage } from '../programme/ProgrammePage.tsx';
import { EditionsAdminPage } from '../summit/EditionsAdminPage.tsx';
import { DelegationPage } from '../registration/DelegationPage.tsx';
import { RegisterPage } from '../registration/RegisterPage.tsx';
import { RegistrationsAdminPage } from '../registration/RegistrationsAdminPage.tsx';
import { SearchPage } from '../search/SearchPage.tsx';
import { SavedSearchesPage } from '../search/SavedSearchesPage.tsx';
import { CoveragePage } from '../matchmaking/CoveragePage.tsx';
import { InterestsPage } from '../matchmaking/InterestsPage.tsx';
import { TaxonomyPage } from '../taxonomy/TaxonomyPage.tsx';
import { AgendaPage } from '../meetings/AgendaPage.tsx';
import { MeetingsPage } from '../meetings/MeetingsPage.tsx';
import { MeetingsAdminPage } from '../meetings-admin/MeetingsAdminPage.tsx';
import { LocaleLayout } from './LocaleLayout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { preferredLocale } from './preferred-locale.ts';

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
