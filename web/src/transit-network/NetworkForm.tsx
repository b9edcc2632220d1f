import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { FormProblem } from '../app/FormProblem.tsx';
import { useFormInView } from './use-form-in-view.ts';

type Props = {
  /** The form's test id; its title's id is this with "-title". */
  testId: string;
  title: string;
  heading: 'h3' | 'h4';
  problem: ApiProblem | null;
  /** The paths whose messages stand beside a field; the rest of a problem is shown above the buttons. */
  fields: readonly string[];
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
};

/**
 * The frame of a form that edits the network: named by its title, scrolled into view when it
 * opens, checked by the server rather than the browser, with Save and Cancel at its foot.
 */
export function NetworkForm({
  testId,
  title,
  heading: Heading,
  problem,
  fields,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: Props) {
  const { t } = useTranslation('transitNetwork');
  const formRef = useFormInView();
  const titleId = `${testId}-title`;
  return (
    <form
      ref={formRef}
      className="form card transit-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <Heading id={titleId}>{title}</Heading>
      {children}
      <FormProblem problem={problem} fields={fields} />
      <div className="form-actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
