import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { fieldNameOf } from './field-problems.ts';

type Props = {
  problem: ApiProblem;
  /** The form's labels by path (`startsOn`, `name`), so each refused field is named in words, never by its path. */
  fieldNames?: Readonly<Record<string, string>>;
};

/**
 * The server already wrote the problem in the reader's language; it is shown as it came. A field
 * entry that repeats the problem's own code (a refusal about one field) says what the detail says,
 * so it is not listed twice.
 */
export function ProblemMessage({ problem, fieldNames = {} }: Props) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { code, title, detail, errors = [] } = problem.problem;
  const fieldErrors = errors.filter((error) => error.code !== code);
  return (
    <div className="problem" role="alert" data-code={code}>
      <strong>{title}</strong> {detail}
      {fieldErrors.length > 0 && (
        <ul>
          {fieldErrors.map((error) => {
            const name = fieldNameOf(error.path, fieldNames, (language) => languageName(language, locale));
            return (
              <li key={`${error.path}|${error.code}`} data-path={error.path}>
                {name && `${name}: `}
                {error.message}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
