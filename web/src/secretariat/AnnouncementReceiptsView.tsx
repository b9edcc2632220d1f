import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateTime, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** Who has opened one announcement, and when, in the edition's time zone. */
export function AnnouncementReceiptsView({ announcementId, timeZone }: { announcementId: string; timeZone: string }) {
  const { t, i18n } = useTranslation('secretariat');
  const locale = i18n.language as Locale;
  const receipts = useApi('/api/announcements/{id}/receipts', { params: { path: { id: announcementId } } }, locale);
  if (receipts.problem) return <ProblemMessage problem={receipts.problem} />;
  if (!receipts.data) return <p>{t('loading')}</p>;
  if (receipts.data.readers.length === 0) return <p className="receipts">{t('admin.noReaders')}</p>;
  return (
    <div className="table-scroll">
      <table className="table receipts" data-testid="receipts">
        <thead>
          <tr>
            <th scope="col">{t('admin.reader')}</th>
            <th scope="col">{t('admin.readAt', { timeZone: timeZoneName(timeZone, locale, new Date()) })}</th>
          </tr>
        </thead>
        <tbody>
          {receipts.data.readers.map((reader) => (
            <tr key={reader.userId}>
              <td>
                <bdi>{reader.displayName}</bdi> <small dir="ltr">&lt;{reader.email}&gt;</small>
              </td>
              <td>{formatDateTime(reader.readAt, locale, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
