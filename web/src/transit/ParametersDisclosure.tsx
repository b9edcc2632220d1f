import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isSecretariat, useSession } from '../accounts/session-context.tsx';
import type { TransitParameter } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { SourceList } from '../app/SourceList.tsx';
import type { Locale } from '../i18n/locales.ts';
import { parameterKeyParts } from './parameter-key.ts';
import { useTransitFormat } from './use-transit-format.ts';

function ParameterRow({ parameter }: { parameter: TransitParameter }) {
  const { t } = useTranslation('transit');
  const format = useTransitFormat();
  const { measure, mode, cargo } = parameterKeyParts(parameter.key);
  const label = t(`parameter.${measure}`, {
    mode: mode ? t(`mode.${mode}`) : '',
    cargo: cargo ? t(`cargo.${cargo}`) : '',
    defaultValue: parameter.key,
  });
  return (
    <tr data-parameter={parameter.key}>
      <th scope="row">{label}</th>
      <td className="number">
        {t(`parameterUnit.${parameter.unit}`, {
          value: format.number(parameter.value, { maximumFractionDigits: 3 }),
          defaultValue: `${parameter.value} ${parameter.unit}`,
        })}
      </td>
      <td>
        {parameter.assumption && <span className="badge transit-assumption">{t('parameters.assumption')}</span>}
        {parameter.source && <SourceList sources={[parameter.source]} />}
      </td>
    </tr>
  );
}

/** The numbers behind every figure, each with its source or marked as an assumption. */
export function ParametersDisclosure() {
  const { t, i18n } = useTranslation('transit');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const parameters = useApi('/api/transit/parameters', undefined, locale);
  return (
    <details className="transit-panel transit-parameters" data-testid="transit-parameters">
      <summary>{t('parameters.title')}</summary>
      <p>{t('parameters.intro')}</p>
      <p>{t('parameters.estimates')}</p>
      {isSecretariat(user) && <Link to={`/${locale}/admin/transit`}>{t('parameters.editLink')}</Link>}
      {parameters.problem && <ProblemMessage problem={parameters.problem} />}
      {parameters.data && (
        <div className="transit-table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('parameters.column.parameter')}</th>
                <th scope="col">{t('parameters.column.value')}</th>
                <th scope="col">{t('parameters.column.basis')}</th>
              </tr>
            </thead>
            <tbody>
              {parameters.data.parameters.map((parameter) => (
                <ParameterRow key={parameter.key} parameter={parameter} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
