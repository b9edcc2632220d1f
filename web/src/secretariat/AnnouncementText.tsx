import { useTranslation } from 'react-i18next';
import type { InboxAnnouncement } from '../api/types.ts';
import { languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

type Readable = InboxAnnouncement['title'];

/** Text as the server chose it for the reader; when it is not in their language, that language is named. */
export function AnnouncementText({
  value,
  as: Tag = 'span',
  className,
}: {
  value: Readable;
  as?: 'span' | 'strong' | 'p';
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <Tag className={className}>
      <span lang={value.language} dir="auto">
        {value.text}
      </span>
      {value.isOtherLanguage && (
        <small className="language-note" lang={locale}>
          {' '}
          {t('common.inLanguage', { language: languageName(value.language, locale) })}
        </small>
      )}
    </Tag>
  );
}
