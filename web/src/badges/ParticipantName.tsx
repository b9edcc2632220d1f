import type { Locale } from '../i18n/locales.ts';

/** A name in its own script, with its language, and in Latin letters beneath when they differ. */
export function ParticipantName({ native, latin, language }: { native: string; latin: string; language: Locale }) {
  return (
    <span className="participant-name">
      <span lang={language} dir="auto" className="participant-native">
        {native}
      </span>
      {latin !== native && (
        <span lang="en" dir="ltr" className="participant-latin">
          {latin}
        </span>
      )}
    </span>
  );
}
