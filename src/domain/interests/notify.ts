import type { RequestContext } from '../../platform/context/request-context.ts';
import { isLocale } from '../../platform/i18n/locales.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';
import { serverMessages } from '../../platform/i18n/server-messages.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { peopleOfParty } from '../accounts/users.ts';
import { getItem } from '../catalogue/read-items.ts';
import type { Interest } from './model.ts';

/**
 * Tells the receiving side by e-mail, each person in their own language, after the interest is
 * stored. They also find it on their Interests page, so a mail that fails is logged, not fatal.
 */
export async function mailInterest(
  context: RequestContext,
  mailer: Mailer,
  interest: Interest,
  links: { baseUrl: string; senderName: string },
): Promise<number> {
  const item = await getItem(context, interest.itemId);
  const people = await peopleOfParty(context, {
    provinceId: interest.toProvinceId,
    organisation: interest.toOrganisation,
  });
  for (const person of people) {
    const locale = isLocale(person.locale) ? person.locale : item.language;
    const t = serverMessages(locale);
    const params = { item: textIn(item.title, locale), sender: links.senderName };
    await mailer.send({
      to: person.email,
      subject: t('mail.interest.subject', params),
      text: t('mail.interest.body', {
        ...params,
        message: interest.message,
        link: `${links.baseUrl}/${locale}/interests`,
      }),
    });
  }
  return people.length;
}
