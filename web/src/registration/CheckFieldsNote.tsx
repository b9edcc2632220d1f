import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { isShownAtFields } from '../app/field-problems.ts';

/**
 * Beside the submit button of a long form: when every part of the problem stands beside its field
 * (and FormProblem therefore shows no summary), a word that the fields above need another look.
 */
export function CheckFieldsNote({ problem, fields }: { problem: ApiProblem | null; fields: readonly string[] }) {
  const { t } = useTranslation('registration');
  if (!problem || !isShownAtFields(problem, fields)) return null;
  return (
    <p className="problem" role="alert">
      {t('form.checkFields')}
    </p>
  );
}
