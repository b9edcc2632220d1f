import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import type { Attachment } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { AttachmentUpload } from './AttachmentUpload.tsx';
import { formatFileSize } from './item-format.ts';

const fileUrl = (attachment: Attachment) => `/api/attachments/${attachment.id}`;

/** Pictures are shown, PDFs linked; the item's authors add and remove files. */
export function ItemAttachments({ itemId, mayWrite }: { itemId: string; mayWrite: boolean }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const attachments = useApi('/api/items/{id}/attachments', { params: { path: { id: itemId } } }, locale);
  const { problem, run } = useAction();
  const remove = (attachment: Attachment) =>
    void run(async () => {
      await dataOf(api.DELETE('/api/attachments/{id}', { params: { path: { id: attachment.id } } }));
    }).then((ok) => ok && attachments.reload());
  if (attachments.problem) return <ProblemMessage problem={attachments.problem} />;
  if (!attachments.data) return null;
  if (attachments.data.length === 0 && !mayWrite) return null;
  return (
    <section className="attachments" data-testid="attachments">
      <h2>{t('attachments.title')}</h2>
      {attachments.data.length === 0 && <p>{t('attachments.none')}</p>}
      <ul className="attachment-list">
        {attachments.data.map((attachment) => (
          <li key={attachment.id} className="card attachment">
            {attachment.mediaType.startsWith('image/') && (
              <img src={fileUrl(attachment)} alt={attachment.fileName} loading="lazy" />
            )}
            <a href={fileUrl(attachment)} target="_blank" rel="noopener">
              <bdi dir="auto">{attachment.fileName}</bdi>
            </a>
            <small>
              {t(attachment.mediaType === 'application/pdf' ? 'attachments.pdf' : 'attachments.image')} ·{' '}
              {formatFileSize(attachment.sizeBytes, locale)} · {formatDateTime(attachment.uploadedAt, locale)}
            </small>
            {mayWrite && (
              <button type="button" className="link-button" onClick={() => remove(attachment)}>
                {t('attachments.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {problem && <ProblemMessage problem={problem} />}
      {mayWrite && <AttachmentUpload itemId={itemId} onUploaded={attachments.reload} />}
    </section>
  );
}
