import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSecretariat, useSession } from '../accounts/session-context.tsx';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { BoothPanel } from './BoothPanel.tsx';
import { ExhibitorForm } from './ExhibitorForm.tsx';
import { BoothForm, HallForm, HallList } from './FloorForms.tsx';
import { FloorPlan } from './FloorPlan.tsx';
import { RemoveDemoExpo } from './RemoveDemoExpo.tsx';
import { useExpo } from './use-expo.ts';
import './expo.css';

/** The secretariat arranges the floor: halls, booths, and which exhibitor holds each booth. */
export function AdminExpoPage() {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const { user, ready } = useSession();
  const { context, problem } = useExpo();
  const [generation, setGeneration] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const expoId = context && isSecretariat(user) ? context.expo.id : null;
  const floor = useApi(
    expoId ? '/api/expos/{expoId}/floor' : null,
    { params: { path: { expoId: expoId ?? '' } } },
    `${locale}|${generation}`,
  );
  const exhibitors = useApi(
    expoId ? '/api/expos/{expoId}/exhibitors' : null,
    { params: { path: { expoId: expoId ?? '' }, query: { limit: 200 } } },
    `${locale}|${generation}`,
  );
  const refresh = () => setGeneration((value) => value + 1);
  if (!ready) return <p>{t('translation:common.loading')}</p>;
  if (!isSecretariat(user))
    return (
      <p className="problem" role="alert">
        {t('admin.secretariatOnly')}
      </p>
    );
  if (problem) return <ProblemMessage problem={problem} />;
  if (!context || !floor.data)
    return floor.problem ? <ProblemMessage problem={floor.problem} /> : <p>{t('translation:common.loading')}</p>;
  const selected = floor.data.halls
    .flatMap((hall) => hall.booths.map((booth) => ({ booth, hall })))
    .find((entry) => entry.booth.id === selectedId);
  return (
    <section className="expo-page expo-admin">
      <h1>
        {t('admin.title')} · <LocalText value={context.expo.name} />
      </h1>
      <p>{t('admin.intro')}</p>
      <RemoveDemoExpo expoId={context.expo.id} onRemoved={refresh} />
      <HallForm expoId={context.expo.id} onSaved={refresh} />
      <HallList halls={floor.data.halls} onChanged={refresh} />
      <BoothForm halls={floor.data.halls} onSaved={refresh} />
      <ExhibitorForm context={context} onSaved={refresh} />
      {selected ? (
        <BoothPanel
          key={selected.booth.id}
          booth={selected.booth}
          hall={selected.hall}
          exhibitors={exhibitors.data?.items ?? []}
          onChanged={refresh}
        />
      ) : (
        <p role="status">{t('admin.clickBooth')}</p>
      )}
      <FloorPlan floor={floor.data} selectedBoothId={selectedId} onSelectBooth={(booth) => setSelectedId(booth.id)} />
    </section>
  );
}
