import type { RequestContext } from '../../platform/context/request-context.ts';
import { readAll } from '../../platform/db/read-all.ts';
import { formatInstant } from '../../platform/i18n/format-instant.ts';
import { isLocale, type Locale } from '../../platform/i18n/locales.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';
import { serverMessages } from '../../platform/i18n/server-messages.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { loadPeople, type Person, participantsOf, peopleOfRequests } from './meeting-people.ts';
import { requireEdition } from './meeting-setup.ts';
import type { MeetingRequest, NoticeKind, Placement } from './model.ts';
import { createSetupRepository } from './setup-repository.ts';

/** A change to one meeting that its people are told of. */
export type MeetingChange = { kind: NoticeKind; request: MeetingRequest; placement: Placement };

const localeOf = (person: Person): Locale => person.languages.find(isLocale) ?? person.nameLanguage;

/**
 * Mails each person of the changed meetings who has an e-mail address, in their own language, after
 * the change is stored. The notice on their dashboard is the record; a mail that fails is logged by
 * the caller, not fatal.
 */
export async function mailMeetingChanges(
  context: RequestContext,
  mailer: Mailer,
  editionId: string,
  changes: readonly MeetingChange[],
  baseUrl: string,
): Promise<number> {
  if (changes.length === 0) return 0;
  const edition = await requireEdition(context, editionId);
  const setup = createSetupRepository(context.db);
  const [slots, rooms] = await readAll(context.db, [
    () => setup.listSlots(editionId),
    () => setup.listRooms(editionId),
  ]);
  const directory = await loadPeople(context, editionId, peopleOfRequests(changes.map((change) => change.request)));
  let sent = 0;
  for (const { kind, request, placement } of changes) {
    const slot = slots.find((candidate) => candidate.id === placement.slotId);
    const room = rooms.find((candidate) => candidate.id === placement.roomId);
    for (const id of participantsOf(request)) {
      const person = directory.people.get(id);
      if (!person?.email) continue;
      const locale = localeOf(person);
      const other = request.requester.participantIds.includes(id) ? request.receiver : request.requester;
      const t = serverMessages(locale);
      const params = {
        topic: request.topic,
        when: slot ? formatInstant(slot.startsAt, locale, edition.timeZone) : '',
        room: textIn(room?.name, locale),
        with: other.participantIds
          .flatMap((otherId) => directory.people.get(otherId) ?? [])
          .map((member) => (member.nameLanguage === locale ? member.nameNative : member.nameLatin))
          .join(', '),
        link: `${baseUrl}/${locale}/meetings`,
      };
      await mailer.send({
        to: person.email,
        subject: t(`mail.meeting.${kind}.subject`, params),
        text: t(`mail.meeting.${kind}.body`, params),
      });
      sent += 1;
    }
  }
  return sent;
}
