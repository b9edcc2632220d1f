import { useTranslation } from 'react-i18next';
import type { Locale, LocalizedText } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { ChoiceSelect, type ChoiceSelectProps } from './ChoiceSelect.tsx';

type Props<T extends { id: string }> = Omit<ChoiceSelectProps<string>, 'choices' | 'labelOf'> & {
  things: readonly T[];
  /** The thing's name in the languages it has (a province's names, an edition's name). */
  nameOf: (thing: T) => LocalizedText | undefined;
};

/**
 * A <select> of things by id (provinces, editions), in the order given, each named in the reader's
 * language or, where it has no name in any, by its id.
 */
export function NamedSelect<T extends { id: string }>({ things, nameOf, ...select }: Props<T>) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const names = new Map(things.map((thing) => [thing.id, pickText(nameOf(thing), locale)?.text ?? thing.id]));
  return <ChoiceSelect {...select} choices={[...names.keys()]} labelOf={(id) => names.get(id) ?? id} />;
}
