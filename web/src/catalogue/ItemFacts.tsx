import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../api/types.ts';
import { formatDateTime, formatNumber, languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatMoney, isAllYear, monthName, monthRuns } from './item-format.ts';
import { ProvinceName, SectorLabels, Validity } from './ItemLabels.tsx';
import { OrganisationName } from './OrganisationName.tsx';
import type { References } from './use-references.ts';

/** Every field of an item, each formatted in the reader's language: numbers, money, months, dates. */
export function ItemFacts({ item, references }: { item: CatalogueItem; references: References }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const list = (values: string[]) => values.join(t('translation:common.listSeparator'));
  return (
    <dl className="facts item-facts" data-testid="item-facts">
      <Fact label={t('item.province')}>
        <ProvinceName provinceId={item.provinceId} references={references} />
      </Fact>
      <Fact label={t('item.organisation')}>
        {item.organisation ? <OrganisationName organisation={item.organisation} /> : t('item.noOrganisation')}
      </Fact>
      <Fact label={t('item.sectors')}>
        <SectorLabels codes={item.taxonomyCodes} references={references} />
      </Fact>
      <Fact label={t('item.hsCodes')}>
        {item.hsCodes.length > 0 ? <bdi dir="ltr">{item.hsCodes.join(', ')}</bdi> : t('item.none')}
      </Fact>
      <Fact label={t('item.quantity')}>
        {item.quantity ? <QuantityText quantity={item.quantity} /> : t('item.notGiven')}
      </Fact>
      <Fact label={t('item.value')}>{item.value ? <ValueText value={item.value} /> : t('item.notGiven')}</Fact>
      <Fact label={t('item.season')}>
        {isAllYear(item)
          ? t('item.allYear')
          : list(
              monthRuns(item.seasonMonths).map(([from, to]) =>
                from === to
                  ? monthName(from, locale)
                  : t('item.monthRun', { from: monthName(from, locale), to: monthName(to, locale) }),
              ),
            )}
      </Fact>
      <Fact label={t('item.validity')}>
        <Validity item={item} />
      </Fact>
      <Fact label={t('item.contactLanguages')}>
        {item.contactLanguages.length > 0
          ? list(item.contactLanguages.map((language) => languageName(language, locale)))
          : t('item.notGiven')}
      </Fact>
      <Fact label={t('item.publishedAt')}>
        {item.publishedAt ? formatDateTime(item.publishedAt, locale) : t('item.notPublished')}
      </Fact>
      <Fact label={t('item.updatedAt')}>
        {formatDateTime(item.updatedAt, locale)} · {t('item.version', { version: formatNumber(item.version, locale) })}
      </Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function QuantityText({ quantity }: { quantity: NonNullable<CatalogueItem['quantity']> }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const amount = t(`units.${quantity.unit}`, { count: quantity.amount, amount: formatNumber(quantity.amount, locale) });
  return (
    <span data-testid="item-quantity">
      {quantity.period ? t('item.perPeriod', { amount, period: t(`periods.${quantity.period}`) }) : amount}
    </span>
  );
}

function ValueText({ value }: { value: NonNullable<CatalogueItem['value']> }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const money = (amount: number) => formatMoney(amount, value.currency, locale);
  if (value.min !== null && value.max !== null && value.min !== value.max)
    return (
      <span data-testid="item-value">{t('item.valueRange', { min: money(value.min), max: money(value.max) })}</span>
    );
  if (value.min !== null && value.max !== null) return <span data-testid="item-value">{money(value.min)}</span>;
  if (value.min !== null) return <span data-testid="item-value">{t('item.valueFrom', { min: money(value.min) })}</span>;
  return <span data-testid="item-value">{t('item.valueUpTo', { max: money(value.max ?? 0) })}</span>;
}
